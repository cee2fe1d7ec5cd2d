// `copydesk lsp`: a language server (LSP 3.17) on standard input and output.
#pragma once

#include <iosfwd>

#include "engine/run.hpp"

namespace copydesk::lsp {

struct ServerOptions {
  engine::CheckOptions check;  ///< --config, --plugin-path, --enable, --disable, --date
  int debounce_ms = 150;       ///< wait after a change before checking; initializationOptions.debounceMs wins
};

/// Serves one client until `exit` or the end of input. Returns 0 after shutdown then exit,
/// 1 when the client left without shutdown (as LSP 3.17 says).
int serve_stdio(const ServerOptions& options, std::istream& in, std::ostream& out, std::ostream& log);

}  // namespace copydesk::lsp

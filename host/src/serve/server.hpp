// `copydesk serve`: a local web page and JSON API for checking and fixing drafts.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "engine/run.hpp"

namespace copydesk::serve {

struct ServeOptions {
  engine::CheckOptions check;                   ///< --config, --plugin-path, --enable, --disable, --date
  std::string host = "127.0.0.1";               ///< loopback only
  int port = 7353;                              ///< 0: any free port (printed on the first line)
  std::size_t max_request_bytes = 4u << 20;     ///< a larger request gets 413 and a JSON error
};

/// Serves until the process is stopped. Prints "copydesk serve: http://HOST:PORT/" to `out` once
/// listening. Returns 2 when the address cannot be bound.
int serve_http(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::serve

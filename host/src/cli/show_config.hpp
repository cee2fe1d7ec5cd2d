// `copydesk config [PATH]`: the configuration that applies to one file, resolved.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "engine/session.hpp"

namespace copydesk::cli {

struct ShowConfigOptions {
  engine::SessionOptions session;
  std::string path;                        ///< empty: the current folder
  std::vector<std::string> enable, disable;  ///< --enable / --disable, as check would take them
};

/// Prints which config files were read and every rule's resolved state, severity and options.
int show_config(const ShowConfigOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

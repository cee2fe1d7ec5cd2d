// `copydesk rules` and `copydesk plugins`: what loaded, for people and for tools.
#pragma once

#include <iosfwd>
#include <string>

#include "engine/session.hpp"

namespace copydesk::cli {

int list_rules(const engine::SessionOptions& options, const std::string& format, std::ostream& out,
               std::ostream& err);
int list_plugins(const engine::SessionOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

// `copydesk rules` and `copydesk plugins`: what loaded, for people and for tools.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "engine/session.hpp"

namespace copydesk::cli {

/// "boolean", "integer", "number", "string", "array of strings".
std::string_view type_name(OptionType t);
/// Opens the session a listing needs; nullopt (after printing why) when it cannot start.
std::optional<engine::Session> open_for_listing(const engine::SessionOptions& options, std::ostream& err);

int list_rules(const engine::SessionOptions& options, const std::string& format, std::ostream& out,
               std::ostream& err);
int list_plugins(const engine::SessionOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

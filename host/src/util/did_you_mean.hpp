// "Did you mean …?" for mistyped command, rule and plugin names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::util {

/// The candidate closest to `typed` by edits (insert, delete, substitute, swap two neighbours), if
/// one is at most two edits away and closer than the word is long; the first such on a tie.
std::optional<std::string> did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace copydesk::util

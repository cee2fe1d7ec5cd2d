// Validation of the article dates users give: --date, the config's `date`, front matter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace copydesk::util {

/// Why `text` is not a calendar date written YYYY-MM-DD (a real day of the Gregorian calendar,
/// years 1 to 9999), or nullopt when it is one. With `allow_time`, a time may follow the date
/// after "T" or a space ("2024-03-01T09:30:00Z"), as front matter often writes it.
std::optional<std::string> date_problem(std::string_view text, bool allow_time = false);

}  // namespace copydesk::util

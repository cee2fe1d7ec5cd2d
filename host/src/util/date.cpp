// YYYY-MM-DD checked digit by digit and against the month's length (leap years included).
#include "util/date.hpp"

namespace copydesk::util {

std::optional<std::string> date_problem(std::string_view text, bool allow_time) {
  const std::string shape = "is not a date written YYYY-MM-DD";
  std::string_view date = text.substr(0, 10);
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return shape;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return shape;
  if (text.size() > 10 && !(allow_time && (text[10] == 'T' || text[10] == ' '))) return shape;
  auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (year < 1) return "has no year 0000";
  if (month < 1 || month > 12) return "has no month " + std::string(date.substr(5, 2));
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > days) {
    static constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
    return "is not a day of the calendar: " + std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has " +
           std::to_string(days) + " days";
  }
  return std::nullopt;
}

}  // namespace copydesk::util

// The calendar arithmetic that checks dates: weekdays, month lengths, and names for messages.
#include "calendar.hpp"

#include <copydesk/lexicon.hpp>

namespace facts {

using namespace copydesk;

const char* weekday_name(int index) { return lexicon::kWeekdays[static_cast<std::size_t>(index)].data(); }
const char* month_name(int month) { return lexicon::kMonths[static_cast<std::size_t>(month - 1)].data(); }

int weekday_of(int y, int m, int d) {
  // Sakamoto's method gives 0 for Sunday; shift so Monday is 0.
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int sunday_based = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return (sunday_based + 6) % 7;
}

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return days[m - 1];
}

}  // namespace facts

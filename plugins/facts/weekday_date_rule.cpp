// facts/weekday-date: "Tuesday, March 6, 2024" (a Wednesday).
#include "calendar.hpp"
#include "rules.hpp"

namespace facts {

using namespace copydesk;

RuleMeta WeekdayDateRule::meta() {
  return {.id = "facts/weekday-date",
          .summary = "A weekday written with a date that falls on another day, such as \u201CTuesday, March 6, "
                     "2024\u201D (a Wednesday).",
          .default_severity = Severity::Error};
}

WeekdayDateRule::WeekdayDateRule(const RuleContext&) {}

void WeekdayDateRule::check(const Document& doc, Reporter& reporter) {
  const Dates& dates = doc.get<Dates>();
  for (const DateMention& d : dates) {
    if (d.weekday < 0) continue;
    int year = d.resolved_year;
    std::string how;
    if (!d.year) how = " (the year " + std::to_string(year) + " comes from " + std::string(dates.year_source) + ")";
    if (!year || d.day > days_in_month(year, d.month)) continue;
    int actual = weekday_of(year, d.month, d.day);
    if (actual == d.weekday) continue;
    reporter.report(d.range, std::string(month_name(d.month)) + " " + std::to_string(d.day) + ", " +
                                 std::to_string(year) + " was a " + weekday_name(actual) + ", not a " +
                                 weekday_name(d.weekday) + how + ".");
  }
}

}  // namespace facts

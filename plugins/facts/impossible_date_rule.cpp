// facts/impossible-date: "April 31", "February 30", "February 29, 2023".
#include "calendar.hpp"
#include "rules.hpp"

namespace facts {

using namespace copydesk;

RuleMeta ImpossibleDateRule::meta() {
  return {.id = "facts/impossible-date",
          .summary = "A date that does not exist: \u201CApril 31\u201D, \u201CFebruary 30\u201D, "
                     "\u201CFebruary 29, 2023\u201D.",
          .default_severity = Severity::Error};
}

ImpossibleDateRule::ImpossibleDateRule(const RuleContext&) {}

void ImpossibleDateRule::check(const Document& doc, Reporter& reporter) {
  for (const DateMention& d : doc.get<Dates>()) {
    // Without a year, February 29 may be right: judge it as in a leap year.
    int year = d.year ? d.year : 2000;
    int days = days_in_month(year, d.month);
    if (d.day <= days && d.day >= 1) continue;
    const auto& tokens = doc.tokens();
    Range r{tokens[d.first_token].range.offset, tokens[d.end_token - 1].range.end() - tokens[d.first_token].range.offset};
    std::string message = d.month == 2 && d.day == 29
                              ? std::to_string(d.year) + " is not a leap year: February has 28 days."
                              : std::string(month_name(d.month)) + " has " + std::to_string(days) + " days.";
    reporter.report(r, "This date does not exist: " + message);
  }
}

}  // namespace facts

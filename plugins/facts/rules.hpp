// The facts plugin's rules: what an article says checked against itself and the calendar.
#pragma once

#include <copydesk/rule.hpp>

namespace facts {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

#define FACTS_RULE(Class)                                       \
  class Class final : public copydesk::Rule {                   \
   public:                                                      \
    static RuleMeta meta();                                     \
    explicit Class(const RuleContext& context);                 \
    void check(const Document& doc, Reporter& reporter) override; \
  };

/// "Tuesday, March 6, 2024": a weekday with a date that falls on another day.
FACTS_RULE(WeekdayDateRule)
/// "today, Tuesday" in a story dated on a Wednesday.
FACTS_RULE(RelativeWeekdayRule)
/// "April 31", "February 30", "February 29, 2023".
FACTS_RULE(ImpossibleDateRule)
/// One person's age stated two ways, or against a stated birth year.
FACTS_RULE(AgeRule)
/// Shares of one whole in a sentence that add up to more than 100%.
FACTS_RULE(PercentSumRule)

#undef FACTS_RULE

}  // namespace facts

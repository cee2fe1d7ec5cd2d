// facts/relative-weekday: "today, Tuesday" in a story dated on a Wednesday.
#include <copydesk/lexicon.hpp>

#include "calendar.hpp"
#include "rules.hpp"

namespace facts {

using namespace copydesk;

RuleMeta RelativeWeekdayRule::meta() {
  return {.id = "facts/relative-weekday",
          .summary = "\u201Ctoday\u201D, \u201Cyesterday\u201D or \u201Ctomorrow\u201D named with a weekday that "
                     "the article's own date contradicts.",
          .default_severity = Severity::Warning};
}

RelativeWeekdayRule::RelativeWeekdayRule(const RuleContext&) {}

void RelativeWeekdayRule::check(const Document& doc, Reporter& reporter) {
  const std::optional<ArticleDate>& date = doc.get<Dates>().article;
  if (!date) return;  // no date, no inference
  int today = weekday_of(date->year, date->month, date->day);
  const auto& tokens = doc.tokens();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string_view w = tokens[i].text;
    int shift = w == "today" || w == "Today" ? 0 : w == "yesterday" || w == "Yesterday" ? -1
                : w == "tomorrow" || w == "Tomorrow"                                    ? 1
                                                                                        : 99;
    if (shift == 99) continue;
    // "today, Tuesday", "today (Tuesday)", "Tuesday, today": the weekday right next to it.
    for (int dir : {1, -1}) {
      std::size_t k = i;
      int steps = 0;
      while (steps < 2) {
        if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= tokens.size())) break;
        k += static_cast<std::size_t>(dir);
        ++steps;
        if (tokens[k].text == "," || tokens[k].text == "(" || tokens[k].text == ")") continue;
        break;
      }
      if (k == i || tokens[k].sentence != tokens[i].sentence) continue;
      int named = tokens[k].is_word() && (tokens[k].flags & kCapitalized) ? lexicon::weekday_number(tokens[k].text) : -1;
      if (named < 0) continue;
      int expected = ((today + shift) % 7 + 7) % 7;
      if (named == expected) break;
      std::uint32_t a = std::min(tokens[i].range.offset, tokens[k].range.offset);
      std::uint32_t b = std::max(tokens[i].range.end(), tokens[k].range.end());
      reporter.report({a, b - a}, "The article is dated " + std::string(weekday_name(today)) + ", " +
                                      month_name(date->month) + " " + std::to_string(date->day) + ", " +
                                      std::to_string(date->year) + " (from " + std::string(date->source) + "), so \u201C" +
                                      std::string(w) + "\u201D was a " + weekday_name(expected) + ", not a " +
                                      weekday_name(named) + ".");
      break;
    }
  }
}

}  // namespace facts

// numbers/range-order: "between 20 and 10 people" -> "between 10 and 20 people".
#include "number_words.hpp"
#include "rules.hpp"

namespace numbers {

using namespace copydesk;

RuleMeta RangeOrderRule::meta() {
  return {.id = "numbers/range-order",
          .summary = "A range whose ends are the wrong way round: \u201Cbetween 20 and 10\u201D, "
                     "\u201Caged from 30 to 20\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

RangeOrderRule::RangeOrderRule(const RuleContext&) {}

void RangeOrderRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  const auto& nums = doc.numbers();
  // Only plain quantities: "from 20 to 10" after "fell" is a change, not a range, so "from ... to"
  // counts only after words that announce a range ("aged", "ranging").
  for (std::size_t a = 0; a + 1 < nums.size(); ++a) {
    const NumberMention& x = nums[a];
    const NumberMention& y = nums[a + 1];
    if (x.kind != NumberKind::Integer || y.kind != NumberKind::Integer || y.token != x.token + 2) continue;
    if (!x.currency.empty() != !y.currency.empty()) continue;
    std::string_view joint = tokens[x.token + 1].text;
    std::string before = ascii_lower(token_text(tokens, x.token - 1));
    std::string before2 = x.token >= 2 ? ascii_lower(tokens[x.token - 2].text) : "";
    bool between = before == "between" && joint == "and";
    bool ranged = before == "from" && joint == "to" &&
                  (before2 == "aged" || before2 == "ranging" || before2 == "ranged" || before2 == "ranges" ||
                   before2 == "range" || before2 == "ages");
    if (!between && !ranged) continue;
    if (x.value <= y.value) continue;
    // "between 6,200 and 5,900 years ago": dates in the past run from the larger number.
    bool past = false;
    const Sentence& sentence = doc.sentences()[tokens[x.token].sentence];
    for (std::uint32_t k = sentence.first_token; k < sentence.end_token; ++k) {
      std::string w = ascii_lower(tokens[k].text);
      past = past || w == "ago" || w == "bc" || w == "b.c." || w == "bce" || w == "b.c.e.";
    }
    if (past) continue;
    Range range{tokens[x.token].range.offset, tokens[y.token].range.end() - tokens[x.token].range.offset};
    std::string fixed = std::string(tokens[y.token].text) + " " + std::string(joint) + " " + std::string(tokens[x.token].text);
    reporter
        .report(range, "The range runs from the larger number to the smaller: write \u201C" + fixed + "\u201D.")
        .fix(range, fixed);
  }
}

}  // namespace numbers

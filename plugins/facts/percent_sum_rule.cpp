// facts/percent-sum: "52% ... 38% ... 14%" as shares of one whole (104%).
#include <algorithm>
#include <cmath>

#include "rules.hpp"

namespace facts {

using namespace copydesk;

namespace {

// Words that make percentages changes or rates rather than shares of one whole.
constexpr std::string_view kNotShares[] = {
    "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "increase", "increased", "increases",
    "decrease", "decreased", "up", "down", "grew", "grow", "growth", "drop", "dropped", "gain", "gained", "lost",
    "cut", "from", "compared", "than", "versus", "vs", "respectively", "each", "rate", "rates", "interest",
    "turnout", "margin", "points", "jumped", "climbed", "slid", "plunged", "surged", "higher", "lower",
    "counted", "reporting", "last", "previous", "while", "whereas", "before", "after", "ago", "year", "years"};

}  // namespace

RuleMeta PercentSumRule::meta() {
  return {.id = "facts/percent-sum",
          .summary = "Three or more shares of one whole in a sentence that add up to more than 100%.",
          .default_severity = Severity::Suggestion};
}

PercentSumRule::PercentSumRule(const RuleContext&) {}

void PercentSumRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  const auto& numbers = doc.numbers();
  std::size_t n = 0;
  for (const Sentence& s : doc.sentences()) {
    std::vector<const NumberMention*> shares;
    while (n < numbers.size() && numbers[n].token < s.end_token) {
      const NumberMention& m = numbers[n++];
      if (m.token < s.first_token) continue;
      bool percent = m.kind == NumberKind::Percent ||
                     (m.token + 1 < tokens.size() && (tokens[m.token + 1].text == "percent" ||
                                                      (tokens[m.token + 1].text == "per" && m.token + 2 < tokens.size() &&
                                                       tokens[m.token + 2].text == "cent")));
      if (percent) shares.push_back(&m);
    }
    if (shares.size() < 3) continue;
    bool not_shares = false;
    for (std::uint32_t k = s.first_token; k < s.end_token && !not_shares; ++k)
      not_shares = std::find(std::begin(kNotShares), std::end(kNotShares), tokens[k].text) != std::end(kNotShares);
    if (not_shares) continue;
    double sum = 0;
    for (const NumberMention* m : shares) sum += m->value;
    if (sum <= 100.5 || std::any_of(shares.begin(), shares.end(), [](auto* m) { return m->value >= 100; })) continue;
    Range r{tokens[shares.front()->token].range.offset,
            tokens[shares.back()->token].range.end() - tokens[shares.front()->token].range.offset};
    char total[32];
    std::snprintf(total, sizeof total, "%g", std::round(sum * 10) / 10);
    reporter.report(r, std::string("If these are shares of one whole, they add up to ") + total +
                           "%; check the figures.");
  }
}

}  // namespace facts

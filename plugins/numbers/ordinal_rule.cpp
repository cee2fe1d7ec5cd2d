// numbers/ordinal: "21th" -> "21st", "11st" -> "11th".
#include "number_words.hpp"
#include "rules.hpp"

namespace numbers {

using namespace copydesk;

RuleMeta OrdinalRule::meta() {
  return {.id = "numbers/ordinal",
          .summary = "An ordinal suffix that does not fit its number: \u201C21th\u201D, \u201C2st\u201D, \u201C11st\u201D.",
          .default_severity = Severity::Error,
          .fixable = true};
}

OrdinalRule::OrdinalRule(const RuleContext&) {}

void OrdinalRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (const NumberMention& n : doc.numbers()) {
    if (n.kind != NumberKind::Ordinal) continue;
    const Token& t = tokens[n.token];
    std::string_view text = t.text;
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0 || text.size() - digits != 2 || digits > 9) continue;
    std::string suffix = ascii_lower(text.substr(digits));
    long value = static_cast<long>(n.value);
    std::string want = (value % 100 >= 11 && value % 100 <= 13) ? "th"
                       : value % 10 == 1                         ? "st"
                       : value % 10 == 2                         ? "nd"
                       : value % 10 == 3                         ? "rd"
                                                                 : "th";
    if (suffix == want) continue;
    bool upper = text[digits] >= 'A' && text[digits] <= 'Z';
    std::string fixed_suffix = want;
    if (upper)
      for (char& c : fixed_suffix) c = static_cast<char>(c - 32);
    std::string fixed = std::string(text.substr(0, digits)) + fixed_suffix;
    reporter.report(t.range, "\u201C" + std::string(text) + "\u201D should be \u201C" + fixed + "\u201D.").safe_fix(t.range, fixed);
  }
}

}  // namespace numbers

// punctuation/quote-style: "straight" and “curly” quotation marks and apostrophes in one document.
#include <copydesk/consistency.hpp>
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta QuoteStyleRule::meta() {
  return {.id = "punctuation/quote-style",
          .summary = "Straight and curly quotation marks or apostrophes mixed in one document.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"consistent\"",
                       "\"consistent\" (whatever the document mostly uses), \"straight\" or \"curly\"",
                       {"consistent", "straight", "curly"}}}};
}

QuoteStyleRule::QuoteStyleRule(const RuleContext& context)
    : style_(context.options.get_choice("style", {"consistent", "straight", "curly"}, "consistent")) {}

void QuoteStyleRule::check(const Document& doc, Reporter& reporter) {
  enum { kStraight = 0, kCurly = 1 };
  std::vector<FormOccurrence> marks, apostrophes;
  for (const Token& t : doc.tokens()) {
    if (t.kind == TokenKind::Quote) {
      bool opening = t.has(kOpening);
      if (t.text == "\"") {
        marks.push_back({t.range, kStraight, {"\"", opening ? "\u201C" : "\u201D"}});
      } else if (t.text == "\u201C" || t.text == "\u201D") {
        marks.push_back({t.range, kCurly, {"\"", std::string(t.text)}});
      }
      continue;
    }
    if (!t.is_word()) continue;
    // Apostrophes inside words: "don't" / "don’t", "Russia's" / "Russia’s".
    for (std::size_t i = 0; i < t.text.size(); ++i) {
      std::uint32_t at = t.range.offset + static_cast<std::uint32_t>(i);
      if (t.text[i] == '\'') {
        apostrophes.push_back({{at, 1}, kStraight, {"'", "\u2019"}});
      } else if (t.text.compare(i, 3, "\u2019") == 0) {
        apostrophes.push_back({{at, 3}, kCurly, {"'", "\u2019"}});
        i += 2;
      }
    }
  }
  int preferred = style_ == "straight" ? kStraight : style_ == "curly" ? kCurly : -1;
  report_minority_forms(marks, {"straight quotation marks", "curly quotation marks"}, preferred, reporter);
  report_minority_forms(apostrophes, {"straight apostrophes", "curly apostrophes"}, preferred, reporter);
}

}  // namespace punctuation

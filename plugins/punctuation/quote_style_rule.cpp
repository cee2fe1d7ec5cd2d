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
  // The shared analysis says which mark is an apostrophe; marks typed with a wrong character are
  // punctuation/apostrophe's and punctuation/quote-character's.
  for (const QuoteMark& m : doc.quote_marks()) {
    if (m.fault != MarkFault::None) continue;
    std::string_view c = doc.slice(m.range);
    if (m.role == MarkRole::Apostrophe) {
      if (c == "'") apostrophes.push_back({m.range, kStraight, {"'", "\u2019"}});
      if (c == "\u2019") apostrophes.push_back({m.range, kCurly, {"'", "\u2019"}});
    } else if (c == "\"") {
      marks.push_back({m.range, kStraight, {"\"", m.role == MarkRole::ClosingQuote ? "\u201D" : "\u201C"}});
    } else if (c == "\u201C" || c == "\u201D") {
      marks.push_back({m.range, kCurly, {"\"", std::string(c)}});
    }
  }
  int preferred = style_ == "straight" ? kStraight : style_ == "curly" ? kCurly : -1;
  report_minority_forms(marks, {"straight quotation marks", "curly quotation marks"}, preferred, reporter,
                        preferred >= 0);
  report_minority_forms(apostrophes, {"straight apostrophes", "curly apostrophes"}, preferred, reporter, preferred >= 0);
}

}  // namespace punctuation

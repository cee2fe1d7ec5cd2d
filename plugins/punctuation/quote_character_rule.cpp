// punctuation/quote-character: ''We are ready'' -> "We are ready"; ´best´ -> 'best'.
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta QuoteCharacterRule::meta() {
  return {.id = "punctuation/quote-character",
          .summary = "A quotation mark typed with the wrong characters: two single marks for a double one "
                     "(\u201C''We are ready''\u201D) or an accent for a single one (\u201C\u00B4best\u00B4\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

QuoteCharacterRule::QuoteCharacterRule(const RuleContext&) {}

void QuoteCharacterRule::check(const Document& doc, Reporter& reporter) {
  for (const QuoteMark& m : doc.quote_marks()) {
    if (m.fault != MarkFault::SinglesForDouble && m.fault != MarkFault::AccentQuote) continue;
    bool closing = m.role == MarkRole::ClosingQuote;
    std::string mark;
    if (m.fault == MarkFault::SinglesForDouble) {
      auto [open, close] = preferred_double_quotes(doc);
      mark = closing ? close : open;
    } else {
      bool curly = preferred_apostrophe(doc) != "'";
      mark = !curly ? "'" : closing ? "\u2019" : "\u2018";
    }
    std::string what = m.fault == MarkFault::SinglesForDouble ? "two single marks" : "an accent";
    Diagnostic& d = reporter.report(m.range, "This quotation mark is typed as " + what + ": write " + quoted(mark) + ".");
    // Which way a mark between spaces faces is a guess; a fix is offered only when it is known.
    if (m.role == MarkRole::OpeningQuote || closing || mark == "\"" || mark == "'") d.safe_fix(m.range, mark);
  }
}

}  // namespace punctuation

// punctuation/apostrophe: "council''s", "company´s", "mayor‘s", "‘80s" -> the document's apostrophe.
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta ApostropheRule::meta() {
  return {.id = "punctuation/apostrophe",
          .summary = "An apostrophe typed with the wrong character: doubled (\u201Ccouncil''s\u201D), an accent "
                     "(\u201Ccompany\u00B4s\u201D) or an opening quotation mark (\u201Cmayor\u2018s\u201D, "
                     "\u201C\u201880s\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

ApostropheRule::ApostropheRule(const RuleContext&) {}

void ApostropheRule::check(const Document& doc, Reporter& reporter) {
  std::string apostrophe;  // decided on the first fault only: most documents have none
  for (const QuoteMark& m : doc.quote_marks()) {
    const char* what = m.fault == MarkFault::DoubledApostrophe   ? "a doubled apostrophe"
                       : m.fault == MarkFault::AccentApostrophe  ? "an accent"
                       : m.fault == MarkFault::OpeningApostrophe ? "an opening quotation mark"
                                                                 : nullptr;
    if (!what) continue;
    if (apostrophe.empty()) apostrophe = preferred_apostrophe(doc);
    reporter.report(m.range, "This apostrophe is typed as " + std::string(what) + ": write " + quoted(apostrophe) + ".")
        .safe_fix(m.range, apostrophe);
  }
}

}  // namespace punctuation

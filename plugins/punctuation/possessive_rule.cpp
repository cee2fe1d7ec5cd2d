// punctuation/possessive: "Jansen’ office" -> "Jansen’s office".
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta PossessiveRule::meta() {
  return {.id = "punctuation/possessive",
          .summary = "A possessive apostrophe without its s after a name that does not end in s, as in "
                     "\u201CJansen\u2019 office\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

PossessiveRule::PossessiveRule(const RuleContext&) {}

void PossessiveRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (const QuoteMark& m : doc.quote_marks()) {
    if (m.fault != MarkFault::LostPossessiveS) continue;
    const Token& name = tokens[m.token - 1];
    std::string mark(doc.slice(m.range));
    Range whole{name.range.offset, m.range.end() - name.range.offset};
    // A suggestion: the mark could also close a quotation whose opening mark was lost.
    reporter.report(whole, "A possessive of " + quoted(name.text) + " needs its s: write " +
                               quoted(std::string(name.text) + mark + "s") + ".")
        .fix({m.range.end(), 0}, "s");  // an insertion: the mark stays as written (an entity too)
  }
}

}  // namespace punctuation

// punctuation/ellipsis-style: "..." and "…" in one document.
#include <copydesk/consistency.hpp>
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta EllipsisStyleRule::meta() {
  return {.id = "punctuation/ellipsis-style",
          .summary = "Ellipses written both as three full stops and as the \u2026 character.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"consistent\"",
                       "\"consistent\" (the document's most used form), \"dots\" (...) or \"character\" (\u2026)",
                       {"consistent", "dots", "character"}}}};
}

EllipsisStyleRule::EllipsisStyleRule(const RuleContext& context)
    : style_(context.options.get_choice("style", {"consistent", "dots", "character"}, "consistent")) {}

void EllipsisStyleRule::check(const Document& doc, Reporter& reporter) {
  enum { kDots = 0, kCharacter = 1 };
  std::vector<FormOccurrence> ellipses;
  for (const Token& t : doc.tokens()) {
    if (t.kind != TokenKind::Punctuation) continue;
    if (t.text == "...") ellipses.push_back({t.range, kDots, {"...", "\u2026"}});
    if (t.text == "\u2026") ellipses.push_back({t.range, kCharacter, {"...", "\u2026"}});
  }
  int preferred = style_ == "dots" ? kDots : style_ == "character" ? kCharacter : -1;
  report_minority_forms(ellipses, {"three full stops (...)", "the ellipsis character (\u2026)"}, preferred, reporter,
                        preferred >= 0);
}

}  // namespace punctuation

// punctuation/doubled: ",," ";;" "::", ".." and "…." (never "...", which the tokenizer keeps whole).
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta DoubledRule::meta() {
  return {.id = "punctuation/doubled",
          .summary = "A punctuation mark typed twice: \u201C,,\u201D, \u201C..\u201D, \u201C;;\u201D, \u201C::\u201D, "
                     "or an ellipsis with a full stop (\u201C\u2026.\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

DoubledRule::DoubledRule(const RuleContext&) {}

void DoubledRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& a = tokens[i - 1];
    const Token& b = tokens[i];
    if (b.kind != TokenKind::Punctuation || b.has(kSpaceBefore)) continue;
    std::string_view p = b.text;
    // "….": an ellipsis already ends the sentence.
    if (p == "." && a.is("\u2026")) {
      reporter.report({a.range.offset, b.range.end() - a.range.offset}, "An ellipsis takes no full stop after it.")
          .safe_fix(b.range, "");
      continue;
    }
    if (p != "," && p != "." && p != ";" && p != ":") continue;
    bool same = a.kind == TokenKind::Punctuation && a.text == p;
    // "the U.S.." : an abbreviation's own stop ends the sentence too.
    bool after_abbreviation = p == "." && a.is_word() && a.has(kAbbreviation);
    if (!same && !after_abbreviation) continue;
    if (same && i >= 2 && tokens[i - 2].text == p && !a.has(kSpaceBefore)) continue;  // reported once
    Range both{after_abbreviation ? b.range.offset - 1 : a.range.offset,
               after_abbreviation ? 2u : b.range.end() - a.range.offset};
    reporter.report(both, "Doubled " + quoted(p) + ".").safe_fix(b.range, "");
  }
}

}  // namespace punctuation

// punctuation/multiple-spaces: "the  talks" -> "the talks" (between sentences it is a house matter).
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta MultipleSpacesRule::meta() {
  return {.id = "punctuation/multiple-spaces",
          .summary = "Two or more spaces between words inside a sentence.",
          .default_severity = Severity::Suggestion,
          // Off by default: HTML and most publishing systems collapse spaces, so readers never see them.
          .enabled_by_default = false,
          .fixable = true};
}

MultipleSpacesRule::MultipleSpacesRule(const RuleContext&) {}

void MultipleSpacesRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::string_view text = doc.text();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& a = tokens[i - 1];
    const Token& b = tokens[i];
    if (a.sentence != b.sentence || b.has(kNewlineBefore) || !b.has(kSpaceBefore)) continue;
    // Only between words: after a bracket, symbol or unknown mark it may be a missed sentence end.
    bool wordlike_a = a.is_word() || a.kind == TokenKind::Number || a.text == ",";
    bool wordlike_b = b.is_word() || b.kind == TokenKind::Number;
    if (!wordlike_a || !wordlike_b) continue;
    std::uint32_t begin = a.range.end(), end = b.range.offset;
    if (end - begin < 2) continue;
    std::string_view gap = text.substr(begin, end - begin);
    if (gap.find_first_not_of(' ') != std::string_view::npos) continue;  // tabs, NBSP: alignment
    reporter.report({begin, end - begin}, std::to_string(gap.size()) + " spaces where one will do.")
        .safe_fix({begin, end - begin}, " ");
  }
}

}  // namespace punctuation

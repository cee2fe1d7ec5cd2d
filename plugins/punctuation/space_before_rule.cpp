// punctuation/space-before: "Moscow , Russia" -> "Moscow, Russia".
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta SpaceBeforeRule::meta() {
  return {.id = "punctuation/space-before",
          .summary = "A space before a comma, full stop, semicolon, colon, question or exclamation mark.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"french", OptionType::Bool, "false",
                       "French typography: allow a space before ; : ! ? and inside « »"}}};
}

SpaceBeforeRule::SpaceBeforeRule(const RuleContext& context)
    : french_(context.options.value<bool>("french", meta().options)) {}

void SpaceBeforeRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punctuation || !t.has(kSpaceBefore) || t.has(kNewlineBefore)) continue;
    std::string_view p = t.text;
    bool mark = p == "," || p == "." || p == ";" || p == ":" || p == "!" || p == "?";
    if (!mark) continue;
    if (french_ && (p == ";" || p == ":" || p == "!" || p == "?")) continue;
    const Token& prev = tokens[i - 1];
    // "? !" and ". ." are other problems; a mark after a dash or an opening bracket is a list or aside.
    if (prev.kind == TokenKind::Punctuation || prev.kind == TokenKind::Symbol || prev.has(kOpening)) continue;
    // "((WN)) :", "Q :": a colon after an interview's speaker label at the start of a paragraph (a
    // bracketed or capitals label of at most six tokens) is the transcript's layout.
    if (p == ":" && t.paragraph < doc.paragraphs().size() && i - doc.paragraphs()[t.paragraph].first_token <= 6 &&
        (prev.kind == TokenKind::Bracket || prev.has(kAllCaps) || prev.text.size() == 1))
      continue;
    // A colon or full stop before a figure can be a time or a decimal written loosely ("at :30").
    if ((p == ":" || p == ".") && i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::Number &&
        !tokens[i + 1].has(kSpaceBefore))
      continue;
    // ".gov", ".NET", ".5": a full stop glued to what follows is part of a name or a number.
    if (p == "." && i + 1 < tokens.size() && !tokens[i + 1].has(kSpaceBefore) &&
        (tokens[i + 1].is_word() || tokens[i + 1].kind == TokenKind::Number))
      continue;
    std::uint32_t space_begin = prev.range.end();
    Range space{space_begin, t.range.offset - space_begin};
    std::string shown(p);
    reporter.report({space_begin, t.range.end() - space_begin},
                    "Remove the space before \u201C" + shown + "\u201D.")
        .safe_fix(space, "");
  }
}

}  // namespace punctuation

// punctuation/one-sided-space: "disputed— and" -> "disputed — and"; "said ...Kerala" -> "said ... Kerala".
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

bool is_dash(std::string_view s) { return s == "\u2014" || s == "\u2013"; }
bool is_ellipsis(std::string_view s) { return s == "..." || s == "\u2026"; }
bool is_mark_or_bracket(const Token& t) { return t.kind == TokenKind::Quote || t.kind == TokenKind::Bracket; }

// Whether the document writes this dash with spaces on both sides more often than with none.
bool dash_spaced_in(const std::vector<Token>& tokens, std::string_view dash) {
  int spaced = 0, closed = 0;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (tokens[i].text != dash || tokens[i].kind != TokenKind::Punctuation) continue;
    bool before = tokens[i].has(kSpaceBefore), after = tokens[i + 1].has(kSpaceBefore);
    if (before && after) ++spaced;
    if (!before && !after && tokens[i - 1].is_word() && tokens[i + 1].is_word()) ++closed;
  }
  // No evidence: an en dash as a dash is always spaced; AP spaces the em dash too.
  return spaced >= closed;
}

}  // namespace

RuleMeta OneSidedSpaceRule::meta() {
  return {.id = "punctuation/one-sided-space",
          .summary = "A dash or an ellipsis with a space on one side only, as in \u201Cdisputed\u2014 and\u201D "
                     "or \u201Csaid ...Kerala\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

OneSidedSpaceRule::OneSidedSpaceRule(const RuleContext&) {}

void OneSidedSpaceRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punctuation) continue;
    bool dash = is_dash(t.text), ellipsis = is_ellipsis(t.text);
    if (!dash && !ellipsis) continue;
    const Token& prev = tokens[i - 1];
    const Token& next = tokens[i + 1];
    if (t.has(kNewlineBefore) || next.has(kNewlineBefore) || prev.paragraph != next.paragraph) continue;
    bool space_before = t.has(kSpaceBefore), space_after = next.has(kSpaceBefore);
    if (space_before == space_after) continue;
    // Glued to a quotation mark or a bracket, the dash or ellipsis belongs to what it touches
    // (“—and then”, “I was —”); next to a figure an en dash is a range.
    const Token& glued = space_before ? next : prev;
    if (is_mark_or_bracket(glued) || glued.kind == TokenKind::Punctuation) continue;
    if (!prev.is_word() && prev.kind != TokenKind::Number) continue;
    if (!next.is_word() && next.kind != TokenKind::Number) continue;
    if (dash && t.text == "\u2013" && (prev.kind == TokenKind::Number || next.kind == TokenKind::Number)) continue;
    std::string shown(t.text);
    if (ellipsis) {
      // "went... and" is a trailing ellipsis written the usual way; "said ...Kerala" is glued.
      if (!space_before) continue;
      reporter.report({t.range.offset, next.range.end() - t.range.offset}, "Put a space after " + quoted(shown) + ".")
          .safe_fix({t.range.end(), 0}, " ");
      continue;
    }
    bool spaced = dash_spaced_in(tokens, t.text);
    Range whole{prev.range.end(), next.range.offset - prev.range.end()};
    Diagnostic& d = reporter.report(whole, std::string("This dash has a space on one side only: ") +
                                               (spaced ? "put one on both sides." : "close up both sides."));
    if (spaced) {
      d.safe_fix(space_before ? Range{t.range.end(), 0} : Range{t.range.offset, 0}, " ");
    } else {
      d.safe_fix(space_before ? Range{prev.range.end(), t.range.offset - prev.range.end()}
                              : Range{t.range.end(), next.range.offset - t.range.end()},
                 "");
    }
  }
}

}  // namespace punctuation

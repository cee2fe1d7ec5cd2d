// punctuation/missing-space-after: "said.The" -> "said. The", "Kerry,who" -> "Kerry, who", "Jan.5" -> "Jan. 5".
#include <algorithm>
#include <cctype>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta MissingSpaceAfterRule::meta() {
  return {.id = "punctuation/missing-space-after",
          .summary = "No space after a comma, semicolon, colon or sentence-ending mark (\u201Csaid.The\u201D, "
                     "\u201CIn 2019,the\u201D), after an abbreviation before a figure (\u201CJan.5\u201D), or "
                     "before a bracketed word (\u201CReuters(LONDON)\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

MissingSpaceAfterRule::MissingSpaceAfterRule(const RuleContext&) {}

namespace {

// Abbreviations written before a figure: "Jan. 5", "No. 10", "Fig. 3".
constexpr std::string_view kBeforeFigure[] = {"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.",
                                              "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Nos.", "no.", "Fig.",
                                              "Vol.", "Art.", "Sec."};

bool starts_with_letter(const Token& t) {
  auto c = static_cast<unsigned char>(t.text[0]);
  return std::isalpha(c) || c >= 0xC3;
}

// What a figure or an abbreviation glued to its neighbour needs: "In 2019,the" (a thousands
// separator has three figures after it, never a letter), "Jan.5", "No.10", "Reuters(LONDON)".
void report_figures_and_brackets(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    if (next.has(kSpaceBefore)) continue;
    if (t.kind == TokenKind::Number && next.is(",") && i + 2 < tokens.size() && !tokens[i + 2].has(kSpaceBefore) &&
        tokens[i + 2].is_word() && starts_with_letter(tokens[i + 2]) && tokens[i + 2].text.size() >= 2) {
      reporter.report({next.range.offset, tokens[i + 2].range.end() - next.range.offset}, "Put a space after " + quoted(",") + ".")
          .safe_fix({next.range.end(), 0}, " ");
    } else if (t.is_word() && t.has(kAbbreviation) && next.kind == TokenKind::Number &&
               std::find(std::begin(kBeforeFigure), std::end(kBeforeFigure), t.text) != std::end(kBeforeFigure)) {
      reporter.report({t.range.offset, next.range.end() - t.range.offset}, "Put a space after " + quoted(t.text) + ".")
          .safe_fix({t.range.end(), 0}, " ");
    } else if (t.is_word() && next.is("(") && t.text.size() >= 3 && i + 2 < tokens.size()) {
      // "word(s)", "colo(u)r" and "f(x)" are glued on purpose: only a bracketed word of its own counts.
      const Token& inside = tokens[i + 2];
      bool word_inside = inside.is_word() && !inside.has(kSpaceBefore) && inside.text.size() >= 2 &&
                         (inside.has(kCapitalized) || inside.has(kAllCaps)) && i + 3 < tokens.size() &&
                         (tokens[i + 3].is(")") || tokens[i + 3].has(kSpaceBefore));
      if (word_inside && !t.has(kHasDigit) && !doc.in_scope(t.range.offset, ScopeKind::Url))
        reporter.report({t.range.offset, next.range.end() - t.range.offset}, "Put a space before " + quoted("(") + ".")
            .safe_fix({next.range.offset, 0}, " ");
    }
  }
}

}  // namespace

void MissingSpaceAfterRule::check(const Document& doc, Reporter& reporter) {
  report_figures_and_brackets(doc, reporter);
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& prev = tokens[i - 1];
    const Token& mark = tokens[i];
    const Token& next = tokens[i + 1];
    if (mark.kind != TokenKind::Punctuation || mark.has(kSpaceBefore) || next.has(kSpaceBefore)) continue;
    if (!next.is_word() || !prev.is_word() || next.has(kHasDigit) || prev.has(kHasDigit)) continue;
    std::string_view p = mark.text;
    bool flag = false;
    if (p == "," || p == ";") {
      // "Kerry,who": a word glued after a comma. Lists of codes ("a,b,c") are all short.
      flag = prev.text.size() >= 2 && next.text.size() >= 2;
    } else if (p == "." || p == "!" || p == "?") {
      // "said.The": a capitalised word after a lower-case one. "Amazon.com", "ASP.NET" and file
      // names are glued on purpose and are not capitalised words after a lower-case ending.
      char last = prev.text.back();
      flag = next.has(kCapitalized) && !next.has(kAllCaps) && std::islower(static_cast<unsigned char>(last)) &&
             prev.text.size() >= 2 && next.text.size() >= 2;
    } else if (p == ":") {
      // "File:Photo.jpg", "Re:Subject": a capitalised label glued to what follows is a name.
      flag = prev.text.size() >= 3 && next.text.size() >= 3 && !prev.has(kCapitalized) && !next.has(kAllCaps);
    }
    if (!flag) continue;
    reporter.report({mark.range.offset, next.range.end() - mark.range.offset},
                    "Put a space after " + quoted(p) + ".")
        .safe_fix({mark.range.end(), 0}, " ");
  }
}

}  // namespace punctuation

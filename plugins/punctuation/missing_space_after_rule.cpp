// punctuation/missing-space-after: "said.The" -> "said. The", "Kerry,who" -> "Kerry, who", "Jan.5" -> "Jan. 5".
#include <algorithm>
#include <cctype>
#include <unordered_map>

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

// "Jan", "No", "Fig", "Rs": a capitalised abbreviation of two to four letters, standing alone. Not a
// list: "U.S." (one letter a group) and "v.2" are not such abbreviations.
bool short_abbreviation(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  if (word.size() < 2 || word.size() > 4 || !std::isupper(static_cast<unsigned char>(word[0]))) return false;
  return std::all_of(word.begin() + 1, word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

// An abbreviation glued by its full stop to a figure: "Jan.5" (one token "Jan." when the
// tokenizer knows the abbreviation) or "Rs.200" (a word, a full stop, a figure). Returns the
// abbreviation's full stop's end, or 0.
std::uint32_t abbreviation_glued_to_figure(const std::vector<Token>& tokens, std::size_t i) {
  const Token& t = tokens[i];
  if (!t.is_word() || !short_abbreviation(t.text) || i + 1 >= tokens.size()) return 0;
  if (t.has(kAbbreviation))
    return tokens[i + 1].kind == TokenKind::Number && !tokens[i + 1].has(kSpaceBefore) ? t.range.end() : 0;
  if (i + 2 >= tokens.size() || !tokens[i + 1].is(".") || tokens[i + 1].has(kSpaceBefore)) return 0;
  const Token& figure = tokens[i + 2];
  return figure.kind == TokenKind::Number && !figure.has(kSpaceBefore) ? tokens[i + 1].range.end() : 0;
}

// How often each abbreviation is glued to a figure: "Rs.200 ... Rs.30 ... Rs.40" is the house's way of
// writing a currency or unit, not a slip.
constexpr std::size_t kHouseGlue = 3;

bool starts_with_letter(const Token& t) {
  auto c = static_cast<unsigned char>(t.text[0]);
  return std::isalpha(c) || c >= 0xC3;
}

// What a figure or an abbreviation glued to its neighbour needs: "In 2019,the" (a thousands
// separator has three figures after it, never a letter), "Jan.5", "No.10", "Reuters(LONDON)".
void report_figures_and_brackets(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::unordered_map<std::string_view, std::size_t> glued_uses;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (abbreviation_glued_to_figure(tokens, i)) {
      std::string_view text = tokens[i].text;
      glued_uses[text.ends_with('.') ? text.substr(0, text.size() - 1) : text]++;
    }
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    if (next.has(kSpaceBefore)) continue;
    if (t.kind == TokenKind::Number && next.is(",") && i + 2 < tokens.size() && !tokens[i + 2].has(kSpaceBefore) &&
        tokens[i + 2].is_word() && starts_with_letter(tokens[i + 2]) && tokens[i + 2].text.size() >= 2) {
      reporter.report({next.range.offset, tokens[i + 2].range.end() - next.range.offset}, "Put a space after " + quoted(",") + ": a thousands separator has three figures after it.")
          .safe_fix({next.range.end(), 0}, " ");
    } else if (std::uint32_t stop = abbreviation_glued_to_figure(tokens, i)) {
      std::string_view name = t.text.ends_with('.') ? t.text.substr(0, t.text.size() - 1) : t.text;
      if (glued_uses[name] >= kHouseGlue || doc.in_scope(t.range.offset, ScopeKind::Url) ||
          doc.in_scope(t.range.offset, ScopeKind::Code))
        continue;
      const Token& figure = t.has(kAbbreviation) ? next : tokens[i + 2];
      reporter.report({t.range.offset, figure.range.end() - t.range.offset},
                      "Put a space between " + quoted(std::string(name) + ".") + " and the figure.")
          .safe_fix({stop, 0}, " ");
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
    // "&lt;br", "&amp;amp;mdash;fell": the semicolon ends an HTML character reference
    // (structure/markup-residue's).
    if (mark.has(kCharacterReference)) continue;
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

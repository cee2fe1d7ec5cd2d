// punctuation/quote-spacing: "“ We" -> "“We", "ready ”" -> "ready”", ",”said" -> ",” said", "said“We" -> "said “We".
#include <algorithm>
#include <cctype>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// A letter or digit: ASCII, or a two-byte character from U+00C0 on (accented Latin, Greek,
// Cyrillic). Quotation marks, dashes and spaces are three-byte or below U+00C0.
bool two_byte_letter_lead(unsigned char u) { return u >= 0xC3 && u <= 0xDF; }
bool starts_word(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || two_byte_letter_lead(u);
}
bool ends_word(std::string_view text, std::uint32_t end) {
  if (end == 0) return false;
  auto u = static_cast<unsigned char>(text[end - 1]);
  if (std::isalnum(u)) return true;
  return u >= 0x80 && u < 0xC0 && end >= 2 && two_byte_letter_lead(static_cast<unsigned char>(text[end - 2]));
}

}  // namespace

RuleMeta QuoteSpacingRule::meta() {
  return {.id = "punctuation/quote-spacing",
          .summary = "A space inside quotation marks (\u201C\u201C We listened\u201D), or none outside them "
                     "(\u201Cin years,\u201Dsaid\u201D, \u201Csaid\u201CWe\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

QuoteSpacingRule::QuoteSpacingRule(const RuleContext&) {}

void QuoteSpacingRule::check(const Document& doc, Reporter& reporter) {
  std::string_view text = doc.text();
  const auto& tokens = doc.tokens();
  // Straight marks face a way only by their pairing: trust only quotations that close.
  std::vector<std::uint32_t> paired;
  for (const QuoteSpan& q : doc.quotes())
    if (q.open_token != QuoteSpan::npos && q.close_token != QuoteSpan::npos) {
      paired.push_back(q.open_token);
      paired.push_back(q.close_token);
    }
  std::sort(paired.begin(), paired.end());
  for (const QuoteMark& m : doc.quote_marks()) {
    if (m.role != MarkRole::OpeningQuote && m.role != MarkRole::ClosingQuote) continue;
    if (!m.double_mark && !m.curly) continue;  // a straight single mark is too often an apostrophe
    if (!m.curly && !std::binary_search(paired.begin(), paired.end(), m.token)) continue;
    if (doc.in_scope(m.range.offset, ScopeKind::Code)) continue;
    std::string mark(doc.slice(m.range));
    std::uint32_t after = m.range.end();
    const Token& t = tokens[m.token];
    if (m.role == MarkRole::OpeningQuote) {
      // “ We: a space between the mark and the first quoted word.
      std::uint32_t k = after;
      while (k < text.size() && is_blank(text[k])) ++k;
      if (k > after && k < text.size() && starts_word(text[k])) {
        reporter.report({m.range.offset, k - m.range.offset}, "Remove the space after " + quoted(mark) + ".")
            .safe_fix({after, k - after}, "");
      }
      // said“We: no space before an opening mark (a curly one: a straight one glued there closes).
      if (m.curly && ends_word(text, m.range.offset) && m.token > 0 && !t.has(kSpaceBefore))
        reporter.report(m.range, "Put a space before " + quoted(mark) + ".").safe_fix({m.range.offset, 0}, " ");
    } else {
      // ready ”: a space before the closing mark after a word or a full stop.
      std::uint32_t k = m.range.offset;
      while (k > 0 && is_blank(text[k - 1])) --k;
      bool after_text = k > 0 && (ends_word(text, k) || text[k - 1] == '.' || text[k - 1] == ',');
      if (k < m.range.offset && after_text && m.token > 0 && !t.has(kNewlineBefore))
        reporter.report({k, m.range.end() - k}, "Remove the space before " + quoted(mark) + ".")
            .safe_fix({k, m.range.offset - k}, "");
      // ,”said: a word glued after the closing mark ("the “Beatles”s" aside).
      if (after < text.size() && starts_word(text[after]) && m.token + 1 < tokens.size()) {
        const Token& next = tokens[m.token + 1];
        bool plural = next.text == "s" || next.text == "es";
        if (!plural && next.range.offset == after && next.is_word())
          reporter.report({m.range.offset, next.range.end() - m.range.offset}, "Put a space after " + quoted(mark) + ".")
              .safe_fix({after, 0}, " ");
      }
    }
  }
}

}  // namespace punctuation

// punctuation/unbalanced: a quotation never closed, a stray closing quote, a bracket left open.
#include <vector>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta UnbalancedRule::meta() {
  return {.id = "punctuation/unbalanced",
          .summary = "A quotation mark or bracket without its partner in the same paragraph "
                     "(a quotation running over paragraphs may reopen each one without closing).",
          .default_severity = Severity::Warning};
}

UnbalancedRule::UnbalancedRule(const RuleContext&) {}

void UnbalancedRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  // Quotations: the shared analysis already paired them, continuation convention included.
  for (const QuoteSpan& q : doc.quotes()) {
    if (q.single_marks) continue;
    if (q.unclosed()) {
      const Token& open = tokens[q.open_token];
      reporter.report(open.range, "This quotation is never closed" +
                                      std::string(q.paragraphs > 1 ? " (its last paragraph has no closing mark)." : "."));
    } else if (q.stray_close()) {
      const Token& close = tokens[q.close_token];
      // 5'10": an inch mark after a figure is not a quotation mark.
      if (q.close_token > 0 && tokens[q.close_token - 1].kind == TokenKind::Number && !close.has(kSpaceBefore))
        continue;
      reporter.report(close.range, "This closing quotation mark has no opening mark before it.");
    }
  }
  // Brackets, per paragraph.
  for (const Paragraph& p : doc.paragraphs()) {
    std::vector<std::uint32_t> open;
    for (std::uint32_t k = p.first_token; k < p.end_token; ++k) {
      const Token& t = tokens[k];
      if (t.kind != TokenKind::Bracket) continue;
      char c = t.text[0];
      if (c == '(' || c == '[' || c == '{') {
        open.push_back(k);
        continue;
      }
      char want = c == ')' ? '(' : c == ']' ? '[' : '{';
      if (!open.empty() && tokens[open.back()].text[0] == want) {
        open.pop_back();
        continue;
      }
      // "1)", "a)" and "iv)" at the start of a paragraph or after a line break are list markers.
      bool list_marker = k > p.first_token && k - 1 == p.first_token && !t.has(kSpaceBefore) &&
                         tokens[k - 1].text.size() <= 3;
      if (list_marker) continue;
      reporter.report(t.range, "This " + quoted(t.text) + " closes nothing.");
    }
    for (std::uint32_t k : open) {
      const Token& t = tokens[k];
      std::string close = t.text == "(" ? ")" : t.text == "[" ? "]" : "}";
      reporter.report(t.range, "This " + quoted(t.text) + " is never closed with " + quoted(close) + ".");
    }
  }
}

}  // namespace punctuation

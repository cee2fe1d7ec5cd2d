// punctuation/quote-punctuation: US `“chaos”,` -> `“chaos,”`; UK `called it “a farce.”` -> `“a farce”.`
#include <copydesk/consistency.hpp>
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

enum Form { kInside = 0, kOutside = 1 };

// The telling cases: punctuation after the closing mark (outside), and punctuation inside the
// closing mark of a quoted fragment (a few words starting in lower case). A full quoted sentence
// keeps its stop inside in every style, so it tells nothing.
std::vector<FormOccurrence> telling_cases(const Document& doc) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> out;
  for (const QuoteSpan& q : doc.quotes()) {
    if (q.single_marks || q.close_token == QuoteSpan::npos || q.open_token == QuoteSpan::npos) continue;
    const Token& close = tokens[q.close_token];
    std::string mark(close.text);
    if (q.close_token + 1 < tokens.size()) {
      const Token& after = tokens[q.close_token + 1];
      if (after.kind == TokenKind::Punctuation && !after.has(kSpaceBefore) && (after.text == "," || after.text == ".")) {
        std::string p(after.text);
        out.push_back({{close.range.offset, after.range.end() - close.range.offset}, kOutside, {p + mark, mark + p}});
        continue;
      }
    }
    if (q.close_token - q.open_token > 8 || q.paragraphs > 1) continue;
    const Token& before = tokens[q.close_token - 1];
    const Token& first = tokens[q.open_token + 1];
    if (before.kind != TokenKind::Punctuation || (before.text != "," && before.text != ".")) continue;
    if (first.has(kCapitalized) || first.kind != TokenKind::Word) continue;
    std::string p(before.text);
    out.push_back({{before.range.offset, close.range.end() - before.range.offset}, kInside, {p + mark, mark + p}});
  }
  return out;
}

}  // namespace

RuleMeta QuotePunctuationRule::meta() {
  return {.id = "punctuation/quote-punctuation",
          .summary = "Commas and full stops inside closing quotation marks (US style) and outside them "
                     "(UK and logical style) mixed in one document, or against the house style.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"consistent\"",
                       "\"consistent\" (the document's own majority; a tie goes to its language), \"us\", "
                       "\"uk\", or \"auto\" (us for en-US documents, uk for en-GB)",
                       {"consistent", "auto", "us", "uk"}}}};
}

QuotePunctuationRule::QuotePunctuationRule(const RuleContext& context)
    : style_(context.options.get_choice("style", {"consistent", "auto", "us", "uk"}, "consistent")) {}

void QuotePunctuationRule::check(const Document& doc, Reporter& reporter) {
  std::vector<FormOccurrence> cases = telling_cases(doc);
  int language_form = doc.language() == "en-GB" ? kOutside : kInside;
  int preferred = style_ == "us" ? kInside : style_ == "uk" ? kOutside : style_ == "auto" ? language_form : -1;
  if (preferred < 0) {
    std::size_t inside = 0, outside = 0;
    for (const FormOccurrence& o : cases) (o.form == kInside ? inside : outside)++;
    if (inside == 0 || outside == 0) return;
    preferred = inside > outside ? kInside : outside > inside ? kOutside : language_form;
  }
  report_minority_forms(cases, {"punctuation inside closing quotation marks (US style)",
                          "punctuation outside closing quotation marks (UK style)"},
                  preferred, reporter, style_ == "us" || style_ == "uk");
}

}  // namespace punctuation

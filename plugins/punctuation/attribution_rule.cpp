// punctuation/attribution: `way.” the U.S. secretary of state said` -> `way,” the ... said`.
#include <copydesk/lexicon.hpp>

#include <algorithm>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta AttributionRule::meta() {
  return {.id = "punctuation/attribution",
          .summary = "A full stop before a closing quotation mark that an attribution follows: "
                     "the quote should end with a comma.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

AttributionRule::AttributionRule(const RuleContext&) {}

void AttributionRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
    const Token& stop = tokens[i];
    const Token& close = tokens[i + 1];
    if (stop.kind != TokenKind::Punctuation || stop.text != "." || !is_closing_double_quote(close) ||
        close.has(kSpaceBefore))
      continue;
    std::size_t k = i + 2;
    if (tokens[k].paragraph != close.paragraph || !tokens[k].is_word()) continue;
    bool attribution = false;
    if (!tokens[k].has(kCapitalized)) {
      // `way.” the secretary of state said` / `way.” said Kerry`: a lower-case run with a speech verb.
      for (std::size_t j = k; j < tokens.size() && j < k + 10 && tokens[j].paragraph == close.paragraph; ++j) {
        if (lexicon::is_speech_verb(tokens[j].text)) {
          attribution = true;
          break;
        }
        if (tokens[j].kind == TokenKind::Punctuation || tokens[j].kind == TokenKind::Quote) break;
      }
    } else {
      // `way.” Kerry said.`: up to three capitalised words, a speech verb, then the sentence ends
      // or a time or place follows. "Kerry said the talks..." starts a new sentence: left alone.
      std::size_t j = k;
      while (j < tokens.size() && j < k + 3 && tokens[j].is_word() && tokens[j].has(kCapitalized)) ++j;
      if (j + 1 < tokens.size() && lexicon::is_speech_verb(tokens[j].text)) {
        const Token& after = tokens[j + 1];
        // "Kerry added, “…”" opens a new quotation: that is a new sentence, not an attribution.
        attribution = after.text == "." || after.text == "on" || after.text == "in" ||
                      after.text == "at" || after.text == "during" || after.text == "after" ||
                      after.text == "yesterday" || after.text == "today" || after.text == "Monday" ||
                      after.text == "Tuesday" || after.text == "Wednesday" || after.text == "Thursday" ||
                      after.text == "Friday" || after.text == "Saturday" || after.text == "Sunday";
      }
    }
    if (!attribution) continue;
    reporter.report({stop.range.offset, close.range.end() - stop.range.offset},
                    "End the quotation with a comma, not a full stop, when an attribution follows.")
        .fix(stop.range, ",");
  }
}

}  // namespace punctuation

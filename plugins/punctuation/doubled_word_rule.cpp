// punctuation/doubled-word: "the the" -> "the", "the “the best" -> "“the best".
#include <algorithm>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta DoubledWordRule::meta() {
  return {.id = "punctuation/doubled-word",
          .summary = "The same word twice in a row, as in \u201Cthe the\u201D, even across a line break or a quotation mark (\u201Cthe \u201Cthe best deal\u201D\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"allow", OptionType::StringList, "[\"had\", \"that\", \"is\", \"bye\", \"very\", \"no\", \"ha\", \"knock\", \"really\", \"so\", \"yeah\", \"aye\"]",
                       "Words that may legitimately repeat (compared in lower case)"}}};
}

DoubledWordRule::DoubledWordRule(const RuleContext& context)
    : allow_(context.options.value<std::vector<std::string>>("allow", meta().options)) {
  for (std::string& w : allow_) w = ascii_lower(w);
}

void DoubledWordRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& a = tokens[i - 1];
    const Token& b = tokens[i];
    if (!a.is_word() || !b.is_word() || !b.has(kSpaceBefore) || a.paragraph != b.paragraph) continue;
    if (!ascii_iequals(a.text, b.text)) continue;
    std::string wa = ascii_lower(a.text);
    // "Duran Duran", "Walla Walla": capitalised repeats inside a name are titles, not typos.
    if (a.has(kCapitalized) && b.has(kCapitalized) && !a.has(kSentenceStart)) continue;
    // "the channel Channel 4", "according to To": a capitalised repeat mid-sentence after a lower-case
    // word is a name, unless it is an article opening a title ("the The Times").
    bool article = wa == "the" || wa == "a" || wa == "an";
    if (!a.has(kCapitalized) && b.has(kCapitalized) && !b.has(kSentenceStart) && !article) continue;
    // Reduplication is grammar in many languages quoted in English copy (Hindi "dheere dheere" in its
    // own script): only words with a Latin letter are checked.
    if (std::none_of(wa.begin(), wa.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      continue;
    if (std::find(allow_.begin(), allow_.end(), wa) != allow_.end()) continue;
    // Three or more in a row ("fun fun fun", "so so so far") is deliberate emphasis.
    bool third_before = i >= 2 && tokens[i - 2].is_word() && ascii_lower(tokens[i - 2].text) == wa;
    bool third_after = i + 1 < tokens.size() && tokens[i + 1].is_word() && ascii_lower(tokens[i + 1].text) == wa;
    if (third_before || third_after) continue;
    Range both{a.range.offset, b.range.end() - a.range.offset};
    reporter.report(both, "\u201C" + std::string(b.text) + "\u201D is repeated.").safe_fix(both, std::string(a.text));
  }
  report_across_quotes(doc, reporter);
}

// "called it the “the best deal”": the same word on both sides of a quotation mark. The copy
// inside the quotation is the speaker's: the word outside it goes.
void DoubledWordRule::report_across_quotes(const Document& doc, Reporter& reporter) const {
  const auto& tokens = doc.tokens();
  for (const QuoteMark& m : doc.quote_marks()) {
    if (m.role != MarkRole::OpeningQuote && m.role != MarkRole::ClosingQuote) continue;
    std::uint32_t last = m.token;  // a mark typed as two characters spans two tokens
    while (last + 1 < tokens.size() && tokens[last + 1].range.offset < m.range.end()) ++last;
    if (m.token == 0 || last + 1 >= tokens.size()) continue;
    const Token& a = tokens[m.token - 1];
    const Token& b = tokens[last + 1];
    if (!a.is_word() || !b.is_word() || a.paragraph != b.paragraph) continue;
    std::string wa = ascii_lower(a.text);
    if (wa != ascii_lower(b.text) || std::find(allow_.begin(), allow_.end(), wa) != allow_.end()) continue;
    bool opening = m.role == MarkRole::OpeningQuote;
    // The mark sits against the quoted word, with a space on the other side.
    bool spaced = opening ? tokens[m.token].has(kSpaceBefore) && !b.has(kSpaceBefore)
                          : !tokens[m.token].has(kSpaceBefore) && b.has(kSpaceBefore);
    if (!spaced || (a.has(kCapitalized) && b.has(kCapitalized) && !a.has(kSentenceStart))) continue;
    // "wrote to you “You won’t win”": a quoted sentence starts with its own capital.
    if (opening && b.has(kCapitalized) && !a.has(kCapitalized)) continue;
    Range both{a.range.offset, b.range.end() - a.range.offset};
    // Keep the quoted copy: drop the outside word and the space beside it. Only a deletion, so
    // the mark stays as the file wrote it (an entity such as &#8220; is not rewritten).
    Range outside = opening ? Range{a.range.offset, m.range.offset - a.range.offset}
                            : Range{m.range.end(), b.range.end() - m.range.end()};
    reporter.report(both, "\u201C" + std::string(b.text) + "\u201D is repeated across the quotation mark.")
        .safe_fix(outside, "");
  }
}

}  // namespace punctuation

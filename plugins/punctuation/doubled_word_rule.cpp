// punctuation/doubled-word: "the the" -> "the".
#include <algorithm>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

RuleMeta DoubledWordRule::meta() {
  return {.id = "punctuation/doubled-word",
          .summary = "The same word twice in a row, as in \u201Cthe the\u201D, even across a line break.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"allow", OptionType::StringList, "[\"had\", \"that\", \"is\", \"bye\", \"very\", \"no\"]",
                       "Words that may legitimately repeat (compared in lower case)"}}};
}

DoubledWordRule::DoubledWordRule(const RuleContext& context)
    : allow_(context.options.get_string_list("allow", {"had", "that", "is", "bye", "very", "no", "ha", "knock"})) {
  for (std::string& w : allow_) w = lower_ascii(w);
}

void DoubledWordRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    const Token& a = tokens[i - 1];
    const Token& b = tokens[i];
    if (!a.is_word() || !b.is_word() || !b.has(kSpaceBefore) || a.paragraph != b.paragraph) continue;
    std::string wa = lower_ascii(a.text), wb = lower_ascii(b.text);
    if (wa != wb) continue;
    // "Duran Duran", "Walla Walla": capitalised repeats inside a name are titles, not typos.
    if (a.has(kCapitalized) && b.has(kCapitalized) && !a.has(kSentenceStart)) continue;
    if (std::find(allow_.begin(), allow_.end(), wa) != allow_.end()) continue;
    // Three or more in a row ("fun fun fun", "so so so far") is deliberate emphasis.
    bool third_before = i >= 2 && tokens[i - 2].is_word() && lower_ascii(tokens[i - 2].text) == wa;
    bool third_after = i + 1 < tokens.size() && tokens[i + 1].is_word() && lower_ascii(tokens[i + 1].text) == wa;
    if (third_before || third_after) continue;
    if (wa.size() == 1 && !std::isalpha(static_cast<unsigned char>(wa[0]))) continue;
    Range both{a.range.offset, b.range.end() - a.range.offset};
    reporter.report(both, "\u201C" + std::string(b.text) + "\u201D is repeated.").safe_fix(both, std::string(a.text));
  }
}

}  // namespace punctuation

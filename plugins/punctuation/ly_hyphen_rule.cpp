// punctuation/ly-hyphen: "the newly-appointed mediator" -> "newly appointed"; "family-run" stays.
#include <algorithm>
#include <array>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

// Short adverbs no suffix below recognises. Adjectives in -ly made from nouns (family, early,
// friendly, weekly, elderly, costly, only) end in none of the suffixes and are not listed.
constexpr std::string_view kAdverbs[] = {
    "newly", "highly", "widely", "freshly", "closely", "largely", "poorly", "richly", "deeply", "densely",
    "badly", "barely", "nearly", "tightly", "loosely", "openly", "rarely", "hotly", "fully", "easily",
    "finely", "firmly", "hugely", "purely", "solely", "warmly", "wholly", "truly", "duly", "mostly",
    "partly", "jointly", "publicly", "strongly", "fairly", "clearly", "slightly", "rightly", "wrongly",
    "roughly", "briefly", "brightly", "heavily", "quickly", "slowly", "sharply", "mainly", "chiefly",
    "directly", "exactly", "strictly", "perfectly", "correctly", "particularly", "similarly", "regularly",
    "secretly", "separately", "privately", "completely", "extremely", "entirely", "absolutely", "widely"};

// Adverb endings made from adjectives, with the fewest letters the word must have before them
// ("lively", "gently" and "stately" are too short to count).
struct Ending {
  std::string_view suffix;
  std::size_t min_stem;
};
constexpr Ending kEndings[] = {{"ally", 3}, {"ously", 2}, {"ively", 2}, {"ently", 2}, {"antly", 2}, {"ably", 2},
                               {"ibly", 2}, {"fully", 2}, {"lessly", 2}, {"ately", 3}, {"ingly", 2}, {"edly", 2},
                               {"ily", 4}};

bool is_ly_adverb(std::string_view w) {
  if (std::find(std::begin(kAdverbs), std::end(kAdverbs), w) != std::end(kAdverbs)) return true;
  return std::any_of(std::begin(kEndings), std::end(kEndings), [&](const Ending& e) {
    return w.size() >= e.suffix.size() + e.min_stem && w.ends_with(e.suffix);
  });
}

bool lower_letters(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

RuleMeta LyHyphenRule::meta() {
  return {.id = "punctuation/ly-hyphen",
          .summary = "A hyphen after an adverb ending in -ly, as in \u201Cthe newly-appointed mediator\u201D "
                     "(\u201Cfamily-run\u201D and \u201Cearly-morning\u201D are right: not adverbs).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

LyHyphenRule::LyHyphenRule(const RuleContext&) {}

void LyHyphenRule::check(const Document& doc, Reporter& reporter) {
  for (const Token& t : doc.tokens()) {
    if (!t.is_word()) continue;
    std::size_t hyphen = t.text.find('-');
    if (hyphen == std::string_view::npos || hyphen < 4) continue;
    std::string adverb = ascii_lower(t.text.substr(0, hyphen));
    std::string_view rest = t.text.substr(hyphen + 1);
    if (adverb.size() < 4 || !adverb.ends_with("ly") || !lower_letters(rest.substr(0, rest.find('-')))) continue;
    if (!lower_letters(adverb) || !is_ly_adverb(adverb)) continue;
    if (ascii_lower(rest) == adverb) continue;  // "slowly-slowly": a doubling for emphasis
    std::string written = std::string(t.text.substr(0, hyphen)) + " " + std::string(rest);
    reporter.report(t.range, "An adverb ending in -ly takes no hyphen: write " + quoted(written) + ".")
        .fix({t.range.offset + static_cast<std::uint32_t>(hyphen), 1}, " ");
  }
}

}  // namespace punctuation

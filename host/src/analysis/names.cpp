// Name mentions: runs of capitalised words with their particles, split from the titles and
// honorifics in front of them.
#include <algorithm>
#include <array>
#include <unordered_set>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/name_key.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

// Words that lead a title without being one alone (parts of titles: "Foreign", "Prime", "Chief"),
// and posts that are not formal titles but still come before a name ("Chairman", "Coach"). The
// formal titles themselves are lexicon::kFormalTitles, which the titles plugin reads too.
constexpr std::string_view kTitleWords[] = {
    "Vice",     "Prime",  "Foreign",  "Secretary", "Chief",  "Deputy",   "Defense",    "Defence",
    "Interior", "Finance", "Home",    "State",     "Treasury", "Attorney", "Rev.",     "Chairman",
    "Chairwoman", "Chair", "Director", "Leader",   "Lord",   "Lady",     "Coach",      "Officer"};

bool is_particle(std::string_view w) { return lexicon::is_name_particle(w); }
// lexicon::is_formal_title(w) or one of kTitleWords: a hash lookup, asked of most capitalised
// words before a name, instead of a walk along some two hundred titles.
bool is_title_word(std::string_view w) {
  // Never destroyed: an exit() mid-run must not free it under the other checking threads.
  static const std::unordered_set<std::string_view>& kTitles = *[] {
    auto titles = new std::unordered_set<std::string_view>(std::begin(lexicon::kFormalTitles), std::end(lexicon::kFormalTitles));
    titles->insert(std::begin(kTitleWords), std::end(kTitleWords));
    return titles;
  }();
  return kTitles.count(w) > 0;
}
// "Russian", "Syrian", "Chinese", "British", "Israeli", "U.S.": adjectives before a title.
bool is_nationality_like(const Token& t) {
  std::string_view w = t.text;
  if (t.flags & kPossessive) return true;  // "Russia's Foreign Minister"
  if (t.flags & kAbbreviation) return (t.flags & kAllCaps) != 0;  // "U.S.", "U.N."
  return w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("i") || w.ends_with("ch");
}

// A word the dictionaries list only in lower case ("harbourmaster", "councillor", "yesterday"):
// capitalised before a name, it describes the person rather than naming them.
bool is_ordinary_word(const Token& t) {
  unsigned listing = dictionary_listing(bare_name_word(t.text));
  return (listing & kListedLowerCase) && !(listing & kListedCapitalised);
}

// A word that can be part of a personal name: a particle, or a word the dictionaries do not
// list in lower case only ("Sergei", "Volkov", and "Mark", which is also a name).
bool is_name_like(const Token& t) { return is_particle(t.text) || !is_ordinary_word(t); }

// The first token of the name inside [first, end) once leading descriptors are split off:
// "Harbourmaster Sergei Volkov", "Former Councillor Dmitri Volkov", "Yesterday Anna Volkova". The
// name left must be at least two name-like words, so "Supreme Court", "Central Bank" and "Mitt
// Romney" stay whole.
std::uint32_t after_descriptors(const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t end) {
  std::uint32_t start = end;
  std::size_t words = 0;
  while (start > first && is_name_like(tokens[start - 1])) {
    --start;
    words += is_particle(tokens[start].text) ? 0 : 1;
  }
  if (start == first || words < 2 || is_particle(tokens[start].text)) return first;
  bool ordinary = false;
  for (std::uint32_t j = first; j < start; ++j) {
    const Token& t = tokens[j];
    if (t.flags & (kAllCaps | kPossessive)) return first;
    bool title = is_title_word(t.text);
    if (!title && !is_ordinary_word(t) && !is_nationality_like(t)) return first;
    ordinary = ordinary || title || is_ordinary_word(t);
  }
  return ordinary ? start : first;
}

bool is_name_word(const Token& t) {
  if (t.kind != TokenKind::Word) return false;
  if (!(t.flags & (kCapitalized | kAllCaps))) return false;
  std::string_view w = t.text;
  if (is_weekday_or_month(w)) return false;
  if (w.starts_with("I'") || w.starts_with("I\u2019")) return false;  // I'm, I’ve
  return true;
}

}  // namespace

std::vector<NameMention> find_names(const Core& core) {
  const std::vector<Token>& tokens = core.tokens;
  std::vector<NameMention> names;
  for (const Sentence& s : core.sentences) {
    std::uint32_t k = s.first_token;
    while (k < s.end_token) {
      if (!is_name_word(tokens[k])) {
        ++k;
        continue;
      }
      // Extend the run over capitalised words and particles between them.
      std::uint32_t end = k + 1;
      while (end < s.end_token) {
        const Token& t = tokens[end];
        if (is_name_word(t) && !(tokens[end - 1].flags & kPossessive)) {
          ++end;
        } else if (t.kind == TokenKind::Word && is_particle(t.text) && end + 1 < s.end_token &&
                   is_name_word(tokens[end + 1])) {
          end += 2;
        } else {
          break;
        }
      }
      std::uint32_t first = k;
      NameMention m;
      // A capitalised function word that opens the sentence ("The", "But") is not a name.
      while (first < end && (tokens[first].flags & kSentenceStart) && is_sentence_opener(tokens[first].text))
        ++first;
      if (first < end && is_honorific(tokens[first].text)) m.honorific_token = first++;
      if (m.honorific_token == QuoteSpan::npos && k > s.first_token && is_honorific(tokens[k - 1].text))
        m.honorific_token = k - 1;
      // Leading title words ("Russian Foreign Minister") are the title, the rest is the name.
      std::uint32_t name_first = first;
      for (std::uint32_t j = first; j + 1 < end; ++j) {
        if (is_title_word(tokens[j].text)) name_first = j + 1;
      }
      if (name_first > first) {
        bool all_title = true;
        for (std::uint32_t j = first; j < name_first; ++j)
          all_title = all_title && (is_title_word(tokens[j].text) || is_nationality_like(tokens[j]));
        if (all_title) {
          m.title_first = first;
          m.title_end = name_first;
          first = name_first;
        }
      }
      if (std::uint32_t name = after_descriptors(tokens, first, end); name > first) {
        if (m.title_first == QuoteSpan::npos) m.title_first = first;
        m.title_end = name;
        first = name;
      }
      bool only_title = true;  // "U.S. Secretary", "the President": a title with no name after it
      for (std::uint32_t j = first; j < end; ++j)
        only_title = only_title && (is_title_word(tokens[j].text) || is_nationality_like(tokens[j]));
      if (first < end && !(only_title && is_title_word(tokens[end - 1].text))) {
        // "al Qaeda", "van Gogh": a particle right before the run belongs to the name.
        if (first == k && k > s.first_token && tokens[k - 1].kind == TokenKind::Word &&
            is_particle(tokens[k - 1].text) && !(tokens[k - 1].flags & kSentenceStart))
          --first;
        m.first_token = first;
        m.end_token = end;
        const Token& last = tokens[end - 1];
        std::string_view bare = bare_name_word(last.text);
        std::uint32_t stop = last.range.offset + static_cast<std::uint32_t>(bare.size());
        m.possessive = (last.flags & kPossessive) != 0;
        m.range = {tokens[first].range.offset, stop - tokens[first].range.offset};
        m.sentence_start = (tokens[first].flags & kSentenceStart) != 0;
        m.in_quote = (tokens[first].flags & kInQuote) != 0;
        m.all_caps = true;
        for (std::uint32_t j = first; j < end; ++j)
          m.all_caps = m.all_caps && (tokens[j].flags & kAllCaps || is_particle(tokens[j].text));
        names.push_back(m);
      }
      k = end;
    }
  }
  return names;
}

}  // namespace copydesk::analysis

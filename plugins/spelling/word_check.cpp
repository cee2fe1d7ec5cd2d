// Shared word checks for the spelling rules.
#include "word_check.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace spelling {

using namespace copydesk;

bool plain_letters(const Token& t) { return !t.has(kHasDigit) && !t.has(kAllCaps) && !t.has(kAbbreviation); }

bool prose_word(const Document& doc, std::size_t i) {
  const auto& tokens = doc.tokens();
  const Token& t = tokens[i];
  if (!t.is_word()) return false;
  if (i > 0 && !t.has(kSpaceBefore) && (tokens[i - 1].text == "#" || tokens[i - 1].text == "@")) return false;
  // Parts of handles and host names: "raven_alwayz", "*.minetest.net".
  auto glued = [&](std::size_t k) { return k < tokens.size() && !tokens[k].has(kSpaceBefore); };
  if ((i > 0 && !t.has(kSpaceBefore) && (tokens[i - 1].text == "_" || tokens[i - 1].text == ".")) ||
      (glued(i + 1) && (tokens[i + 1].text == "_" || (tokens[i + 1].text == "." && glued(i + 2) && tokens[i + 2].is_word()))))
    return false;
  // "&mdash", "&rsquo;": the name of an HTML character reference (structure/markup-residue's).
  if (t.has(kCharacterReference)) return false;
  // "$4bn", "5km": a unit glued to a figure.
  if (i > 0 && !t.has(kSpaceBefore) && tokens[i - 1].kind == TokenKind::Number) return false;
  return !doc.in_scope(t.range.offset, ScopeKind::Code) && !doc.in_scope(t.range.offset, ScopeKind::Url);
}

bool checkable_letters(std::string_view word) {
  if (word.size() < 3) return false;  // "du", "ov": particles and fragments
  // Longer than any dictionary word (the longest English headwords have about 45 letters): a
  // string of letters, not a word; judging it would cost time and memory by the square of its length.
  if (word.size() > kLongestWord) return false;
  // English dictionaries judge English words: skip other scripts, loanwords with diacritics
  // ("hijāb"), and mixed-case product names ("eTranslate", "iPhone").
  bool upper_inside = false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(word[k]);
    if (c < 0x80) {
      upper_inside = upper_inside || (k > 0 && c >= 'A' && c <= 'Z');
      continue;
    }
    bool invisible = word.compare(k, 2, "\u00AD") == 0 || word.compare(k, 3, "\u200B") == 0 ||
                     word.compare(k, 3, "\u200C") == 0 || word.compare(k, 3, "\u200D") == 0;
    if (word.compare(k, 3, "\u2019") != 0 && !invisible) return false;
    k += (c >= 0xE0 ? 2 : 1);
  }
  return !upper_inside;
}

bool ascii_letters(std::string_view word) {
  for (char c : word)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  return true;
}

bool known_word(Speller& speller, std::string_view word) { return speller.known(word) || known_in_parts(speller, word); }

bool known_in_parts(Speller& speller, std::string_view word) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019", "'"})
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix))
      return known_word(speller, word.substr(0, word.size() - suffix.size()));
  if (word.find('-') != std::string_view::npos) {
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t end = word.find('-', start);
      if (end == std::string_view::npos) end = word.size();
      std::string_view part = word.substr(start, end - start);
      if (part.size() > 1 && !speller.known(part)) return false;
      start = end + 1;
    }
    return true;
  }
  return false;
}

Variety variety_of(const Document& doc) { return doc.language() == "en-GB" ? kGB : kUS; }

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() > b.size() + 1) return false;
  std::size_t k = 0;
  while (k < b.size() && a[k] == b[k]) ++k;
  if (a.size() != b.size()) return a.substr(k + 1) == b.substr(k);  // a letter dropped
  if (k == a.size()) return false;                                   // the same word
  if (a.substr(k + 1) == b.substr(k + 1)) return true;               // a letter replaced
  return k + 1 < a.size() && a[k] == b[k + 1] && a[k + 1] == b[k] && a.substr(k + 2) == b.substr(k + 2);  // swapped
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return 3;
  // Three rows of the Damerau-Levenshtein table (the transposition looks two rows back), on the
  // stack for words of ordinary length: names are compared by the thousand per document.
  constexpr std::size_t kOnStack = 64;
  std::size_t stack[3][kOnStack + 1];
  std::vector<std::size_t> heap;
  std::size_t* rows[3];
  std::size_t width = b.size() + 1;
  if (width <= kOnStack + 1) {
    for (int r = 0; r < 3; ++r) rows[r] = stack[r];
  } else {
    heap.resize(3 * width);
    for (int r = 0; r < 3; ++r) rows[r] = heap.data() + r * width;
  }
  std::size_t *before = rows[0], *previous = rows[1], *current = rows[2];
  for (std::size_t j = 0; j < width; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j < width; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::size_t* oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return std::min<std::size_t>(previous[b.size()], 3);
}

}  // namespace spelling

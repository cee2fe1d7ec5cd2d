// The spelling analysis (see document_words.hpp): each token's roles, then each distinct word's
// verdicts, asked once whatever the number of its tokens and of the rules that read them.
#include "document_words.hpp"

#include <algorithm>

#include <copydesk/prefault.hpp>

#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// The roles a word's letters allow (a token's place may take them away): asked once per word.
std::uint8_t roles_by_letters(std::string_view word) {
  std::uint8_t roles = kProse;
  if (word.size() <= kLongestWord && ascii_letters(word)) roles |= kPlainAscii;
  if (checkable_letters(word)) roles |= kCheckable | kVarietyWord;
  return roles;
}

// The roles of word token `i`, whose letters allow `by_letters`.
std::uint8_t roles_of(const Document& doc, std::size_t i, std::uint8_t by_letters) {
  if (!prose_word(doc, i)) return 0;
  const Token& t = doc.tokens()[i];
  if (!plain_letters(t)) return kProse;
  std::uint8_t roles = by_letters;
  if (t.has(kCapitalized) && !t.has(kSentenceStart)) roles &= ~kVarietyWord;
  return roles;
}

bool has_capital(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A thread's verdicts on the words it has judged for one speller, by word and the roles asked
// about: judge() asks the word table and the speller several questions a word, and the articles
// of a run repeat most of their words. Verdicts depend on the speller and the word only (the
// speller's lists do not change during a run). A direct-mapped table of 2^15 entries of 8 bytes
// (256 KB, within a core's cache: a map of strings that size was not, and its misses cost half
// of this analysis): each entry holds 60 bits of the word's hash and the four verdict bits, and a
// newer word takes an older one's entry.
constexpr std::size_t kRememberedVerdicts = std::size_t{1} << 15;
struct RememberedVerdicts {
  std::uint64_t speller = 0;  // Speller::id(); 0 for none
  std::vector<std::uint64_t> entries;
};
thread_local RememberedVerdicts remembered;

std::uint64_t verdict_key(std::string_view word, std::uint8_t needs) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the word, then the roles
  for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
  h = (h ^ needs) * 1099511628211ull;
  h ^= h >> 31;
  std::uint64_t tag = h & ~std::uint64_t{0xF};
  return tag == 0 ? 0x10 : tag;  // 0 is an empty entry
}

// The four flags of WordVerdicts (uses aside): a field added there must be kept here too.
static_assert(sizeof(WordVerdicts) == 8 && sizeof(Speller::Verdicts) == 2, "verdict_bits() packs every verdict");
std::uint64_t verdict_bits(const WordVerdicts& v) {
  return (v.known ? 1u : 0u) | (v.rejected ? 2u : 0u) | (v.lower.us ? 4u : 0u) | (v.lower.gb ? 8u : 0u);
}

WordVerdicts verdicts_of_bits(std::uint64_t bits) {
  WordVerdicts v;
  v.known = bits & 1;
  v.rejected = bits & 2;
  v.lower.us = bits & 4;
  v.lower.gb = bits & 8;
  return v;
}

}  // namespace

SpellingWords::SpellingWords(const Document& doc, Speller& speller) : capitalised_(doc) {
  const auto& tokens = doc.tokens();
  roles_.reserve(tokens.size());  // a book's are megabytes: their pages mapped in one request each
  prefault_for_writing(roles_.data(), roles_.capacity());
  word_of_.reserve(tokens.size());
  prefault_for_writing(word_of_.data(), word_of_.capacity() * sizeof(std::uint32_t));
  roles_.assign(tokens.size(), 0);
  word_of_.assign(tokens.size(), 0);
  // Room for an article's distinct words at once; a book's grow the map as they come (reserving
  // a slot per token took 7 bytes per byte of a 5 MB file).
  constexpr std::size_t kReservedWords = 8192, kReservedBytes = 64 * 1024;
  index_.reserve(std::min(tokens.size(), kReservedWords), std::min(doc.text().size(), kReservedBytes));
  // Per distinct word: its text, the roles its letters allow, the roles of its tokens together.
  std::vector<std::string_view> texts;
  std::vector<std::uint8_t> by_letters, needs;
  std::vector<std::uint32_t> uses;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.is_word()) continue;
    std::uint32_t& slot = index_[t.text];
    if (slot == 0) {
      texts.push_back(t.text);
      by_letters.push_back(roles_by_letters(t.text));
      needs.push_back(0);
      uses.push_back(0);
      slot = static_cast<std::uint32_t>(texts.size());
    }
    std::uint32_t w = slot - 1;
    word_of_[i] = w;
    roles_[i] = roles_of(doc, i, by_letters[w]);
    needs[w] |= roles_[i];
    ++uses[w];
  }
  words_.reserve(texts.size());
  RememberedVerdicts& memory = remembered;
  if (memory.speller != speller.id() || memory.entries.empty()) {
    memory.entries.assign(kRememberedVerdicts, 0);
    memory.speller = speller.id();
  }
  for (std::size_t w = 0; w < texts.size(); ++w) {
    std::uint64_t key = verdict_key(texts[w], needs[w]);
    std::uint64_t& entry = memory.entries[(key >> 4) & (kRememberedVerdicts - 1)];
    if ((entry & ~std::uint64_t{0xF}) == key) {
      words_.push_back(verdicts_of_bits(entry & 0xF));
    } else {
      words_.push_back(judge(speller, texts[w], needs[w]));
      entry = key | verdict_bits(words_.back());
    }
    words_.back().uses = uses[w];
  }
}

WordVerdicts SpellingWords::judge(Speller& speller, std::string_view word, std::uint8_t needs) {
  WordVerdicts v;
  if (needs & kProse) v.rejected = speller.rejected(word);
  bool judged = (needs & (kCheckable | kPlainAscii)) != 0;
  if (needs & kVarietyWord) {
    if (has_capital(word)) {
      v.lower = speller.verdicts(ascii_lower(word));
    } else {
      // In lower case already: the varieties' verdicts say whether the speller knows it as a
      // whole, and known_word() needs only the rest.
      v.lower = speller.verdicts(word);
      v.known = v.lower.us || v.lower.gb || known_in_parts(speller, word);
      return v;
    }
  }
  if (judged) v.known = known_word(speller, word);
  return v;
}

std::uint32_t SpellingWords::uses(std::string_view word) const {
  const std::uint32_t* slot = index_.find(word);
  return slot ? words_[*slot - 1].uses : 0;
}

const SpellingWords& DocumentWords::of(const Document& doc, const std::shared_ptr<Speller>& speller) const {
  return by_speller_.of(speller, [&] { return SpellingWords(doc, *speller); });
}

DocumentWords make_document_words(const Document&) { return {}; }

}  // namespace spelling

// Loads the dictionaries once per run (the rules share the speller) and caches Hunspell's verdicts per distinct word.
#include "speller.hpp"

#include "word_check.hpp"
#include "word_lists.hpp"
#include "word_table.hpp"

#include <hunspell.hxx>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <future>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>
#include <copydesk/word_set.hpp>

namespace fs = std::filesystem;

namespace spelling {

using namespace copydesk;

namespace {

// Hash tables of strings that a string_view finds without making a string (C++20's
// heterogeneous lookup): a repeated word costs no allocation.
using VerdictMap = std::unordered_map<std::string, unsigned, copydesk::StringHash, std::equal_to<>>;

}  // namespace

struct Speller::Impl {
  // Spellers live as long as their run, and a later run may get one at the same address: the
  // per-thread tables below are keyed by this number, never reused, not by the address.
  static inline std::atomic<std::uint64_t> next_id{1};
  const std::uint64_t id = next_id++;
  std::vector<std::string> lists;  // our word lists and the config's, added to every dictionary
  // The precompiled verdicts of the same dictionaries and lists (null when it is missing, stale,
  // or the config adds dictionaries of its own): Hunspell is then loaded only for the words the
  // table leaves to it, on first use.
  std::unique_ptr<WordTable> table;
  // Hunspell objects are not safe to share between threads: each thread that checks words
  // takes a pair of its own from `pairs` (a free one if there is one, else a new one) and keeps
  // it for the run. The first pair is loaded with the speller, before any document is read.
  struct Pair {
    std::unique_ptr<Hunspell> us, gb;
    bool taken = false;
  };
  std::mutex pairs_mutex;
  std::vector<std::unique_ptr<Pair>> pairs;
  Pair& mine() {
    thread_local std::unordered_map<std::uint64_t, Pair*> by_speller;
    Pair*& pair = by_speller[id];
    if (!pair) {
      std::lock_guard lock(pairs_mutex);
      for (const auto& p : pairs)
        if (!p->taken) pair = p.get();
      if (!pair) {
        pairs.push_back(std::make_unique<Pair>());
        pair = pairs.back().get();
      }
      pair->taken = true;
    }
    return *pair;
  }
  static Hunspell& dictionary_of(Pair& p, Variety variety, const std::vector<std::string>& lists) {
    std::unique_ptr<Hunspell>& h = variety == kUS ? p.us : p.gb;
    if (!h) {
      // Hunspell's constructor sets up process-wide tables without a lock: build one at a time.
      static std::mutex construction;
      std::lock_guard lock(construction);
      h = variety == kUS ? open_dictionary("en_US", "hunspell-en-us") : open_dictionary("en_GB", "hunspell-en-gb");
      for (const std::string& list : lists) h->add_dic(list.c_str());
    }
    return *h;
  }
  Hunspell& dictionary(Variety variety) { return dictionary_of(mine(), variety, lists); }
  /// In the config's accepted words as written, or capitalised where the list has it in lower
  /// case ("Recieve" opening a sentence when "recieve" is accepted), as Hunspell treats its own.
  bool in_vocabulary(std::string_view word) const {
    if (accept.empty() || word.empty()) return false;
    if (accept.contains(word)) return true;
    if (word[0] < 'A' || word[0] > 'Z' || word.size() > 64) return false;
    for (std::size_t k = 1; k < word.size(); ++k)
      if (word[k] >= 'A' && word[k] <= 'Z') return false;
    char lowered[64];
    word.copy(lowered, word.size());
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    return accept.contains(std::string_view(lowered, word.size()));
  }
  /// Whether `variety` accepts `word` (normalized), without the verdict caches: suggest() asks
  /// about hundreds of candidates a word, and caching them would fill the caches with non-words.
  bool accepts(const std::string& word, Variety variety) {
    int v = quick_verdict(word, accepted_bits(variety));
    return v == WordTable::kAskHunspell ? dictionary(variety).spell(word) : v == 1;
  }
  /// 1 or 0 when the vocabulary or the word table decides without Hunspell, else kAskHunspell.
  /// `accepted` is WordTable's bit of one variety, or both for either (a word without a hyphen).
  int quick_verdict(std::string_view word, unsigned accepted) const {
    if (in_vocabulary(word)) return 1;
    return table ? table->verdict(word, accepted) : WordTable::kAskHunspell;
  }
  /// quick_verdict() for both varieties at once: WordTable's bits of the varieties that accept
  /// `word`, or kAskHunspell.
  int quick_varieties(std::string_view word) const {
    if (in_vocabulary(word)) return WordTable::kAcceptedUS | WordTable::kAcceptedGB;
    return table ? table->varieties(word) : WordTable::kAskHunspell;
  }
  static unsigned accepted_bits(Variety variety) {
    return variety == kUS ? WordTable::kAcceptedUS : WordTable::kAcceptedGB;
  }
  /// Loads a first pair before the run's threads start: a document's first words need both
  /// varieties (en_GB is asked about every word en_US rejects).
  void load_first_pair() {
    auto pair = std::make_unique<Pair>();
    dictionary_of(*pair, kUS, lists);
    dictionary_of(*pair, kGB, lists);
    std::lock_guard lock(pairs_mutex);
    pairs.push_back(std::move(pair));
  }
  static std::unique_ptr<Hunspell> open_dictionary(const std::string& name, const char* package);
  std::mutex suggestions_mutex;
  std::shared_mutex cache_mutex;
  VerdictMap cache;
  std::map<std::pair<std::string, int>, std::vector<std::string>> suggestions;
  copydesk::WordSet accept, reject;  // the config's vocabulary, normalized
};

namespace {

const char* kSystemDir = "/usr/share/hunspell";

}  // namespace

std::unique_ptr<Hunspell> Speller::Impl::open_dictionary(const std::string& name, const char* package) {
  std::string aff = std::string(kSystemDir) + "/" + name + ".aff";
  std::string dic = std::string(kSystemDir) + "/" + name + ".dic";
  std::error_code ec;
  if (!fs::is_regular_file(aff, ec) || !fs::is_regular_file(dic, ec))
    throw std::runtime_error("the " + name + " Hunspell dictionary is missing (" + dic +
                             "); install it with: apt-get install " + package);
  return std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

namespace {

// Only a word with a byte outside ASCII can hold what normalize() rewrites.
bool needs_normalizing(std::string_view w) {
  for (char c : w)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Rejected words are matched in any capitalisation: A-Z and the Latin-1 capitals (À to Þ, not ×)
// lowered.
std::string folded(std::string w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      w[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < w.size()) {
      auto next = static_cast<unsigned char>(w[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) w[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return w;
}

std::string normalize(std::string_view w) {
  // Hunspell's English dictionaries spell the apostrophe as '.
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.compare(i, 3, "\u2019") == 0) {
      out.push_back('\'');
      i += 2;
    } else if (w.compare(i, 2, "\u00AD") == 0) {  // soft hyphen: invisible, not part of the spelling
      i += 1;
    } else if (w.compare(i, 3, "\u200B") == 0 || w.compare(i, 3, "\u200C") == 0 || w.compare(i, 3, "\u200D") == 0 ||
               w.compare(i, 3, "\u2060") == 0) {
      i += 2;
    } else {
      out.push_back(w[i]);
    }
  }
  return out;
}

}  // namespace

namespace {
std::atomic<std::uint64_t> next_speller_id{1};
}  // namespace

Speller::Speller(std::unique_ptr<Impl> impl) : impl_(std::move(impl)), id_(next_speller_id++) {}
Speller::~Speller() = default;

std::shared_ptr<Speller> Speller::for_run(const RuleContext& context) {
  // The spelling rules of one run (one config, so one vocabulary) share one speller: the host
  // keeps it in the run's SharedObjects, so the word lists and dictionaries load once.
  if (context.shared) return context.shared->get<Speller>("spelling/speller", [&] { return load(context); });
  return load(context);
}

std::shared_ptr<Speller> Speller::load(const RuleContext& context) {
  static const std::vector<std::string> kNone;
  const std::vector<std::string>& accept = context.vocabulary ? context.vocabulary->accept : kNone;
  const std::vector<std::string>& reject = context.vocabulary ? context.vocabulary->reject : kNone;
  const std::vector<std::string>& extra = context.vocabulary ? context.vocabulary->dictionaries : kNone;
  std::vector<std::string> lists;
  std::error_code ec;
  fs::path ours = fs::path(context.share_dir) / "dictionaries";
  if (fs::is_directory(ours, ec))
    for (const auto& entry : fs::directory_iterator(ours, ec))
      if (entry.path().extension() == ".dic") lists.push_back(entry.path().string());
  std::sort(lists.begin(), lists.end());
  lists.insert(lists.end(), extra.begin(), extra.end());
  auto impl = std::make_unique<Impl>();
  // Check that both dictionaries are installed before loading them, to name the package.
  std::string gb_dic = std::string(kSystemDir) + "/en_GB.dic";
  if (!fs::is_regular_file(gb_dic, ec))
    throw std::runtime_error("the en_GB Hunspell dictionary is missing (" + gb_dic +
                             "); install it with: apt-get install hunspell-en-gb");
  impl->lists = lists;
  std::string us_dic = std::string(kSystemDir) + "/en_US.dic";
  if (!fs::is_regular_file(us_dic, ec))
    throw std::runtime_error("the en_US Hunspell dictionary is missing (" + us_dic +
                             "); install it with: apt-get install hunspell-en-us");
  for (const std::string& list : lists)
    if (!fs::is_regular_file(list, ec)) throw std::runtime_error(list + ": dictionary not found");
  for (const std::string& w : accept) {
    if (needs_normalizing(w)) {
      impl->accept.insert(normalize(w));
    } else {
      impl->accept.insert(w);
    }
  }
  for (const std::string& w : reject) impl->reject.insert(folded(normalize(w)));
  // The config's own dictionaries may accept any word: then Hunspell judges every word.
  if (extra.empty())
    impl->table = WordTable::open((fs::path(context.share_dir) / "spelling" / "words.bin").string(),
                                  WordTable::sources(kSystemDir, lists), nullptr);
  if (!impl->table) impl->load_first_pair();
  return std::make_shared<Speller>(std::move(impl));
}

// Verdict bits per word: 1 en-US known, 2 en-US correct, 4 en-GB known, 8 en-GB correct. The
// word table answers most words at once; Hunspell's answers are cached per word.
unsigned Speller::verdict_bits(std::string_view w, Variety variety) {
  unsigned known_bit = variety == kUS ? 1u : 4u;
  if (int v = impl_->quick_verdict(w, Impl::accepted_bits(variety)); v != WordTable::kAskHunspell)
    return known_bit | (v == 1 ? known_bit << 1 : 0u);
  thread_local std::uint64_t owner = 0;
  thread_local VerdictMap local;  // no lock for a repeated word
  if (owner != impl_->id) {
    owner = impl_->id;
    local.clear();
  }
  auto mine = local.find(w);
  if (mine == local.end()) mine = local.emplace(std::string(w), 0u).first;
  unsigned& bits = mine->second;
  if (bits & known_bit) return bits;
  {
    std::shared_lock lock(impl_->cache_mutex);
    auto it = impl_->cache.find(w);
    if (it != impl_->cache.end()) bits |= it->second;
  }
  if (bits & known_bit) return bits;
  bool ok = impl_->dictionary(variety).spell(mine->first);  // quick_verdict has asked the vocabulary
  bits |= known_bit | (ok ? known_bit << 1 : 0u);
  std::unique_lock lock(impl_->cache_mutex);
  auto shared = impl_->cache.find(w);
  if (shared == impl_->cache.end()) shared = impl_->cache.emplace(std::string(w), 0u).first;
  shared->second |= bits;
  return bits;
}

bool Speller::correct(std::string_view word, Variety variety) {
  unsigned bit = variety == kUS ? 2u : 8u;
  if (!needs_normalizing(word)) return (verdict_bits(word, variety) & bit) != 0;
  return (verdict_bits(normalize(word), variety) & bit) != 0;
}

bool Speller::known(std::string_view word) {
  std::string normalized;
  if (needs_normalizing(word)) word = normalized = normalize(word);
  // One lookup for both varieties; not for a hyphenated word, whose parts must pass in one variety.
  if (word.find('-') == std::string_view::npos) {
    int v = impl_->quick_verdict(word, WordTable::kAcceptedUS | WordTable::kAcceptedGB);
    if (v != WordTable::kAskHunspell) return v == 1;
  }
  return (verdict_bits(word, kUS) & 2u) || (verdict_bits(word, kGB) & 8u);
}

Speller::Verdicts Speller::verdicts(std::string_view word) {
  std::string normalized;
  if (needs_normalizing(word)) word = normalized = normalize(word);
  int accepted = impl_->quick_varieties(word);
  if (accepted != WordTable::kAskHunspell)
    return {(accepted & WordTable::kAcceptedUS) != 0, (accepted & WordTable::kAcceptedGB) != 0};
  return {(verdict_bits(word, kUS) & 2u) != 0, (verdict_bits(word, kGB) & 8u) != 0};
}

bool Speller::rejected(std::string_view word) const {
  if (impl_->reject.empty()) return false;
  std::string w = folded(normalize(word));
  if (impl_->reject.contains(w)) return true;
  // A possessive ("alright's") or a part of a hyphenated word ("alright-ish") counts too.
  for (std::string_view ending : {"'s", "'"})
    if (w.size() > ending.size() && w.ends_with(ending) && impl_->reject.contains(w.substr(0, w.size() - ending.size())))
      return true;
  if (w.find('-') == std::string::npos) return false;
  for (std::size_t start = 0; start < w.size();) {
    std::size_t end = std::min(w.find('-', start), w.size());
    if (end > start && impl_->reject.contains(std::string_view(w).substr(start, end - start))) return true;
    start = end + 1;
  }
  return false;
}

namespace {

// Keys next to each other on a QWERTY keyboard: the likeliest wrong letters.
std::string_view neighbours(char c) {
  switch (c) {
    case 'q': return "wa"; case 'w': return "qeas"; case 'e': return "wrsd"; case 'r': return "etdf";
    case 't': return "ryfg"; case 'y': return "tugh"; case 'u': return "yihj"; case 'i': return "uojk";
    case 'o': return "ipkl"; case 'p': return "ol"; case 'a': return "qwsz"; case 's': return "awedxz";
    case 'd': return "serfcx"; case 'f': return "drtgvc"; case 'g': return "ftyhbv"; case 'h': return "gyujnb";
    case 'j': return "huikmn"; case 'k': return "jiolm"; case 'l': return "kop"; case 'z': return "asx";
    case 'x': return "zsdc"; case 'c': return "xdfv"; case 'v': return "cfgb"; case 'b': return "vghn";
    case 'n': return "bhjm"; case 'm': return "njk"; default: return "";
  }
}

}  // namespace

bool find_typo(std::string_view word, unsigned kinds, const std::function<bool(const std::string&)>& visit) {
  // Candidates cost the word's length squared in bytes: a 80,000-letter "word" would take
  // gigabytes. No real word is this long (Hunspell's own limit is 100 bytes).
  constexpr std::size_t kMaxSuggestBytes = 100;
  if (word.size() > kMaxSuggestBytes) return false;
  // The typos people make: two letters swapped, a letter dropped, doubled or missing, a vowel or
  // a neighbouring key instead of the right one.
  static constexpr std::string_view kVowels = "aeiouy";
  auto is_vowel = [](char c) { return kVowels.find(c) != std::string_view::npos; };
  std::string c;  // the candidate
  c.reserve(word.size() + 1);
  auto with_inserted = [&](std::size_t i, char l) -> const std::string& {
    c.assign(word);
    c.insert(i, 1, l);
    return c;
  };
  if (kinds & kLikelyTypos) {
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
      c.assign(word);
      std::swap(c[i], c[i + 1]);
      if (visit(c)) return true;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
      c.assign(word);
      c.erase(i, 1);
      if (visit(c)) return true;
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
      // A vowel is mistyped as another vowel; a consonant as a key next to it.
      for (char l : is_vowel(word[i]) ? kVowels : neighbours(word[i]))
        if (l != word[i]) {
          c.assign(word);
          c[i] = l;
          if (visit(c)) return true;
        }
    }
    // A missing letter: vowels and doubled letters first (the commonest).
    for (std::size_t i = 0; i <= word.size(); ++i) {
      for (char l : kVowels)
        if (visit(with_inserted(i, l))) return true;
      if (i > 0 && visit(with_inserted(i, word[i - 1]))) return true;
    }
  }
  // Then any other missing letter ("diplayed", "pressue"): asked only of words no dictionary
  // knows, and cached.
  if (kinds & kRareTypos)
    for (std::size_t i = 0; i <= word.size(); ++i)
      for (char l = 'a'; l <= 'z'; ++l)
        if (!is_vowel(l) && (i == 0 || l != word[i - 1]) && visit(with_inserted(i, l))) return true;
  return false;
}

std::vector<std::string> Speller::suggest(std::string_view word, Variety variety) {
  std::string w = normalize(word);
  auto key = std::make_pair(w, static_cast<int>(variety));
  {
    std::lock_guard lock(impl_->suggestions_mutex);
    auto it = impl_->suggestions.find(key);
    if (it != impl_->suggestions.end()) return it->second;
  }
  constexpr std::size_t kMostSuggestions = 5;
  std::vector<std::string> out;
  // Whether `c` completes the suggestions.
  auto add = [&](const std::string& c, bool rare) {
    if (c.empty() || std::find(out.begin(), out.end(), c) != out.end()) return false;
    // The rarer missing letters are asked of the dictionary only when they make a common word.
    if (rare && !is_common_word(c) && !is_common_word(ascii_lower(c))) return false;
    if (impl_->accepts(c, variety)) out.push_back(c);
    return out.size() >= kMostSuggestions;
  };
  if (!find_typo(w, kLikelyTypos, [&](const std::string& c) { return add(c, false); }))
    find_typo(w, kRareTypos, [&](const std::string& c) { return add(c, true); });
  std::lock_guard lock(impl_->suggestions_mutex);
  impl_->suggestions.emplace(key, out);
  return out;
}

}  // namespace spelling

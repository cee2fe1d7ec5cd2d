// Reads the word lists Debian's miscfiles, wamerican-small and wbritish-small packages install.
#include "word_lists.hpp"

#include <copydesk/text.hpp>
#include <copydesk/word_set.hpp>

#include <zlib.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace spelling {

namespace {

// The rules ask about every word of every document: found by a string_view, loaded without an
// allocation per word.
using copydesk::WordSet;

// Calls `add` with each line of a plain or gzip-compressed file (zlib reads both).
template <class Add>
void for_each_line(const char* path, const char* package, Add add) {
  gzFile file = gzopen(path, "rb");
  if (!file)
    throw std::runtime_error(std::string("a word list is missing (") + path + "); install it with: apt-get install " +
                             package);
  std::string bytes;  // the whole list: a line may span two reads
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) bytes.append(buffer, static_cast<std::size_t>(n));
  bool failed = n < 0;
  gzclose(file);
  if (failed) throw std::runtime_error(std::string(path) + ": unreadable word list");
  std::string_view rest = bytes;
  while (!rest.empty()) {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    if (!line.empty()) add(line);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
  }
}

// Adds each line of the file to `words`.
void add_lines(const char* path, const char* package, WordSet& words) {
  for_each_line(path, package, [&words](std::string_view line) { words.insert(line); });
}

}  // namespace

bool is_given_name(std::string_view word) {
  // Never destroyed (as every list here): an exit() mid-run must not free it under other threads.
  static const WordSet& names = *[] {
    auto s = new WordSet;
    add_lines("/usr/share/dict/propernames.gz", "miscfiles", *s);
    return s;
  }();
  return names.contains(word);
}

namespace {

// The common words, with a filter in front: a bit per hash of 2^21 (256 KB, which stays in a
// core's cache where the set's 3 MB do not). The typo search asks about hundreds of made-up
// spellings per unknown word, nearly all of them not words; the filter answers most of those
// (about 95%) without reading the set.
class CommonWords {
 public:
  CommonWords() {
    words_.reserve(100000, 1 << 20);
    auto add = [this](std::string_view word) {
      words_.insert(word);
      std::uint64_t h = hash(word);
      filter_[(h >> 6) & (kFilterWords - 1)] |= std::uint64_t{1} << (h & 63);
    };
    for_each_line("/usr/share/dict/american-english-small", "wamerican-small", add);
    for_each_line("/usr/share/dict/british-english-small", "wbritish-small", add);
  }
  bool contains(std::string_view word) const {
    std::uint64_t h = hash(word);
    if (!(filter_[(h >> 6) & (kFilterWords - 1)] & (std::uint64_t{1} << (h & 63)))) return false;
    return words_.contains(word);
  }
 private:
  static constexpr std::size_t kFilterWords = (std::size_t{1} << 21) / 64;
  static std::uint64_t hash(std::string_view s) {  // FNV-1a, folded
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  WordSet words_;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(kFilterWords, 0);
};

}  // namespace

bool is_common_word(std::string_view word) {
  static const CommonWords& words = *new CommonWords;  // never destroyed, as every list here
  return words.contains(word);
}

}  // namespace spelling

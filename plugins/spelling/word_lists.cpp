// Reads the word lists Debian's miscfiles, wamerican-small and wbritish-small packages install.
#include "word_lists.hpp"

#include <copydesk/text.hpp>

#include <zlib.h>

#include <stdexcept>
#include <string>
#include <unordered_set>

namespace spelling {

namespace {

// Found by a string_view without making a string (C++20 heterogeneous lookup): the rules ask
// about every word of every document.
using WordSet = std::unordered_set<std::string, copydesk::StringHash, std::equal_to<>>;

// Adds each line of a plain or gzip-compressed file (zlib reads both).
void add_lines(const char* path, const char* package, WordSet& words) {
  gzFile file = gzopen(path, "rb");
  if (!file)
    throw std::runtime_error(std::string("a word list is missing (") + path + "); install it with: apt-get install " +
                             package);
  std::string line;
  char buffer[1 << 14];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0)
    for (int i = 0; i < n; ++i) {
      if (buffer[i] != '\n') {
        line.push_back(buffer[i]);
      } else if (!line.empty()) {
        words.insert(std::move(line));
        line.clear();
      }
    }
  bool failed = n < 0;
  gzclose(file);
  if (failed) throw std::runtime_error(std::string(path) + ": unreadable word list");
  if (!line.empty()) words.insert(line);
}

}  // namespace

bool is_given_name(std::string_view word) {
  // Never destroyed (as every list here): an exit() mid-run must not free it under other threads.
  static const WordSet& names = *[] {
    auto s = new WordSet;
    add_lines("/usr/share/dict/propernames.gz", "miscfiles", *s);
    return s;
  }();
  return names.find(word) != names.end();
}

bool is_common_word(std::string_view word) {
  static const WordSet& words = *[] {
    auto s = new WordSet;
    add_lines("/usr/share/dict/american-english-small", "wamerican-small", *s);
    add_lines("/usr/share/dict/british-english-small", "wbritish-small", *s);
    return s;
  }();
  return words.find(word) != words.end();
}

}  // namespace spelling

// Reads the word lists Debian's miscfiles, wamerican-small and wbritish-small packages install.
#include "word_lists.hpp"

#include <copydesk/text.hpp>
#include <copydesk/word_set.hpp>

#include <zlib.h>

#include <stdexcept>
#include <string>

namespace spelling {

namespace {

// The rules ask about every word of every document: found by a string_view, loaded without an
// allocation per word.
using copydesk::WordSet;

// Adds each line of a plain or gzip-compressed file (zlib reads both).
void add_lines(const char* path, const char* package, WordSet& words) {
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
    if (!line.empty()) words.insert(line);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
  }
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

bool is_common_word(std::string_view word) {
  static const WordSet& words = *[] {
    auto s = new WordSet;
    s->reserve(100000, 1 << 20);
    add_lines("/usr/share/dict/american-english-small", "wamerican-small", *s);
    add_lines("/usr/share/dict/british-english-small", "wbritish-small", *s);
    return s;
  }();
  return words.contains(word);
}

}  // namespace spelling

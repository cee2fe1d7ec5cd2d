// What the English dictionaries list: a word in lower case ("coach") or with a capital ("Mark").
// From Debian's Hunspell word lists (stems only, affix flags ignored), once per process: mapped
// from the copy precompiled at build time (host/tools/make_listing.cpp) when it was made from the
// installed lists, else read from the lists themselves into one WordMap.
#include <cstdio>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"
#include "copydesk/mapped_words.hpp"
#include "copydesk/word_set.hpp"

namespace copydesk::analysis {
namespace {

const std::vector<std::string>& lists() {
  static const std::vector<std::string>& kLists =
      *new std::vector<std::string>{"/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"};
  return kLists;
}

std::string read_whole(const std::string& path) {
  std::string bytes;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return bytes;  // not installed: every word is unlisted, and names fall back to the title words
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) bytes.append(chunk, n);
  std::fclose(f);
  return bytes;
}

// Calls add(word, bit) for each entry of a .dic file, the word in lower case: one pass over the
// bytes; each line's word ends at its first '/', tab, space or CR.
template <typename Add>
void each_listed_word(std::string_view file, Add add) {
  std::size_t i = file.find('\n');  // the first line is the entry count
  if (i == std::string_view::npos) return;
  char word[256];
  while (++i < file.size()) {
    std::size_t length = 0;
    bool capital = file[i] >= 'A' && file[i] <= 'Z', mixed = false;
    for (; i < file.size() && file[i] != '\n'; ++i) {
      char c = file[i];
      if (c == '/' || c == '\t' || c == ' ' || c == '\r') break;
      // Only plain words: "AC", "DNA" and "McDonald" say nothing about a capitalised word in prose.
      if (length > 0 && c >= 'A' && c <= 'Z') mixed = true;
      if (length < sizeof word) word[length++] = ascii_lower(c);
    }
    while (i < file.size() && file[i] != '\n') ++i;  // the flags and fields after the word
    if (length == 0 || mixed || length == sizeof word) continue;
    add(std::string_view(word, length), capital ? kListedCapitalised : kListedLowerCase);
  }
}

std::string& precompiled_file() {
  static std::string& path = *new std::string;
  return path;
}

class Listing {
 public:
  Listing() {
    if (!precompiled_file().empty()) mapped_ = MappedWords::open(precompiled_file(), lists(), nullptr);
    if (mapped_) return;
    std::string files[2];
    std::size_t total = 0;
    for (std::size_t k = 0; k < 2; ++k) total += (files[k] = read_whole(lists()[k])).size();
    read_.reserve(180000, total);
    for (const std::string& file : files)
      each_listed_word(file, [this](std::string_view word, unsigned bit) { read_[word] |= static_cast<unsigned char>(bit); });
  }
  unsigned find(std::string_view lower_case_word) const {
    if (mapped_) return mapped_->find(lower_case_word);
    const unsigned char* bits = read_.find(lower_case_word);
    return bits ? *bits : 0;
  }

 private:
  std::unique_ptr<MappedWords> mapped_;  // the precompiled listing, when it matches the lists
  WordMap<unsigned char> read_;          // else the lists as read
};

const Listing& listing() {
  // Never destroyed: a plugin that calls exit() mid-run would otherwise free it under the other
  // checking threads (the exit guard reports the exit; a crash in a destructor would hide it).
  static const Listing& kListing = *new Listing;
  return kListing;
}

}  // namespace

void use_precompiled_dictionary_listing(const std::string& path) { precompiled_file() = path; }

void load_dictionary_listing() { listing(); }

void write_dictionary_listing(const std::string& path) {
  std::map<std::string, unsigned> words;
  for (const std::string& list : lists()) {
    std::string file = read_whole(list);
    if (file.empty()) throw std::runtime_error(list + ": cannot read (install hunspell-en-us and hunspell-en-gb)");
    each_listed_word(file, [&words](std::string_view word, unsigned bit) { words[std::string(word)] |= bit; });
  }
  MappedWords::write(path, words, lists());
}

unsigned dictionary_listing(std::string_view word) {
  if (word.empty()) return 0;
  const Listing& m = listing();
  char small[64];
  std::string large;
  std::string_view key;
  if (word.size() <= sizeof small) {
    for (std::size_t i = 0; i < word.size(); ++i) small[i] = ascii_lower(word[i]);
    key = std::string_view(small, word.size());
  } else {
    large.reserve(word.size());
    for (char c : word) large.push_back(ascii_lower(c));
    key = large;
  }
  return m.find(key);
}

}  // namespace copydesk::analysis

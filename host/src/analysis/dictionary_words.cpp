// What the English dictionaries list: a word in lower case ("coach") or with a capital ("Mark").
// Read from Debian's Hunspell word lists (stems only, affix flags ignored), once per process: each
// file is read whole and its words, lower-cased, go into one WordMap (no allocation per word: the
// two lists load in a few milliseconds).
#include <cstdio>
#include <string>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"
#include "copydesk/word_set.hpp"

namespace copydesk::analysis {
namespace {

constexpr const char* kLists[] = {"/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"};


std::string read_whole(const char* path) {
  std::string bytes;
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return bytes;  // not installed: every word is unlisted, and names fall back to the title words
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) bytes.append(chunk, n);
  std::fclose(f);
  return bytes;
}

struct Listing {
  WordMap<unsigned char> bits;  // every listed word, lower-cased

  Listing() {
    std::string files[std::size(kLists)];
    std::size_t total = 0;
    for (std::size_t k = 0; k < std::size(kLists); ++k) total += (files[k] = read_whole(kLists[k])).size();
    bits.reserve(180000, total);
    for (const std::string& file : files) add(file);
  }

  // One pass over the file's bytes: each line's word ends at its first '/', tab, space or CR.
  void add(std::string_view file) {
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
      bits[std::string_view(word, length)] |= capital ? kListedCapitalised : kListedLowerCase;
    }
  }
};

const Listing& listing() {
  // Never destroyed: a plugin that calls exit() mid-run would otherwise free it under the other
  // checking threads (the exit guard reports the exit; a crash in a destructor would hide it).
  static const Listing& kListing = *new Listing;
  return kListing;
}

}  // namespace

void load_dictionary_listing() { listing(); }

unsigned dictionary_listing(std::string_view word) {
  const Listing& m = listing();
  if (m.bits.empty() || word.empty()) return 0;
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
  const unsigned char* bits = m.bits.find(key);
  return bits ? *bits : 0;
}

}  // namespace copydesk::analysis

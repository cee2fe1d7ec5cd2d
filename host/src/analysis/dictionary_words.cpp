// What the English dictionaries list: a word in lower case ("coach") or with a capital ("Mark").
// Read from Debian's Hunspell word lists (stems only, affix flags ignored), once per process: each
// file is read whole and its words, lower-cased, are kept in one buffer that a hash table of
// views indexes (no allocation per word, so loading costs a few milliseconds).
#include <cstdio>
#include <string>
#include <unordered_map>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"

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
  std::string words;  // every listed word, lower-cased, back to back; never reallocated once filled
  std::unordered_map<std::string_view, unsigned> bits;

  Listing() {
    std::string files[std::size(kLists)];
    std::size_t total = 0;
    for (std::size_t k = 0; k < std::size(kLists); ++k) total += (files[k] = read_whole(kLists[k])).size();
    words.reserve(total);  // the views below point into it
    bits.reserve(180000);
    for (const std::string& file : files) add(file);
  }

  void add(std::string_view file) {
    std::size_t line_end = file.find('\n');  // the first line is the entry count
    while (line_end != std::string_view::npos && line_end + 1 < file.size()) {
      std::size_t start = line_end + 1;
      line_end = file.find('\n', start);
      std::string_view line = file.substr(start, (line_end == std::string_view::npos ? file.size() : line_end) - start);
      std::size_t end = line.find_first_of("/\t \r");
      std::string_view word = line.substr(0, end == std::string_view::npos ? line.size() : end);
      if (word.empty()) continue;
      auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
      bool capital = upper(word[0]);
      // Only plain words: "AC", "DNA" and "McDonald" say nothing about a capitalised word in prose.
      bool mixed = false;
      for (std::size_t i = 1; i < word.size() && !mixed; ++i) mixed = upper(word[i]);
      if (mixed) continue;
      std::size_t at = words.size();
      for (char c : word) words.push_back(ascii_lower(c));
      bits[std::string_view(words).substr(at, word.size())] |= capital ? kListedCapitalised : kListedLowerCase;
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
  auto it = m.bits.find(key);
  return it == m.bits.end() ? 0 : it->second;
}

}  // namespace copydesk::analysis

// What the English dictionaries list: a word in lower case ("coach") or with a capital ("Mark").
// Read from Debian's Hunspell word lists (stems only, affix flags ignored), once per process.
#include <cctype>
#include <fstream>
#include <string>
#include <unordered_map>

#include "analysis/analysis.hpp"
#include "copydesk/document.hpp"

namespace copydesk::analysis {
namespace {

constexpr const char* kLists[] = {"/usr/share/hunspell/en_US.dic", "/usr/share/hunspell/en_GB.dic"};

std::string lower_ascii(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

using Listing = std::unordered_map<std::string, unsigned>;

void read_list(const char* path, Listing& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return;  // not installed: every word is unlisted, and names fall back to the title words
  std::string line;
  std::getline(in, line);  // the first line is the entry count
  while (std::getline(in, line)) {
    std::size_t end = line.find_first_of("/\t ");
    std::string_view word = std::string_view(line).substr(0, end == std::string::npos ? line.size() : end);
    if (word.empty()) continue;
    bool capital = std::isupper(static_cast<unsigned char>(word[0])) != 0;
    // Only plain words: "AC", "DNA" and "McDonald" say nothing about a capitalised word in prose.
    bool mixed = false;
    for (std::size_t i = 1; i < word.size(); ++i) mixed = mixed || std::isupper(static_cast<unsigned char>(word[i]));
    if (mixed) continue;
    out[lower_ascii(word)] |= capital ? kListedCapitalised : kListedLowerCase;
  }
}

const Listing& listing() {
  static const Listing kListing = [] {
    Listing m;
    m.reserve(180000);
    for (const char* path : kLists) read_list(path, m);
    return m;
  }();
  return kListing;
}

}  // namespace

unsigned dictionary_listing(std::string_view word) {
  const Listing& m = listing();
  if (m.empty() || word.empty()) return 0;
  auto it = m.find(lower_ascii(word));
  return it == m.end() ? 0 : it->second;
}

}  // namespace copydesk::analysis

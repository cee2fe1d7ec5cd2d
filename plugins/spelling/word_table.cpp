// The word table (see word_table.hpp): the forms and their verdicts are a copydesk::MappedWords;
// this file adds what Hunspell's spell() does with case and hyphens.
#include "word_table.hpp"

#include <cstring>

namespace spelling {

namespace {

constexpr std::size_t kLongestForm = 255;

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::vector<std::string> WordTable::sources(const std::string& hunspell_dir, const std::vector<std::string>& lists) {
  std::vector<std::string> out;
  for (const char* name : {"en_US.aff", "en_US.dic", "en_GB.aff", "en_GB.dic"}) out.push_back(hunspell_dir + "/" + name);
  out.insert(out.end(), lists.begin(), lists.end());
  return out;
}

void WordTable::write(const std::string& path, const std::map<std::string, unsigned>& forms,
                      const std::vector<std::string>& sources) {
  copydesk::MappedWords::write(path, forms, sources);
}

std::unique_ptr<WordTable> WordTable::open(const std::string& path, const std::vector<std::string>& sources,
                                           std::string* why) {
  auto forms = copydesk::MappedWords::open(path, sources, why);
  return forms ? std::make_unique<WordTable>(std::move(forms)) : nullptr;
}

unsigned WordTable::find(std::string_view form) const { return forms_->find(form); }

int WordTable::verdict_of_part(std::string_view part, unsigned accepted_bit) const {
  // Hunspell's capitalisation types: no capital, an initial capital only, all capitals, mixed.
  std::size_t capitals = 0, letters = 0;
  for (char c : part) {
    if (is_upper(c)) ++capitals;
    if (is_upper(c) || is_lower(c)) ++letters;
  }
  if (find(part) & accepted_bit) return 1;
  if (capitals == 0) return 0;
  if (capitals == 1 && is_upper(part[0])) {  // "Senate", "Airstrike": as written or in lower case
    char small[kLongestForm];
    std::memcpy(small, part.data(), part.size());
    small[0] = static_cast<char>(small[0] - 'A' + 'a');
    return (find(std::string_view(small, part.size())) & accepted_bit) ? 1 : 0;
  }
  if (capitals == letters && letters > 1) return kAskHunspell;  // all capitals: Hunspell tries several forms
  return 0;  // mixed case ("McDonald", "iPhone"): only as written
}

int WordTable::verdict(std::string_view word, unsigned accepted_bit) const {
  if (word.empty() || word.size() > 100) return kAskHunspell;
  std::size_t hyphens = 0;
  for (char c : word) {
    if (c == '-') {
      ++hyphens;
    } else if (!is_lower(c) && !is_upper(c) && c != '\'') {
      return kAskHunspell;
    }
  }
  int whole = verdict_of_part(word, accepted_bit);
  if (whole != 0 || hyphens == 0) return whole;
  // Hunspell's BREAK rule ("-" by default): too many break points fail the word; a leading or a
  // trailing hyphen is dropped; else the word is split at its second hyphen (to find entries with
  // a hyphen, "mother-in-law") and then at its first, and both sides must pass, recursively.
  if (hyphens >= 10) return 0;
  int result = 0;
  auto consider = [&](int r) {
    if (r == kAskHunspell) result = kAskHunspell;
    return r == 1;
  };
  if (word.front() == '-' && consider(verdict(word.substr(1), accepted_bit))) return 1;
  if (word.back() == '-' && consider(verdict(word.substr(0, word.size() - 1), accepted_bit))) return 1;
  std::size_t first = word.find('-');
  auto split_at = [&](std::size_t at) {
    return consider(verdict(word.substr(at + 1), accepted_bit)) && consider(verdict(word.substr(0, at), accepted_bit));
  };
  if (first > 0 && first + 1 < word.size()) {
    std::size_t second = word.find('-', first + 1);
    if (second != std::string_view::npos && second + 1 < word.size() && split_at(second)) return 1;
    if (split_at(first)) return 1;
  }
  return result;
}

}  // namespace spelling

// The word table (see word_table.hpp): the forms and their verdicts are a copydesk::MappedWords;
// this file adds what Hunspell's spell() does with case and hyphens.
#include "word_table.hpp"

#include <algorithm>
#include <cstring>

namespace spelling {

namespace {

constexpr std::size_t kLongestForm = 255;

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::vector<std::string> WordTable::sources(const std::string& hunspell_dir, const std::vector<std::string>& lists) {
  std::vector<std::string> out;
  for (const char* name : {"en_US.aff", "en_US.dic", "en_GB.aff", "en_GB.dic"}) out.push_back(hunspell_dir + "/" + name);
  out.insert(out.end(), lists.begin(), lists.end());
  return out;
}

std::unique_ptr<WordTable> WordTable::open(const std::string& path, const std::vector<std::string>& sources,
                                           std::string* why) {
  auto forms = copydesk::MappedWords::open(path, sources, why);
  return forms ? std::make_unique<WordTable>(std::move(forms)) : nullptr;
}

namespace {

// A lower-case letter of Latin-1 in UTF-8 (à to ÿ, not ÷): "café", "José" keep their verdicts in
// the table; any other byte outside ASCII is left to Hunspell.
bool latin1_lower_at(std::string_view s, std::size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC3 && static_cast<unsigned char>(s[i + 1]) >= 0xA0 &&
         static_cast<unsigned char>(s[i + 1]) != 0xB7;
}

}  // namespace

int WordTable::accepted_of_part(std::string_view part, unsigned wanted) const {
  // Hunspell's capitalisation types: no capital, an initial capital only, all capitals, mixed.
  std::size_t capitals = 0, letters = 0;
  for (std::size_t i = 0; i < part.size(); ++i) {
    char c = part[i];
    if (is_upper(c)) ++capitals;
    if (is_upper(c) || is_lower(c)) {
      ++letters;
    } else if (latin1_lower_at(part, i)) {
      ++letters;
      ++i;
    } else if (c != '\'' && c != '-') {
      return kAskHunspell;
    }
  }
  // Each wanted bit is accepted when any form Hunspell would try has it: the forms are tried in
  // Hunspell's order, and the search stops once every wanted bit is found.
  unsigned accepted = find(part) & wanted;
  if (accepted == wanted || capitals == 0) return static_cast<int>(accepted);
  auto add = [&](std::string_view form) {
    accepted |= find(form) & wanted;
    return accepted == wanted;
  };
  char form[kLongestForm];
  std::memcpy(form, part.data(), part.size());
  std::string_view as_form(form, part.size());
  if (capitals == 1 && is_upper(part[0])) {  // "Senate", "Airstrike": as written or in lower case
    form[0] = static_cast<char>(form[0] - 'A' + 'a');
    add(as_form);
    return static_cast<int>(accepted);
  }
  if (capitals == letters && letters > 1) {
    // All capitals ("NATO", "PARIS", "O'NEILL"): as written (the table has the capitals of its
    // mixed-case forms, "MCDONALD"), then with an apostrophe a capital after it ("o'Neill",
    // "O'Neill"), then with an initial capital, then in lower case.
    auto capital_at = [&form](std::size_t i) { form[i] = is_lower(form[i]) ? static_cast<char>(form[i] - 'a' + 'A') : form[i]; };
    auto all_lower = [&form, &part] {
      for (std::size_t i = 0; i < part.size(); ++i) form[i] = ascii_lower_char(form[i]);
    };
    all_lower();
    std::size_t apostrophe = as_form.find('\'');
    if (apostrophe != std::string_view::npos && apostrophe + 1 < part.size()) {
      capital_at(apostrophe + 1);
      if (add(as_form)) return static_cast<int>(accepted);
      capital_at(0);
      if (add(as_form)) return static_cast<int>(accepted);
      all_lower();
    }
    if (add(as_form)) return static_cast<int>(accepted);
    capital_at(0);
    add(as_form);
    return static_cast<int>(accepted);
  }
  return static_cast<int>(accepted);  // mixed case ("McDonald", "iPhone"): only as written
}

int WordTable::verdict_of_part(std::string_view part, unsigned accepted_bit) const {
  int accepted = accepted_of_part(part, accepted_bit);
  return accepted == kAskHunspell ? kAskHunspell : accepted != 0 ? 1 : 0;
}

namespace {

// How many hyphens `word` has, or -1 when the table cannot judge it: more than 100 bytes, or a byte
// other than an ASCII letter, a Latin-1 lower-case letter, an apostrophe or a hyphen.
int hyphens_of_judgeable(std::string_view word) {
  if (word.size() > 100) return -1;
  int hyphens = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == '-') {
      ++hyphens;
    } else if (latin1_lower_at(word, i)) {
      ++i;
    } else if (!is_lower(c) && !is_upper(c) && c != '\'') {
      return -1;
    }
  }
  return hyphens;
}

}  // namespace

int WordTable::varieties(std::string_view word) const {
  if (word.empty()) return 0;
  int hyphens = hyphens_of_judgeable(word);
  if (hyphens < 0) return kAskHunspell;
  if (hyphens == 0) return accepted_of_part(word, kAcceptedUS | kAcceptedGB);
  // A hyphenated word passes in a variety only when its parts pass in that same variety.
  int us = verdict(word, kAcceptedUS), gb = verdict(word, kAcceptedGB);
  if (us == kAskHunspell || gb == kAskHunspell) return kAskHunspell;
  return (us ? kAcceptedUS : 0) | (gb ? kAcceptedGB : 0);
}

int WordTable::verdict(std::string_view word, unsigned accepted_bit) const {
  if (word.empty()) return 0;  // as Hunspell says
  int hyphens = hyphens_of_judgeable(word);
  if (hyphens < 0) return kAskHunspell;
  int whole = verdict_of_part(word, accepted_bit);
  if (whole != 0 || hyphens == 0) return whole;
  // Hunspell breaks a word in capitals at its hyphens otherwise than this (it rejects
  // "ALL-AMERICAN"): left to Hunspell, and rare.
  if (std::none_of(word.begin(), word.end(), [](char c) { return is_lower(c) || static_cast<unsigned char>(c) >= 0x80; }))
    return kAskHunspell;
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

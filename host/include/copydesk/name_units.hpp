// Name units: the words of the shared name mentions with transliteration keys, the common
// ground of every rule (and of `copydesk names learn`) that compares spellings of names.
#pragma once

#include <algorithm>
#include <cctype>
#include <string_view>
#include <string>
#include <vector>

#include "copydesk/document.hpp"
#include "copydesk/name_key.hpp"

COPYDESK_NAMESPACE_BEGIN

/// One word of a name ("Sergey"), or a particle with its word ("al Qaeda").
struct NameUnit {
  Range range;
  std::string surface;   ///< as written, possessive and lower-case hyphen tail removed
  std::string form;      ///< lower case, for telling spellings apart ("al-qaida")
  std::string key;       ///< transliteration key of the word ("kaida")
  std::string group_key; ///< what must match to be one name: the key, plus the surname's for a given name
  std::size_t mention;   ///< index into Document::names()
  std::size_t position;  ///< word position inside the mention
  bool all_caps;
  bool sentence_start;
};

namespace name_units_detail {

inline bool is_particle(std::string_view w) {
  return w == "al" || w == "el" || w == "bin" || w == "ibn" || w == "abu" || w == "de" || w == "da" ||
         w == "del" || w == "der" || w == "di" || w == "du" || w == "dos" || w == "van" || w == "von" ||
         w == "la" || w == "le" || w == "ben" || w == "bint" || w == "della" || w == "den" || w == "das" ||
         w == "ter";
}

inline std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (std::isalpha(c) || c >= 0xC0) ? 1 : 0;
  return n;
}

inline std::string upper_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace name_units_detail

/// Every unit of every name mention, in text order. Short words (fewer than four letters),
/// acronyms and contractions at a sentence start are left out: they carry too little to compare.
inline std::vector<NameUnit> name_units(const Document& doc) {
  using namespace name_units_detail;
  std::vector<NameUnit> out;
  const auto& tokens = doc.tokens();
  const auto& mentions = doc.names();
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const NameMention& mention = mentions[m];
    std::size_t position = 0;
    for (std::uint32_t k = mention.first_token; k < mention.end_token; ++k, ++position) {
      const Token& t = tokens[k];
      std::uint32_t begin = t.range.offset;
      std::uint32_t end = std::min(t.range.end(), mention.range.end());
      if (is_particle(t.text) && k + 1 < mention.end_token) {  // "al Qaeda", "van Gogh"
        ++k;
        end = std::min(tokens[k].range.end(), mention.range.end());
      } else if (is_particle(t.text)) {
        continue;
      }
      std::string surface(doc.text().substr(begin, end - begin));
      bool caps = (t.flags & kAllCaps) != 0;
      if (letters(surface) < 4 || (caps && letters(surface) <= 4) || (t.flags & kHasDigit)) continue;
      // "We've", "Don't": contractions at a sentence start are not names.
      std::size_t apostrophe = surface.find_first_of("'");
      if (apostrophe == std::string::npos) apostrophe = surface.find("\u2019");
      if (apostrophe != std::string::npos && (t.flags & kSentenceStart)) continue;
      NameUnit u;
      u.range = {begin, end - begin};
      u.surface = surface;
      // Forms differ by spelling, not by case: "al-Qaida" at a sentence start is "Al-Qaida".
      u.form = surface;
      for (char& c : u.form) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::erase(u.form, '.');  // "N.H.T.S.A." and "NHTSA" are one spelling
      u.key = name_word_key(surface);
      u.group_key = u.key;
      u.mention = m;
      u.position = position;
      u.all_caps = caps;
      u.sentence_start = (t.flags & kSentenceStart) != 0;
      out.push_back(std::move(u));
    }
  }
  // A given name is compared together with its surname: "Sergey Lavrov" and "Sergei Lavrov" are
  // one man, "Mohamed ElBaradei" and "Mohammed Badie" two.
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::size_t j = i;
    while (j + 1 < out.size() && out[j + 1].mention == out[i].mention) ++j;
    if (j > i && out[i].position == 0) out[i].group_key += "|" + out[j].key;
    i = j;
  }
  return out;
}

/// A lower-case form without a leading Arabic article ("al-assad" -> "assad"), which a second
/// reference may drop; `had_article` says whether there was one.
inline std::string_view form_core(std::string_view form, bool& had_article) {
  for (std::string_view p : {"al-", "el-", "al ", "el ", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"})
    if (form.size() > p.size() + 2 && form.starts_with(p)) {
      had_article = true;
      return form.substr(p.size());
    }
  had_article = false;
  return form;
}

/// Whether two keys are one letter apart inside the word: one letter replaced, added or dropped,
/// but not at the end ("Gaddafi"/"Qaddafi" yes; "America"/"American", "Korean"/"Koreas" no).
inline bool near_variant(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1 || a == b) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i + 1 >= a.size()) return false;  // the last letter differs
    return a.substr(i + 1) == b.substr(i + 1);
  }
  if (i + 1 >= b.size()) return false;  // a letter added at the end
  return a.substr(i) == b.substr(i + 1);
}

/// Whether two name keys are grammatical forms of one name rather than two spellings of it: they
/// agree but for their last few letters, which end differently ("volkov"/"volkova",
/// "kaczinski"/"kaczinska", "papadopulos"/"papadopulu", "daniel"/"daniele"). Such forms belong
/// to different people (a man and a woman, relatives) and are never variants.
inline bool grammatical_forms(std::string_view a, std::string_view b) {
  auto same = [](char x, char y) {
    auto fold = [](char c) { return c == 'y' || c == 'j' ? 'i' : c; };
    return fold(x) == fold(y);
  };
  std::size_t p = 0;
  while (p < a.size() && p < b.size() && same(a[p], b[p])) ++p;
  if (p == a.size() && p == b.size()) return false;
  if (p < 3 || a.size() - p > 4 || b.size() - p > 4) return false;
  return !same(a.empty() ? 0 : a.back(), b.empty() ? 0 : b.back());
}

/// The cost of turning one name key into another when the difference is transliteration: i, y
/// and j for one another (0.2), g/k and c/k (0.3), a y, j or h
/// added or dropped (0.3), e/i or o/u (0.5), a vowel added or dropped (0.6, so Shaanxi is not
/// Shanxi); any other letter costs 1. "berdimuhamedov" and
/// "berdymuhamedov" are 0.2 apart, "aliev" and "aliyev" 0.3; results above 2 are cut to 3.
inline double transliteration_distance(std::string_view a, std::string_view b) {
  if (a.size() > b.size() + 2 || b.size() > a.size() + 2) return 3;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  auto sub = [&](char x, char y) -> double {
    if (x == y) return 0;
    auto in = [](char c, std::string_view set) { return set.find(c) != std::string_view::npos; };
    if (in(x, "iyj") && in(y, "iyj")) return 0.2;
    if (in(x, "gkc") && in(y, "gkc")) return 0.3;
    if ((x == 'e' && y == 'i') || (x == 'i' && y == 'e') || (x == 'o' && y == 'u') || (x == 'u' && y == 'o')) return 0.5;
    return 1;
  };
  auto indel = [&](char c) -> double { return c == 'y' || c == 'j' || c == 'h' ? 0.3 : vowel(c) ? 0.6 : 1; };
  std::vector<double> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 1; j <= b.size(); ++j) prev[j] = prev[j - 1] + indel(b[j - 1]);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = prev[0] + indel(a[i - 1]);
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + indel(a[i - 1]), cur[j - 1] + indel(b[j - 1]), prev[j - 1] + sub(a[i - 1], b[j - 1])});
    std::swap(prev, cur);
  }
  return std::min(prev[b.size()], 3.0);
}

/// A coarse bucket for transliteration variants: the first letter, then the consonants other than
/// y, j, h and w, with g, q and c as k and repeats merged ("berdimuhamedov" -> "brdmdv").
/// Two keys a transliteration_distance below 1 apart almost always share it.
inline std::string name_skeleton(std::string_view key) {
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    if (c == 'g' || c == 'q' || c == 'c') c = 'k';
    bool skip = i > 0 && (std::string_view("aeiouyjhw- ").find(c) != std::string_view::npos);
    if (!skip && (out.empty() || out.back() != c)) out.push_back(c);
  }
  return out;
}

/// `house` written the way a mention is: all capitals if it is, a capital first letter at a
/// sentence start.
inline std::string cased_like(const std::string& house, bool all_caps, bool sentence_start) {
  if (all_caps) return name_units_detail::upper_ascii(house);
  std::string out = house;
  if (sentence_start && !out.empty() && std::islower(static_cast<unsigned char>(out[0])))
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

COPYDESK_NAMESPACE_END

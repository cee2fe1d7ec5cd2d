// Name units: the words of the shared name mentions with transliteration keys, the common
// ground of every rule (and of `copydesk names learn`) that compares spellings of names; and the
// comparisons of name keys those rules share.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "copydesk/document.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/name_key.hpp"

COPYDESK_NAMESPACE_BEGIN

/// One word of a name ("Sergey"), or a particle with its word ("al Qaeda"). A unit owns no
/// string: its surface is the document's text at `range`, and its form, key and group key are
/// numbers into its NameUnits, which keeps each distinct string of the document once (read them
/// with NameUnits::form(), key() and group_key()). Equal strings have equal numbers, so rules
/// group units by number, in vectors indexed by it, without hashing strings.
struct NameUnit {
  Range range;              ///< as written, possessive and lower-case hyphen tail removed: doc.slice(range)
  std::uint32_t form;       ///< lower case, dots dropped, for telling spellings apart ("al-qaida")
  std::uint32_t key;        ///< transliteration key of the word ("kaida")
  std::uint32_t group;      ///< what must match to be one name: the key, plus the surname's for a given name
  std::uint32_t mention;    ///< index into Document::names()
  std::uint32_t position;   ///< word position inside the mention
  bool all_caps;
  bool sentence_start;
};

/// The name-units analysis: every unit of every name mention, in text order. Short words (fewer
/// than four letters), acronyms and contractions at a sentence start are left out: they carry too
/// little to compare. Computed by the host once per document; the strings its numbers name live
/// in it, as long as the document.
struct NameUnits : AnalysisList<NameUnit> {
  static constexpr std::string_view analysis_id = "copydesk.name-units";

  /// The string numbered `id`: a form, a key or a group key ("kaida", "sergei|lavrov").
  std::string_view text(std::uint32_t id) const { return std::string_view(bytes).substr(spans[id].offset, spans[id].length); }
  std::string_view form(const NameUnit& u) const { return text(u.form); }
  std::string_view key(const NameUnit& u) const { return text(u.key); }
  std::string_view group_key(const NameUnit& u) const { return text(u.group); }
  /// How many distinct strings there are: every number is below it (the size of a vector indexed by them).
  std::size_t ids() const { return spans.size(); }

  /// The distinct strings back to back, and where each is in `bytes`, by number.
  std::string bytes;
  std::vector<Range> spans;
};

/// The document's name units (`doc.get<NameUnits>().items`), kept for rules written before API 1.2.
inline const std::vector<NameUnit>& name_units(const Document& doc) { return doc.get<NameUnits>().items; }

/// A lower-case form without a leading Arabic article ("al-assad" -> "assad"), which a second
/// reference may drop; `had_article` says whether there was one.
inline std::string_view form_core(std::string_view form, bool& had_article) {
  for (std::string_view article : lexicon::kArabicArticles) {
    std::size_t n = article.size();
    if (form.size() <= n + 3 || !form.starts_with(article)) continue;
    // "al-assad"; only al and el are also written apart ("al assad", "el baradei").
    if (form[n] == '-' || (form[n] == ' ' && (article == "al" || article == "el"))) {
      had_article = true;
      return form.substr(n + 1);
    }
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
  auto i_like = [](char c) { return c == 'i' || c == 'y' || c == 'j'; };
  auto k_like = [](char c) { return c == 'g' || c == 'k' || c == 'c'; };
  auto sub = [&](char x, char y) -> double {
    if (x == y) return 0;
    if (i_like(x) && i_like(y)) return 0.2;
    if (k_like(x) && k_like(y)) return 0.3;
    if ((x == 'e' && y == 'i') || (x == 'i' && y == 'e') || (x == 'o' && y == 'u') || (x == 'u' && y == 'o')) return 0.5;
    return 1;
  };
  auto indel = [&](char c) -> double { return c == 'y' || c == 'j' || c == 'h' ? 0.3 : vowel(c) ? 0.6 : 1; };
  // Two rows of the table; a name's fit on the stack (rules compare thousands of pairs).
  constexpr std::size_t kStackRow = 64;
  double stack_rows[2][kStackRow];
  std::vector<double> heap_rows;
  double* prev = stack_rows[0];
  double* cur = stack_rows[1];
  if (b.size() >= kStackRow) {
    heap_rows.resize(2 * (b.size() + 1));
    prev = heap_rows.data();
    cur = prev + b.size() + 1;
  }
  prev[0] = 0;
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
  if (all_caps) {
    std::string upper = house;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return upper;
  }
  std::string out = house;
  if (sentence_start && !out.empty() && std::islower(static_cast<unsigned char>(out[0])))
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

COPYDESK_NAMESPACE_END

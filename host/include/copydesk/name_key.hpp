// Transliteration-aware keys for names: two spellings of one name get the same key.
// Header-only so the host (`names learn`) and plugins fold names identically.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

namespace name_key_detail {

// Latin letters with diacritics (U+00C0..U+017F) to their base letter, lower case; 0: keep.
inline char fold_latin(char32_t c) {
  static constexpr const char* kLatin1 =  // U+00C0..U+00FF
      "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
  static constexpr const char* kExtendedA =  // U+0100..U+017F
      "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "iiiijjkkklllllll"
      "lllnnnnnnnnnoooo" "oooorrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  if (c >= 0x100 && c <= 0x17F) return kExtendedA[c - 0x100];
  return 0;
}

inline char32_t decode(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
  if (i + n > s.size()) n = 1;
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

inline bool is_particle(std::string_view p) {
  return p == "al" || p == "el" || p == "ad" || p == "as" || p == "ash" || p == "an" || p == "ar" ||
         p == "at" || p == "az" || p == "ul";
}

}  // namespace name_key_detail

/// A name word without what a sentence adds to it: a possessive ("Qaddafi’s") and a
/// lower-case compound tail ("Al-Qaeda-linked", "Kremlin-backed", "Moscow-based", "Bush-era").
/// Hyphenated given names such as "Jong-un" keep their tail.
inline std::string_view bare_name_word(std::string_view w) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019S", "'S", "\u2019", "'"})
    if (w.size() > suffix.size() + 1 && w.ends_with(suffix)) {
      w.remove_suffix(suffix.size());
      break;
    }
  std::size_t hyphen = w.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return w;
  std::string_view tail = w.substr(hyphen + 1);
  if (tail.size() < 2) return w;
  for (char c : tail)
    if (c < 'a' || c > 'z') return w;
  bool compound = (tail.size() >= 5 && (tail.ends_with("ed") || tail.ends_with("ing"))) || tail == "era" || tail == "style" ||
                  tail == "born" || tail == "run" || tail == "like" || tail == "wide" || tail == "type" ||
                  tail == "made" || tail == "owned" || tail == "led" || tail == "held" || tail == "bound" ||
                  tail == "friendly" || tail == "free" || tail == "only" || tail == "sponsored";
  return compound ? w.substr(0, hyphen) : w;
}

/// Lower case, Latin diacritics removed, apostrophes and dots dropped, hyphens and spaces kept:
/// "Al-Qaïda’s" -> "al-qaidas". Characters outside Latin are kept as they are.
inline std::string fold_name(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t c = name_key_detail::decode(s, i);
    if (c < 0x80) {
      char a = static_cast<char>(c);
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
      if (a == '\'' || a == '.') continue;
      out.push_back(a);
    } else if (char f = name_key_detail::fold_latin(c)) {
      out.push_back(f);
      if (c == 0xDF) out.push_back('s');  // ß -> ss
      if (c == 0xC6 || c == 0xE6) out.push_back('e');  // æ -> ae
    } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB) {
      continue;  // apostrophes and the ʻokina: Qur’an / Quran
    } else if (c == 0x2010 || c == 0x2011) {
      out.push_back('-');
    } else {
      out.append(s.substr(start, i - start));
    }
  }
  return out;
}

/// The key of one word of a name: folded, a leading Arabic article ("al-", "el-") dropped, and
/// transliteration variants folded: kh/h, ph/f, dh/d, th/t, tch/ch, q/k, ck/k, x/ks, w/v, ou/u,
/// ae/ai, a final y or j as i (ei/ey/ej), doubled consonants single. "Sergey" and "Sergei" -> "sergei";
/// "Al-Qaeda" and "al-Qaida" -> "kaida".
inline std::string name_word_key(std::string_view word) {
  std::string f = fold_name(word);
  std::size_t hyphen = f.find('-');
  if (hyphen != std::string::npos && name_key_detail::is_particle(std::string_view(f).substr(0, hyphen)))
    f.erase(0, hyphen + 1);
  std::string out;
  out.reserve(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    char n = i + 1 < f.size() ? f[i + 1] : '\0';
    char n2 = i + 2 < f.size() ? f[i + 2] : '\0';
    if (c == '-' || c == ' ') {
      out.push_back(c);
      continue;
    }
    if (c == 't' && n == 'c' && n2 == 'h') continue;               // tch -> ch
    if ((c == 'k' || c == 'd' || c == 't') && n == 'h') {          // kh, dh, th -> k, d, t
      out.push_back(c == 'k' ? 'h' : c);
      ++i;
      continue;
    }
    if (c == 'p' && n == 'h') { out.push_back('f'); ++i; continue; }  // ph -> f
    if (c == 'c' && n == 'k') continue;                                // ck -> k
    if (c == 'o' && n == 'u') { out.push_back('u'); ++i; continue; }  // ou -> u
    if (c == 'a' && n == 'e') { out.push_back('a'); out.push_back('i'); ++i; continue; }  // ae -> ai
    if (c == 'q') c = 'k';
    if (c == 'w') c = 'v';
    if (c == 'x') { out.append("ks"); continue; }
    bool first = out.empty() || out.back() == '-' || out.back() == ' ';
    // y and j as i only at the end of a word (Sergey/Sergei, Dmitry/Dmitri, Alexej/Alexei):
    // inside a word they tell names apart (Bryan/Brian, Sydney/Sidney).
    bool word_end = n == '\0' || n == '-' || n == ' ' || (n == c && (n2 == '\0' || n2 == '-' || n2 == ' '));
    if (!first && word_end && (c == 'y' || (c == 'j' && !out.empty() &&
                                            (out.back() == 'e' || out.back() == 'a' || out.back() == 'o')))) {
      if (out.back() == 'i') continue;  // Yevgeniy/Yevgeny, Dmitriy/Dmitry
      c = 'i';
    }
    bool vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    if (!out.empty() && out.back() == c && !vowel) continue;  // doubled consonants (Shaanxi is not Shanxi)
    out.push_back(c);
  }
  return out;
}

COPYDESK_NAMESPACE_END

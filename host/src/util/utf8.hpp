// UTF-8 decoding, validation and character classes (ASCII fast path, utf8proc for the rest).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::utf8 {

// The cases beyond ASCII of the inline functions below (utf8.cpp). The tokenizer and the
// analyses ask these of every character: ASCII answers inline, without a call.
namespace beyond_ascii {
char32_t next(std::string_view s, std::size_t& i);
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_space(char32_t c);
}  // namespace beyond_ascii

/// Decodes the code point at s[i] (which must be valid UTF-8) and advances i past it.
inline char32_t next(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b >= 0x80) return beyond_ascii::next(s, i);
  ++i;
  return b;
}
/// The code point that ends right before s[i]; moves i back to its first byte.
char32_t previous(std::string_view s, std::size_t& i);
/// The code point at s[i], without moving (0 at the end).
inline char32_t at(std::string_view s, std::size_t i) { return i < s.size() ? next(s, i) : 0; }
/// Byte length of the sequence starting with this lead byte (1 for a continuation byte).
std::size_t sequence_length(unsigned char lead);

/// Offset of the first byte that is not well-formed UTF-8, or nullopt.
std::optional<std::size_t> first_invalid(std::string_view s);

/// Number of code points in s.
std::size_t count_code_points(std::string_view s);
/// How many bytes `a` and `b` share at their start and, after that, at their end, in whole
/// characters: what an edit from `a` to `b` leaves as it is. head + tail never exceeds either size.
struct SharedEnds {
  std::size_t head = 0, tail = 0;
};
SharedEnds shared_ends(std::string_view a, std::string_view b);

/// Number of UTF-16 code units in s.
std::size_t count_utf16_units(std::string_view s);

void append(std::string& out, char32_t c);

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return beyond_ascii::is_letter(c);
}
inline bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : beyond_ascii::is_upper(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? c >= 'a' && c <= 'z' : beyond_ascii::is_lower(c); }
/// ASCII digits only: numbers in prose are ASCII.
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_mark(char32_t c);      ///< combining marks (Mn, Mc, Me)
/// Unicode white space, NBSP and thin spaces included.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return beyond_ascii::is_space(c);
}
bool is_dash(char32_t c);      ///< - – — ‒ ―
bool is_apostrophe(char32_t c);  ///< ' ’ ʼ

/// Lower case, diacritics removed, compatibility forms folded: "Müller" -> "muller".
std::string fold(std::string_view s);
std::string to_lower(std::string_view s);
/// to_lower(s) written into `out` (replacing its contents): loops over tokens reuse one buffer.
void to_lower_into(std::string& out, std::string_view s);
std::string to_upper(std::string_view s);

}  // namespace copydesk::utf8

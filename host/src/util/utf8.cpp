// UTF-8 helpers. ASCII is handled inline; utf8proc answers for everything else.
#include "util/utf8.hpp"

#include "copydesk/text.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace copydesk::utf8 {

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

char32_t beyond_ascii::next(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = sequence_length(b);
  if (i + n > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t c = n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

char32_t previous(std::string_view s, std::size_t& i) {
  if (i == 0) return 0;
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  std::size_t k = j;
  char32_t c = next(s, k);
  i = j;
  return c;
}

std::optional<std::size_t> first_invalid(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    char32_t c = len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto cb = static_cast<unsigned char>(s[i + k]);
      if ((cb & 0xC0) != 0x80) return i;
      c = (c << 6) | (cb & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t count_utf16_units(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) {
    auto b = static_cast<unsigned char>(ch);
    if ((b & 0xC0) != 0x80) n += (b >= 0xF0) ? 2 : 1;
  }
  return n;
}

void append(std::string& out, char32_t c) { append_utf8(out, c); }

SharedEnds shared_ends(std::string_view a, std::string_view b) {
  SharedEnds ends;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (next(a, i) != next(b, j)) break;
    ends.head = i;
  }
  for (std::size_t i = a.size(), j = b.size(); i > ends.head && j > ends.head;) {
    if (previous(a, i) != previous(b, j)) break;
    ends.tail = a.size() - i;
  }
  return ends;
}

static utf8proc_category_t category(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c));
}

bool beyond_ascii::is_letter(char32_t c) {
  auto k = category(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}
bool beyond_ascii::is_upper(char32_t c) {
  auto k = category(c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}
bool beyond_ascii::is_lower(char32_t c) { return category(c) == UTF8PROC_CATEGORY_LL; }
bool is_mark(char32_t c) {
  if (c < 0x300) return false;
  auto k = category(c);
  return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC || k == UTF8PROC_CATEGORY_ME;
}
bool beyond_ascii::is_space(char32_t c) {
  if (c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x3000) return true;
  return category(c) == UTF8PROC_CATEGORY_ZS;
}
bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

static std::string map_with(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                        static_cast<utf8proc_ssize_t>(s.size()), &out,
                        static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  return std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
}

namespace {
bool is_ascii(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}
}  // namespace

std::string fold(std::string_view s) {
  if (is_ascii(s)) return to_lower(s);
  return map_with(s, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
}

void to_lower_into(std::string& out, std::string_view s) {
  // Most words are ASCII: lower them byte by byte in one pass, and decode only from the first
  // byte that is not.
  out.resize(s.size());
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) break;
    out[i] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  if (i == s.size()) return;
  out.resize(i);
  while (i < s.size()) {
    char32_t c = next(s, i);
    append(out, c < 0x80 ? static_cast<char32_t>((c >= 'A' && c <= 'Z') ? c + 32 : c)
                         : static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c))));
  }
}

std::string to_lower(std::string_view s) {
  std::string out;
  to_lower_into(out, s);
  return out;
}

std::string to_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next(s, i);
    append(out, c < 0x80 ? static_cast<char32_t>((c >= 'a' && c <= 'z') ? c - 32 : c)
                         : static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(c))));
  }
  return out;
}

}  // namespace copydesk::utf8

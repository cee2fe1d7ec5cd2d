// Number mentions: the value and kind of each number token, and the currency before it.
#include <array>

#include "analysis/analysis.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {

std::vector<NumberMention> find_numbers(const Core& core) {
  const std::vector<Token>& tokens = core.tokens;
  std::vector<NumberMention> numbers;
  for (std::uint32_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::Number) continue;
    NumberMention n;
    n.token = k;
    std::string_view s = t.text;
    // Digits and separators first; then what follows decides the kind.
    std::string digits;
    double whole = 0;
    bool seen_dot = false, seen_colon = false;
    int slashes = 0;
    std::size_t i = 0;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        digits.push_back(c);
      } else if (c == ',') {
        n.thousands_separator = true;
      } else if (c == '.') {
        seen_dot = true;
        digits.push_back('.');
      } else if (c == '/') {
        ++slashes;
        digits.push_back('/');
      } else if (c == ':') {
        seen_colon = true;
        digits.push_back(':');
      } else if (c == '-') {
        digits.push_back('-');
      } else {
        break;
      }
    }
    std::string_view rest = s.substr(i);
    auto parse = [](std::string_view d) {
      double v = 0, scale = 0;
      for (char c : d) {
        if (c == '.') {
          scale = 1;
        } else if (c >= '0' && c <= '9') {
          v = v * 10 + (c - '0');
          if (scale > 0) scale *= 10;
        }
      }
      return scale > 0 ? v / scale : v;
    };
    if (digits.find('-') != std::string::npos || slashes >= 2) {
      n.kind = NumberKind::Date;
    } else if (slashes == 1) {
      std::size_t slash = digits.find('/');
      double num = parse(std::string_view(digits).substr(0, slash));
      double den = parse(std::string_view(digits).substr(slash + 1));
      n.kind = NumberKind::Fraction;
      n.value = den != 0 ? num / den : 0;
    } else if (seen_colon) {
      n.kind = NumberKind::Time;
      n.value = parse(std::string_view(digits).substr(0, digits.find(':')));
    } else {
      whole = parse(digits);
      n.value = whole;
      n.kind = seen_dot ? NumberKind::Decimal : NumberKind::Integer;
    }
    if (!rest.empty()) {
      std::size_t p = 0;
      char32_t c = utf8::next(rest, p);
      if ((c >= 0x00BC && c <= 0x00BE) || (c >= 0x2150 && c <= 0x215E)) {
        static const std::array<std::pair<char32_t, double>, 9> kGlyphs = {
            {{0xBC, 0.25}, {0xBD, 0.5}, {0xBE, 0.75}, {0x2153, 1.0 / 3}, {0x2154, 2.0 / 3}, {0x2155, 0.2},
             {0x215B, 0.125}, {0x215C, 0.375}, {0x215D, 0.625}}};
        double part = 0;
        for (auto [g, v] : kGlyphs)
          if (g == c) part = v;
        n.kind = NumberKind::Vulgar;
        n.value = whole + part;
      } else if (c == '%') {
        n.kind = NumberKind::Percent;
      } else if (rest == "s") {
        n.kind = NumberKind::Integer;  // "1990s"
      } else {
        n.kind = NumberKind::Ordinal;
      }
    }
    if (!rest.empty() && rest.back() == '%') n.kind = NumberKind::Percent;
    if (k > 0 && tokens[k - 1].kind == TokenKind::Symbol && !(t.flags & kSpaceBefore)) {
      std::string_view sym = tokens[k - 1].text;
      if (sym == "$" || sym == "\u20AC" || sym == "\u00A3" || sym == "\u00A5") n.currency = sym;
    }
    numbers.push_back(n);
  }
  return numbers;
}

}  // namespace copydesk::analysis

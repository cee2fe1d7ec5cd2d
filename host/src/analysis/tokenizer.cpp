// Splits text into words, numbers, punctuation, quotes, brackets, symbols and URLs.
#include <algorithm>
#include <array>
#include <cstring>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/prefault.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

using utf8::at;

// Abbreviations whose full stop is part of the word ("Gen.", "Inc."), besides the abbreviated
// honorifics ("Mr.") and calendar words ("Jan.") of copydesk/lexicon.hpp.
constexpr std::string_view kDottedAbbreviations[] = {
    "Gen",  "Sen",  "Rep",   "Gov",  "Lt",
    "Col",  "Maj",  "Capt", "Sgt",    "Cpl",   "Adm",  "Cmdr", "Cdr",  "Pvt",   "Rev",  "Hon",
    "Pres", "Supt", "Det",  "Insp",   "Atty",  "Jr",   "Sr",   "St",   "Mt",    "Ft",   "Inc",
    "Ltd",  "Co",   "Corp", "Bros",   "Dept",  "Univ", "Assn", "Ave",  "Blvd",  "Rd",   "vs",   "etc",
    "approx", "est", "no",  "No",     "Nos",   "Fig",  "fig",  "Vol",  "vol",   "Ph"};

bool is_double_quote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}
bool is_single_quote(char32_t c) {
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A;
}
bool is_bracket(char32_t c) { return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'; }
bool is_vulgar_fraction(char32_t c) { return (c >= 0x00BC && c <= 0x00BE) || (c >= 0x2150 && c <= 0x215E); }
bool is_word_char(char32_t c) {
  // Marks (a decomposed é, Devanagari vowel signs) and invisible joiners (soft hyphen, zero-width
  // space and joiners) stay inside the word they are in.
  return utf8::is_letter(c) || utf8::is_digit(c) || utf8::is_mark(c) || c == 0xAD || (c >= 0x200B && c <= 0x200D) ||
         c == 0x2060;
}

// std::isalnum in the "C" locale (the host never sets another), without a library call.
bool is_ascii_alnum(unsigned char b) { return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'); }

// A character scan_email takes into an address (besides the one '@').
bool is_address_char(unsigned char b) {
  return is_ascii_alnum(b) || b == '.' || b == '_' || b == '%' || b == '+' || b == '-';
}

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != prefix[k]) return false;
  return true;
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : s_(text) {}

  std::vector<Token> run() {
    tokens_.reserve(s_.size() / 5 + 8);
    prefault_for_writing(tokens_.data(), tokens_.capacity() * sizeof(Token));
    std::uint16_t pending = kSpaceBefore;
    std::size_t i = 0;
    while (i < s_.size()) {
      std::size_t start = i;
      char32_t c = utf8::next(s_, i);
      if (utf8::is_space(c)) {
        pending |= kSpaceBefore;
        if (c == '\n') pending |= kNewlineBefore;
        continue;
      }
      flags_ = pending;
      pending = 0;
      cursor_ = start;
      scan(c);
      i = pos_;
    }
    return std::move(tokens_);
  }

 private:
  void emit(TokenKind kind, std::size_t begin, std::size_t end, std::uint16_t extra = 0) {
    Token t;
    t.kind = kind;
    t.flags = static_cast<std::uint16_t>(flags_ | extra);
    t.range = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end - begin)};
    t.text = s_.substr(begin, end - begin);
    tokens_.push_back(t);
    pos_ = end;
  }

  char32_t prev_char(std::size_t i) const {
    if (i == 0) return 0;
    return utf8::previous(s_, i);
  }

  void scan(char32_t c) {
    std::size_t i = cursor_;
    if (scan_url(i)) return;
    if (utf8::is_digit(c) || is_vulgar_fraction(c) ||
        (c == '.' && utf8::is_digit(at(s_, i + 1)) && (flags_ & kSpaceBefore))) {
      scan_number(i);
      return;
    }
    if (is_word_char(c)) {
      if (scan_email(i)) return;
      scan_word(i);
      return;
    }
    std::size_t j = i;
    utf8::next(s_, j);
    if (is_double_quote(c) || is_single_quote(c)) {
      emit(TokenKind::Quote, i, j, quote_direction(c, i, j));
      return;
    }
    if (is_bracket(c)) {
      bool open = c == '(' || c == '[' || c == '{';
      emit(TokenKind::Bracket, i, j, open ? kOpening : kClosing);
      return;
    }
    if (c == '.') {  // "..." and longer runs are one token; ".." stays two (a doubled stop)
      std::size_t k = i;
      while (k < s_.size() && s_[k] == '.') ++k;
      emit(TokenKind::Punctuation, i, k - i >= 3 ? k : j);
      return;
    }
    if (c == '-' && at(s_, j) == '-') {  // "--" as a dash
      std::size_t k = j;
      while (k < s_.size() && s_[k] == '-') ++k;
      emit(TokenKind::Punctuation, i, k);
      return;
    }
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x2026 || utf8::is_dash(c)) {
      emit(TokenKind::Punctuation, i, j);
      return;
    }
    emit(TokenKind::Symbol, i, j);
  }

  std::uint16_t quote_direction(char32_t c, std::size_t i, std::size_t j) const {
    if (c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x201A || c == 0x00AB || c == 0x2039) return kOpening;
    if (c == 0x201D || c == 0x00BB || c == 0x203A) return kClosing;
    // Straight quotes and ’: opening after space, an opening bracket or a dash; closing otherwise.
    char32_t before = prev_char(i);
    char32_t after = at(s_, j);
    bool open_before = i == 0 || utf8::is_space(before) || before == '(' || before == '[' || utf8::is_dash(before) ||
                       before == 0x201C || before == '"' || before == '/';
    bool space_after = j >= s_.size() || utf8::is_space(after);
    if (open_before && !space_after) return kOpening;
    if (!open_before) return kClosing;
    return 0;  // stranded between spaces: direction unknown
  }

  bool scan_url(std::size_t i) {
    char first = static_cast<char>(s_[i] | 0x20);
    if (first != 'h' && first != 'f' && first != 'w') return false;
    bool url = starts_with_ci(s_, i, "http://") || starts_with_ci(s_, i, "https://") ||
               starts_with_ci(s_, i, "ftp://") ||
               (starts_with_ci(s_, i, "www.") && i + 4 < s_.size() && utf8::is_letter(at(s_, i + 4)));
    if (!url) return false;
    std::size_t k = i;
    int parens = 0;
    while (k < s_.size()) {
      std::size_t n = k;
      char32_t c = utf8::next(s_, n);
      if (utf8::is_space(c) || c == '"' || c == 0x201C || c == 0x201D || c == '<' || c == '>') break;
      if (c == '(') ++parens;
      if (c == ')' && --parens < 0) break;
      k = n;
    }
    // Trailing punctuation belongs to the sentence, not the URL.
    while (k > i) {
      std::size_t p = k;
      char32_t c = utf8::previous(s_, p);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == 0x2019) {
        k = p;
      } else {
        break;
      }
    }
    emit(TokenKind::Url, i, k);
    return true;
  }

  // Whether the run of address characters from i can reach an '@': the next '@' in the text,
  // with nothing but address characters between i and it. Most text has no '@' at all, and
  // this spares scan_email a pass over every word.
  bool may_reach_at_sign(std::size_t i) {
    if (next_at_sign_ != std::string_view::npos && next_at_sign_ < i) {
      next_at_sign_ = s_.find('@', i);
      address_start_ = next_at_sign_;
      while (address_start_ != std::string_view::npos && address_start_ > 0 &&
             is_address_char(static_cast<unsigned char>(s_[address_start_ - 1])))
        --address_start_;
    }
    return next_at_sign_ != std::string_view::npos && i >= address_start_;
  }

  bool scan_email(std::size_t i) {
    // Only look further when the run of non-space characters holds an '@'.
    if (!may_reach_at_sign(i)) return false;
    std::size_t k = i;
    std::size_t at_sign = std::string_view::npos;
    while (k < s_.size()) {
      unsigned char b = static_cast<unsigned char>(s_[k]);
      if (is_address_char(b)) {
        ++k;
      } else if (b == '@' && at_sign == std::string_view::npos) {
        at_sign = k++;
      } else {
        break;
      }
    }
    if (at_sign == std::string_view::npos || at_sign == i) return false;
    while (k > at_sign && (s_[k - 1] == '.' || s_[k - 1] == '-')) --k;
    std::string_view domain = s_.substr(at_sign + 1, k - at_sign - 1);
    std::size_t dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || domain.size() - dot < 3) return false;
    emit(TokenKind::Url, i, k, kEmail);
    return true;
  }

  void scan_number(std::size_t i) {
    std::size_t k = i;
    auto digits = [&](std::size_t p) {
      std::size_t q = p;
      while (q < s_.size() && utf8::is_digit(static_cast<unsigned char>(s_[q]))) ++q;
      return q - p;
    };
    auto vulgar_at = [&](std::size_t p) { return p < s_.size() && is_vulgar_fraction(at(s_, p)); };
    if (vulgar_at(k)) {
      utf8::next(s_, k);
      emit(TokenKind::Number, i, k);
      return;
    }
    if (s_[k] == '.') ++k;  // ".5"
    std::size_t lead = digits(k);
    k += lead;
    bool is_date = false;
    // ISO date 2023-02-21
    if (lead == 4 && k + 6 <= s_.size() && s_[k] == '-' && digits(k + 1) == 2 && s_[k + 3] == '-' &&
        digits(k + 4) == 2) {
      k += 6;
      is_date = true;
    }
    while (!is_date && k + 1 < s_.size()) {
      char sep = s_[k];
      std::size_t d = digits(k + 1);
      if (d == 0) break;
      if (sep == ',' && d == 3) {
        k += 4;
      } else if (sep == '.' && s_[i] != '.') {
        k += 1 + d;
      } else if (sep == '/') {
        k += 1 + d;
        if (k + 1 < s_.size() && s_[k] == '/' && digits(k + 1) > 0) k += 1 + digits(k + 1);
      } else if (sep == ':' && d == 2) {
        k += 3;
      } else {
        break;
      }
    }
    if (vulgar_at(k)) utf8::next(s_, k);
    // Ordinal suffixes, "1990s", and percent signs stay with the number.
    auto letters = [&](std::size_t p) {
      std::size_t q = p;
      while (q < s_.size() && std::isalpha(static_cast<unsigned char>(s_[q]))) ++q;
      return q - p;
    };
    std::size_t suffix = letters(k);
    if (suffix == 2 && !is_word_char(at(s_, k + 2))) {
      std::string lower = utf8::to_lower(s_.substr(k, 2));
      if (lower == "st" || lower == "nd" || lower == "rd" || lower == "th") k += 2;
    } else if (suffix == 1 && (s_[k] == 's') && !is_word_char(at(s_, k + 1))) {
      k += 1;
    }
    if (k < s_.size() && s_[k] == '%') ++k;
    emit(TokenKind::Number, i, k);
  }

  void scan_word(std::size_t i) {
    std::size_t k = i;
    std::uint16_t extra = 0;
    while (k < s_.size()) {
      std::size_t n = k;
      char32_t c = utf8::next(s_, n);
      if (is_word_char(c)) {
        if (utf8::is_digit(c)) extra |= kHasDigit;
        k = n;
        continue;
      }
      char32_t after = at(s_, n);
      if ((utf8::is_apostrophe(c) && utf8::is_letter(after) && k > i) ||
          ((c == '-' || c == 0x2010 || c == 0x2011) && is_word_char(after) && k > i)) {
        k = n;
        continue;
      }
      break;
    }
    std::string_view word = s_.substr(i, k - i);
    // "U.S.", "a.m.", "e.g.": short letter groups joined by full stops.
    if (k < s_.size() && s_[k] == '.' && word.size() <= 2 && utf8::count_code_points(word) <= 2) {
      std::size_t q = k;
      int groups = 1;
      while (q < s_.size() && s_[q] == '.') {
        std::size_t r = q + 1, letters = 0;
        while (r < s_.size() && utf8::is_letter(at(s_, r)) && letters < 3) {
          utf8::next(s_, r);
          ++letters;
        }
        if (letters == 0 || letters > 2 || (r < s_.size() && utf8::is_letter(at(s_, r)))) break;
        if (r >= s_.size() || s_[r] != '.') break;
        q = r;
        ++groups;
      }
      if (groups >= 2) {
        k = q + 1;
        extra |= kAbbreviation;
        finish_word(i, k, extra);
        return;
      }
    }
    // A dotted abbreviation or an initial ("J. K. Rowling") keeps its full stop.
    if (k < s_.size() && s_[k] == '.' && at(s_, k + 1) != '.') {
      bool initial = utf8::count_code_points(word) == 1 && utf8::is_upper(utf8::at(word, 0));
      const lexicon::Honorific* honorific = lexicon::honorific(word);
      bool listed = std::find(std::begin(kDottedAbbreviations), std::end(kDottedAbbreviations), word) !=
                        std::end(kDottedAbbreviations) ||
                    (honorific && honorific->abbreviated) ||
                    std::find(std::begin(lexicon::kCalendarAbbreviations), std::end(lexicon::kCalendarAbbreviations),
                              word) != std::end(lexicon::kCalendarAbbreviations);
      // "no." is only an abbreviation before a figure ("No. 1").
      if (listed && (word == "no" || word == "No" || word == "Nos")) {
        std::size_t r = k + 1;
        while (r < s_.size() && s_[r] == ' ') ++r;
        listed = r < s_.size() && utf8::is_digit(static_cast<unsigned char>(s_[r]));
      }
      if (initial || listed) {
        ++k;
        extra |= kAbbreviation;
      }
    }
    finish_word(i, k, extra);
  }

  void finish_word(std::size_t i, std::size_t k, std::uint16_t extra) {
    std::string_view word = s_.substr(i, k - i);
    // Capitalised: the first letter, or the letter after a lower-case particle such as "al-".
    std::size_t p = 0;
    char32_t first = utf8::next(word, p);
    bool capital = utf8::is_upper(first);
    if (!capital) {
      std::size_t hyphen = word.find('-');
      if (hyphen != std::string_view::npos && hyphen <= 4 && hyphen + 1 < word.size()) {
        std::string_view particle = word.substr(0, hyphen);
        if (lexicon::is_arabic_article(particle) || particle == "ibn" || particle == "bin" || particle == "abu" ||
            particle == "d" || particle == "l")
          capital = utf8::is_upper(utf8::at(word, hyphen + 1));
      }
    }
    if (capital) extra |= kCapitalized;
    int letters = 0;
    bool any_lower = false;
    for (std::size_t q = 0; q < word.size();) {
      char32_t c = utf8::next(word, q);
      if (utf8::is_letter(c)) {
        ++letters;
        any_lower = any_lower || utf8::is_lower(c);
      }
    }
    if (letters >= 2 && !any_lower) extra |= kAllCaps;
    // Possessive: 's / ’s, or a plural's trailing apostrophe.
    if (word.size() > 2) {
      if ((word.ends_with("'s") || word.ends_with("\u2019s") || word.ends_with("'S") || word.ends_with("\u2019S")))
        extra |= kPossessive;
    }
    emit(TokenKind::Word, i, k, extra);
    // "Parents’" / "parents'": the apostrophe after an s is a possessive, not a closing quote.
    if (k < s_.size() && (word.back() == 's' || word.back() == 'S')) {
      char32_t c = at(s_, k);
      std::size_t n = k;
      utf8::next(s_, n);
      if ((c == '\'' || c == 0x2019) && !is_word_char(at(s_, n)) && !has_open_single_quote()) {
        tokens_.back().range.length = static_cast<std::uint32_t>(n - i);
        tokens_.back().text = s_.substr(i, n - i);
        tokens_.back().flags |= kPossessive;
        pos_ = n;
      }
    }
  }

  // Whether an opening single quote in the current stretch of text is still waiting for its
  // closing mark (then "s’" closes it rather than marking a plural possessive).
  bool has_open_single_quote() const {
    for (auto it = tokens_.rbegin(); it != tokens_.rend() && it - tokens_.rbegin() < 60; ++it) {
      if (it->kind == TokenKind::Quote && (it->text == "\u2018" || (it->text == "'" && (it->flags & kOpening))))
        return true;
      if (it->kind == TokenKind::Quote && (it->flags & kClosing) &&
          (it->text == "\u2019" || it->text == "'"))
        return false;
      if (it->flags & kNewlineBefore) break;
    }
    return false;
  }

  std::string_view s_;
  std::vector<Token> tokens_;
  std::uint16_t flags_ = 0;
  std::size_t pos_ = 0;     // where the last token ended
  std::size_t cursor_ = 0;  // where the token being scanned starts
  // may_reach_at_sign(): the first '@' at or after the last word asked about, and where the run of
  // address characters ending at it begins. 0 and 0 before the first question.
  std::size_t next_at_sign_ = 0, address_start_ = 0;
};

}  // namespace

namespace {

// Flags the tokens of HTML named character references ("&mdash;" is "&", "mdash", ";"), so that
// no rule takes their names for words or their semicolons for punctuation. A name glued to the
// ";" of the reference before it counts too ("&amp;mdash;").
void mark_character_references(std::vector<Token>& tokens) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& name = tokens[i];
    const Token& before = tokens[i - 1];
    bool opened = before.text == "&" || (before.text == ";" && (before.flags & kCharacterReference));
    if (!name.is_word() || (name.flags & kSpaceBefore) || !opened || !lexicon::html_entity(name.text)) continue;
    tokens[i - 1].flags |= kCharacterReference;
    name.flags |= kCharacterReference;
    if (i + 1 < tokens.size() && tokens[i + 1].text == ";" && !(tokens[i + 1].flags & kSpaceBefore))
      tokens[i + 1].flags |= kCharacterReference;
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens = Tokenizer(text).run();
  mark_character_references(tokens);
  return tokens;
}

}  // namespace copydesk::analysis

// Apostrophes and quotation marks: which mark is an apostrophe, an opening or closing quote, or a
// wrong character (a doubled apostrophe, an accent, an opening quote, two singles for a double).
#include <algorithm>

#include "analysis/analysis.hpp"
#include "util/utf8.hpp"

namespace copydesk::analysis {
namespace {

constexpr char32_t kAcute = 0x00B4, kGrave = '`', kLeftSingle = 0x2018, kRightSingle = 0x2019;

bool is_accent(char32_t c) { return c == kAcute || c == kGrave; }
bool is_single_mark(char32_t c) {
  return c == '\'' || c == kRightSingle || c == kLeftSingle || c == 0x201A || c == 0x2039 || c == 0x203A ||
         is_accent(c);
}
bool is_curly(char32_t c) { return c != '\'' && c != '"' && !is_accent(c); }

// Words that an apostrophe shortens at their start: ’til, ’em, ’cause, rock ’n’ roll.
bool is_leading_elision(std::string_view word) {
  static constexpr std::string_view kWords[] = {"til", "tis", "twas", "em", "cause", "n", "bout", "neath", "round"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool ends_with_letter(std::string_view s) {
  if (s.empty()) return false;
  std::size_t i = s.size();
  return utf8::is_letter(utf8::previous(s, i));
}
bool starts_with_letter(std::string_view s) { return !s.empty() && utf8::is_letter(utf8::at(s, 0)); }

// "’80s", "’19": two figures, a decade's s allowed.
bool is_elided_year(std::string_view s) {
  return (s.size() == 2 || (s.size() == 3 && s[2] == 's')) && utf8::is_digit(static_cast<unsigned char>(s[0])) &&
         utf8::is_digit(static_cast<unsigned char>(s[1]));
}

// Whether `word` has a byte that can begin an apostrophe: ' itself, or the lead byte of ’ (E2 80 99)
// or ʼ (CA BC). Most words have none, and need not be decoded.
bool may_hold_apostrophe(std::string_view word) {
  for (char c : word) {
    auto b = static_cast<unsigned char>(c);
    if (b == '\'' || b == 0xE2 || b == 0xCA) return true;
  }
  return false;
}

class MarkFinder {
 public:
  explicit MarkFinder(const Core& core) : tokens_(core.tokens) {
    // Double marks take their direction from the quotation spans (a straight mark between spaces
    // is an opening or a closing one only by its pairing).
    for (const QuoteSpan& q : core.quotes) {
      if (q.open_token != QuoteSpan::npos) opening_tokens_.push_back(q.open_token);
      if (q.close_token != QuoteSpan::npos) closing_tokens_.push_back(q.close_token);
    }
    std::sort(opening_tokens_.begin(), opening_tokens_.end());
    std::sort(closing_tokens_.begin(), closing_tokens_.end());
  }

  std::vector<QuoteMark> run() {
    std::uint32_t paragraph = 0;
    for (std::uint32_t k = 0; k < tokens_.size(); ++k) {
      const Token& t = tokens_[k];
      if (t.paragraph != paragraph) {
        paragraph = t.paragraph;
        single_open_ = single_seen_ = false;
      }
      if (t.kind == TokenKind::Word) {
        word_apostrophes(k);
      } else if (t.kind == TokenKind::Quote || (t.kind == TokenKind::Symbol && is_accent(utf8::at(t.text, 0)))) {
        k = mark(k);
      }
    }
    return std::move(marks_);
  }

 private:
  bool glued_before(std::uint32_t k) const { return k > 0 && !tokens_[k].has(kSpaceBefore); }
  bool glued_after(std::uint32_t k) const { return k + 1 < tokens_.size() && !tokens_[k + 1].has(kSpaceBefore); }
  const Token* before(std::uint32_t k) const { return glued_before(k) ? &tokens_[k - 1] : nullptr; }
  const Token* after(std::uint32_t k) const { return glued_after(k) ? &tokens_[k + 1] : nullptr; }
  bool word_before(std::uint32_t k) const {
    const Token* p = before(k);
    return p && p->is_word() && ends_with_letter(p->text);
  }
  bool word_after(std::uint32_t k) const {
    const Token* n = after(k);
    return n && n->is_word() && starts_with_letter(n->text);
  }
  char32_t mark_char(std::uint32_t k) const { return utf8::at(tokens_[k].text, 0); }
  bool is_mark_token(std::uint32_t k) const {
    const Token& t = tokens_[k];
    return (t.kind == TokenKind::Quote || t.kind == TokenKind::Symbol) && is_single_mark(utf8::at(t.text, 0)) &&
           utf8::count_code_points(t.text) == 1;
  }

  void add(Range r, std::uint32_t k, MarkRole role, MarkFault fault, bool curly, bool double_mark) {
    marks_.push_back({r, k, role, fault, curly, double_mark});
  }

  // Apostrophes the tokenizer kept inside a word: don’t, O’Brien, Jones’.
  void word_apostrophes(std::uint32_t k) {
    const Token& t = tokens_[k];
    if (!may_hold_apostrophe(t.text)) return;
    for (std::size_t i = 0; i < t.text.size();) {
      std::size_t start = i;
      char32_t c = utf8::next(t.text, i);
      if (c == '\'' || c == kRightSingle || c == 0x02BC)
        add({t.range.offset + static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i - start)}, k,
            MarkRole::Apostrophe, MarkFault::None, c != '\'', false);
    }
  }

  MarkRole direction(std::uint32_t k) const {
    const Token& t = tokens_[k];
    if (std::binary_search(opening_tokens_.begin(), opening_tokens_.end(), k)) return MarkRole::OpeningQuote;
    if (std::binary_search(closing_tokens_.begin(), closing_tokens_.end(), k)) return MarkRole::ClosingQuote;
    if (t.has(kOpening)) return MarkRole::OpeningQuote;
    if (t.has(kClosing)) return MarkRole::ClosingQuote;
    return MarkRole::Quote;
  }

  // Classifies the mark token k (and the one after it when two make one mark); returns the last
  // token it used.
  std::uint32_t mark(std::uint32_t k) {
    const Token& t = tokens_[k];
    char32_t c = mark_char(k);
    if (!is_single_mark(c)) {
      add(t.range, k, direction(k), MarkFault::None, is_curly(c), true);
      return k;
    }
    // A prime after a figure (5'10", 6′) is neither an apostrophe nor a quotation mark; "1990's"
    // is an apostrophe.
    const Token* prev = before(k);
    if (prev && prev->kind == TokenKind::Number) {
      if (word_after(k) && tokens_[k + 1].text == "s")
        add(t.range, k, MarkRole::Apostrophe, fault_for_apostrophe(c), is_curly(c), false);
      return k;
    }
    // Two single marks glued together: a doubled apostrophe inside a word, or one double mark.
    if (glued_after(k) && is_mark_token(k + 1)) {
      Range both{t.range.offset, tokens_[k + 1].range.end() - t.range.offset};
      bool curly = is_curly(c) && is_curly(mark_char(k + 1));
      if (word_before(k) && word_after(k + 1)) {
        add(both, k, MarkRole::Apostrophe, MarkFault::DoubledApostrophe, curly, false);
      } else {
        MarkRole role = word_before(k) || (prev && prev->kind == TokenKind::Punctuation) ? MarkRole::ClosingQuote
                        : glued_after(k + 1)                                         ? MarkRole::OpeningQuote
                                                                                     : MarkRole::Quote;
        add(both, k, role, MarkFault::SinglesForDouble, curly, true);
      }
      return k + 1;
    }
    const Token* next = after(k);
    // Between two letters: mayor‘s, company´s, don`t.
    if (word_before(k) && word_after(k)) {
      add(t.range, k, MarkRole::Apostrophe, fault_for_apostrophe(c), is_curly(c), false);
      return k;
    }
    // companies´ offices: an accent after a plural's s.
    if (is_accent(c) && word_before(k) && (prev->text.back() == 's' || prev->text.back() == 'S') && !glued_after(k)) {
      add(t.range, k, MarkRole::Apostrophe, MarkFault::AccentApostrophe, false, false);
      return k;
    }
    // ’80s, ’til, rock ’n’ roll: an apostrophe at the start of a shortened word.
    if (!prev && next &&
        ((next->kind == TokenKind::Number && is_elided_year(next->text)) ||
         (next->is_word() && is_leading_elision(utf8::to_lower(next->text))))) {
      add(t.range, k, MarkRole::Apostrophe, fault_for_apostrophe(c), is_curly(c), false);
      // The closing mark of ’n’ is an apostrophe too.
      if (next->is_word() && next->text == "n" && k + 2 < tokens_.size() && glued_after(k + 1) &&
          is_mark_token(k + 2) && !glued_after(k + 2)) {
        add(tokens_[k + 2].range, k + 2, MarkRole::Apostrophe, fault_for_apostrophe(mark_char(k + 2)),
            is_curly(mark_char(k + 2)), false);
        return k + 2;
      }
      return k;
    }
    bool closing_form = c == '\'' || c == kRightSingle;
    if (closing_form && word_before(k) && !glued_after(k) && !single_open_ && !single_seen_) {
      // goin’, nothin’: a dropped g.
      if (prev->text.size() > 3 && prev->text.ends_with("in")) {
        add(t.range, k, MarkRole::Apostrophe, MarkFault::None, is_curly(c), false);
        return k;
      }
      // Jansen’ office: a possessive after a name that does not end in s lost its s.
      bool name = prev->has(kCapitalized) && !prev->has(kAllCaps);
      char32_t last = utf8::at(prev->text, prev->text.size() - 1);
      bool sibilant = last == 's' || last == 'x' || last == 'z';
      const Token* following = k + 1 < tokens_.size() ? &tokens_[k + 1] : nullptr;
      // "Traralgon' s first" is a stray space, not a lost s.
      bool noun_after = following && following->is_word() && following->has(kSpaceBefore) && following->text != "s" &&
                        !following->has(kNewlineBefore) && !following->has(kCapitalized) &&
                        following->paragraph == t.paragraph;
      if (name && !sibilant && noun_after) {
        add(t.range, k, MarkRole::Apostrophe, MarkFault::LostPossessiveS, is_curly(c), false);
        return k;
      }
    }
    MarkRole role = direction(k);
    if (is_accent(c)) {
      add(t.range, k, role, MarkFault::AccentQuote, false, false);
    } else {
      add(t.range, k, role, MarkFault::None, is_curly(c), false);
    }
    if (role == MarkRole::OpeningQuote) single_open_ = single_seen_ = true;
    if (role == MarkRole::ClosingQuote) single_open_ = false;
    return k;
  }

  static MarkFault fault_for_apostrophe(char32_t c) {
    if (is_accent(c)) return MarkFault::AccentApostrophe;
    if (c == kLeftSingle || c == 0x201A || c == 0x2039 || c == 0x203A) return MarkFault::OpeningApostrophe;
    return MarkFault::None;
  }

  const std::vector<Token>& tokens_;
  std::vector<std::uint32_t> opening_tokens_, closing_tokens_;
  std::vector<QuoteMark> marks_;
  bool single_open_ = false;  // a single quotation opened in this paragraph and not closed yet
  bool single_seen_ = false;  // a single quotation opened in this paragraph at all ('Critics' Choice')
};

}  // namespace

std::vector<QuoteMark> find_quote_marks(const Core& core) { return MarkFinder(core).run(); }

}  // namespace copydesk::analysis

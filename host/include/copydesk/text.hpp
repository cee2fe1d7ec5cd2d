// The shared analysis of a document: plain data that every rule reads, computed once by the host.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/version.hpp"

COPYDESK_NAMESPACE_BEGIN

/// `c` with A-Z lowered; every other byte as it is (what std::tolower does in the "C" locale,
/// without its function call per byte). Letters outside ASCII need copydesk's Unicode folding.
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
/// `s` with A-Z lowered (bytes; UTF-8 sequences pass through unchanged).
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}
/// `s` with A-Z lowered, written into `out` (its old contents replaced): the ascii_lower(s) of a
/// loop over tokens, where one buffer serves every word instead of a new string each.
inline void ascii_lower_into(std::string& out, std::string_view s) {
  out.assign(s);
  for (char& c : out) c = ascii_lower(c);
}
/// Whether ascii_lower(a) == ascii_lower(b), without making either string.
constexpr bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}
/// Whether ascii_lower(s) == lower, without making the lowered string (`lower` is lower case).
constexpr bool ascii_lower_equals(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (ascii_lower(s[i]) != lower[i]) return false;
  return true;
}

/// Appends the UTF-8 encoding (1 to 4 bytes) of the code point `c` to `out`. `c` must be a
/// Unicode scalar value (at most U+10FFFF, not a surrogate); nothing is checked.
inline void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}
/// A quick "not there" before a word is lowered and looked up in a list of lower-case words: it
/// keeps the first byte and the length of every listed word, which ascii_lower(word) shares with
/// the word. For a loop over a document's tokens, where most words are in no list:
///
///     if (!shapes.may_contain(token.text)) continue;  // then ascii_lower and the real lookup
class WordShapes {
 public:
  /// Adds a listed word (lower case).
  void add(std::string_view lower_word) {
    if (!lower_word.empty()) bits_.set(slot(lower_word));
  }
  /// False only when ascii_lower(word) is none of the words added.
  bool may_contain(std::string_view word) const { return !word.empty() && bits_.test(slot(word)); }

 private:
  static constexpr std::size_t kLengths = 32;  // longer words share the last length
  static std::size_t slot(std::string_view word) {
    std::size_t length = word.size() < kLengths ? word.size() : kLengths - 1;
    return static_cast<unsigned char>(ascii_lower(word[0])) * kLengths + length;
  }
  std::bitset<256 * kLengths> bits_;
};

/// The hash for unordered sets and maps of std::string that a std::string_view finds without
/// making a string (C++20 heterogeneous lookup); pair it with std::equal_to<>:
/// `std::unordered_set<std::string, StringHash, std::equal_to<>>`.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// A half-open byte range [offset, offset + length) in Document::text().
struct Range {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  std::uint32_t end() const { return offset + length; }
  bool contains(std::uint32_t pos) const { return pos >= offset && pos < end(); }
  friend bool operator==(const Range&, const Range&) = default;
};

enum class TokenKind : std::uint8_t {
  Word,         ///< letters, with inner apostrophes and hyphens: "Russia’s", "war-torn", "U.S."
  Number,       ///< "40", "1,250", "3.5", "21/2", "2½", "21st", "52%", "10:30"
  Punctuation,  ///< . , ; : ! ? … and dashes, one token per character ("..." is one token)
  Quote,        ///< " “ ” ‘ « » „ and a ’ or ' that is not inside a word
  Bracket,      ///< ( ) [ ] { }
  Symbol,       ///< $ € £ & # @ / + = and anything else
  Url,          ///< http(s)://…, www.…, and e-mail addresses
};

/// Word and number facts the tokenizer already knows, so no rule re-derives them.
enum TokenFlag : std::uint16_t {
  kCapitalized = 1 << 0,       ///< first letter upper case (after an "al-"-style particle too)
  kAllCaps = 1 << 1,           ///< two or more letters, none lower case
  kAbbreviation = 1 << 2,      ///< ends with a full stop that belongs to it: "U.S.", "Mr.", "Jan."
  kHasDigit = 1 << 3,          ///< a word with a digit ("G20", "COVID-19")
  kPossessive = 1 << 4,        ///< ends with 's, ’s or s’
  kSentenceStart = 1 << 5,     ///< first word-like token of its sentence
  kSpaceBefore = 1 << 6,       ///< white space (or start of text) right before the token
  kNewlineBefore = 1 << 7,     ///< a line break in the white space before the token
  kInQuote = 1 << 8,           ///< inside a direct quotation (see QuoteSpan)
  kOpening = 1 << 9,           ///< an opening quote or bracket
  kClosing = 1 << 10,          ///< a closing quote or bracket
  kEmail = 1 << 11,            ///< an Url token that is an e-mail address
  /// part of an HTML named character reference left in the text: the "&", the name (one of
  /// lexicon::kHtmlEntities) and its ";" in "&mdash;", "&mdash" or "&amp;mdash;" (API 2.0)
  kCharacterReference = 1 << 12,
};

enum class NumberKind : std::uint8_t {
  Integer,    ///< 40, 1,250
  Decimal,    ///< 3.5, .5, 2,5 is not recognised (ambiguous with thousands)
  Fraction,   ///< 1/2, 21/2 (digits / digits)
  Vulgar,     ///< ½, 2½
  Ordinal,    ///< 21st, 3rd (also the wrong "21th": the suffix is kept as written)
  Percent,    ///< 52%, 3.5%
  Time,       ///< 10:30
  Date,       ///< 21/2/2023, 2023-02-21
};

struct Token {
  TokenKind kind = TokenKind::Word;
  std::uint16_t flags = 0;
  Range range;
  std::string_view text;      ///< a view of Document::text()
  std::uint32_t sentence = 0;   ///< index into Analysis::sentences
  std::uint32_t paragraph = 0;  ///< index into Analysis::paragraphs
  bool has(TokenFlag f) const { return (flags & f) != 0; }
  bool is_word() const { return kind == TokenKind::Word; }
  bool is(std::string_view s) const { return text == s; }
};

struct Paragraph {
  Range range;
  std::uint32_t first_token = 0, end_token = 0;  ///< [first_token, end_token)
  std::uint32_t first_sentence = 0, end_sentence = 0;
};

struct Sentence {
  Range range;
  std::uint32_t first_token = 0, end_token = 0;
  std::uint32_t paragraph = 0;
};

/// A direct quotation. Quotations that run over several paragraphs (each continuing paragraph
/// reopens without closing the one before) are one span with `paragraphs > 1`.
struct QuoteSpan {
  static constexpr std::uint32_t npos = 0xFFFFFFFFu;
  std::uint32_t open = npos;   ///< offset of the opening mark, npos for a stray closing mark
  std::uint32_t close = npos;  ///< offset of the closing mark, npos when never closed
  std::uint32_t open_token = npos, close_token = npos;
  std::uint32_t first_paragraph = 0, paragraphs = 1;
  bool single_marks = false;  ///< ‘…’ rather than “…”
  bool unclosed() const { return open != npos && close == npos; }
  bool stray_close() const { return open == npos; }
};

/// A run of capitalised words that names someone or something, with what stands before it.
struct NameMention {
  Range range;                      ///< the name itself: "Sergei Lavrov", "al-Qaida"
  std::uint32_t first_token = 0, end_token = 0;  ///< the name's tokens
  std::uint32_t honorific_token = QuoteSpan::npos;  ///< "Mr", "Mr.", "Dr" before it
  std::uint32_t title_first = QuoteSpan::npos, title_end = QuoteSpan::npos;  ///< "Foreign Minister"
  bool possessive = false;          ///< "Qaddafi's": range excludes the 's
  bool sentence_start = false;      ///< the name's first word starts its sentence
  bool in_quote = false;
  bool all_caps = false;            ///< written in capitals (headline style)
};

struct NumberMention {
  std::uint32_t token = 0;  ///< index of the Number token
  NumberKind kind = NumberKind::Integer;
  double value = 0;         ///< 1250 for "1,250", 2.5 for "2½"; for a fraction, numerator/denominator
  bool thousands_separator = false;
  std::string_view currency;  ///< "$", "€", "£" right before it, or empty
};

/// Zones and spans of the document that rules may limit themselves to or skip.
enum class ScopeKind : std::uint8_t {
  Headline, Heading, Caption, Byline, Dateline, Body, Footer, Quote, Code, Url, ListItem, TableCell,
  BlockQuote, AltText,
};

struct Scope {
  ScopeKind kind;
  Range range;
};

/// What an apostrophe-like or quotation-like mark does in the text (see QuoteMark).
enum class MarkRole : std::uint8_t {
  Apostrophe,    ///< in or at the edge of a word: don’t, O’Brien, Jones’, ’80s, rock ’n’ roll, goin’
  OpeningQuote,  ///< opens a quotation: “ ‘ „ « and a straight mark facing the quoted words
  ClosingQuote,  ///< closes a quotation: ” ’ » and a straight mark after the quoted words
  Quote,         ///< a quotation mark whose direction the text does not tell (stranded between spaces)
};

/// A mark typed with the wrong character (or characters) for its role.
enum class MarkFault : std::uint8_t {
  None,
  DoubledApostrophe,  ///< council''s: two marks where one apostrophe belongs
  AccentApostrophe,   ///< company´s, don`t: an accent (´ U+00B4, ` U+0060) typed as an apostrophe
  OpeningApostrophe,  ///< mayor‘s, ‘80s: an opening single quote (U+2018) typed as an apostrophe
  LostPossessiveS,    ///< Jansen’ office: a name not ending in s, an apostrophe, and no s after it
  SinglesForDouble,   ///< ''We are ready'': two single marks (or accents) typed for one double mark
  AccentQuote,        ///< ´best´: an accent standing alone, typed as a single quotation mark
};

/// One apostrophe or quotation mark of the text, classified once by the host for every rule.
/// Marks are in text order; the characters they cover are ' ’ ‘ ʼ ´ ` " “ ” „ « » (and ‹ › ‚).
struct QuoteMark {
  Range range;                        ///< bytes of the mark: two characters for a doubled mark
  std::uint32_t token = 0;            ///< the token holding it (a Word for an in-word apostrophe)
  MarkRole role = MarkRole::Apostrophe;
  MarkFault fault = MarkFault::None;
  bool curly = false;                 ///< a typographic mark (’ ‘ “ ” „ « »), not ' " ´ `
  bool double_mark = false;           ///< a double quotation mark (and the singles typed for one)
};

COPYDESK_NAMESPACE_END

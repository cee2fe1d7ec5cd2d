// structure/markup-residue: HTML left in the text by a CMS or a copy from a web page: character
// references ("&mdash;", "&amp;", "&#8217;", "&rsquo" without its semicolon) and tags ("<br>",
// "</p>"). In HTML and Markdown input the reader has already decoded what the source meant as
// markup, so what is left is escaped twice ("&amp;mdash;") and shows as written on the page.
#include <copydesk/lexicon.hpp>

#include <algorithm>
#include <optional>

#include "rules.hpp"

namespace structure {

using namespace copydesk;

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// What browsers show for a numeric reference to 128-159: the Windows-1252 character of that
// byte (WHATWG HTML's table for numeric character references), as Word and old CMSs wrote them
// ("&#146;" for ’, "&#151;" for —). 0 where that byte is unused.
constexpr char32_t kWindows1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                       0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// The UTF-8 of what a numeric reference to `c` shows, when it is a character text may hold (not
// a control character, a surrogate, a noncharacter or beyond Unicode); empty otherwise.
std::string utf8_of(char32_t c) {
  if (c >= 0x80 && c < 0xA0) c = kWindows1252[c - 0x80];
  bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF || noncharacter) return {};
  std::string out;
  append_utf8(out, c);
  return out;
}

struct Reference {
  std::size_t length = 0;  ///< bytes, from the '&' to the ';' (or the name's end without one)
  std::string text;        ///< what it stands for
};

// A numeric character reference at `at` ("&#8217;", "&#x2019;"), its semicolon required: without
// one, "&#1" is as likely a number sign in a list.
std::optional<Reference> numeric_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 2;
  bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  std::size_t digits_from = i;
  char32_t value = 0;
  while (i < text.size() && (hex ? is_hex_digit(text[i]) : is_ascii_digit(text[i])) && i - digits_from < 7) {
    char c = text[i];
    unsigned digit = is_ascii_digit(c) ? static_cast<unsigned>(c - '0') : static_cast<unsigned>((c | 0x20) - 'a' + 10);
    value = value * (hex ? 16 : 10) + digit;
    ++i;
  }
  if (i == digits_from || i >= text.size() || text[i] != ';') return std::nullopt;
  std::string decoded = utf8_of(value);
  if (decoded.empty()) return std::nullopt;
  return Reference{i + 1 - at, std::move(decoded)};
}

// A named character reference at `at` ("&mdash;"): one of lexicon::kHtmlEntities, with its
// semicolon, or without one where the name ends at a space or a mark ("Smith &amp Sons",
// "Jos&eacute Ruiz"); a short name without one never inside a word or an abbreviation ("AT&T",
// "R&D", "C&ED" are no references).
constexpr std::size_t kShortestGluedName = 4;
std::optional<Reference> named_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i])) && i - at <= 8) ++i;
  std::string_view name = text.substr(at + 1, i - at - 1);
  const lexicon::HtmlEntity* entity = lexicon::html_entity(name);
  if (!entity) return std::nullopt;
  Reference found{0, std::string(entity->text)};
  if (i < text.size() && text[i] == ';') {
    found.length = i + 1 - at;
    return found;
  }
  if (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i]) || text[i] == '_')) return std::nullopt;
  bool after_word = at > 0 && (is_ascii_letter(text[at - 1]) || is_ascii_digit(text[at - 1]));
  if (after_word && name.size() < kShortestGluedName) return std::nullopt;
  found.length = i - at;
  return found;
}

// The elements a web page's body text is marked up with: a tag of one of these, opening, closing
// or empty, left in the text is markup, not prose ("x <y> z" or "<Reuters>" are not tags).
constexpr std::string_view kBodyElements[] = {"p",  "br", "div", "span", "em", "strong", "b",  "i",
                                              "u",  "a",  "li",  "ul",   "ol", "h1",     "h2", "h3",
                                              "h4", "h5", "h6",  "blockquote", "img", "figure",
                                              "figcaption", "iframe", "script", "style", "table",
                                              "tr", "td", "th", "sup", "sub", "hr", "small", "cite"};
constexpr std::size_t kLongestTag = 200;  // bytes: attributes included

// The length of a tag at `at` ("<br>", "</p>", "<a href=\"…\">", "<br />"), or 0. With
// `escaped`, a tag escaped once more ("&lt;br&gt;"), which a page shows as "<br>". Attributes
// are read with their quotes ("alt=\"x > y\""), and a tag with attributes must have one with a
// value or end with "/>": "a<b and c>d" is a comparison, not a tag.
std::size_t tag_length(std::string_view text, std::size_t at, bool escaped) {
  std::string_view open = escaped ? "&lt;" : "<", close = escaped ? "&gt;" : ">";
  if (text.compare(at, open.size(), open) != 0) return 0;
  std::size_t i = at + open.size();
  if (i < text.size() && text[i] == '/') ++i;
  std::size_t name_from = i;
  while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i])) && i - name_from <= 10) ++i;
  std::string name(text.substr(name_from, i - name_from));
  for (char& c : name) c = ascii_lower(c);
  bool known = false;
  for (std::string_view element : kBodyElements) known = known || element == name;
  if (!known || i >= text.size()) return 0;
  if (text.compare(i, close.size(), close) == 0) return i + close.size() - at;
  if (text[i] != ' ' && text[i] != '/' && text[i] != '\n') return 0;
  bool valued = false;
  char quote = 0;
  for (; i < text.size() && i - at <= kLongestTag; ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '=') {
      valued = true;
    } else if (text.compare(i, close.size(), close) == 0) {
      bool self_closing = i > 0 && text[i - 1] == '/';
      return valued || self_closing ? i + close.size() - at : 0;
    } else if (c == '<' || (escaped && text.compare(i, 4, "&lt;") == 0)) {
      return 0;
    }
  }
  return 0;
}

// The length of an HTML comment at `at` ("<!-- wp:paragraph -->"), or 0.
std::size_t comment_length(std::string_view text, std::size_t at) {
  if (text.compare(at, 4, "<!--") != 0) return 0;
  std::size_t end = text.find("-->", at + 4);
  return end == std::string_view::npos || end - at > kLongestTag ? 0 : end + 3 - at;
}

}  // namespace

RuleMeta MarkupResidueRule::meta() {
  return {.id = "structure/markup-residue",
          .summary = "HTML left in the text: a character reference (\u201C&mdash;\u201D, \u201C&amp;\u201D, "
                     "\u201C&#8217;\u201D) or a tag (\u201C<br>\u201D) that shows as written; the reference's fix "
                     "is the character it stands for.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

MarkupResidueRule::MarkupResidueRule(const RuleContext&) {}

void MarkupResidueRule::check(const Document& doc, Reporter& reporter) {
  std::string_view text = doc.text();
  const auto& tokens = doc.tokens();
  // Code, and URLs whether or not a reader marked them ("?a=1&amp;b=2" is a URL's own business).
  auto in_code = [&](std::size_t at) {
    auto offset = static_cast<std::uint32_t>(at);
    if (doc.in_scope(offset, ScopeKind::Code) || doc.in_scope(offset, ScopeKind::Url)) return true;
    auto after = std::upper_bound(tokens.begin(), tokens.end(), offset,
                                  [](std::uint32_t o, const Token& t) { return o < t.range.offset; });
    return after != tokens.begin() && std::prev(after)->kind == TokenKind::Url && std::prev(after)->range.contains(offset);
  };
  auto report_markup = [&](std::size_t at, std::size_t length, std::string_view what) {
    Range r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(length)};
    // No fix: what it stood for (a break? nothing?) is the editor's call.
    reporter.report(r, "\u201C" + std::string(text.substr(at, length)) + "\u201D is " + std::string(what) +
                           " left in the text; remove it.");
  };
  // The next '&' or '<' from `from`, byte by byte: find_first_of calls memchr once per byte.
  auto next_mark = [&text](std::size_t from) {
    for (std::size_t i = from; i < text.size(); ++i)
      if (text[i] == '&' || text[i] == '<') return i;
    return std::string_view::npos;
  };
  for (std::size_t at = next_mark(0); at != std::string_view::npos; at = next_mark(at + 1)) {
    if (std::size_t comment = comment_length(text, at); comment > 0) {
      if (!in_code(at)) report_markup(at, comment, "an HTML comment");
      at += comment - 1;
      continue;
    }
    std::size_t tag = tag_length(text, at, text[at] == '&');
    if (tag > 0) {
      if (!in_code(at)) report_markup(at, tag, "an HTML tag");
      at += tag - 1;
      continue;
    }
    if (text[at] == '<') continue;
    std::optional<Reference> reference =
        at + 1 < text.size() && text[at + 1] == '#' ? numeric_reference(text, at) : named_reference(text, at);
    if (!reference || in_code(at)) continue;
    Range r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(reference->length)};
    std::string written(text.substr(at, reference->length));
    std::string_view invisible = lexicon::invisible_character_name(reference->text);
    std::string shown = !invisible.empty() ? std::string(invisible) : "\u201C" + reference->text + "\u201D";
    reporter.report(r, "\u201C" + written + "\u201D is an HTML character reference left in the text; write " + shown + ".")
        .safe_fix(r, reference->text);
    at += reference->length - 1;
  }
}

}  // namespace structure

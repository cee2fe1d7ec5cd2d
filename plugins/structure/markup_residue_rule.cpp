// structure/markup-residue: HTML left in the text by a CMS or a copy from a web page: character
// references ("&mdash;", "&amp;", "&#8217;", "&rsquo" without its semicolon) and tags ("<br>",
// "</p>"). In HTML and Markdown input the reader has already decoded what the source meant as
// markup, so what is left is escaped twice ("&amp;mdash;") and shows as written on the page.
#include <copydesk/lexicon.hpp>

#include <array>
#include <optional>

#include "rules.hpp"

namespace structure {

using namespace copydesk;

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex_digit(char c) { return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The UTF-8 of a code point that text may hold (not a surrogate, a control character or beyond
// Unicode); empty otherwise.
std::string utf8_of(char32_t c) {
  if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF) return {};
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
// semicolon, or without one where the name ends at a space or a mark ("Smith &amp Sons"), never
// inside a word or an abbreviation ("AT&T", "R&D", "C&ED" are no references).
std::optional<Reference> named_reference(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  while (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i])) && i - at <= 8) ++i;
  const lexicon::HtmlEntity* entity = lexicon::html_entity(text.substr(at + 1, i - at - 1));
  if (!entity) return std::nullopt;
  if (i < text.size() && text[i] == ';') return Reference{i + 1 - at, std::string(entity->text)};
  if (i < text.size() && (is_ascii_letter(text[i]) || is_ascii_digit(text[i]) || text[i] == '_')) return std::nullopt;
  if (at > 0 && (is_ascii_letter(text[at - 1]) || is_ascii_digit(text[at - 1]))) return std::nullopt;
  return Reference{i - at, std::string(entity->text)};
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
// `escaped`, a tag escaped once more ("&lt;br&gt;"), which a page shows as "<br>".
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
  if (text[i] != ' ' && text[i] != '/') return 0;
  std::size_t end = text.find(close, i);
  if (end == std::string_view::npos || end - at > kLongestTag ||
      text.substr(i, end - i).find_first_of("<>\n") != std::string_view::npos)
    return 0;
  return end + close.size() - at;
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
  auto in_code = [&](std::size_t at) {
    auto offset = static_cast<std::uint32_t>(at);
    return doc.in_scope(offset, ScopeKind::Code) || doc.in_scope(offset, ScopeKind::Url);
  };
  for (std::size_t at = text.find_first_of("&<"); at != std::string_view::npos; at = text.find_first_of("&<", at + 1)) {
    std::size_t tag = tag_length(text, at, text[at] == '&');
    if (tag > 0 || text[at] == '<') {
      std::size_t length = tag;
      if (length == 0 || in_code(at)) continue;
      Range r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(length)};
      reporter.report(r, "\u201C" + std::string(text.substr(at, length)) +
                             "\u201D is an HTML tag left in the text; remove it.");  // no fix: what it stood for (a break?) is the editor's call
      at += length - 1;
      continue;
    }
    std::optional<Reference> reference =
        at + 1 < text.size() && text[at + 1] == '#' ? numeric_reference(text, at) : named_reference(text, at);
    if (!reference || in_code(at)) continue;
    Range r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(reference->length)};
    std::string written(text.substr(at, reference->length));
    std::string shown = reference->text == "\u00A0" ? "a no-break space" : "\u201C" + reference->text + "\u201D";
    reporter.report(r, "\u201C" + written + "\u201D is an HTML character reference left in the text; write " + shown + ".")
        .safe_fix(r, reference->text);
    at += reference->length - 1;
  }
}

}  // namespace structure

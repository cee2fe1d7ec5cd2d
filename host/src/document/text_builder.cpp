// Aligns decoded text with its source bytes while building the source map.
#include "document/text_builder.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace copydesk::document {
namespace {

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Whether `decoded` and `source` agree on their first `n` bytes (or up to the shorter end).
bool agree(std::string_view decoded, std::string_view source, std::size_t n) {
  n = std::min({n, decoded.size(), source.size()});
  return decoded.substr(0, n) == source.substr(0, n);
}

// agree(), but only up to the source's next "&": what follows may be another entity, which the
// decoded text has in its decoded form ("&copy b &amp;c" is "© b &c").
bool agree_before_entity(std::string_view decoded, std::string_view source, std::size_t n) {
  return agree(decoded, source, std::min(n, source.find('&')));
}

}  // namespace

std::size_t TextBuilder::entity_length(std::string_view decoded, std::string_view source) {
  if (source.size() < 3 || source[0] != '&') return 0;
  std::size_t k = 1;
  if (source[1] == '#') {
    // &#38; &#x26; (the semicolon is optional in HTML)
    k = 2;
    bool hex = k < source.size() && (source[k] == 'x' || source[k] == 'X');
    if (hex) ++k;
    std::size_t digits = k;
    while (k < source.size() && (hex ? is_hex(source[k]) : (source[k] >= '0' && source[k] <= '9'))) ++k;
    if (k == digits) return 0;
    if (k < source.size() && source[k] == ';') ++k;
    return k;
  }
  while (k < source.size() && is_alnum(source[k])) ++k;
  if (k == 1) return 0;
  if (k < source.size() && source[k] == ';') return k + 1;
  // A legacy entity without its semicolon ("&copy 2024", "&ampx"): the shortest name after which
  // the rest of the source goes on as the decoded text does.
  std::size_t n = utf8::sequence_length(static_cast<unsigned char>(decoded[0]));
  for (std::size_t len = 3; len <= k; ++len)
    if (agree_before_entity(decoded.substr(n), source.substr(len), 8)) return len;
  return 0;
}

void TextBuilder::aligned(std::string_view decoded, std::string_view source, std::uint32_t file_offset) {
  std::size_t i = 0, j = 0;
  while (i < decoded.size()) {
    std::size_t n = utf8::sequence_length(static_cast<unsigned char>(decoded[i]));
    std::string_view ch = decoded.substr(i, n);
    if (j < source.size() && source[j] == '&') {
      // An entity decoded to this character, unless the text goes on as the source does (a
      // literal "&" that starts no entity, "AT&T").
      std::size_t len = entity_length(decoded.substr(i), source.substr(j));
      bool literal = ch == "&" && agree(decoded.substr(i), source.substr(j), std::max<std::size_t>(len, 2) + 8);
      bool entity_fits = len > 0 && agree(decoded.substr(i + n), source.substr(j + len), 8);
      if (len > 0 && (!literal || (entity_fits && ch != source.substr(j, len)))) {
        out_.map.add_whole(position(), static_cast<std::uint32_t>(n), file_offset + static_cast<std::uint32_t>(j),
                           static_cast<std::uint32_t>(len));
        out_.text.append(ch);
        i += n;
        j += len;
        continue;
      }
    }
    if (j < source.size() && source.compare(j, n, ch) == 0) {
      out_.map.add(position(), file_offset + static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(n));
      out_.text.append(ch);
      j += n;
    } else if (j + 1 < source.size() && source[j] == '\\' && source.compare(j + 1, n, ch) == 0) {
      // A backslash escape ("\*"): the character stands for both bytes.
      out_.map.add_whole(position(), static_cast<std::uint32_t>(n), file_offset + static_cast<std::uint32_t>(j),
                         static_cast<std::uint32_t>(n + 1));
      out_.text.append(ch);
      j += n + 1;
    } else {
      // Whitespace the parser dropped or normalised ("\r\n" read as "\n"): the character stands
      // for it and itself, as a whole.
      std::size_t skipped = j;
      while (j < source.size() && (source[j] == ' ' || source[j] == '\n' || source[j] == '\t' || source[j] == '\r') &&
             decoded[i] != source[j])
        ++j;
      if (j < source.size() && source.compare(j, n, ch) == 0) {
        out_.map.add_whole(position(), static_cast<std::uint32_t>(n), file_offset + static_cast<std::uint32_t>(skipped),
                           static_cast<std::uint32_t>(j + n - skipped));
        out_.text.append(ch);
        j += n;
      } else {
        // A character the parser made up (U+FFFD for NUL): positions only, never an edit.
        j = skipped;
        out_.map.add_stand_in(position(), static_cast<std::uint32_t>(n),
                              file_offset + static_cast<std::uint32_t>(std::min(j, source.size())), 0);
        out_.text.append(ch);
      }
    }
    i += n;
  }
  source_end_ = file_offset + static_cast<std::uint32_t>(j);
}

void TextBuilder::inserted(std::string_view text, std::uint32_t file_offset, std::uint32_t file_length) {
  out_.map.add_stand_in(position(), static_cast<std::uint32_t>(text.size()), file_offset, file_length);
  out_.text.append(text);
}

void TextBuilder::copied(std::string_view text, std::uint32_t file_offset) {
  out_.map.add(position(), file_offset, static_cast<std::uint32_t>(text.size()));
  out_.text.append(text);
}

void TextBuilder::block_break() {
  if (!out_.text.empty() && !out_.text.ends_with("\n\n")) out_.text.append(out_.text.ends_with("\n") ? "\n" : "\n\n");
}

}  // namespace copydesk::document

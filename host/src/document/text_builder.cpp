// Aligns decoded text with its source bytes while building the source map.
#include "document/text_builder.hpp"

#include "util/utf8.hpp"

namespace copydesk::document {

void TextBuilder::aligned(std::string_view decoded, std::string_view source, std::uint32_t file_offset) {
  std::size_t i = 0, j = 0;
  while (i < decoded.size()) {
    std::size_t n = utf8::sequence_length(static_cast<unsigned char>(decoded[i]));
    if (j < source.size() && source.compare(j, n, decoded.substr(i, n)) == 0) {
      out_.map.add(position(), file_offset + static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(n));
      out_.text.append(decoded.substr(i, n));
      j += n;
    } else if (j + 1 < source.size() && source[j] == '\\' && source.compare(j + 1, n, decoded.substr(i, n)) == 0) {
      out_.map.add(position(), file_offset + static_cast<std::uint32_t>(j + 1), static_cast<std::uint32_t>(n));
      out_.text.append(decoded.substr(i, n));
      j += n + 1;
    } else if (j < source.size() && source[j] == '&') {
      std::size_t semi = source.find(';', j);
      std::size_t len = semi == std::string_view::npos || semi - j > 32 ? 1 : semi - j + 1;
      inserted(decoded.substr(i, n), file_offset + static_cast<std::uint32_t>(j));
      j += len;
    } else {
      // Whitespace the parser collapsed or characters it normalised: keep them at this place.
      while (j < source.size() && (source[j] == ' ' || source[j] == '\n' || source[j] == '\t' || source[j] == '\r') &&
             decoded[i] != source[j])
        ++j;
      if (j < source.size() && source.compare(j, n, decoded.substr(i, n)) == 0) continue;
      inserted(decoded.substr(i, n), file_offset + static_cast<std::uint32_t>(j < source.size() ? j : source.size()));
    }
    i += n;
  }
  source_end_ = file_offset + static_cast<std::uint32_t>(j);
}

void TextBuilder::inserted(std::string_view text, std::uint32_t file_offset) {
  for (char c : text) {
    out_.map.add(position(), file_offset, 1);
    out_.text.push_back(c);
  }
}

void TextBuilder::block_break() {
  if (!out_.text.empty() && !out_.text.ends_with("\n\n")) out_.text.append(out_.text.ends_with("\n") ? "\n" : "\n\n");
}

}  // namespace copydesk::document

// Builds a reader's text and its source map together, one aligned piece at a time.
#pragma once

#include <algorithm>
#include <string_view>

#include "document/source.hpp"

namespace copydesk::document {

class TextBuilder {
 public:
  /// `source_size`: the bytes the text is read from. The text is reserved at that size and an
  /// eighth more (markup drops bytes, block breaks add a few), so a long file's text is not
  /// grown by doubling, which held the old and the new buffer at once (2.4 bytes a byte of text).
  TextBuilder(ReaderOutput& out, std::size_t source_size) : out_(out) {
    std::size_t needed = out_.text.size() + source_size + source_size / 8;
    // A reader that builds its text piece by piece reserves the whole at once; should a piece
    // still not fit, the room doubles rather than grow by a piece (a copy of the text each time).
    if (needed > out_.text.capacity()) out_.text.reserve(std::max(needed, 2 * out_.text.capacity()));
  }

  /// Appends `decoded`, which a parser read from `source` (starting at file offset `file_offset`):
  /// byte for byte where they agree, and each decoded character mapped to its escape
  /// (`\*`) or entity (`&amp;`) where they do not.
  void aligned(std::string_view decoded, std::string_view source, std::uint32_t file_offset);
  /// Appends text that stands in for markup at `file_offset` (inline code's `_`, `<br>`'s line
  /// break): positions map to it, edits never touch it.
  void inserted(std::string_view text, std::uint32_t file_offset, std::uint32_t file_length = 1);
  /// Appends text that is a byte-for-byte copy of the file at `file_offset`.
  void copied(std::string_view text, std::uint32_t file_offset);
  /// Bytes of the entity at the start of `source` ("&amp;", "&#38;", "&#x26;", "&copy") that
  /// decoded to the first character of `decoded`; 0 when `source` starts no entity.
  static std::size_t entity_length(std::string_view decoded, std::string_view source);
  /// Ends a paragraph-level block: a blank line, once.
  void block_break();
  std::uint32_t position() const { return static_cast<std::uint32_t>(out_.text.size()); }
  /// File offset right after the last aligned source byte.
  std::uint32_t source_end() const { return source_end_; }

 private:
  ReaderOutput& out_;
  std::uint32_t source_end_ = 0;
};

}  // namespace copydesk::document

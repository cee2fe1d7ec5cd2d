// Builds a reader's text and its source map together, one aligned piece at a time.
#pragma once

#include <string_view>

#include "document/source.hpp"

namespace copydesk::document {

class TextBuilder {
 public:
  explicit TextBuilder(ReaderOutput& out) : out_(out) {}

  /// Appends `decoded`, which a parser read from `source` (starting at file offset `file_offset`):
  /// byte for byte where they agree, and each decoded character mapped to its escape
  /// (`\*`) or entity (`&amp;`) where they do not.
  void aligned(std::string_view decoded, std::string_view source, std::uint32_t file_offset);
  /// Appends text that stands in the file at `file_offset` only as a whole (a stand-in for inline code, a decoded entity).
  void inserted(std::string_view text, std::uint32_t file_offset);
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

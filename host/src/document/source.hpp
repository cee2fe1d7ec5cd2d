// A file's bytes, where its lines start, and how offsets of the checked text map back to them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/document.hpp"

namespace copydesk::document {

/// A byte range of the original file: [offset, offset + length).
struct FileSpan {
  std::uint32_t offset = 0, length = 0;
};

/// Maps offsets of a reader's text to byte offsets of the original file. Built by the reader
/// while it parses, so positions are exact without searching text back.
///
/// Three kinds of piece: a copy (text bytes equal file bytes, any offset inside maps), a whole
/// (decoded text standing for an entity or escape, `&amp;` or `\*`: any offset inside maps to the
/// whole of it), and a stand-in (text the reader put where markup was, such as inline code's
/// `_`: positions map, edits never do). Text between pieces (a paragraph break) maps to the end
/// of the piece before it.
class SourceMap {
 public:
  /// Text [text, text + length) is a copy of file [file, file + length).
  void add(std::uint32_t text, std::uint32_t file, std::uint32_t length);
  /// Text [text, text + text_length) decodes file [file, file + file_length) as a whole.
  void add_whole(std::uint32_t text, std::uint32_t text_length, std::uint32_t file, std::uint32_t file_length);
  /// Text [text, text + text_length) stands in for file [file, file + file_length); no edit may touch it.
  void add_stand_in(std::uint32_t text, std::uint32_t text_length, std::uint32_t file, std::uint32_t file_length);

  std::uint32_t to_file(std::uint32_t text_offset) const;
  /// For an exclusive end offset: the file offset right after the last byte of the range.
  std::uint32_t to_file_end(std::uint32_t text_end) const;
  /// The file bytes an edit of text [text, text + length) may replace: whole entities, nothing
  /// that is markup or a stand-in, no gap between pieces. Nullopt when there is no such span.
  std::optional<FileSpan> edit_span(std::uint32_t text, std::uint32_t length) const;

 private:
  enum class Kind : std::uint8_t { Copy, Whole, StandIn };
  struct Segment {
    std::uint32_t text, text_length, file, file_length;
    Kind kind;
    std::uint32_t text_end() const { return text + text_length; }
    std::uint32_t file_end() const { return file + file_length; }
  };
  void push(Segment s);
  /// The last segment starting at or before `text_offset`, or nullptr.
  const Segment* at_or_before(std::uint32_t text_offset) const;
  std::vector<Segment> segments_;
};

struct FilePosition {
  std::uint32_t offset = 0;  ///< byte offset in the file
  std::uint32_t line = 1;
  std::uint32_t column = 1;        ///< code points
  std::uint32_t utf16_column = 1;  ///< UTF-16 code units
  std::uint32_t byte_column = 1;   ///< UTF-8 bytes (reviewdog's unit)
};

/// Lines of the original bytes (LF, CRLF or CR ends). A BOM is not a column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view bytes);
  FilePosition position(std::uint32_t offset) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
  /// Line `line` (1-based) without its line end.
  std::string_view line_text(std::uint32_t line) const;
  std::uint32_t line_start(std::uint32_t line) const { return starts_[line - 1]; }

 private:
  void index_line_starts();
  void index_blocks();
  std::uint32_t code_points_before(std::uint32_t offset) const;
  std::uint32_t utf16_units_before(std::uint32_t offset) const;
  /// Code points (UTF-16 units) in bytes [begin, end), begin <= end.
  std::uint32_t code_points_between(std::uint32_t begin, std::uint32_t end) const;
  std::uint32_t utf16_units_between(std::uint32_t begin, std::uint32_t end) const;

  std::string_view bytes_;
  std::vector<std::uint32_t> starts_;
  std::uint32_t bom_ = 0;
  // Cumulative counts at every kBlock bytes keep columns cheap on a 10 MB single line.
  static constexpr std::uint32_t kBlock = 4096;
  std::vector<std::uint32_t> cp_blocks_, u16_blocks_;
};

/// The original bytes with their line index: printers show source lines, fix mode edits them.
struct SourceFile {
  std::string bytes;
  LineIndex lines{std::string_view()};
};

/// Why a file cannot be checked (invalid UTF-8, binary), or nullopt.
std::optional<std::string> check_input(std::string_view bytes);

/// What a reader extracts from a file: the prose, its source map, scopes and metadata.
struct ReaderOutput {
  std::string text;
  SourceMap map;
  std::vector<Scope> scopes;
  std::map<std::string, std::string, std::less<>> metadata;
  std::map<std::string, std::uint32_t, std::less<>> metadata_offsets;  ///< file byte offset of each value, where known
};

enum class InputFormat { Text, Markdown, Html };

/// Plain text: drops a BOM, turns CRLF and CR into LF.
ReaderOutput read_plain_text(std::string_view bytes);

}  // namespace copydesk::document

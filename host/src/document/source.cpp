// Source maps, line index and input checks for the original bytes of a file.
#include "document/source.hpp"

#include <algorithm>

#include "copydesk/prefault.hpp"
#include "util/utf8.hpp"

namespace copydesk::document {

void SourceMap::push(Segment s) {
  if (s.text_length == 0) return;
  if (s.kind == Kind::Copy && !segments_.empty()) {
    Segment& last = segments_.back();
    if (last.kind == Kind::Copy && last.text_end() == s.text && last.file_end() == s.file) {
      last.text_length += s.text_length;
      last.file_length += s.file_length;
      return;
    }
  }
  segments_.push_back(s);
}

void SourceMap::add(std::uint32_t text, std::uint32_t file, std::uint32_t length) {
  push({text, length, file, length, Kind::Copy});
}

void SourceMap::add_whole(std::uint32_t text, std::uint32_t text_length, std::uint32_t file,
                          std::uint32_t file_length) {
  push({text, text_length, file, file_length, Kind::Whole});
}

void SourceMap::add_stand_in(std::uint32_t text, std::uint32_t text_length, std::uint32_t file,
                             std::uint32_t file_length) {
  push({text, text_length, file, file_length, Kind::StandIn});
}

const SourceMap::Segment* SourceMap::at_or_before(std::uint32_t text_offset) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), text_offset,
                             [](std::uint32_t off, const Segment& s) { return off < s.text; });
  return it == segments_.begin() ? nullptr : &*std::prev(it);
}

std::uint32_t SourceMap::to_file(std::uint32_t text_offset) const {
  if (segments_.empty()) return text_offset;
  const Segment* s = at_or_before(text_offset);
  if (!s) return segments_.front().file;
  if (text_offset >= s->text_end()) return s->file_end();  // in text the reader inserted
  return s->kind == Kind::Copy ? s->file + (text_offset - s->text) : s->file;
}

std::uint32_t SourceMap::to_file_end(std::uint32_t text_end) const {
  if (text_end == 0 || segments_.empty()) return to_file(text_end);
  const Segment* s = at_or_before(text_end - 1);
  if (!s) return segments_.front().file;
  if (text_end > s->text_end() || s->kind != Kind::Copy) return s->file_end();
  return s->file + (text_end - s->text);
}

std::optional<FileSpan> SourceMap::edit_span(std::uint32_t text, std::uint32_t length) const {
  const Segment* s = at_or_before(text);
  if (!s) return std::nullopt;
  if (length == 0) {
    // An insertion: inside a copy, or at a boundary of a copy or an entity.
    if (text < s->text_end()) {
      if (s->kind == Kind::Copy) return FileSpan{s->file + (text - s->text), 0};
      if (text == s->text) return FileSpan{s->file, 0};
      return std::nullopt;
    }
    if (text == s->text_end() && s->kind != Kind::StandIn) return FileSpan{s->file_end(), 0};
    return std::nullopt;
  }
  if (text >= s->text_end() || s->kind == Kind::StandIn) return std::nullopt;
  if (s->kind == Kind::Whole && text != s->text) return std::nullopt;  // would cut an entity
  std::uint32_t begin = s->kind == Kind::Copy ? s->file + (text - s->text) : s->file;
  std::uint32_t end_text = text + length;
  const Segment* last = &segments_.back();
  while (end_text > s->text_end()) {
    // The next piece must follow on in both the text and the file: nothing skipped between.
    if (s == last) return std::nullopt;
    const Segment* next = s + 1;
    if (next->text != s->text_end() || next->file != s->file_end() || next->kind == Kind::StandIn) return std::nullopt;
    s = next;
  }
  std::uint32_t end;
  if (s->kind == Kind::Copy) {
    end = s->file + (end_text - s->text);
  } else if (end_text == s->text_end()) {
    end = s->file_end();
  } else {
    return std::nullopt;
  }
  return FileSpan{begin, end - begin};
}

LineIndex::LineIndex(std::string_view bytes) : bytes_(bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bom_ = 3;
  index_line_starts();
  index_blocks();
}

void LineIndex::index_line_starts() {
  starts_.push_back(0);
  if (bytes_.find('\r') == std::string_view::npos) {  // LF only, nearly every file: memchr finds the lines
    for (std::size_t i = bytes_.find('\n'); i != std::string_view::npos; i = bytes_.find('\n', i + 1))
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    return;
  }
  for (std::uint32_t i = 0; i < bytes_.size(); ++i) {
    char c = bytes_[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= bytes_.size() || bytes_[i + 1] != '\n'))) starts_.push_back(i + 1);
  }
}

void LineIndex::index_blocks() {
  std::uint32_t cp = 0, u16 = 0;
  for (std::size_t block = 0; block < bytes_.size(); block += kBlock) {
    cp_blocks_.push_back(cp);
    u16_blocks_.push_back(u16);
    // One pass per block: every byte that starts a character is a code point and a UTF-16
    // unit, and a four-byte lead (0xF0 and up) one unit more (a surrogate pair).
    std::uint32_t starts = 0, four_byte = 0;
    for (unsigned char b : bytes_.substr(block, kBlock)) {
      starts += (b & 0xC0) != 0x80;
      four_byte += b >= 0xF0;
    }
    cp += starts;
    u16 += starts + four_byte;
  }
  cp_blocks_.push_back(cp);
  u16_blocks_.push_back(u16);
}

std::uint32_t LineIndex::code_points_before(std::uint32_t offset) const {
  std::uint32_t block = offset / kBlock;
  return cp_blocks_[block] +
         static_cast<std::uint32_t>(utf8::count_code_points(bytes_.substr(block * kBlock, offset - block * kBlock)));
}

std::uint32_t LineIndex::utf16_units_before(std::uint32_t offset) const {
  std::uint32_t block = offset / kBlock;
  return u16_blocks_[block] +
         static_cast<std::uint32_t>(utf8::count_utf16_units(bytes_.substr(block * kBlock, offset - block * kBlock)));
}

// A column on a line of ordinary length: counting the line's own bytes is cheaper than the two
// counts from block starts (up to kBlock bytes each) that the cumulative blocks need.
std::uint32_t LineIndex::code_points_between(std::uint32_t begin, std::uint32_t end) const {
  if (end - begin <= kBlock) return static_cast<std::uint32_t>(utf8::count_code_points(bytes_.substr(begin, end - begin)));
  return code_points_before(end) - code_points_before(begin);
}

std::uint32_t LineIndex::utf16_units_between(std::uint32_t begin, std::uint32_t end) const {
  if (end - begin <= kBlock) return static_cast<std::uint32_t>(utf8::count_utf16_units(bytes_.substr(begin, end - begin)));
  return utf16_units_before(end) - utf16_units_before(begin);
}

FilePosition LineIndex::position(std::uint32_t offset) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::uint32_t line = static_cast<std::uint32_t>(it - starts_.begin());
  std::uint32_t start = starts_[line - 1];
  if (line == 1) start = bom_;
  if (offset < start) offset = start;
  FilePosition p;
  p.offset = offset;
  p.line = line;
  p.column = code_points_between(start, offset) + 1;
  p.utf16_column = utf16_units_between(start, offset) + 1;
  p.byte_column = offset - start + 1;
  return p;
}

std::string_view LineIndex::line_text(std::uint32_t line) const {
  std::uint32_t start = starts_[line - 1];
  if (line == 1) start = bom_;
  std::uint32_t end = line < starts_.size() ? starts_[line] : static_cast<std::uint32_t>(bytes_.size());
  std::string_view s = bytes_.substr(start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::optional<std::string> check_input(std::string_view bytes) {
  if (bytes.size() > 0xFFFFFFF0u) return std::string("file is larger than 4 GiB; skipped");
  std::size_t probe = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t nul = bytes.substr(0, probe).find('\0');
  if (nul != std::string_view::npos)
    return "binary file (NUL byte at offset " + std::to_string(nul) + "); skipped";
  if (auto bad = utf8::first_invalid(bytes)) {
    LineIndex index(bytes.substr(0, *bad + 1));
    FilePosition p = index.position(static_cast<std::uint32_t>(*bad));
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    return "invalid UTF-8 at byte offset " + std::to_string(*bad) + " (line " + std::to_string(p.line) +
           ", column " + std::to_string(p.column) + ": byte " + hex + "); the file was not checked";
  }
  return std::nullopt;
}

ReaderOutput read_plain_text(std::string_view bytes) {
  ReaderOutput out;
  std::uint32_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  out.text.reserve(bytes.size());
  prefault_for_writing(out.text.data(), out.text.capacity());
  std::uint32_t run = i;  // start of the current copied run
  auto flush = [&](std::uint32_t end) {
    out.map.add(static_cast<std::uint32_t>(out.text.size()), run, end - run);
    out.text.append(bytes.substr(run, end - run));
  };
  for (; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') continue;
    flush(i);
    // "\r\n" and a lone "\r" read as "\n"; an edit of it replaces the whole line end.
    std::uint32_t length = i + 1 < bytes.size() && bytes[i + 1] == '\n' ? 2 : 1;
    out.map.add_whole(static_cast<std::uint32_t>(out.text.size()), 1, i, length);
    out.text.push_back('\n');
    i += length - 1;
    run = i + 1;
  }
  flush(static_cast<std::uint32_t>(bytes.size()));
  return out;
}

}  // namespace copydesk::document

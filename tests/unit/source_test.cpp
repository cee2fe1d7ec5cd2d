// document/source: line index, source map and the plain-text reader.
#include <doctest/doctest.h>

#include "document/source.hpp"

using namespace copydesk::document;

TEST_CASE("line index counts code points and UTF-16 units") {
  std::string s = "ab\n\xE2\x80\x9CJos\xC3\xA9\xE2\x80\x9D \xF0\x9F\x98\x80 x\n";
  LineIndex idx(s);
  CHECK(idx.line_count() == 3);
  FilePosition p = idx.position(3);
  CHECK(p.line == 2);
  CHECK(p.column == 1);
  std::size_t x = s.find(" x");
  p = idx.position(static_cast<std::uint32_t>(x + 1));
  CHECK(p.column == 10);        // “ J o s é ” space 😀 space x
  CHECK(p.utf16_column == 11);  // the emoji is two UTF-16 units
  CHECK(idx.line_text(2) == s.substr(3, s.size() - 4));
}

TEST_CASE("a BOM is not a column and CRLF ends a line") {
  std::string s = "\xEF\xBB\xBFHi there\r\nSecond\r\n";
  LineIndex idx(s);
  CHECK(idx.position(3).column == 1);
  CHECK(idx.position(6).column == 4);
  CHECK(idx.position(static_cast<std::uint32_t>(s.find("Second"))).line == 2);
  CHECK(idx.line_text(1) == "Hi there");

  ReaderOutput r = read_plain_text(s);
  CHECK(r.text == "Hi there\nSecond\n");
  std::uint32_t second = static_cast<std::uint32_t>(r.text.find("Second"));
  CHECK(r.map.to_file(second) == s.find("Second"));
  CHECK(r.map.to_file(0) == 3);
  CHECK(r.map.to_file_end(8) == 11);  // "Hi there" ends before the \r
}

TEST_CASE("lone CR is a line end too") {
  ReaderOutput r = read_plain_text("a\rb");
  CHECK(r.text == "a\nb");
  CHECK(r.map.to_file(2) == 2);
}

TEST_CASE("columns stay exact on a very long line") {
  std::string s(200000, 'a');
  s.replace(100000, 2, "\xC3\xA9");  // one two-byte letter in the middle
  LineIndex idx(s);
  CHECK(idx.position(150000).column == 150000);
  CHECK(idx.position(99999).column == 100000);
}

TEST_CASE("check_input rejects binary and invalid UTF-8 with an offset") {
  CHECK_FALSE(check_input("fine text\n").has_value());
  CHECK(check_input(std::string("bin\0ary", 7)).value().find("offset 3") != std::string::npos);
  auto bad = check_input("line one\nab\xFF");
  REQUIRE(bad.has_value());
  CHECK(bad->find("byte offset 11") != std::string::npos);
  CHECK(bad->find("line 2, column 3") != std::string::npos);
}

TEST_CASE("edit spans cover whole entities and never markup, stand-ins or half a line end") {
  SourceMap map;
  map.add(0, 3, 5);          // "Salt " copied from file 3
  map.add_whole(5, 1, 8, 5);  // "&" from "&amp;"
  map.add(6, 13, 7);         // " pepper"
  map.add(13, 24, 4);        // "more" after markup (a gap in the file)
  map.add_stand_in(17, 1, 28, 1);
  CHECK(map.to_file(5) == 8);
  CHECK(map.to_file_end(6) == 13);  // a range ending with the entity ends after ";"
  CHECK(map.to_file(7) == 14);
  auto whole = map.edit_span(4, 3);  // " & " → file " &amp; "
  REQUIRE(whole);
  CHECK(whole->offset == 7);
  CHECK(whole->length == 7);
  CHECK(map.edit_span(5, 0)->offset == 8);   // insert before the entity
  CHECK(map.edit_span(6, 0)->offset == 13);  // and after it
  CHECK_FALSE(map.edit_span(10, 6));         // across the gap: markup would go
  CHECK(map.edit_span(13, 4)->offset == 24);
  CHECK_FALSE(map.edit_span(17, 1));         // a stand-in
  CHECK_FALSE(map.edit_span(15, 3));         // ends in a stand-in

  ReaderOutput r = read_plain_text("a\r\nb");
  CHECK(r.text == "a\nb");
  auto line_end = r.map.edit_span(1, 1);
  REQUIRE(line_end);
  CHECK(line_end->offset == 1);
  CHECK(line_end->length == 2);  // "\r\n" as a whole
}

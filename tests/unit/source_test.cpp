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

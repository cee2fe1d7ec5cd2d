// engine::split_into_parts: where a long document is cut into the parts it is checked in.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/checker.hpp"

using namespace copydesk;
using copydesk::engine::split_into_parts;

namespace {

// The parts cover the text, in order, without gaps or overlaps, none longer than `size`.
void check_cover(std::string_view text, const std::vector<Range>& parts, std::size_t size) {
  REQUIRE(!parts.empty());
  std::uint32_t at = 0;
  for (const Range& r : parts) {
    CHECK(r.offset == at);
    CHECK(r.length > 0);
    CHECK(r.length <= size);
    at = r.end();
  }
  CHECK(at == text.size());
}

std::string paragraphs(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "The ferry to Lusk Island ran late on day " + std::to_string(i) + ".\n\n";
  return s;
}

}  // namespace

TEST_CASE("parts: a text under the threshold is one part; the defaults are 3 MiB and 1 MiB") {
  std::string s = paragraphs(50);
  CHECK(split_into_parts(s).size() == 1);
  CHECK(split_into_parts(s, s.size() + 1, 100).size() == 1);
  CHECK(engine::kPartsFrom == 3u * 1024 * 1024);
  CHECK(engine::kPartSize == 1024u * 1024);
  CHECK(split_into_parts("").size() == 1);
}

TEST_CASE("parts: a long text is cut after blank lines, each part a run of whole paragraphs") {
  std::string s = paragraphs(400);
  std::vector<Range> parts = split_into_parts(s, 1000, 1000);
  check_cover(s, parts, 1000);
  CHECK(parts.size() > 10);
  for (const Range& r : parts) {
    std::string_view part = std::string_view(s).substr(r.offset, r.length);
    CHECK(part.starts_with("The ferry"));
    CHECK(part.ends_with(".\n\n"));
  }
}

TEST_CASE("parts: never before a paragraph that opens with a quotation mark (it may continue a quotation)") {
  std::string s;
  for (int i = 0; i < 200; ++i)
    s += i % 2 ? "\u201CThe crossing was rough on day " + std::to_string(i) + ", the captain said.\n\n"
               : "The ferry ran late on day " + std::to_string(i) + ".\n\n";
  std::vector<Range> parts = split_into_parts(s, 1000, 1000);
  check_cover(s, parts, 1000);
  for (std::size_t k = 1; k < parts.size(); ++k) CHECK(s.compare(parts[k].offset, 3, "The") == 0);

  // Indented paragraphs (spaces, a tab) and lines without blank lines between them alike.
  std::string indented;
  for (int i = 0; i < 200; ++i)
    indented += i % 2 ? (i % 4 == 1 ? "  " : "\t") + std::string("\u201CThe crossing was rough, the captain said.\n")
                      : "The ferry ran late on day " + std::to_string(i) + ".\n";
  std::vector<Range> lines = split_into_parts(indented, 1000, 1000);
  check_cover(indented, lines, 1000);
  for (std::size_t k = 1; k < lines.size(); ++k) CHECK(indented.compare(lines[k].offset, 3, "The") == 0);

  // A quotation longer than a part: cut at a paragraph break all the same.
  std::string long_quote = "\u201C";
  for (int i = 0; i < 100; ++i) long_quote += "The crossing was rough.\n\n\u201C";
  std::vector<Range> quoted = split_into_parts(long_quote, 1000, 1000);
  check_cover(long_quote, quoted, 1000);
  for (const Range& r : quoted) {
    bool at_break = long_quote.compare(r.end() - 2, 2, "\n\n") == 0;
    CHECK((at_break || r.end() == long_quote.size()));
  }
}

TEST_CASE("parts: without blank lines, at a line end; without those, at a sentence's end, a space; else at a character boundary") {
  std::string lines;
  for (int i = 0; i < 300; ++i) lines += "A line of the ledger, number " + std::to_string(i) + "\n";
  std::vector<Range> by_line = split_into_parts(lines, 1000, 1000);
  check_cover(lines, by_line, 1000);
  for (const Range& r : by_line) CHECK(lines[r.end() - 1] == '\n');

  std::string sentences;  // one line: sentences, each with spaces inside
  for (int i = 0; i < 200; ++i) sentences += "The ferry ran late on day " + std::to_string(i) + ". ";
  std::vector<Range> by_sentence = split_into_parts(sentences, 1000, 1000);
  check_cover(sentences, by_sentence, 1000);
  for (const Range& r : by_sentence) CHECK(sentences.compare(r.offset, 3, "The") == 0);

  std::string words;
  for (int i = 0; i < 600; ++i) words += "word" + std::to_string(i) + " ";
  std::vector<Range> by_space = split_into_parts(words, 1000, 1000);
  check_cover(words, by_space, 1000);
  for (const Range& r : by_space) CHECK(words[r.end() - 1] == ' ');

  std::string letters;
  for (int i = 0; i < 1500; ++i) letters += "\u00e9";  // two bytes each, no break anywhere
  std::vector<Range> by_character = split_into_parts(letters, 1001, 1001);
  check_cover(letters, by_character, 1001);
  for (const Range& r : by_character) CHECK((static_cast<unsigned char>(letters[r.offset]) & 0xC0) != 0x80);
}

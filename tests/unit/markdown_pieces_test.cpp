// read_markdown in pieces: a long Markdown file parsed piece by piece gives the very output of one
// parse of the whole (text, source map, scopes, metadata), whatever its blocks.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "document/readers.hpp"

using namespace copydesk;
using namespace copydesk::document;

namespace {

// Markdown with every kind of block that blank lines may sit in, `n` times over.
std::string sample(int n, const char* nl, bool with_definition = false) {
  std::string s = std::string("---") + nl + "title: Harbour hearings" + nl + "date: 2024-03-06" + nl + "---" + nl + nl;
  auto line = [&](const std::string& l) { s += l + nl; };
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    line("# Part " + k);
    line("");
    line("Councillor Ines Varga said the ferry to Lusk Island ran late on day " + k + ", and the [port office] agreed.");
    line("");
    line("- a tight item " + k);
    line("- another with *emphasis* and `code`");
    line("");
    line("1. a loose item");
    line("");
    line("   with a second paragraph inside it");
    line("");
    line("```");
    line("fenced code " + k);
    line("");
    line("Looks like a paragraph but is code");
    line("```");
    line("");
    line("    indented code " + k);
    line("");
    line("    more indented code");
    line("");
    line("<pre>");
    line("preformatted " + k);
    line("");
    line("Still inside pre");
    line("</pre>");
    line("");
    line("<!-- a comment");
    line("");
    line("Inside the comment -->");
    line("");
    line("> A quotation " + k);
    line(">");
    line("> continues here.");
    line("");
    line("| Ferry | Delay |");
    line("| --- | --- |");
    line("| Lusk | " + k + " minutes |");
    line("");
    line("Caf&eacute; owners wrote to the [harbour master](https://example.org/" + k + ") about it.");
    line("");
    // Lines that look like fences and are not, before a real fence: the parser decides.
    line("<div>");
    line("```");
    line("</div>");
    line("");
    line("<custom-note>");
    line("```");
    line("</custom-note>");
    line("");
    line("```a`b is a paragraph, not a fence");
    line("");
    line("- an item with a fence");
    line("");
    line("  ```");
    line("");
    line("Closes the list item, and its fence with it " + k + ".");
    line("");
    line("<div>");
    line("<!--");
    line("</div>");
    line("");
    line("```");
    line("real fence " + k);
    line("");
    line("Code that reads like prose -->");
    line("```");
    line("");
  }
  if (with_definition) line("[port]: https://example.org/port \"Port office\"");
  return s;
}

void check_same(const std::string& md, bool expect_pieces = true) {
  ReaderOutput whole = read_markdown(md, md.size() + 1, 0);  // under the threshold: one parse
  if (expect_pieces) REQUIRE(markdown_piece_starts(md, 2000).size() > 1);
  ReaderOutput pieces = read_markdown(md, 1, 2000);
  CHECK(pieces.text == whole.text);
  REQUIRE(pieces.scopes.size() == whole.scopes.size());
  for (std::size_t i = 0; i < whole.scopes.size(); ++i) {
    CHECK(pieces.scopes[i].kind == whole.scopes[i].kind);
    CHECK(pieces.scopes[i].range == whole.scopes[i].range);
  }
  CHECK(pieces.metadata == whole.metadata);
  std::size_t differ = 0;
  for (std::uint32_t o = 0; o <= whole.text.size(); ++o)
    differ += pieces.map.to_file(o) != whole.map.to_file(o) || pieces.map.to_file_end(o) != whole.map.to_file_end(o);
  CHECK(differ == 0);
  CHECK(pieces.text.find("real fence") == std::string::npos);  // code stays out of the text
}

}  // namespace

TEST_CASE("markdown pieces: the output of a parse in pieces is the whole parse's (LF and CRLF)") {
  check_same(sample(60, "\n"));
  check_same(sample(60, "\r\n"));
  // A fence the file never closes swallows the rest.
  std::string open_fence = sample(40, "\n");
  open_fence.insert(open_fence.size() / 2, "\n\n```\nnever closed\n\nLetters after a blank line\n");
  check_same(open_fence);
  // A file with a link reference definition is read whole: "[port office][port]" resolves.
  std::string defined = sample(40, "\n", true);
  defined += "See the [port office][port].\n";
  check_same(defined, false);
  CHECK(read_markdown(defined, 1, 2000).text.find("][port]") == std::string::npos);
}

TEST_CASE("markdown pieces: a piece starts only where the parser has closed every block") {
  std::string md = sample(60, "\n");
  std::string_view body(md);
  std::vector<std::size_t> starts = markdown_piece_starts(body, 2000);
  CHECK(starts.size() > 10);
  for (std::size_t start : starts) {
    if (start == 0) continue;
    CHECK(body.substr(start - 2, 2) == "\n\n");
    std::string_view from = body.substr(start);
    CHECK_FALSE(from.starts_with("Code that reads"));  // inside the real fence
    CHECK_FALSE(from.starts_with("real fence"));
  }
  // A fence that never closes: no cut after it.
  std::string open_fence = sample(5, "\n") + "```\n" + std::string(5000, 'x') + "\n\nParagraph in code\n";
  std::vector<std::size_t> open_starts = markdown_piece_starts(open_fence, 500);
  CHECK(open_starts.back() < open_fence.find("```\nxxx"));
}

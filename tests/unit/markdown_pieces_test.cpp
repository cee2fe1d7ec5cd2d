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
std::string sample(int n, const char* nl) {
  std::string s = std::string("---") + nl + "title: Harbour hearings" + nl + "date: 2024-03-06" + nl + "---" + nl + nl;
  auto line = [&](const std::string& l) { s += l + nl; };
  for (int i = 0; i < n; ++i) {
    std::string k = std::to_string(i);
    line("# Part " + k);
    line("");
    line("Councillor Ines Varga said the ferry to Lusk Island ran late on day " + k + ", and the [port office][port] agreed.");
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
    // Not a definition (spaces in what would be its destination): text, in every piece alike.
    line("[Editor's note]: the timetable was corrected on day " + k + ".");
    line("");
    // A definition inside code is code: "[quay]" below stays as it is written, in every piece.
    line("```");
    line("[quay]: https://example.org/quay");
    line("```");
    line("");
    line("The [quay] was closed, and the [port] reopened.");
    line("");
  }
  line("[port]: https://example.org/port \"Port office\"");
  return s;
}

void check_same(const std::string& md, bool port_defined = true) {
  ReaderOutput whole = read_markdown(md, md.size() + 1, 0);  // under the threshold: one parse
  std::vector<std::size_t> starts = markdown_piece_starts(md, 2000);
  REQUIRE(starts.size() > 1);
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
  // The link defined at the end resolves in every piece: no "[port]" is left in the text.
  if (port_defined) CHECK(pieces.text.find("[port") == std::string::npos);
}

}  // namespace

TEST_CASE("markdown pieces: the output of a parse in pieces is the whole parse's (LF and CRLF)") {
  check_same(sample(60, "\n"));
  check_same(sample(60, "\r\n"));
  // A fence the file never closes swallows the rest, the definition at the end too: "[port]"
  // stays as written, in the whole and in every piece (the last piece's fence is closed before
  // the definitions, which here are none, are given to it).
  std::string open_fence = sample(40, "\n");
  open_fence.insert(open_fence.rfind("[port]: "), "See the [port] notice.\n\n```\nnever closed\n\n");
  check_same(open_fence, false);
  // The definition before that fence resolves the links of the last piece, before the fence.
  std::string defined_first = "[port]: https://example.org/port\n\n" + sample(40, "\n");
  defined_first.insert(defined_first.rfind("[port]: "), "See the [port] notice.\n\n```\nnever closed\n\n");
  check_same(defined_first);
}

TEST_CASE("markdown pieces: a piece starts only at a paragraph after a blank line, outside fences and pre blocks") {
  std::string md = sample(60, "\n");
  std::string_view body(md);
  for (std::size_t start : markdown_piece_starts(body, 2000)) {
    if (start == 0) continue;
    CHECK(body[start - 1] == '\n');
    CHECK(((body[start] >= 'A' && body[start] <= 'Z') || (body[start] >= 'a' && body[start] <= 'z')));
    std::string_view from = body.substr(start);
    CHECK_FALSE(from.starts_with("Looks like"));    // inside a fence
    CHECK_FALSE(from.starts_with("Still inside"));  // inside <pre>
    CHECK_FALSE(from.starts_with("Inside the"));    // inside a comment
  }
  // A fence that never closes: no cut after it.
  std::string open_fence = sample(5, "\n") + "```\n" + std::string(5000, 'x') + "\n\nParagraph in code\n";
  std::vector<std::size_t> starts = markdown_piece_starts(open_fence, 500);
  CHECK(starts.back() < open_fence.find("```\nxxx"));
}

// engine/ignore: git's wildmatch and ignore-file precedence.
#include <doctest/doctest.h>

#include "engine/ignore.hpp"

using namespace copydesk::engine;

TEST_CASE("wildmatch keeps * and ? inside a segment and ** across folders") {
  CHECK(wildmatch("*.md", "a.md"));
  CHECK_FALSE(wildmatch("*.md", "dir/a.md"));
  CHECK(wildmatch("a?c", "abc"));
  CHECK_FALSE(wildmatch("a?c", "a/c"));
  CHECK(wildmatch("**/c.md", "c.md"));
  CHECK(wildmatch("**/c.md", "a/b/c.md"));
  CHECK(wildmatch("a/**/b", "a/b"));
  CHECK(wildmatch("a/**/b", "a/x/y/b"));
  CHECK(wildmatch("a/**", "a/x/y"));
  CHECK_FALSE(wildmatch("a/**", "a"));
  CHECK(wildmatch("[a-c]x", "bx"));
  CHECK_FALSE(wildmatch("[!a-c]x", "bx"));
  CHECK(wildmatch("\\*x", "*x"));
  CHECK_FALSE(wildmatch("\\*x", "ax"));
  CHECK(wildmatch("[ab", "[ab"));  // unclosed class: literal
}

TEST_CASE("ignore files: anchoring, folder-only patterns, negation, last match wins") {
  IgnoreFile f("/r", "# comment\nbuild/\n/vendor\nnotes/*.txt\n!notes/keep.txt\n\\#hash\ntrailing   \n");
  CHECK(f.decide("build", true).value());
  CHECK_FALSE(f.decide("build", false).has_value());  // folder-only
  CHECK(f.decide("deep/build", true).value());        // no slash: any depth
  CHECK(f.decide("vendor", true).value());
  CHECK_FALSE(f.decide("lib/vendor", true).has_value());  // anchored to /r
  CHECK(f.decide("notes/a.txt", false).value());
  CHECK_FALSE(f.decide("notes/keep.txt", false).value());  // re-included
  CHECK_FALSE(f.decide("x/notes/a.txt", false).has_value());
  CHECK(f.decide("#hash", false).value());
  CHECK(f.decide("trailing", false).value());
  CHECK_FALSE(f.decide("comment", false).has_value());
}

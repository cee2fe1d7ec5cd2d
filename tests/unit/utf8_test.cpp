// util/utf8: decoding, validation, classes and folding.
#include <doctest/doctest.h>

#include "util/utf8.hpp"

using namespace copydesk;

TEST_CASE("first_invalid finds malformed and overlong sequences") {
  CHECK_FALSE(utf8::first_invalid("plain ascii").has_value());
  CHECK_FALSE(utf8::first_invalid("Mart\xC3\xADnez \xE2\x80\x9Cquote\xE2\x80\x9D \xF0\x9F\x98\x80").has_value());
  CHECK(utf8::first_invalid("ab\xFF").value() == 2);
  CHECK(utf8::first_invalid("a\xC0\xAF").value() == 1);          // overlong "/"
  CHECK(utf8::first_invalid("a\xED\xA0\x80").value() == 1);      // surrogate
  CHECK(utf8::first_invalid("abc\xE2\x80").value() == 3);        // truncated
}

TEST_CASE("counting code points and UTF-16 units") {
  CHECK(utf8::count_code_points("Jos\xC3\xA9") == 4);
  CHECK(utf8::count_utf16_units("\xF0\x9F\x98\x80") == 2);
  CHECK(utf8::count_code_points("\xF0\x9F\x98\x80") == 1);
}

TEST_CASE("next and previous walk code points") {
  std::string s = "a\xE2\x80\x99" "b";
  std::size_t i = 1;
  CHECK(utf8::next(s, i) == 0x2019);
  CHECK(i == 4);
  CHECK(utf8::previous(s, i) == 0x2019);
  CHECK(i == 1);
}

TEST_CASE("character classes") {
  CHECK(utf8::is_letter(U'é'));
  CHECK(utf8::is_upper(U'Á'));
  CHECK(utf8::is_lower(U'ß'));
  CHECK(utf8::is_space(0xA0));
  CHECK(utf8::is_dash(0x2014));
  CHECK_FALSE(utf8::is_letter(U'1'));
}

TEST_CASE("fold removes case and diacritics") {
  CHECK(utf8::fold("M\xC3\xBCller") == "muller");
  CHECK(utf8::fold("Qaddafi") == "qaddafi");
  CHECK(utf8::to_upper("s\xC3\xA9") == "S\xC3\x89");
}

TEST_CASE("shared_ends: what an edit leaves as it is, in whole characters") {
  auto ends = utf8::shared_ends(",and", ", and");  // a space put in after the comma
  CHECK(ends.head == 1);
  CHECK(ends.tail == 3);
  ends = utf8::shared_ends("caf\xC3\xA9s", "caf\xC3\xA8s");  // é -> è share a lead byte, not a character
  CHECK(ends.head == 3);
  CHECK(ends.tail == 1);
  ends = utf8::shared_ends("aaa", "aa");  // never overlapping: head + tail fits either side
  CHECK(ends.head + ends.tail <= 2);
  ends = utf8::shared_ends("", "x");
  CHECK(ends.head == 0);
  CHECK(ends.tail == 0);
}

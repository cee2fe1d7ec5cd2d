// analysis/marks: apostrophes, quotation marks and the wrong characters typed for them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analysis/analysis.hpp"

using namespace copydesk;
using namespace copydesk::analysis;

namespace {

struct Seen {
  std::string text;
  MarkRole role;
  MarkFault fault;
  bool curly, double_mark;
};

std::vector<Seen> marks_of(std::string_view text) {
  Core core = analyze_core(text);
  std::vector<Seen> out;
  for (const QuoteMark& m : find_quote_marks(core))
    out.push_back({std::string(text.substr(m.range.offset, m.range.length)), m.role, m.fault, m.curly, m.double_mark});
  return out;
}

}  // namespace

TEST_CASE("apostrophes in and around words are apostrophes, with no fault") {
  for (std::string_view text : {"O\u2019Brien said don\u2019t.", "The \u201980s and rock \u2019n\u2019 roll.",
                                "Jones\u2019 car, wait \u2019til noon, goin\u2019 home.", "In the 1990's it was."}) {
    INFO(std::string(text));
    for (const Seen& s : marks_of(text)) {
      if (s.text == "\u201C" || s.text == "\u201D") continue;
      CHECK(s.role == MarkRole::Apostrophe);
      CHECK(s.fault == MarkFault::None);
    }
  }
}

TEST_CASE("wrong characters for an apostrophe") {
  auto m = marks_of("The council''s plan, the company\u00B4s view, the mayor\u2018s office.");
  REQUIRE(m.size() == 3);
  CHECK(m[0].text == "''");
  CHECK(m[0].fault == MarkFault::DoubledApostrophe);
  CHECK(m[1].fault == MarkFault::AccentApostrophe);
  CHECK(m[2].fault == MarkFault::OpeningApostrophe);
  for (const Seen& s : m) CHECK(s.role == MarkRole::Apostrophe);
}

TEST_CASE("a possessive that lost its s, and the plural possessive that did not") {
  auto m = marks_of("We met in Jansen\u2019 office.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].fault == MarkFault::LostPossessiveS);
  CHECK(marks_of("We met in Jones\u2019 office.")[0].fault == MarkFault::None);
  // Inside a single quotation the mark closes it.
  for (const Seen& s : marks_of("He called it \u2018Plan Jansen\u2019 today.")) CHECK(s.fault == MarkFault::None);
}

TEST_CASE("two single marks typed for a double quotation mark") {
  auto m = marks_of("''We are ready,'' she said.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].fault == MarkFault::SinglesForDouble);
  CHECK(m[0].role == MarkRole::OpeningQuote);
  CHECK(m[1].fault == MarkFault::SinglesForDouble);
  CHECK(m[1].role == MarkRole::ClosingQuote);
}

TEST_CASE("double marks take their direction from the quotation") {
  auto m = marks_of("He said \" We are ready \" and left.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].role == MarkRole::OpeningQuote);
  CHECK(m[1].role == MarkRole::ClosingQuote);
  CHECK(m[0].double_mark);
  CHECK_FALSE(m[0].curly);
}

TEST_CASE("a prime after a figure is not a mark") {
  CHECK(marks_of("He is 5'10\" tall.").size() <= 1);
  for (const Seen& s : marks_of("He is 5'10\" tall.")) CHECK(s.text != "'");
}

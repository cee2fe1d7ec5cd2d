// rulekinds::FirstWordFilter: the quick "cannot start a phrase" of rule packs' word rules. It may
// say "may start" too often, never too seldom: every token a first word equals once folded passes.
#include <doctest/doctest.h>

#include "rulekinds/pack_spec.hpp"

using copydesk::rulekinds::FirstWordFilter;

TEST_CASE("first-word filter: tokens equal to a first word pass; others are mostly turned away") {
  FirstWordFilter folded;  // first words as stored when case is ignored: lower case
  for (const char* w : {"harbour", "abé", "zürich", "éclair"}) folded.add(w);
  CHECK(folded.may_start("Harbour", false));
  CHECK(folded.may_start("HARBOUR", false));
  CHECK(folded.may_start("Abé", false));     // an ASCII first letter, a first word with other letters
  CHECK(folded.may_start("ABÉ", false));
  CHECK(folded.may_start("Zürich", false));
  CHECK(folded.may_start("Éclair", false));  // a first letter outside ASCII: never turned away
  CHECK_FALSE(folded.may_start("ferry", false));     // no first word opens with f
  CHECK_FALSE(folded.may_start("harbours", false));  // h, but no first word of 8 bytes
  CHECK_FALSE(folded.may_start("abc", false));       // a, all ASCII, no first word of 3 bytes
  CHECK(folded.may_start("hárbour", false));         // h and a letter outside ASCII: may fold to any length

  FirstWordFilter exact;  // case as written
  exact.add("Harbour");
  CHECK(exact.may_start("Harbour", true));
  CHECK_FALSE(exact.may_start("harbour", true));
}

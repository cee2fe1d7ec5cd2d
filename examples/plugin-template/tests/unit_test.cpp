// The fixtures again, from a doctest test: how a plugin author tests in C++.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <copydesk/testing/rule_tester.hpp>

TEST_CASE("the example plugin's fixtures pass") {
  auto run = copydesk::testing::run_fixtures(COPYDESK_BIN, {FIXTURES}, {PLUGINS});
  INFO(run.output);
  CHECK(run.passed());
}

// copydesk/testing/rule_tester.hpp: the C++ face of `copydesk test-rules`.
#include <doctest/doctest.h>

#include <copydesk/testing/rule_tester.hpp>
#include <filesystem>
#include <fstream>

TEST_CASE("fixtures pass and fail through the C++ rule tester") {
  auto ok = copydesk::testing::run_fixtures(COPYDESK_BIN, {COPYDESK_SRC "/tests/rules/testplug"}, {COPYDESK_TEST_PLUGINS});
  INFO(ok.output);
  CHECK(ok.passed());
  CHECK(ok.output.find("2 passed, 0 failed") != std::string::npos);

  auto dir = std::filesystem::temp_directory_path() / "copydesk-tester" / "testplug";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "banned-word.txt") << "A flub here.\nAnother flub.\n     ^^^^ testplug/banned-word\n";
  auto bad = copydesk::testing::run_fixtures(COPYDESK_BIN, {(dir / "banned-word.txt").string()}, {COPYDESK_TEST_PLUGINS});
  CHECK(bad.exit_status == 1);
  CHECK(bad.output.find("unexpected diagnostic") != std::string::npos);
  CHECK(bad.output.find("expected but not reported") != std::string::npos);
}

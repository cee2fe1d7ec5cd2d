// Inline-expectation fixtures: prose with caret lines under it naming the expected diagnostics.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "engine/session.hpp"

namespace copydesk::testing {

struct Expectation {
  std::uint32_t fixture_line = 0;  ///< where the caret line is, for messages
  std::uint32_t line = 0;          ///< line of the checked text (1-based)
  std::uint32_t column = 0;        ///< code-point column (1-based)
  std::uint32_t width = 0;         ///< carets
  std::string rule;
  std::optional<std::string> message;
  std::optional<std::string> fix;  ///< the one fix's replacement
};

struct Fixture {
  std::string path;
  std::string text;                        ///< the document, expectation lines removed
  std::vector<std::uint32_t> fixture_line; ///< fixture line of each text line
  std::vector<std::string> rules;          ///< rules to run
  std::string language = "auto", format, date;
  config::Config config;                   ///< options from the front matter
  std::vector<Expectation> expectations;
};

/// Parses a fixture; throws std::runtime_error with "path:line: message" for a malformed one.
Fixture parse_fixture(const std::string& path, const std::string& content);

/// Runs one fixture; prints failures to `out`; returns true if it passed. Throws on a bad fixture.
bool run_fixture(const Fixture& fixture, const plugins::RuleCatalog& catalog, const std::string& share_dir,
                 std::ostream& out);

/// `copydesk test-rules FIXTURE...`: exit 0 all passed, 1 some failed, 2 a fixture or plugin error.
int run_test_rules(const engine::SessionOptions& session, const std::vector<std::string>& paths,
                   std::ostream& out, std::ostream& err);

}  // namespace copydesk::testing

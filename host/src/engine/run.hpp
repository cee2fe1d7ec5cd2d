// The `check` command: inputs checked in parallel, printed in path order, an exit status.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "copydesk/diagnostic.hpp"
#include "engine/checker.hpp"
#include "engine/inputs.hpp"
#include "engine/rule_set.hpp"
#include "engine/session.hpp"

namespace copydesk::engine {

struct CheckOptions {
  SessionOptions session;
  std::vector<std::string> paths;
  std::string files_from;
  std::string format = "text";
  std::optional<Severity> fail_on, min_severity;
  std::vector<std::string> enable, disable;
  std::optional<std::string> input_format;  ///< txt | md | html
  std::string date;                         ///< --date YYYY-MM-DD
  std::string language;                     ///< --language, overrides the config
  unsigned jobs = 0;                        ///< 0: all cores
  std::string color = "auto";
  bool quiet = false;
  bool unsafe = false;  ///< `fix --unsafe`: apply suggestions too, not only safe fixes
};

/// What `check` and `fix` set up before the first file: session, rules, settings.
struct Prepared {
  std::unique_ptr<Session> session;  // the rule set points into it: keep its address
  std::unique_ptr<RuleSet> rules;
  CheckSettings settings;
  bool load_failed = false;  // a plugin failed to load: exit 2 in the end
};

/// Prints config and plugin errors to `err`; nullopt when the run cannot start.
std::optional<Prepared> prepare(const CheckOptions& options, std::ostream& err);
/// The files a check or fix covers.
std::vector<Input> inputs_of(const CheckOptions& options, const config::Config& config);

/// Exit status: 0 clean, 1 findings at or above fail_on, 2 usage/config/plugin/input/internal error.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

/// Prints plugin loading errors; true if there were any.
bool report_load_errors(const plugins::RuleCatalog& catalog, std::ostream& err);

}  // namespace copydesk::engine

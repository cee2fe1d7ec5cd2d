// The `check` command: inputs checked in parallel, printed in path order, an exit status.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "copydesk/diagnostic.hpp"
#include "config/discovery.hpp"
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
  std::string new_from_rev;  ///< --new-from-rev REV: only findings on lines changed since REV
  std::string baseline;      ///< --baseline FILE: leave out the findings recorded there
  std::string stdin_filename;            ///< --stdin-filename: what "-" stands for (reader, config, overrides)
  std::string column_unit = "codepoint";  ///< --column-unit for --format line: codepoint | byte | utf16
  bool unsafe = false;  ///< `fix --unsafe`: apply suggestions too, not only safe fixes
  std::string command = "check";  ///< the subcommand, for messages: check | fix | baseline
  bool timings = false;  ///< --timings: CPU time per rule and analysis, printed to stderr at the end
  /// The process exits right after this run (the command line): the loaded plugins, dictionaries
  /// and rules are left for the exit to reclaim instead of being torn down one by one, which costs
  /// tens of milliseconds (Hunspell frees its tables word by word).
  bool process_exits_after = false;
};

/// One configuration's share of a run: its rules and settings.
struct ConfigRun {
  std::unique_ptr<RuleSet> rules;
  CheckSettings settings;
  Severity fail_on = Severity::Error, min_severity = Severity::Suggestion;
};

/// What `check` and `fix` set up before the first file: the files, each one's config, the
/// session (plugins loaded once for every config), and a rule set per config.
struct Prepared {
  std::unique_ptr<config::Resolver> configs;  // the rule sets point into it: keep its address
  std::unique_ptr<Session> session;           // the rule sets point into it: keep its address
  std::vector<Input> inputs;
  std::map<const config::Config*, std::unique_ptr<ConfigRun>> runs;
  std::map<std::string, const ConfigRun*, std::less<>> run_of;  // input path → its config's run
  bool load_failed = false;  // a plugin failed to load: exit 2 in the end
  bool gathers = false;      // some rule met by an input compares files (Rule::gathers)
  // Reads the dictionary word lists the names analysis needs while the plugins load.
  std::jthread dictionary_listing_loader;

  /// The run of an input's config (its path as in `inputs`). Thread-safe once prepared.
  const ConfigRun& run_for(std::string_view path) const { return *run_of.find(path)->second; }
  /// The settings to check an input with.
  const CheckSettings& settings_for(std::string_view path) const { return run_for(path).settings; }
};

/// Keeps a run's plugins, rules and dictionaries alive until the process exits (reachable from a
/// static, so leak checkers do not count them): CheckOptions::process_exits_after.
void keep_until_exit(Prepared prepared);

/// Hands `prepared` to keep_until_exit when it goes out of scope, if `options` asks for it.
class KeepUntilExit {
 public:
  KeepUntilExit(std::optional<Prepared>& prepared, const CheckOptions& options)
      : prepared_(prepared), on_(options.process_exits_after) {}
  ~KeepUntilExit() {
    if (on_ && prepared_) keep_until_exit(std::move(*prepared_));
  }
  KeepUntilExit(const KeepUntilExit&) = delete;
  KeepUntilExit& operator=(const KeepUntilExit&) = delete;

 private:
  std::optional<Prepared>& prepared_;
  bool on_;
};

/// Collects the files, resolves their configs and loads what they need. Prints config and plugin
/// errors to `err`; nullopt when the run cannot start.
std::optional<Prepared> prepare(const CheckOptions& options, std::ostream& err);

/// Exit status: 0 clean, 1 findings at or above fail_on, 2 usage/config/plugin/input/internal error.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

/// Prints plugin loading errors; true if there were any.
bool report_load_errors(const plugins::RuleCatalog& catalog, std::ostream& err);

}  // namespace copydesk::engine

// The rules that run on a file: config and command line resolved against the loaded catalog.
#pragma once

#include <map>
#include <mutex>
#include <memory>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "engine/data_files.hpp"
#include "plugins/rule_catalog.hpp"

namespace copydesk::engine {

struct ActiveRule {
  const plugins::RuleEntry* entry = nullptr;
  Severity severity = Severity::Warning;
  Options options;
  std::vector<ScopeKind> zones;       ///< when set, only findings inside these zones count
  std::vector<ScopeKind> skip_zones;  ///< findings inside these are dropped
  bool enabled = true;                ///< false only in RuleSet::resolve's full listing
  config::FixPolicy fix = config::FixPolicy::Safe;  ///< which of its fixes `fix` applies
};

/// Command-line switches that win over the config: rule ids or plugin ids (all the plugin's rules).
struct RuleSwitches {
  std::vector<std::string> enable, disable;
  std::vector<std::string> unavailable;  ///< rule ids never on here (another config's plugins and packs)
};

/// The host's RunState: a map of shared objects, one per key, for one run.
class RunStateStore final : public RunState {
 public:
  std::shared_ptr<void> get_or_create(std::string_view key, const std::function<std::shared_ptr<void>()>& make) override;

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<void>, std::less<>> objects_;
};

class RuleSet {
 public:
  /// Validates every rule id and option of the config against the catalog; throws ConfigError.
  /// `shared_state`: the run's RunState when several rule sets (configs) share a run; else its own.
  RuleSet(const config::Config& config, const plugins::RuleCatalog& catalog, RuleSwitches switches,
          std::string share_dir, RunStateStore* shared_state = nullptr);

  /// The rules for one file (overrides whose globs match `path` applied). Thread-safe.
  const std::vector<ActiveRule>& for_path(const std::string& path) const;
  /// Every loaded rule as it stands for `path`, the disabled ones included (`enabled` false).
  std::vector<ActiveRule> resolve(const std::string& path) const;
  /// Whether a rule id exists (for suppression comments): loaded rules and the host's own.
  bool knows(std::string_view id) const { return catalog_.find(id) != nullptr || id == "copydesk/suppression"; }
  /// The context a rule instance is made with: its options, the share folder, the data files.
  RuleContext context(const Options& options) const { return {options, share_dir_, &data_, &vocabulary_, run_state_}; }
  /// The analyses documents of this run can give their rules: the host's and the plugins'.
  const analysis::Providers& analyses() const { return catalog_.analyses; }
  /// Whether some enabled rule wants a first pass over every document (Rule::gathers).
  bool any_gathers() const { return any_gathers_; }

 private:
  std::vector<ActiveRule> build(const std::vector<const config::Override*>& overrides, bool all) const;
  std::vector<bool> matching_overrides(const std::string& path) const;
  void validate(const std::string& id, const config::RuleSetting& setting) const;
  void validate_switch(const std::string& id, const char* option) const;
  bool is_plugin(std::string_view id) const;

  const config::Config& config_;
  const plugins::RuleCatalog& catalog_;
  RuleSwitches switches_;
  std::string share_dir_;
  DataStore data_;
  Vocabulary vocabulary_;
  mutable RunStateStore own_state_;  // shared objects are created as the run goes
  RunStateStore* run_state_;         // own_state_ or the run's
  bool any_gathers_ = false;
  // One list per combination of matching overrides, built up front: overrides are few.
  std::map<std::vector<bool>, std::vector<ActiveRule>> by_overrides_;
};

}  // namespace copydesk::engine

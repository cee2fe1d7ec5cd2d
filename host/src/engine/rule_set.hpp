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
  /// The run's instance for these options (shared by every file with the same effective options);
  /// null in RuleSet::resolve's listing.
  std::shared_ptr<Rule> rule;
  /// Where each option was last set (the config's table or an override), for OptionError.
  std::map<std::string, config::Where, std::less<>> option_where;
  config::Where where;  ///< the last table that said anything about the rule
};

/// Command-line switches that win over the config: rule ids or plugin ids (all the plugin's rules).
struct RuleSwitches {
  std::vector<std::string> enable, disable;
  std::vector<std::string> unavailable;  ///< rule ids never on here (another config's plugins and packs)
};

/// The host's SharedObjects: one map of shared objects per rule set (config) and run.
class SharedStore final : public SharedObjects {
 public:
  std::shared_ptr<void> get_or_create(std::string_view key, const std::function<std::shared_ptr<void>()>& make) override;

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<void>, std::less<>> objects_;
};

class RuleSet {
 public:
  /// Validates every rule id and option of the config against the catalog; throws ConfigError.
  /// No rule is constructed here: see for_path.
  RuleSet(const config::Config& config, const plugins::RuleCatalog& catalog, RuleSwitches switches,
          std::string share_dir);

  /// The rules for one file (overrides whose globs match `path` applied), each with its instance.
  /// The first file meeting a combination of overrides resolves it and constructs the rules whose
  /// effective options are new to the run; later files reuse both. Thread-safe. Throws
  /// ConfigError (with the option's position) when a rule cannot be constructed.
  const std::vector<ActiveRule>& for_path(const std::string& path) const;
  /// Every loaded rule as it stands for `path`, the disabled ones included (`enabled` false).
  std::vector<ActiveRule> resolve(const std::string& path) const;
  /// Whether a rule id exists (for suppression comments): loaded rules and the host's own.
  bool knows(std::string_view id) const { return catalog_.find(id) != nullptr || id == "copydesk/suppression"; }
  /// The context a rule instance is made with: its options, the share folder, the data files.
  RuleContext context(const Options& options) const { return {options, share_dir_, &data_, &vocabulary_, &shared_}; }
  /// The analyses documents of this run can give their rules: the host's and the plugins'.
  const analysis::Providers& analyses() const { return catalog_.analyses; }

 private:
  std::vector<ActiveRule> build(const std::vector<const config::Override*>& overrides, bool all) const;
  std::vector<bool> matching_overrides(const std::string& path) const;
  void validate(const std::string& id, const config::RuleSetting& setting) const;
  std::shared_ptr<Rule> instance(const ActiveRule& rule) const;
  // Makes each rule the config gives options (top level, and each override on it): ConfigError
  // lists every value a rule refuses.
  void make_configured_rules() const;
  void validate_switch(const std::string& id, const char* option) const;
  bool is_plugin(std::string_view id) const;

  const config::Config& config_;
  const plugins::RuleCatalog& catalog_;
  RuleSwitches switches_;
  std::string share_dir_;
  DataStore data_;
  Vocabulary vocabulary_;
  mutable SharedStore shared_;  // what the plugins' rules share; filled as rules are made
  mutable std::mutex mutex_;    // guards the two maps below
  // One list per combination of matching overrides, resolved when a file first meets it.
  mutable std::map<std::vector<bool>, std::unique_ptr<const std::vector<ActiveRule>>> by_overrides_;
  // One instance per rule and distinct effective option set.
  mutable std::map<std::pair<const plugins::RuleEntry*, std::map<std::string, OptionValue, std::less<>>>,
                   std::shared_ptr<Rule>>
      instances_;
};

}  // namespace copydesk::engine

// What every command sets up first: where copydesk lives, the config, and the loaded rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "plugins/rule_catalog.hpp"
#include "rulekinds/pack.hpp"

namespace copydesk::engine {

struct SessionOptions {
  std::optional<std::string> config_path;  ///< --config; otherwise found by walking up
  std::vector<std::string> plugin_paths;   ///< --plugin-path
  bool default_plugins = true;             ///< load the shipped plugins from the default folder
  /// Without config_path: the folder the nearest .copydesk.toml is looked for from (default: the
  /// working folder). Servers set it to each draft's folder.
  std::optional<std::string> config_search_from;
};

struct Session {
  config::Config config;
  plugins::RuleCatalog catalog;
  std::string plugin_dir;  ///< <prefix>/lib/copydesk/plugins
  std::string share_dir;   ///< <prefix>/share/copydesk
  std::vector<std::string> packs;                   ///< rule packs loaded
  std::vector<rulekinds::PackExample> pack_examples;  ///< their self-tests
};

/// The folder of the running executable.
std::string executable_dir();

/// Pack files a `rule_packs` entry names: a path, or a glob (`*`, `**`) relative to `dir`.
std::vector<std::string> expand_pack_glob(const std::string& pattern, const std::string& dir);

/// Loads config and plugins. Throws config::ConfigError for a bad config; plugin problems are
/// collected in catalog.errors (the run goes on without them).
Session open_session(const SessionOptions& options);

}  // namespace copydesk::engine

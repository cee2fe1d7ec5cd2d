// What every command sets up first: where copydesk lives, the config, and the loaded rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "plugins/rule_catalog.hpp"

namespace copydesk::engine {

struct SessionOptions {
  std::optional<std::string> config_path;  ///< --config; otherwise found by walking up
  std::vector<std::string> plugin_paths;   ///< --plugin-path
  bool default_plugins = true;             ///< load the shipped plugins from the default folder
};

struct Session {
  config::Config config;
  plugins::RuleCatalog catalog;
  std::string plugin_dir;  ///< <prefix>/lib/copydesk/plugins
  std::string share_dir;   ///< <prefix>/share/copydesk
};

/// The folder of the running executable.
std::string executable_dir();

/// Loads config and plugins. Throws config::ConfigError for a bad config; plugin problems are
/// collected in catalog.errors (the run goes on without them).
Session open_session(const SessionOptions& options);

}  // namespace copydesk::engine

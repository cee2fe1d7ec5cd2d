// What every command sets up first: where copydesk lives, the config, and the loaded rules.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "config/discovery.hpp"
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
  config::Config config;  ///< the current folder's config (or --config's): for listings
  plugins::RuleCatalog catalog;
  std::string plugin_dir;  ///< the shipped plugins' folder found beside the executable; empty if none
  std::string share_dir;   ///< <prefix>/share/copydesk
  std::vector<std::string> packs;                   ///< rule packs loaded
  /// RuleEntry::plugin → the plugin folder or pack a config named it from (not the shipped
  /// ones, nor --plugin-path's): such rules run only under configs that name that folder or pack.
  std::map<std::string, std::string, std::less<>> config_origin;

  /// The rules that came from another config's plugin folders or packs than `config` names.
  std::vector<std::string> foreign_rules(const config::Config& config) const;
  std::vector<rulekinds::PackExample> pack_examples;  ///< their self-tests
};

/// The folder of the running executable.
std::string executable_dir();
/// <prefix>/share/copydesk, where the shipped rules live.
std::string share_dir();
/// <share>/rules/presets: the shipped house-style presets (`preset = "ap"`).
std::string presets_dir();

/// Pack files a `rule_packs` entry names: a path, or a glob (`*`, `**`) relative to `dir`.
std::vector<std::string> expand_pack_glob(const std::string& pattern, const std::string& dir);

/// Loads the current folder's config and the plugins. Throws config::ConfigError for a bad config;
/// plugin problems are collected in catalog.errors (the run goes on without them).
Session open_session(const SessionOptions& options);
/// Loads the plugins and packs of a run whose files fall under `configs` (each one's plugin
/// folders and rule packs, once); `config` stays the built-in defaults.
Session open_session(const SessionOptions& options, const std::vector<const config::Config*>& configs);

}  // namespace copydesk::engine

// Every rule the run knows, with the plugin (and library) it came from.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analysis/providers.hpp"
#include "copydesk/rule.hpp"

namespace copydesk::plugins {

/// Keeps a plugin library loaded. Opaque here so only the loader includes Boost.DLL.
struct LibraryHandle;

struct RuleEntry {
  // Declared first so it is destroyed last: the factory's code lives in the library.
  std::shared_ptr<LibraryHandle> library;
  RuleMeta meta;
  RuleFactory factory;
  std::string plugin;  ///< plugin name, or the pack's file for declarative rules
};

struct PluginRecord {
  std::string path;
  std::string name, version;
  int api_major = 0, api_minor = 0;
  std::string abi_tag;
  std::vector<std::string> rules;
};

/// What loading found: plugins, rules, and every error (the run goes on without the bad ones).
struct RuleCatalog {
  std::vector<PluginRecord> plugins;
  std::vector<RuleEntry> rules;  ///< sorted by id once loading is done
  std::vector<std::string> errors;
  std::vector<std::string> searched;  ///< the folders looked in for the shipped plugins, in order
  /// The host's analyses and those the plugins register (Registry::add_analysis).
  analysis::Providers analyses = analysis::Providers::builtin();

  const RuleEntry* find(std::string_view id) const;
  /// Makes a rule instance that keeps its library loaded while it lives.
  static std::shared_ptr<Rule> instantiate(const RuleEntry& entry, const RuleContext& context);
};

/// Loads every `*.so` in `dir` (a missing folder is not an error unless `required`).
void load_plugin_dir(RuleCatalog& catalog, const std::string& dir, bool required);
/// Where the shipped plugins may be under an install `prefix` (the executable's parent folder), in
/// the order tried: the build's own libdir, lib, lib64, lib/<multiarch triplet>, then (only when
/// none of those exists) any lib/*/copydesk/plugins.
std::vector<std::string> default_plugin_dirs(const std::string& prefix);
/// Loads the plugins of the first of default_plugin_dirs that exists and returns it; records the
/// folders tried in catalog.searched, and an error naming them when there is none.
std::string load_default_plugins(RuleCatalog& catalog, const std::string& prefix);
/// Loads one plugin library; errors go to catalog.errors. A file already loaded (the same folder
/// given twice, or the default folder named again) is skipped quietly.
void load_plugin_file(RuleCatalog& catalog, const std::string& path);
/// Sorts the rules and reports duplicate ids.
void finish_loading(RuleCatalog& catalog);

}  // namespace copydesk::plugins

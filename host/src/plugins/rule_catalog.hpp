// Every rule the run knows, with the plugin (and library) it came from.
#pragma once

#include <memory>
#include <string>
#include <vector>

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

  const RuleEntry* find(std::string_view id) const;
  /// Makes a rule instance that keeps its library loaded while it lives.
  static std::shared_ptr<Rule> instantiate(const RuleEntry& entry, const RuleContext& context);
};

/// Loads every `*.so` in `dir` (a missing folder is not an error unless `required`).
void load_plugin_dir(RuleCatalog& catalog, const std::string& dir, bool required);
/// Loads one plugin library; errors go to catalog.errors.
void load_plugin_file(RuleCatalog& catalog, const std::string& path);
/// Sorts the rules and reports duplicate ids.
void finish_loading(RuleCatalog& catalog);

}  // namespace copydesk::plugins

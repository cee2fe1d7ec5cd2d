// Declarative rule packs (rules/*.toml): rules of nine kinds that house-style editors write
// without compiling anything. Each pack rule joins the catalog beside the plugins' rules.
#pragma once

#include <string>
#include <vector>

#include "config/config.hpp"
#include "plugins/rule_catalog.hpp"

namespace copydesk::rulekinds {

/// One example a pack rule carries: text that must be reported (`flag`) or must not (`pass`).
struct PackExample {
  std::string rule;  ///< full id
  std::string text;
  bool flag = true;
  std::string where;  ///< file:line:column of the example
};

/// A pack read and validated, not yet in a catalog.
struct ParsedPack {
  std::string path;
  std::string name;     ///< its rules are <name>/<id>: the pack's own name, or the one it extends
  bool extends = false;  ///< adds to (and overrides rules of) the pack `name` loaded before it
  config::Where where;  ///< of its `pack` or `extends` key, for errors
  std::vector<plugins::RuleEntry> rules;
  std::vector<PackExample> examples;
};

/// The kinds a [[rule]] may have, as the pack writes them.
const std::vector<std::string>& pack_kinds();

/// Reads and validates one pack file; throws config::ConfigError with file, line and column.
ParsedPack read_pack(const std::string& path);

/// Adds packs to the catalog, each extending pack after the pack it extends, and their examples
/// to `examples` (a rule that an extending pack overrides takes its examples with it). Throws
/// config::ConfigError for a pack name used twice, taken by a plugin, or an unknown `extends`.
void add_packs(plugins::RuleCatalog& catalog, std::vector<ParsedPack> packs, std::vector<PackExample>& examples);

/// read_pack and add_packs for one file; returns that pack's examples.
std::vector<PackExample> load_pack(plugins::RuleCatalog& catalog, const std::string& path);

}  // namespace copydesk::rulekinds

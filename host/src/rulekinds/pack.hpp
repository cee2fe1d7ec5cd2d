// Declarative rule packs (rules/*.toml): rules of five kinds that house-style editors write
// without compiling anything. Each pack rule joins the catalog beside the plugins' rules.
#pragma once

#include <string>
#include <vector>

#include "plugins/rule_catalog.hpp"

namespace copydesk::rulekinds {

/// One example a pack rule carries: text that must be reported (`flag`) or must not (`pass`).
struct PackExample {
  std::string rule;  ///< full id
  std::string text;
  bool flag = true;
  std::string where;  ///< file:line:column of the example
};

/// Loads a pack into the catalog; throws config::ConfigError with file, line and column.
/// Returns the pack's examples for self-tests.
std::vector<PackExample> load_pack(plugins::RuleCatalog& catalog, const std::string& path);

}  // namespace copydesk::rulekinds

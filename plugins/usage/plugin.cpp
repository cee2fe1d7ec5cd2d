// Registers the usage plugin's rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<usage::AAnRule>();
  registry.add<usage::ClosedCompoundRule>();
  registry.add<usage::ConfusableRule>();
}

}  // namespace

COPYDESK_PLUGIN("usage", "0.1.0", register_rules)

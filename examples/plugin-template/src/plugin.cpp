// Registers the example plugin's rules with copydesk.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<example::NoExclamationRule>();
  // copydesk:register (scripts/new-rule.sh adds new rules above this line)
}

}  // namespace

COPYDESK_PLUGIN("example", "0.1.0", register_rules)

// Registers the punctuation plugin's rules with the host.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<punctuation::SpaceBeforeRule>();
  registry.add<punctuation::DoubledWordRule>();
}

}  // namespace

COPYDESK_PLUGIN("punctuation", "0.1.0", register_rules)

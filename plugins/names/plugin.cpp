// Registers the names plugin's rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<names::InconsistentSpellingRule>();
  registry.add<names::HouseSpellingRule>();
  registry.add<names::AbbreviationStopsRule>();
}

}  // namespace

COPYDESK_PLUGIN("names", "0.1.0", register_rules)

// Registers the numbers plugin's rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<numbers::MangledFractionRule>();
  registry.add<numbers::ApNumeralsRule>();
  registry.add<numbers::OrdinalRule>();
  registry.add<numbers::ConsistentFormatRule>();
  registry.add<numbers::RangeOrderRule>();
}

}  // namespace

COPYDESK_PLUGIN("numbers", "0.1.0", register_rules)

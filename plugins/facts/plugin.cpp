// Registers the facts plugin's rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<facts::WeekdayDateRule>();
  registry.add<facts::RelativeWeekdayRule>();
  registry.add<facts::ImpossibleDateRule>();
  registry.add<facts::AgeRule>();
  registry.add<facts::PercentSumRule>();
}

}  // namespace

COPYDESK_PLUGIN("facts", "0.1.0", register_rules)

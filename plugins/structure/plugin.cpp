// Registers the structure plugin's rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add<structure::ResidueRule>();
  registry.add<structure::DuplicateParagraphRule>();
  registry.add<structure::MarkupResidueRule>();
}

}  // namespace

COPYDESK_PLUGIN("structure", "0.1.0", register_rules)

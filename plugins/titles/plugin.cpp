// Registers the titles plugin's title mentions analysis and its rules.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add_analysis<titles::TitleMentions>(titles::make_title_mentions);
  registry.add<titles::CapitalizationRule>();
  registry.add<titles::CourtesyTitleRule>();
  registry.add<titles::ReferenceRule>();
  registry.add<titles::HeadlineCaseRule>();
}

}  // namespace

COPYDESK_PLUGIN("titles", "0.1.0", register_rules)

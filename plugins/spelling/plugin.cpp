// Registers the spelling plugin's rules.
#include <copydesk/plugin.hpp>

#include "document_words.hpp"
#include "rules.hpp"

namespace {

void register_rules(copydesk::Registry& registry) {
  registry.add_analysis<spelling::DocumentWords>(spelling::make_document_words);
  registry.add<spelling::MisspellingRule>();
  registry.add<spelling::VariantMixRule>();
  registry.add<spelling::NameTypoRule>();
  registry.add<spelling::UnknownNameRule>();
  registry.add<spelling::GluedWordsRule>();
}

}  // namespace

COPYDESK_PLUGIN("spelling", "0.1.0", register_rules)

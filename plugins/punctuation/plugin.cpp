// Registers the punctuation plugin's rules, and the small helpers they share.
#include <copydesk/plugin.hpp>

#include "rules.hpp"

namespace punctuation {

bool is_double_quote(const copydesk::Token& t) {
  return t.kind == copydesk::TokenKind::Quote &&
         (t.text == "\"" || t.text == "\u201C" || t.text == "\u201D" || t.text == "\u201E");
}

bool is_closing_double_quote(const copydesk::Token& t) {
  return is_double_quote(t) && (t.text == "\u201D" || (t.text == "\"" && t.has(copydesk::kClosing)));
}

std::string quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

}  // namespace punctuation

namespace {

void register_rules(copydesk::Registry& registry) {
  using namespace punctuation;
  registry.add<SpaceBeforeRule>();
  registry.add<MissingSpaceAfterRule>();
  registry.add<DoubledRule>();
  registry.add<DoubledWordRule>();
  registry.add<UnbalancedRule>();
  registry.add<AttributionRule>();
  registry.add<QuoteStyleRule>();
  registry.add<DashStyleRule>();
  registry.add<EllipsisStyleRule>();
  registry.add<QuotePunctuationRule>();
  registry.add<MultipleSpacesRule>();
}

}  // namespace

COPYDESK_PLUGIN("punctuation", "0.2.0", register_rules)

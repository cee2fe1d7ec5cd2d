// Registers the punctuation plugin's rules, and the small helpers they share.
#include <copydesk/lexicon.hpp>
#include <copydesk/plugin.hpp>

#include <algorithm>
#include <cctype>

#include "rules.hpp"

namespace punctuation {

bool is_double_quote(const copydesk::Token& t) {
  return t.kind == copydesk::TokenKind::Quote && copydesk::lexicon::is_double_quotation_mark(t.text);
}

bool is_closing_double_quote(const copydesk::Token& t) {
  const auto& closing = copydesk::lexicon::kClosingDoubleQuotationMarks;
  return is_double_quote(t) && (std::find(std::begin(closing), std::end(closing), t.text) != std::end(closing) ||
                                (t.text == "\"" && t.has(copydesk::kClosing)));
}

std::string quoted(std::string_view s) { return "\u201C" + std::string(s) + "\u201D"; }

namespace {

// Correct marks of each style: [apostrophes][double quotation marks], straight then curly.
struct StyleCounts {
  int apostrophe[2] = {0, 0};
  int quote[2] = {0, 0};
};

StyleCounts count_styles(const Document& doc) {
  StyleCounts counts;
  for (const copydesk::QuoteMark& m : doc.quote_marks()) {
    if (m.fault != copydesk::MarkFault::None) continue;
    if (m.role == copydesk::MarkRole::Apostrophe) counts.apostrophe[m.curly]++;
    else if (m.double_mark) counts.quote[m.curly]++;
  }
  return counts;
}

}  // namespace

std::string preferred_apostrophe(const Document& doc) {
  StyleCounts c = count_styles(doc);
  bool curly = c.apostrophe[1] != c.apostrophe[0] ? c.apostrophe[1] > c.apostrophe[0] : c.quote[1] > c.quote[0];
  return curly ? "\u2019" : "'";
}

std::pair<std::string, std::string> preferred_double_quotes(const Document& doc) {
  StyleCounts c = count_styles(doc);
  bool curly = c.quote[1] != c.quote[0] ? c.quote[1] > c.quote[0] : c.apostrophe[1] > c.apostrophe[0];
  if (curly) return {"\u201C", "\u201D"};
  return {"\"", "\""};
}

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
  registry.add<ApostropheRule>();
  registry.add<PossessiveRule>();
  registry.add<QuoteCharacterRule>();
  registry.add<QuoteSpacingRule>();
  registry.add<OneSidedSpaceRule>();
  registry.add<CompoundModifierRule>();
  registry.add<UnitModifierRule>();
  registry.add<LyHyphenRule>();
}

}  // namespace

COPYDESK_PLUGIN("punctuation", "0.2.0", register_rules)

// names/house-spelling: a variant spelling from the house names registry, fixed to the house form.
#include <set>

#include <copydesk/name_units.hpp>
#include "registry.hpp"
#include "rules.hpp"

namespace names {

using namespace copydesk;

RuleMeta HouseSpellingRule::meta() {
  return {.id = "names/house-spelling",
          .summary = "A name spelled as a variant the house names registry lists, such as \u201CQaddafi\u201D "
                     "where the house writes \u201CGaddafi\u201D.",
          .default_severity = Severity::Warning,
          .enabled_by_default = false,
          .fixable = true,
          .options = {{"registries", OptionType::StringList, "[]",
                       "Registry files ([[name]] entries with `house` and `variants`), such as the shipped "
                       "\"names/ap.toml\" or \"names/uk-press.toml\" (a preset names one); relative paths are "
                       "looked up beside the config, then in the shipped rules folder"}}};
}

// Without a registry (a preset or the config names one) the rule has no house to enforce.
HouseSpellingRule::HouseSpellingRule(const RuleContext& context) : registries_(load_registries(context, meta().options)) {}

void HouseSpellingRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  // House forms the document already uses: a variant next to one is an inconsistency within the
  // document, which names/inconsistent-spelling reports with a note pointing at the house form.
  std::set<std::string> present;
  for (const auto& reg : registries_)
    for (std::size_t i = 0; i < tokens.size(); ++i)
      if (const Phrase* p = match_at(reg->houses, tokens, i)) {
        std::string joined;
        for (const std::string& w : p->words) joined += (joined.empty() ? "" : " ") + w;
        present.insert(joined);
      }
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Phrase* best = nullptr;
    for (const auto& reg : registries_) {
      const Phrase* p = match_at(reg->variants, tokens, i);
      if (p && (!best || p->words.size() > best->words.size())) best = p;
    }
    if (!best || present.count(best->house)) continue;
    const Token& t = tokens[i];
    const Token& last = tokens[i + best->words.size() - 1];
    std::uint32_t end = last.range.offset + static_cast<std::uint32_t>(bare_word(last.text).size());
    Range range{t.range.offset, end - t.range.offset};
    std::string fix = cased_like(best->house, false, (t.flags & kSentenceStart) != 0);
    reporter.report(range, "The house spelling is \u201C" + fix + "\u201D.").fix(range, fix);
    i += best->words.size() - 1;
  }
}

}  // namespace names

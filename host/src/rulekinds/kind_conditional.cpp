// Pack kind `conditional`: a term (an abbreviation) used before the text spells it out — `first`
// finds the uses, `second` the spelled-out forms; capture group 1 of each is the term.
#include <map>

#include "rulekinds/pack_spec.hpp"

namespace copydesk::rulekinds {
namespace {

class ConditionalRule final : public Rule {
 public:
  explicit ConditionalRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    struct Use {
      Range range;
      std::string term;
    };
    std::map<std::string, std::uint32_t> defined_at;  // term -> where its first spelling-out starts
    std::vector<Range> definitions;                   // every spelling-out, in text order
    std::vector<Use> uses;
    for (const Paragraph& p : doc.paragraphs()) {
      std::string_view text = doc.slice(p.range);
      spec_->second->each(text, [&](const PackRegex::Match& m) {
        auto offset = p.range.offset + static_cast<std::uint32_t>(m.offset);
        defined_at.try_emplace(fold(m.group, spec_->ignore_case), offset);
        definitions.push_back({offset, static_cast<std::uint32_t>(m.length)});
      });
      spec_->first->each(text, [&](const PackRegex::Match& m) {
        auto offset = p.range.offset + static_cast<std::uint32_t>(m.group.data() - text.data());
        uses.push_back({{offset, static_cast<std::uint32_t>(m.group.size())}, fold(m.group, spec_->ignore_case)});
      });
    }
    const auto& tokens = doc.tokens();
    std::map<std::string, bool> seen;  // one report per term: the copy editor spells out the first use
    std::size_t d = 0;
    for (const Use& u : uses) {
      // The use inside a spelling-out ("World Health Organization (WHO)") is the definition itself.
      while (d < definitions.size() && definitions[d].end() <= u.range.offset) ++d;
      if (d < definitions.size() && definitions[d].offset <= u.range.offset) continue;
      if (spec_->exceptions.count(u.term) || seen[u.term]) continue;
      auto tok = token_at(doc, u.range.offset);
      if (tok == tokens.end() || !in_scope(*spec_, doc, *tok)) continue;
      seen[u.term] = true;
      auto def = defined_at.find(u.term);
      if (def != defined_at.end() && def->second < u.range.offset) continue;
      reporter.report(u.range, format_message(spec_->message, doc.slice(u.range), ""));
    }
  }

 private:
  std::shared_ptr<const Spec> spec_;
};

}  // namespace

std::unique_ptr<Rule> make_conditional_rule(std::shared_ptr<const Spec> spec) {
  return std::make_unique<ConditionalRule>(std::move(spec));
}

}  // namespace copydesk::rulekinds

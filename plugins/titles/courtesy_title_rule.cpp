// titles/courtesy-title: "Mr. Okafor" and "Mr Lopez" in one document; or a house style's form.
#include <copydesk/consistency.hpp>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

bool is_courtesy(std::string_view w) {
  if (w.ends_with(".")) w.remove_suffix(1);
  return w == "Mr" || w == "Mrs" || w == "Ms" || w == "Dr" || w == "Prof" || w == "Messrs" || w == "Mx";
}

}  // namespace

RuleMeta CourtesyTitleRule::meta() {
  return {.id = "titles/courtesy-title",
          .summary = "Courtesy titles (Mr, Mrs, Ms, Dr, Prof) written with and without a full stop in one "
                     "document, or against the house style.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"consistent\"",
                       "\"consistent\" (one form per document), \"us\" (Mr.), \"uk\" (Mr), \"ap\" (no courtesy "
                       "titles outside quotations; Dr. kept)",
                       {"consistent", "us", "uk", "ap"}}}};
}

CourtesyTitleRule::CourtesyTitleRule(const RuleContext& context)
    : style_(context.options.get_choice("style", {"consistent", "us", "uk", "ap"}, "consistent")) {}

void CourtesyTitleRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> forms;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.is_word() || !is_courtesy(t.text) || t.has(kInQuote)) continue;
    // Headlines and captions are set in their own style (often without stops): not the body's form.
    if (in_heading(doc, t.range.offset) || doc.in_scope(t.range.offset, ScopeKind::Caption)) continue;
    const Token& name = tokens[i + 1];
    if (!name.is_word() || !(name.has(kCapitalized) || name.has(kAllCaps)) || name.sentence != t.sentence) continue;
    std::string bare(t.text);
    if (bare.ends_with(".")) bare.pop_back();
    if (style_ == "ap") {
      if (bare == "Dr" || bare == "Prof") continue;
      Range r{t.range.offset, name.range.offset - t.range.offset};
      reporter.report({t.range.offset, name.range.end() - t.range.offset},
                      "AP style uses no courtesy title outside quotations: write \u201C" + std::string(name.text) + "\u201D.")
          .fix(r, "");
      continue;
    }
    forms.push_back({t.range, t.text.ends_with(".") ? 0 : 1, {bare + ".", bare}});
  }
  if (style_ == "ap") return;
  int preferred = style_ == "us" ? 0 : style_ == "uk" ? 1 : -1;
  report_minority_forms(forms, {"courtesy titles with a full stop (Mr.)", "courtesy titles without a full stop (Mr)"},
                        preferred, reporter, preferred >= 0);
}

}  // namespace titles

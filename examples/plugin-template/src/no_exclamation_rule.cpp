// example/no-exclamation: news copy states facts; an exclamation mark belongs in quotations only.
#include "rules.hpp"

namespace example {

using namespace copydesk;

RuleMeta NoExclamationRule::meta() {
  return {.id = "example/no-exclamation",
          .summary = "An exclamation mark outside a quotation.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"allow_in_quotes", OptionType::Bool, "true", "Leave exclamation marks inside quotations alone"}},
          .doc_url = PLUGIN_DOC_BASE "/no-exclamation.md"};
}

NoExclamationRule::NoExclamationRule(const RuleContext& context)
    : allow_in_quotes_(context.options.value<bool>("allow_in_quotes", meta().options)) {}

void NoExclamationRule::check(const Document& doc, Reporter& reporter) {
  for (const Token& t : doc.tokens()) {
    if (t.kind != TokenKind::Punctuation || t.text != "!") continue;
    if (allow_in_quotes_ && t.has(kInQuote)) continue;
    reporter.report(t.range, "News copy does not exclaim: end the sentence with a full stop.").fix(t.range, ".");
  }
}

}  // namespace example

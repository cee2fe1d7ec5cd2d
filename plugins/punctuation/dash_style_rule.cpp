// punctuation/dash-style: one way of writing a dash per document.
#include <copydesk/consistency.hpp>
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {
enum Form { kEm = 0, kEmSpaced = 1, kEnSpaced = 2, kHyphenSpaced = 3 };
}

RuleMeta DashStyleRule::meta() {
  return {.id = "punctuation/dash-style",
          .summary = "Dashes written more than one way in a document (\u2014, \u201C \u2014 \u201D, "
                     "\u201C \u2013 \u201D, \u201C - \u201D, \u201C--\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"consistent\"",
                       "\"consistent\" (the document's most used form), \"em\" (\u2014 unspaced, AP and "
                       "Chicago), \"em-spaced\" or \"en-spaced\" (\u2013 with spaces, many UK papers)",
                       {"consistent", "em", "em-spaced", "en-spaced"}}}};
}

DashStyleRule::DashStyleRule(const RuleContext& context)
    : style_(context.options.get_choice("style", {"consistent", "em", "em-spaced", "en-spaced"}, "consistent")) {}

void DashStyleRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> dashes;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Punctuation) continue;
    bool spaced_before = t.has(kSpaceBefore), spaced_after = tokens[i + 1].has(kSpaceBefore);
    if (t.has(kNewlineBefore) || tokens[i + 1].has(kNewlineBefore)) continue;  // list bullets
    int form = -1;
    if (t.text == "\u2014") {
      form = spaced_before && spaced_after ? kEmSpaced : (!spaced_before && !spaced_after) ? kEm : -1;
    } else if (t.text == "\u2013" && spaced_before && spaced_after) {
      form = kEnSpaced;  // an unspaced en dash is a range ("10–20"), not a dash
    } else if ((t.text == "-" || t.text == "--") && spaced_before && spaced_after) {
      form = kHyphenSpaced;
    } else if (t.text == "--" && !spaced_before && !spaced_after) {
      form = kHyphenSpaced;
    }
    if (form < 0) continue;
    // The range covers the spaces too, so a fix can change spacing.
    std::uint32_t begin = tokens[i - 1].range.end(), end = tokens[i + 1].range.offset;
    dashes.push_back({{begin, end - begin}, form, {"\u2014", " \u2014 ", " \u2013 ", " - "}});
  }
  int preferred = style_ == "em" ? kEm : style_ == "em-spaced" ? kEmSpaced : style_ == "en-spaced" ? kEnSpaced : -1;
  report_minority_forms(dashes, {"unspaced em dashes (\u2014)", "spaced em dashes ( \u2014 )",
                           "spaced en dashes ( \u2013 )", "hyphens as dashes ( - or --)"},
                  preferred, reporter, preferred >= 0);
}

}  // namespace punctuation

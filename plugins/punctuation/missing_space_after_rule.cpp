// punctuation/missing-space-after: "said.The" -> "said. The", "Kerry,who" -> "Kerry, who".
#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

RuleMeta MissingSpaceAfterRule::meta() {
  return {.id = "punctuation/missing-space-after",
          .summary = "No space after a comma, semicolon, colon or sentence-ending mark, as in \u201Csaid.The\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

MissingSpaceAfterRule::MissingSpaceAfterRule(const RuleContext&) {}

void MissingSpaceAfterRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    const Token& prev = tokens[i - 1];
    const Token& mark = tokens[i];
    const Token& next = tokens[i + 1];
    if (mark.kind != TokenKind::Punctuation || mark.has(kSpaceBefore) || next.has(kSpaceBefore)) continue;
    if (!next.is_word() || !prev.is_word() || next.has(kHasDigit) || prev.has(kHasDigit)) continue;
    std::string_view p = mark.text;
    bool flag = false;
    if (p == "," || p == ";") {
      // "Kerry,who": a word glued after a comma. Lists of codes ("a,b,c") are all short.
      flag = prev.text.size() >= 2 && next.text.size() >= 2;
    } else if (p == "." || p == "!" || p == "?") {
      // "said.The": a capitalised word after a lower-case one. "Amazon.com", "ASP.NET" and file
      // names are glued on purpose and are not capitalised words after a lower-case ending.
      char last = prev.text.back();
      flag = next.has(kCapitalized) && !next.has(kAllCaps) && std::islower(static_cast<unsigned char>(last)) &&
             prev.text.size() >= 2 && next.text.size() >= 2;
    } else if (p == ":") {
      // "File:Photo.jpg", "Re:Subject": a capitalised label glued to what follows is a name.
      flag = prev.text.size() >= 3 && next.text.size() >= 3 && !prev.has(kCapitalized) && !next.has(kAllCaps);
    }
    if (!flag) continue;
    reporter.report({mark.range.offset, next.range.end() - mark.range.offset},
                    "Put a space after " + quoted(p) + ".")
        .safe_fix({mark.range.end(), 0}, " ");
  }
}

}  // namespace punctuation

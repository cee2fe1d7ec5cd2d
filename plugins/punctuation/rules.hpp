// The punctuation plugin's rules: one class per rule, each in its own file.
#pragma once

#include <copydesk/rule.hpp>
#include <string>
#include <vector>

namespace punctuation {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

#define PUNCTUATION_RULE_COMMON(Class)             \
 public:                                           \
  static RuleMeta meta();                          \
  explicit Class(const RuleContext& context);      \
  void check(const Document& doc, Reporter& reporter) override;

/// A space before , . ; : ! ? : "Moscow , Russia".
class SpaceBeforeRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(SpaceBeforeRule)
 private:
  bool french_;  // French typography puts a (thin) space before ; : ! ?
};

/// No space after a comma, full stop, semicolon, colon: "said.The", "Kerry,who".
class MissingSpaceAfterRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(MissingSpaceAfterRule)
};

/// A doubled mark: ",,", "..", ";;", "::" (an ellipsis is not one).
class DoubledRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(DoubledRule)
};

/// The same word twice in a row: "the the", also across a line break.
class DoubledWordRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(DoubledWordRule)
 private:
  std::vector<std::string> allow_;  // lower-case words that may repeat ("had had")
};

/// Quotation marks and brackets that do not pair up within a paragraph.
class UnbalancedRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(UnbalancedRule)
};

/// A full stop before a closing quote that an attribution follows: `way.” the minister said`.
class AttributionRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(AttributionRule)
};

/// Straight and curly quotation marks (or apostrophes) mixed in one document.
class QuoteStyleRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(QuoteStyleRule)
 private:
  std::string style_;  // consistent | straight | curly
};

/// Dashes written more than one way: "—", " — ", " – ", " - ", "--".
class DashStyleRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(DashStyleRule)
 private:
  std::string style_;  // consistent | em | em-spaced | en-spaced
};

/// "..." and "…" mixed in one document.
class EllipsisStyleRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(EllipsisStyleRule)
 private:
  std::string style_;  // consistent | dots | character
};

/// Commas and full stops inside (US) or outside (UK) closing quotation marks.
class QuotePunctuationRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(QuotePunctuationRule)
 private:
  std::string style_;  // auto | us | uk
};

/// Two or more spaces inside a sentence.
class MultipleSpacesRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(MultipleSpacesRule)
};

#undef PUNCTUATION_RULE_COMMON

/// Shared by the rules: whether a token is a double quotation mark, and which way it faces.
bool is_double_quote(const copydesk::Token& t);
bool is_closing_double_quote(const copydesk::Token& t);
/// “x” in curly quotes, for messages.
std::string quoted(std::string_view s);

}  // namespace punctuation

// The punctuation plugin's rules: one class per rule, each in its own file.
#pragma once

#include <copydesk/data_lists.hpp>
#include <copydesk/rule.hpp>
#include <string>
#include <utility>
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

/// The same word twice in a row: "the the", also across a line break or a quotation mark.
class DoubledWordRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(DoubledWordRule)
 private:
  void report_across_quotes(const Document& doc, Reporter& reporter) const;
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

/// An apostrophe typed with the wrong character: "council''s", "company´s", "mayor‘s", "‘80s".
class ApostropheRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(ApostropheRule)
};

/// A possessive that lost its s after a name that does not end in s: "Jansen’ office".
class PossessiveRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(PossessiveRule)
};

/// Two single marks typed for a double quotation mark (''We''), or accents typed as quotes (´a´).
class QuoteCharacterRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(QuoteCharacterRule)
};

/// A space inside quotation marks ("“ We"), or none outside them (",”said", "said“We").
class QuoteSpacingRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(QuoteSpacingRule)
};

/// A dash or an ellipsis with a space on one side only: "disputed— and", "said ...Kerala".
class OneSidedSpaceRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(OneSidedSpaceRule)
};

/// An age before a noun without its hyphens ("a 58 year old father", "a 58 year-old father"), or a
/// compound modifier with a hyphen before its noun ("a 12-year-reign").
class CompoundModifierRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(CompoundModifierRule)
};

/// A number and a unit before a noun without a hyphen: "a 10 mile walk", "a two hour delay".
class UnitModifierRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(UnitModifierRule)
};

/// A hyphen after an -ly adverb: "newly-appointed" (but "family-run", "early-morning" are right).
class LyHyphenRule final : public copydesk::Rule {
  PUNCTUATION_RULE_COMMON(LyHyphenRule)
};

#undef PUNCTUATION_RULE_COMMON

/// Shared by the rules: whether a token is a double quotation mark, and which way it faces.
bool is_double_quote(const copydesk::Token& t);
bool is_closing_double_quote(const copydesk::Token& t);
/// “x” in curly quotes, for messages.
std::string quoted(std::string_view s);
/// The apostrophe the document mostly uses, ’ or ' (by its quotation marks when it has none).
std::string preferred_apostrophe(const Document& doc);
/// The document's own double quotation marks for an opening and a closing mark: “ ” or " ".
std::pair<std::string, std::string> preferred_double_quotes(const Document& doc);

}  // namespace punctuation

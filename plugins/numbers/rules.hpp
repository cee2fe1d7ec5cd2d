// The numbers plugin's rules.
#pragma once

#include <copydesk/rule.hpp>
#include <string>

namespace numbers {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

/// "21/2 hours": a 2½ whose fraction sign was lost on the way to the page.
class MangledFractionRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit MangledFractionRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  bool glyph_;  // fix to "2½" (true) or "2 1/2"
};

/// AP numerals: one to nine in words, 10 and up in figures, with AP's exceptions; a number
/// starting a sentence is spelled out unless it is a year.
class ApNumeralsRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit ApNumeralsRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  long spell_up_to_;  // 9 (AP), 100 (Chicago), 0 (sentence starts only)
};

/// "21th", "2st", "3th", "11st": an ordinal suffix that does not fit its number.
class OrdinalRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit OrdinalRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;
};

/// Numbers written more than one way in a document: thousands separators, percent, currency,
/// ranges, decimal marks.
class ConsistentFormatRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit ConsistentFormatRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;
};

/// "between 20 and 10": a range whose ends are the wrong way round.
class RangeOrderRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit RangeOrderRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;
};

}  // namespace numbers

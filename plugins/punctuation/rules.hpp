// The punctuation plugin's rules.
#pragma once

#include <copydesk/rule.hpp>

namespace punctuation {

/// A space before , . ; : ! ? or a closing quote or bracket: "Moscow , Russia".
class SpaceBeforeRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit SpaceBeforeRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  bool french_;  // French typography puts a (thin) space before ; : ! ?
};

/// The same word twice in a row: "the the", also across a line break.
class DoubledWordRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit DoubledWordRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  std::vector<std::string> allow_;  // lower-case words that may repeat ("had had")
};

}  // namespace punctuation

// The example plugin's rules.
#pragma once

#include <copydesk/rule.hpp>

namespace example {

/// An exclamation mark in news copy outside a quotation.
class NoExclamationRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit NoExclamationRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  bool allow_in_quotes_;
};

}  // namespace example

// The titles plugin's rules.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>
#include <string>

#include "title_list.hpp"

namespace titles {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

/// AP: a formal title is capitalised directly before a name and lower case elsewhere.
class CapitalizationRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit CapitalizationRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const TitleList> titles_;
  std::string standalone_;  // auto | lower | ignore
  bool always_capitalize_;  // before_name = "capitalize"
};

/// Courtesy titles (Mr, Mrs, Ms, Dr, Prof): with or without a full stop, or none (AP).
class CourtesyTitleRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit CourtesyTitleRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::string style_;  // consistent | us | uk | ap
};

/// A second reference before the full name, and one person given two different titles.
class ReferenceRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit ReferenceRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const TitleList> titles_;
};

/// Headline and subheads in one case style.
class HeadlineCaseRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit HeadlineCaseRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const TitleList> titles_;
  std::string style_;  // sentence | title | consistent
};

}  // namespace titles

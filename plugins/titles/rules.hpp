// The titles plugin's rules.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>
#include <string>

#include "title_list.hpp"
#include "title_mentions.hpp"

namespace titles {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

/// A formal title capitalised in part, against the article's own habit, or (AP) standing alone.
class CapitalizationRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit CapitalizationRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const TitleList> titles_;
  std::string standalone_;  // auto | lower | consistent | ignore
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

/// Headline and subheads in one case style: the house's, or the one most of the article's headings use.
class HeadlineCaseRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit HeadlineCaseRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const TitleList> titles_;
  std::string style_;     // auto | sentence | title
  std::string subheads_;  // same | sentence | title
};

}  // namespace titles

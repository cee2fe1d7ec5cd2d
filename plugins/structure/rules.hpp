// The structure plugin's rules: what a news page leaves behind in copy.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>
#include <re2/re2.h>
#include <string>
#include <string_view>
#include <vector>

namespace structure {

/// Text pasted from a web page: comment prompts, share buttons, copyright footers, cookie banners.
class ResidueRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit ResidueRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

  struct Pattern {
    std::string text;                    // lower case, matched anywhere in a short paragraph
    std::shared_ptr<const RE2> regex;  ///< RE2: linear time whatever the pattern
    std::string message;
  };

 private:
  // What to report for one line: a built-in phrase's message, else the first house pattern's.
  std::string message_for(std::string_view line) const;
  std::shared_ptr<const std::vector<Pattern>> patterns_;  // the house's files
  std::size_t max_words_;
};

/// The same paragraph twice (ignoring case, spacing and punctuation).
class DuplicateParagraphRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit DuplicateParagraphRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  std::size_t min_words_;
};

/// HTML left in the text: character references ("&mdash;", "&amp;", "&#8217;") and tags ("<br>").
class MarkupResidueRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit MarkupResidueRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;
};

}  // namespace structure

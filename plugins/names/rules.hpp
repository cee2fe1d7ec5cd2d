// The names plugin's rules.
#pragma once

#include <copydesk/rule.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace names {

struct Registry;

/// One name spelled two ways in one document: "Sergey Lavrov" and "Sergei Lavrov".
class InconsistentSpellingRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit InconsistentSpellingRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;
  bool gathers() const override { return across_files_ != nullptr; }
  void gather(const copydesk::Document& doc) override;

  /// Spellings gathered from every file of the run, per name: form -> (uses, a surface).
  struct AcrossFiles {
    std::mutex mutex;
    std::map<std::string, std::map<std::string, std::pair<std::size_t, std::string>>> spellings;
  };

 private:
  void check_across_files(const copydesk::Document& doc, copydesk::Reporter& reporter);

  std::size_t min_fuzzy_length_;  // shortest key a near match (one edit) may link
  // Set when names.across_files is on: filled by gather(), read by check() (under its mutex).
  std::unique_ptr<AcrossFiles> across_files_;
  std::vector<std::shared_ptr<const struct Registry>> registries_;  // to prefer the house spelling
};

/// A name spelled otherwise than the house registry says: "Qaddafi" for "Gaddafi".
class HouseSpellingRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit HouseSpellingRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  std::vector<std::shared_ptr<const struct Registry>> registries_;
};

/// One abbreviation or initial written with and without full stops: "U.S." and "US".
class AbbreviationStopsRule final : public copydesk::Rule {
 public:
  static copydesk::RuleMeta meta();
  explicit AbbreviationStopsRule(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;
};

}  // namespace names

// The usage plugin's rules: wrong words a spell checker cannot see.
#pragma once

#include <copydesk/rule.hpp>
#include <copydesk/word_set.hpp>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "word_lists.hpp"

namespace usage {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

/// Finds the phrases of a list in a document's tokens and reports each with its replacement.
class PhraseRule : public copydesk::Rule {
 public:
  PhraseRule(const RuleContext& context, std::string_view table, const std::vector<copydesk::OptionSpec>& specs);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const std::vector<Phrase>> phrases_;
  // Indexes into phrases_ by first word, in list order: a word tries only the phrases it can start.
  copydesk::WordMap<std::vector<std::size_t>> by_first_word_;  // open addressing: asked for many words a document
  // The first words' shapes: most words fail this test before any lowering or hashing.
  copydesk::WordShapes first_words_;
};

/// A closed compound or set phrase written open: "where ever" -> "wherever", "in tact" -> "intact".
class ClosedCompoundRule final : public PhraseRule {
 public:
  static RuleMeta meta();
  explicit ClosedCompoundRule(const RuleContext& context);
};

/// A real word in place of another where the words around it make the error certain:
/// "more then 20", "the affect of", "will loose", "has went".
class ConfusableRule final : public PhraseRule {
 public:
  static RuleMeta meta();
  explicit ConfusableRule(const RuleContext& context);
};

/// "a" or "an" before the wrong sound: "a honest", "an unique", "a 8-year-old", "an U.S. official".
class AAnRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit AAnRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<const std::vector<SoundPrefix>> sounds_;
};

}  // namespace usage

// The spelling plugin's rules.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>

#include "speller.hpp"

namespace spelling {

using copydesk::Document;
using copydesk::Reporter;
using copydesk::RuleContext;
using copydesk::RuleMeta;

#define SPELLING_RULE(Class)                                      \
  class Class final : public copydesk::Rule {                     \
   public:                                                        \
    static RuleMeta meta();                                       \
    explicit Class(const RuleContext& context);                   \
    void check(const Document& doc, Reporter& reporter) override; \
                                                                  \
   private:                                                       \
    std::shared_ptr<Speller> speller_;                            \
  };

/// A word neither dictionary knows, one edit from a common word: lower case, opening a sentence,
/// or a misspelt title, institution or given name mid-sentence.
SPELLING_RULE(MisspellingRule)
/// An unknown capitalised word one letter from a name the document uses more: "Lavorv"/"Lavrov".
SPELLING_RULE(NameTypoRule)
/// An unknown capitalised word mid-sentence: a name the dictionaries do not know (off by default).
SPELLING_RULE(UnknownNameRule)
/// Two words run together by a lost space: "ministerannounced", "GovernorKathy".
SPELLING_RULE(GluedWordsRule)

#undef SPELLING_RULE

/// US and UK spellings mixed in one document, or the other variety than the language asks for;
/// -ise and -ize endings mixed (or the other ending than the variety, or the Oxford option, asks).
class VariantMixRule final : public copydesk::Rule {
 public:
  static RuleMeta meta();
  explicit VariantMixRule(const RuleContext& context);
  void check(const Document& doc, Reporter& reporter) override;

 private:
  std::shared_ptr<Speller> speller_;
  bool oxford_;  ///< British spelling with -ize endings (Oxford spelling)
};

}  // namespace spelling

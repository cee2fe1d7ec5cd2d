// Unknown capitalised words: a name, or a misspelt title, institution or given name.
#pragma once

#include <copydesk/document.hpp>
#include <copydesk/word_set.hpp>
#include <string>
#include <string_view>

#include "speller.hpp"

namespace spelling {

class SpellingWords;

/// How often each capitalised word (and the base of each capitalised possessive) is written in a
/// document, counting only mid-sentence uses: the document's own names.
class CapitalisedUses {
 public:
  explicit CapitalisedUses(const copydesk::Document& doc);
  /// Mid-sentence uses of `word` or of its base without a possessive ending.
  std::size_t count(std::string_view word) const;

 private:
  copydesk::WordMap<std::uint32_t> counts_;
};

/// "Lindqvist’s" -> "Lindqvist"; a word without a possessive ending is returned as it is.
std::string_view without_possessive(std::string_view word);

/// The correction of an unknown capitalised word mid-sentence when the evidence says it is a
/// misspelling, not a name: one edit from a title or institution word that Hunspell has in
/// lower case ("Chancelor", "Departmnet", "Secetary"), or, before a surname, one edit from a
/// common given name that is not itself one ("Jonh Smith"). Empty when it is (likely) a name.
/// Cheap tests come first: the dictionaries are asked only about words near such a word.
/// `words` is the document's spelling analysis (by `speller`).
std::string capitalised_correction(const copydesk::Document& doc, std::size_t token, Speller& speller,
                                   const SpellingWords& words);

/// A lower-case title or institution word ("chancellor", "department", "ministry").
bool is_institution_word(std::string_view lower_case_word);

}  // namespace spelling

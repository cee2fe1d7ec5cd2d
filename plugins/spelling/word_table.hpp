// The word table: every word form Debian's en_US and en_GB Hunspell dictionaries accept (with our
// word lists added), precompiled at build time by make_word_table and mapped read-only at run time.
// It answers "is this word correct?" with one hash lookup and no dictionary to load; Hunspell is
// loaded only for the words the table cannot judge (see WordTable::verdict).
#pragma once

#include <copydesk/mapped_words.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace spelling {

class WordTable {
 public:
  /// Verdict bits of one form: the en_US dictionary accepts it, the en_GB dictionary accepts it.
  static constexpr unsigned kAcceptedUS = 1, kAcceptedGB = 2;
  /// What verdict() answers when Hunspell must judge the word: a byte outside ASCII letters,
  /// Latin-1 lower-case letters (à to ÿ), apostrophe and hyphen; more than 100 bytes; a word in
  /// capitals with a hyphen.
  static constexpr int kAskHunspell = -1;

  /// The files a table is built from, in the order its fingerprints are kept: en_US.aff,
  /// en_US.dic, en_GB.aff, en_GB.dic from `hunspell_dir`, then `lists` (our word lists, sorted).
  static std::vector<std::string> sources(const std::string& hunspell_dir, const std::vector<std::string>& lists);

  /// Maps the table at `path` (copydesk::MappedWords has the file's layout). Null, with the reason in `why`, when it is missing, malformed, or was
  /// built from other files than `sources` now hold (a dictionary package updated since the build):
  /// the caller then asks Hunspell about every word, as before there was a table. Never throws.
  static std::unique_ptr<WordTable> open(const std::string& path, const std::vector<std::string>& sources,
                                         std::string* why);

  /// Whether Hunspell with the same dictionaries would accept `word` (apostrophes written ',
  /// as Hunspell's ICONV makes them): 1 or 0, or kAskHunspell. `accepted_bit` is kAcceptedUS,
  /// kAcceptedGB or, for a word without a hyphen, both (either variety). Follows Hunspell 1.7's
  /// spell(): a lower-case word as it is; a capitalised one as it is or in lower case; one in
  /// capitals as it is, with a capital after its apostrophe, capitalised, or in lower case; a
  /// hyphenated one as a whole or split at its hyphens into parts it accepts (its BREAK rule).
  /// `make_word_table --verify` checks this against Hunspell itself.
  int verdict(std::string_view word, unsigned accepted_bit) const;
  /// verdict() for both varieties in one question: the bits kAcceptedUS and kAcceptedGB of the
  /// varieties that accept `word`, or kAskHunspell. A word without a hyphen costs one search.
  int varieties(std::string_view word) const;

  explicit WordTable(std::unique_ptr<copydesk::MappedWords> forms) : forms_(std::move(forms)) {}

 private:
  /// The verdict bits of exactly this string (no case folding); 0 when the table does not have it.
  unsigned find(std::string_view form) const { return forms_->find(form); }
  int verdict_of_part(std::string_view part, unsigned accepted_bit) const;
  /// The bits of `wanted` that some spelling of `part` Hunspell would try has, or kAskHunspell.
  int accepted_of_part(std::string_view part, unsigned wanted) const;
  std::unique_ptr<copydesk::MappedWords> forms_;
};

}  // namespace spelling

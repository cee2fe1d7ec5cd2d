// The spelling plugin's analysis of a document: what its rules need to know about each token
// (word_check.hpp's tests) and about each distinct word (the speller's verdicts), found once per
// document and read by all four rules instead of each asking again for every token.
#pragma once

#include <copydesk/analysis.hpp>
#include <copydesk/document.hpp>
#include <copydesk/word_set.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "capitalised.hpp"
#include "speller.hpp"

namespace spelling {

/// What a word token is to the spelling rules: bits, each asked once per token.
enum WordRole : std::uint8_t {
  /// prose_word(): where the house's rejected words are reported.
  kProse = 1 << 0,
  /// A prose word with plain_letters() and checkable_letters(): the words the dictionaries judge.
  /// Never URLs, e-mail addresses, hashtags and handles, words with digits, all-caps acronyms,
  /// abbreviations, mixed-case names ("iPhone"), other scripts, nor code and URL scopes.
  kCheckable = 1 << 1,
  /// A prose word with plain_letters() of ASCII letters only, no longer than kLongestWord: what
  /// glued-words splits ("ministerannounced", "GovernorKathy").
  kPlainAscii = 1 << 2,
  /// kCheckable and not capitalised mid-sentence: a word whose variety spelling counts (proper
  /// nouns keep their own: Pearl Harbor, the Department of Defense).
  kVarietyWord = 1 << 3,
};

/// The verdicts on one distinct word of a document, as written. Each is asked only when a token
/// of the word has the role that needs it (a question may load Hunspell, a costly first time).
struct WordVerdicts {
  std::uint32_t uses = 0;  ///< word tokens with this text
  bool known = false;      ///< known_word(); asked for a kCheckable or kPlainAscii token
  bool rejected = false;   ///< Speller::rejected(); asked for a kProse token
  /// Speller::verdicts() of the word in lower case (ascii_lower); asked for a kVarietyWord token.
  Speller::Verdicts lower;
};

/// One document's roles and verdicts, for one speller.
class SpellingWords {
 public:
  SpellingWords(const copydesk::Document& doc, Speller& speller);

  bool has(std::size_t token, WordRole role) const { return (roles_[token] & role) != 0; }
  /// The verdicts on the text of word token `token`.
  const WordVerdicts& verdicts(std::size_t token) const { return words_[word_of_[token]]; }
  /// How many word tokens are `word` (0 when none).
  std::uint32_t uses(std::string_view word) const;
  /// The document's capitalised words mid-sentence: its own names.
  const CapitalisedUses& capitalised() const { return capitalised_; }

 private:
  // The verdicts that the roles in `needs` (of the word's tokens together) ask for.
  static WordVerdicts judge(Speller& speller, std::string_view word, std::uint8_t needs);

  std::vector<std::uint8_t> roles_;     // per token: WordRole bits (0 for a token that is no word)
  std::vector<std::uint32_t> word_of_;  // per word token: its index in words_
  std::vector<WordVerdicts> words_;     // per distinct word, in order of first use
  copydesk::WordMap<std::uint32_t> index_;  // word -> its index in words_, plus one
  CapitalisedUses capitalised_;
};

/// The analysis, read as `doc.get<DocumentWords>().of(doc, speller)`. A provider sees no speller
/// (the run's vocabulary makes it), so the analysis is parameterised by it, as the titles plugin's
/// TitleMentions is by its list: the provider makes an empty table, and the first rule that asks
/// with a speller fills it, under the table's lock, for the later ones. The four rules of a run
/// share one speller, so a document is analysed once.
class DocumentWords {
 public:
  static constexpr std::string_view analysis_id = "spelling.words";

  /// The analysis of `doc`, which must be the document this table was got from, by `speller`.
  /// The reference is valid as long as the document.
  const SpellingWords& of(const copydesk::Document& doc, const std::shared_ptr<Speller>& speller) const;

 private:
  copydesk::PerRunObject<Speller, SpellingWords> by_speller_;
};

/// The provider: an empty table per document, filled per speller on first use.
DocumentWords make_document_words(const copydesk::Document& doc);

}  // namespace spelling

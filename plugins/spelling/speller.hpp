// Hunspell for both English varieties, loaded once per run, with a shared cache of verdicts.
#pragma once

#include <copydesk/rule.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace spelling {

enum Variety { kUS = 0, kGB = 1 };

/// Thread-safe: verdicts are cached per distinct word (per thread, then for the run); each
/// checking thread asks a Hunspell pair of its own.
class Speller {
 public:
  /// en_US and en_GB from Debian's hunspell packages, our word lists from <share>/dictionaries,
  /// the config's dictionaries and accepted words; the first Hunspell pair (en_US, en_GB) is loaded
  /// here, before any document. Throws std::runtime_error naming what to install.
  /// The run's speller: made by the first spelling rule constructed, shared by the others
  /// through RuleContext::shared.
  static std::shared_ptr<Speller> for_run(const copydesk::RuleContext& context);

  /// Whether `word` is correct in this variety (our lists and accepted words count for both).
  bool correct(std::string_view word, Variety variety);
  /// Correct in either variety (asks en_GB only about words en_US rejects).
  bool known(std::string_view word);
  /// What correct() says of `word` in each variety.
  struct Verdicts {
    bool us = false, gb = false;
  };
  /// correct(word, kUS) and correct(word, kGB) together: one search of the word table for a word
  /// without a hyphen, where two calls of correct() search it twice.
  Verdicts verdicts(std::string_view word);
  /// Corrections one edit away (a letter dropped, added, replaced, or two swapped) that the
  /// variety's dictionary accepts, most likely first. Hunspell's own suggest() searches the whole
  /// dictionary and costs milliseconds a word; this costs microseconds and is what a fix needs.
  std::vector<std::string> suggest(std::string_view word, Variety variety);
  bool rejected(std::string_view word) const;  ///< in the config's reject list
  /// A number naming this speller, never reused by another in the process (an address may be):
  /// what a thread's memory of verdicts is kept for.
  std::uint64_t id() const { return id_; }

  struct Impl;
  explicit Speller(std::unique_ptr<Impl> impl);
  ~Speller();

 private:
  static std::shared_ptr<Speller> load(const copydesk::RuleContext& context);
  unsigned verdict_bits(std::string_view normalized_word, Variety variety);
  std::unique_ptr<Impl> impl_;
  std::uint64_t id_;
};

/// The kinds of typo find_typo() makes.
enum TypoKinds : unsigned {
  /// Swapped letters, a dropped letter, a wrong vowel or neighbouring key, a missing vowel or
  /// doubled letter: the typos people make most.
  kLikelyTypos = 1,
  /// A missing consonant that is not a doubled letter.
  kRareTypos = 2,
  kAllTypos = kLikelyTypos | kRareTypos,
};

/// Calls `visit` with each word one typo of `kinds` from `word`, likeliest kinds first, until it
/// returns true; whether one did. Duplicates are possible, and the dictionary is not asked:
/// callers filter. The candidates are made one at a time in one buffer, so a caller that stops
/// at the first it likes pays for no other.
bool find_typo(std::string_view word, unsigned kinds, const std::function<bool(const std::string&)>& visit);

}  // namespace spelling

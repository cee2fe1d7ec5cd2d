// What a pack rule says once its TOML is read, and the helpers every pack kind shares: scope,
// phrase matching, messages and the pack's regular expressions.
#pragma once

#include <algorithm>
#include <bitset>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "copydesk/document.hpp"
#include "copydesk/rule.hpp"
#include "copydesk/word_set.hpp"

namespace copydesk::rulekinds {

enum class Kind {
  Substitution, Existence, Consistency, Capitalization, Occurrence, Conditional, Repetition, Metric, Sequence
};

/// A regular expression written in a pack (RE2 syntax). Every pack regex is compiled and run
/// through this type only, so the regex engine is chosen in one place (pack_regex.cpp).
class PackRegex {
 public:
  /// Throws std::invalid_argument with the engine's reason when `source` does not compile.
  PackRegex(const std::string& source, bool ignore_case);
  struct Match {
    std::size_t offset = 0, length = 0;  ///< bytes into the searched text
    std::string_view group;              ///< capture group 1, or the whole match when it has none
  };
  /// Calls `found` for every non-empty match in `text` (UTF-8), left to right, not overlapping.
  void each(std::string_view text, const std::function<void(const Match&)>& found) const;
  /// Whether the whole of `text` matches.
  bool whole(std::string_view text) const;
  const std::string& source() const { return source_; }

 private:
  struct Compiled;  // the engine's object, only in pack_regex.cpp
  std::string source_;
  std::shared_ptr<const Compiled> compiled_;
};

struct Phrase {
  std::vector<std::string> words;  // lower case unless the match is exact
  std::string written;             // as the pack writes it
  std::size_t payload = 0;         // index of its replacement / pair / term
  std::size_t order = 0;           // position in the file, for ties
};

/// A quick "cannot be" for most tokens before phrase_matches folds and hashes them: the first
/// byte and length of every first word. It answers for ASCII words (folding keeps their length);
/// any other word may start a phrase.
class FirstWordFilter {
 public:
  void add(std::string_view first_word);
  /// False only when no first word can equal `token` compared as phrase_matches compares it.
  /// Inline: phrase_matches asks it of every word, for every pack rule.
  bool may_start(std::string_view token, bool exact) const {
    if (token.empty()) return true;
    auto first = static_cast<unsigned char>(token[0]);
    if (first >= 0x80) return true;  // a first letter outside ASCII: its folding is not judged here
    first = static_cast<unsigned char>(exact ? first : ascii_lower(static_cast<char>(first)));  // folding keeps it ASCII
    // No first word opens with this byte: the token starts none, whatever its other letters.
    if (!first_bytes_.test(first)) return false;
    if (seen_.test(slot(first, token.size()))) return true;
    // None of this length: turned away, unless a later letter outside ASCII may fold to another length.
    return !is_ascii(token);
  }
  /// Whether every byte of `s` is ASCII (no early exit: words are short, and the loop vectorises).
  static bool is_ascii(std::string_view s) {
    unsigned char any = 0;
    for (char c : s) any |= static_cast<unsigned char>(c);
    return any < 0x80;
  }

 private:
  static constexpr std::size_t kLengths = 32;  // longer words share the last length
  static std::size_t slot(unsigned char first, std::size_t length) {
    return first * kLengths + std::min(length, kLengths - 1);
  }
  std::bitset<128 * kLengths> seen_;  // by ASCII first byte, then length (first words all ASCII)
  std::bitset<128> first_bytes_;      // the ASCII first byte of every first word, ASCII or not
};

/// One entry of a sequence rule's `tokens`.
struct SequenceStep {
  std::unique_ptr<PackRegex> pattern;  // must match the whole word
  bool negate = false;                 // the word must not match
  std::size_t skip = 0;                // up to this many words may come between this one and the next
};

/// A metric formula compiled to postfix: numbers, variables and + - * /.
struct Formula {
  enum class Op { Number, Variable, Add, Sub, Mul, Div, Negate };
  struct Step {
    Op op;
    double value = 0;        // Number
    std::size_t variable = 0;  // Variable: index into kMetricVariables
  };
  std::vector<Step> steps;
};

/// The counts a metric formula may name, in the order of the values passed to evaluate().
inline constexpr std::string_view kMetricVariables[] = {"words", "sentences", "paragraphs", "characters", "syllables",
                                                        "long_words", "polysyllabic_words", "complex_words"};

struct Spec {
  std::string id, message, link;
  Kind kind = Kind::Existence;
  Severity severity = Severity::Warning;
  bool enabled = true;  // false: a house opinion, switched on by a preset or the config
  std::string case_mode = "preserve";  // substitution and existence: preserve | exact | ignore
  bool ignore_case = false;            // conditional, repetition, sequence (Vale's `ignorecase`)
  bool skip_quotes = false;
  std::vector<ScopeKind> zones;
  std::vector<Phrase> phrases;                       // longest first, then file order
  // Into phrases, in that order; looked up with a std::string_view (no string per token).
  WordMap<std::vector<std::size_t>> by_first_word;  // open addressing: asked for many words a document
  FirstWordFilter first_words;  // the keys of by_first_word
  std::vector<std::string> replacements;             // substitution
  std::vector<std::pair<std::string, std::string>> pairs;  // consistency (payload/2 = pair, payload%2 = side)
  std::vector<PackRegex> regexes;                    // existence
  std::size_t max = 1;                               // occurrence
  std::string per = "sentence";                      // occurrence: sentence | paragraph; metric: + document
  std::unique_ptr<PackRegex> first, second;          // conditional
  std::unordered_set<std::string> exceptions;        // conditional, repetition (compared as ignore_case says)
  std::size_t within = 1;                            // repetition: words from one use to the next
  bool alpha = true;                                 // repetition without tokens: words, not numbers
  Formula formula;                                   // metric
  std::string condition_op;                          // metric: > >= < <= == !=
  double threshold = 0;                              // metric
  std::vector<SequenceStep> steps;                   // sequence
};

/// `{match}`, `{replacement}` and `{value}` in a pack message.
std::string format_message(std::string message, std::string_view match, std::string_view replacement,
                           std::string_view value = {});
/// Whether a token lies where the rule looks: its zones and, with skip_quotes, outside quotations.
bool in_scope(const Spec& spec, const Document& doc, const Token& token);
/// The token that holds (or first follows) a byte offset; tokens.end() past the last.
std::vector<Token>::const_iterator token_at(const Document& doc, std::uint32_t offset);
/// A word or key as compared: lower case when `ignore_case`, else as written.
std::string fold(std::string_view s, bool ignore_case);

/// One phrase found in the text: tokens [first, end).
struct PhraseMatch {
  const Phrase* phrase;
  std::uint32_t first, end;
};
/// Every phrase of the spec in the text, in scope, longest first at each place, left to right
/// without overlaps; words compared exactly or in lower case.
std::vector<PhraseMatch> phrase_matches(const Spec& spec, const Document& doc, bool exact);
Range range_of(const Document& doc, const PhraseMatch& m);

/// The rule of each kind: words (substitution, existence, consistency, capitalization,
/// occurrence) and one each for conditional, repetition, metric and sequence.
std::unique_ptr<Rule> make_word_rule(std::shared_ptr<const Spec> spec);
std::unique_ptr<Rule> make_conditional_rule(std::shared_ptr<const Spec> spec);
std::unique_ptr<Rule> make_repetition_rule(std::shared_ptr<const Spec> spec);
std::unique_ptr<Rule> make_metric_rule(std::shared_ptr<const Spec> spec);
std::unique_ptr<Rule> make_sequence_rule(std::shared_ptr<const Spec> spec);

/// Compiles a metric formula; throws std::invalid_argument naming what is wrong.
Formula parse_formula(std::string_view text);
/// The formula's value for `values` (one per kMetricVariables entry).
double evaluate(const Formula& f, const double* values);

}  // namespace copydesk::rulekinds

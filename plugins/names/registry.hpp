// The house names registry ([[name]] entries: house form and variants), indexed once per run.
#pragma once

#include <copydesk/rule.hpp>
#include <bitset>
#include <map>
#include <unordered_map>
#include <set>
#include <memory>
#include <string>
#include <vector>

namespace names {

struct Phrase {
  std::vector<std::string> words;  ///< split on spaces
  std::string house;               ///< what to write instead ("" for a house phrase itself)
};

/// First word -> phrases starting with it, with a cheap filter on the first word's length so most
/// tokens are turned away without a lookup.
struct PhraseIndex {
  std::unordered_multimap<std::string, Phrase> by_first_word;
  std::bitset<64> first_word_lengths;
  void add(Phrase phrase);
};

struct Registry {
  PhraseIndex variants;  ///< capitals versions included
  PhraseIndex houses;
  /// House phrases in lower case ("sergei lavrov", "quran"): a name mention written exactly so
  /// holds the house spelling, which a document-level comparison then prefers.
  std::set<std::string> house_phrases;
};

/// The registries an option names, each parsed and indexed once per run.
std::vector<std::shared_ptr<const Registry>> load_registries(const copydesk::RuleContext& context,
                                                             const std::vector<copydesk::OptionSpec>& specs);

/// The word as it counts for matching: without a possessive or a lower-case hyphen tail.
std::string_view bare_word(std::string_view w);

/// The longest phrase of `index` that starts at token `i` (same sentence), or null.
const Phrase* match_at(const PhraseIndex& index, const std::vector<copydesk::Token>& tokens, std::size_t i);

}  // namespace names

// The formal titles (from rules/titles.toml), where they stand in a document, and what the
// document itself says about its house style for them.
#pragma once

#include <copydesk/data_lists.hpp>
#include <copydesk/rule.hpp>
#include <copydesk/word_set.hpp>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace titles {

/// Formal titles as lower-case word lists, longest first, indexed by first word; and the places
/// whose dateline marks American copy. One per run and `titles` value, shared by the rules.
struct TitleList {
  std::vector<std::vector<std::string>> titles;
  // Indices, longest first; found with a std::string_view.
  copydesk::WordMap<std::vector<std::size_t>> by_first_word;  ///< open addressing: asked for many words a document
  copydesk::WordShapes first_words;  ///< the keys of by_first_word: most words are turned away before hashing
  std::vector<std::string> us_dateline_places;  ///< lower case: "texas", "calif.", "new york"
};

/// The built-in formal titles (copydesk/lexicon.hpp) and the `[[title]]`s and `[[us_dateline]]`s of
/// the files a rule's `titles` option names: parsed once per run and `titles` value, and shared
/// (through RuleContext::shared) by every titles rule given the same files, so that the
/// TitleMentions analysis finds each document's titles once for all of them.
std::shared_ptr<const TitleList> load_titles(const copydesk::RuleContext& context,
                                             const std::vector<copydesk::OptionSpec>& specs);

/// Why the copy is positively American ("US spellings", "a US dateline", ...), or empty: the
/// configured language en-US, US spellings outnumbering UK ones, "U.S." with full stops outside
/// quotations, or a US dateline. A document with none of these is not guessed American.
std::string_view american_evidence(const copydesk::Document& doc, const TitleList& list);

/// Lower-case and connector words inside a title ("Secretary of State", "Police and Crime
/// Commissioner") that stay lower case whatever the title's case.
bool is_title_connector(std::string_view word);

/// Whether a token lies in the headline or a heading.
bool in_heading(const copydesk::Document& doc, std::uint32_t offset);

std::string capitalized(std::string_view word);

}  // namespace titles

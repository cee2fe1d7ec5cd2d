// The formal titles (from rules/titles.toml), where they stand in a document, and what the
// document itself says about its house style for them.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace titles {

/// Formal titles as lower-case word lists, longest first, indexed by first word; and the places
/// whose dateline marks American copy.
struct TitleList {
  std::vector<std::vector<std::string>> titles;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;  // indices, longest first
  std::vector<std::string> us_dateline_places;  ///< lower case: "texas", "calif.", "new york"
};

/// The lists a rule's `titles` option names, parsed once per run.
std::shared_ptr<const TitleList> load_titles(const copydesk::RuleContext& context,
                                             const std::vector<copydesk::OptionSpec>& specs);

/// A formal title written in the text: its tokens [first, end), and whether a name follows.
struct TitleMention {
  std::uint32_t first = 0, end = 0;
  bool before_name = false;   ///< a capitalised name follows directly
  bool capitalized = false;   ///< every word of it starts with a capital
  bool lower_case = false;    ///< every word of it is in lower case
  bool mixed = false;         ///< some words capitalised, some not (a sentence's first capital aside)
  std::string normalized;     ///< lower case, for comparing two titles of one person
};

/// Every formal title in the document (the longest match at each place).
std::vector<TitleMention> find_titles(const copydesk::Document& doc, const TitleList& list);

/// Why the copy is positively American ("US spellings", "a US dateline", ...), or empty: the
/// configured language en-US, US spellings outnumbering UK ones, "U.S." with full stops outside
/// quotations, or a US dateline. A document with none of these is not guessed American.
std::string_view american_evidence(const copydesk::Document& doc, const TitleList& list);

/// Lower-case and connector words inside a title ("Secretary of State", "Police and Crime
/// Commissioner") that stay lower case whatever the title's case.
bool is_title_connector(std::string_view word);

/// Whether a token lies in the headline or a heading.
bool in_heading(const copydesk::Document& doc, std::uint32_t offset);

std::string lower(std::string_view s);
std::string capitalized(std::string_view word);

}  // namespace titles

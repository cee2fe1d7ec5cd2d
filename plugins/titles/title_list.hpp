// The formal titles (from rules/titles.toml) and where they stand in a document.
#pragma once

#include <copydesk/rule.hpp>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace titles {

/// Formal titles as lower-case word lists, longest first, indexed by first word.
struct TitleList {
  std::vector<std::vector<std::string>> titles;
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;  // indices, longest first
};

/// The lists a rule's `titles` option names, parsed once per run.
std::shared_ptr<const TitleList> load_titles(const copydesk::RuleContext& context);

/// A formal title written in the text: its tokens [first, end), and whether a name follows.
struct TitleMention {
  std::uint32_t first = 0, end = 0;
  bool before_name = false;   ///< a capitalised name follows directly
  bool capitalized = false;   ///< every word of it starts with a capital
  bool lower_case = false;    ///< every word of it is in lower case
  std::string normalized;     ///< lower case, for comparing two titles of one person
};

/// Every formal title in the document (the longest match at each place).
std::vector<TitleMention> find_titles(const copydesk::Document& doc, const TitleList& list);

std::string lower(std::string_view s);

}  // namespace titles

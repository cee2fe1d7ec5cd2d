// The title mentions analysis: where the formal titles of a run's title list stand in a document.
#pragma once

#include <copydesk/analysis.hpp>
#include <copydesk/document.hpp>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "title_list.hpp"

namespace titles {

/// A formal title written in the text: its tokens [first, end), and whether a name follows.
struct TitleMention {
  std::uint32_t first = 0, end = 0;
  bool before_name = false;   ///< a capitalised name follows directly
  bool capitalized = false;   ///< every word of it starts with a capital
  bool lower_case = false;    ///< every word of it is in lower case
  bool mixed = false;         ///< some words capitalised, some not (a sentence's first capital aside)
  std::string normalized;     ///< lower case, for comparing two titles of one person
};

/// Every formal title in a document (the longest match at each place), read by the titles rules
/// through `doc.get<TitleMentions>().of(doc, list)`.
///
/// The analysis is parameterised by the run's title list: the titles rules' `titles` option can
/// add files, and a provider sees no options. The list is parsed once per run and `titles` value
/// and shared by the rules given the same files (load_titles), and the mentions of one list are
/// found once per document, on the first rule's ask, then shared by every rule that asks with the
/// same list. With the defaults (every rule reads ["titles.toml"]) that is once per document.
/// Thread-safe: rules on several threads may ask at once (one finds, the others wait).
class TitleMentions {
 public:
  static constexpr std::string_view analysis_id = "titles.mentions";

  /// The mentions of `list`'s titles in `doc`, which must be the document this analysis was got
  /// from. The reference is valid as long as the document.
  const std::vector<TitleMention>& of(const copydesk::Document& doc, const std::shared_ptr<const TitleList>& list) const;

 private:
  copydesk::PerRunObject<const TitleList, std::vector<TitleMention>> by_list_;
};

/// The provider: an empty analysis per document, filled per list on first use.
TitleMentions make_title_mentions(const copydesk::Document& doc);

}  // namespace titles

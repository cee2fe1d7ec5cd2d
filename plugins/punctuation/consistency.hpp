// One document, one form: the shared core of the quote, dash and ellipsis style rules.
#pragma once

#include <copydesk/rule.hpp>
#include <functional>
#include <string>
#include <vector>

namespace punctuation {

struct Occurrence {
  copydesk::Range range;
  int form;                 ///< index into the rule's form names
  std::string replacement[4];  ///< what to write for each form (empty: no fix to that form)
};

/// Reports every occurrence whose form is not the chosen one: `preferred` when >= 0, else the form
/// the document uses most (ties: the one that comes first). Each report notes the first
/// occurrence of the chosen form and fixes to it.
void report_minority(const std::vector<Occurrence>& occurrences, const std::vector<std::string>& form_names,
                     int preferred, copydesk::Reporter& reporter);

}  // namespace punctuation

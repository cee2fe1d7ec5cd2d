// One document, one form: report the forms a document uses least, with a note and a fix.
// Header-only; shared by every rule that enforces consistency (quotes, dashes, number formats).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "copydesk/diagnostic.hpp"

COPYDESK_NAMESPACE_BEGIN

/// One place where a document chose a form. `replacement[f]` is what to write there for form f
/// (empty: no fix to that form).
struct FormOccurrence {
  Range range;
  int form = 0;
  std::vector<std::string> replacement;
  std::string label = {};  ///< the word itself, when the message should name it ("color")
};

/// Reports every occurrence whose form is not the chosen one: `preferred` when >= 0, else the form
/// the document uses most (ties: the one that comes first). With `house_choice` (the preferred
/// form comes from the user's config or preset, not from the document), messages say "the house
/// style is …" rather than "this document uses …". Each report notes the first occurrence
/// of the chosen form and fixes to it. Returns the chosen form (-1 if there was nothing to choose).
inline int report_minority_forms(const std::vector<FormOccurrence>& occurrences,
                                 const std::vector<std::string>& form_names, int preferred, Reporter& reporter,
                                 bool house_choice = false) {
  if (occurrences.empty()) return -1;
  int chosen = preferred;
  if (chosen < 0) {
    std::map<int, std::size_t> counts, first_seen;
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
      counts[occurrences[i].form]++;
      first_seen.try_emplace(occurrences[i].form, i);
    }
    if (counts.size() < 2) return occurrences.front().form;
    std::size_t best = 0;
    for (auto [form, n] : counts) {
      if (n > best || (n == best && first_seen[form] < first_seen[chosen])) {
        best = n;
        chosen = form;
      }
    }
  }
  const FormOccurrence* first = nullptr;
  for (const FormOccurrence& o : occurrences)
    if (o.form == chosen && !first) first = &o;
  for (const FormOccurrence& o : occurrences) {
    if (o.form == chosen) continue;
    const std::string& ours = form_names[static_cast<std::size_t>(chosen)];
    const std::string& theirs = form_names[static_cast<std::size_t>(o.form)];
    // A form the house chose is the house's, whatever the document does elsewhere.
    std::string owner = house_choice ? "the house style is " : "this document uses ";
    std::string message = o.label.empty()
                              ? char(owner[0] - 32) + owner.substr(1) + ours + "; this is " + theirs + "."
                              : "\u201C" + o.label + "\u201D follows " + theirs + "; " + owner + ours + ".";
    Diagnostic& d = reporter.report(o.range, message);
    if (first) d.note(first->range, "first " + form_names[static_cast<std::size_t>(chosen)] + " here");
    if (static_cast<std::size_t>(chosen) < o.replacement.size() && !o.replacement[static_cast<std::size_t>(chosen)].empty())
      d.fix(o.range, o.replacement[static_cast<std::size_t>(chosen)]);
  }
  return chosen;
}

COPYDESK_NAMESPACE_END

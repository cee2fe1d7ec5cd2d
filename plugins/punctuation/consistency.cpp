// Majority form and minority reports for the style rules.
#include "consistency.hpp"

#include <map>

namespace punctuation {

void report_minority(const std::vector<Occurrence>& occurrences, const std::vector<std::string>& form_names,
                     int preferred, copydesk::Reporter& reporter) {
  if (occurrences.empty()) return;
  int chosen = preferred;
  if (chosen < 0) {
    std::map<int, std::size_t> counts, first_seen;
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
      counts[occurrences[i].form]++;
      first_seen.try_emplace(occurrences[i].form, i);
    }
    if (counts.size() < 2) return;
    std::size_t best = 0;
    for (auto [form, n] : counts) {
      if (n > best || (n == best && first_seen[form] < first_seen[chosen])) {
        best = n;
        chosen = form;
      }
    }
  }
  const Occurrence* first = nullptr;
  for (const Occurrence& o : occurrences)
    if (o.form == chosen && !first) first = &o;
  for (const Occurrence& o : occurrences) {
    if (o.form == chosen) continue;
    std::string message = "This document uses " + form_names[chosen] + "; this is " + form_names[o.form] + ".";
    copydesk::Diagnostic& d = reporter.report(o.range, message);
    if (first) d.note(first->range, "first " + form_names[chosen] + " here");
    if (!o.replacement[chosen].empty() || chosen >= 0) d.fix(o.range, o.replacement[chosen]);
  }
}

}  // namespace punctuation

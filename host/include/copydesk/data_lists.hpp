// Helpers for the lists plugins read from data files: the records a file-list option names, and
// the ASCII case folding and word splitting that list entries are compared with.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/rule.hpp"
#include "copydesk/text.hpp"  // ascii_lower

COPYDESK_NAMESPACE_BEGIN

/// The words of `s` split on spaces (runs of them), in ASCII lower case: "Police and Crime
/// Commissioner" -> {"police", "and", "crime", "commissioner"}.
inline std::vector<std::string> lower_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(ascii_lower(s.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

/// The `[[table]]` entries of each data file that the StringList option `option` names (its
/// default taken from `specs`), one list per file, in the order the option names them. The host
/// parses each file once per run (DataFiles::records) and the lists stay valid as long as the
/// returned pointers. Empty when the context has no host (`context.data` null). Throws
/// OptionError for an option of the wrong type, and what DataFiles::records throws for a missing
/// or broken file (std::runtime_error naming file, line and column).
inline std::vector<std::shared_ptr<const std::vector<Record>>> option_records(const RuleContext& context,
                                                                              std::string_view option,
                                                                              std::string_view table,
                                                                              const std::vector<OptionSpec>& specs) {
  std::vector<std::shared_ptr<const std::vector<Record>>> files;
  if (context.data)
    for (const std::string& path : context.options.value<std::vector<std::string>>(option, specs))
      files.push_back(context.data->records(path, table));
  return files;
}

COPYDESK_NAMESPACE_END

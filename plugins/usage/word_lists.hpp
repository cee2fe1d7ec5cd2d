// The usage plugin's data: phrase lists and initial-sound lists from TOML files users can extend.
#pragma once

#include <copydesk/data_lists.hpp>
#include <copydesk/rule.hpp>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace usage {

/// One wrong wording and what to write instead, matched on whole words, case-insensitively.
struct Phrase {
  std::vector<std::string> words;   ///< the words as written wrongly, lower case: {"where", "ever"}
  std::string replacement;          ///< what replaces them: "wherever"
  std::vector<std::string> before;  ///< one of these must come right before (empty: anything)
  std::vector<std::string> after;   ///< one of these must come right after (empty: anything)
  std::vector<std::string> not_after;  ///< none of these may come right after
  std::vector<std::string> not_two_before;  ///< none of these may come before the `before` word ("more or less then")
  bool speech = false;  ///< a way of speaking ("has went"): quiet inside a quotation
  bool safe = false;    ///< the fix is certain: `copydesk fix` applies it
  std::string reason;   ///< a short why, added to the message
};

/// The phrases of `[[table]]` in each file the rule's `lists` option names (`specs`: the rule's
/// option specs, which hold its default).
/// Cached per run by the host's data files; throws std::runtime_error naming file:line:column.
std::shared_ptr<const std::vector<Phrase>> load_phrases(const copydesk::RuleContext& context, std::string_view table,
                                                        const std::vector<copydesk::OptionSpec>& specs);

/// A word beginning that sounds otherwise than its first letter suggests ("hour", "uni", "eu").
struct SoundPrefix {
  std::string prefix;  ///< lower case
  bool vowel = false;   ///< "an" before it
  bool either = false;  ///< both are in use ("a historic", "an historic"): never reported
};

/// The `[[sound]]` entries of each file the rule's `lists` option names, longest prefix first.
std::shared_ptr<const std::vector<SoundPrefix>> load_sounds(const copydesk::RuleContext& context,
                                                            const std::vector<copydesk::OptionSpec>& specs);

}  // namespace usage

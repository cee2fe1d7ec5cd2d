// Reads the usage plugin's TOML lists and checks each entry as it loads.
#include "word_lists.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace usage {

using namespace copydesk;

namespace {

std::vector<std::string> lowered(std::vector<std::string> list) {
  for (std::string& s : list) s = ascii_lower(s);
  return list;
}

}  // namespace

std::shared_ptr<const std::vector<Phrase>> load_phrases(const RuleContext& context, std::string_view table,
                                                        const std::vector<OptionSpec>& specs) {
  auto out = std::make_shared<std::vector<Phrase>>();
  for (const auto& file : option_records(context, "lists", table, specs))
    for (const Record& r : *file) {
      Phrase p;
      p.words = lower_words(r.fields.get_string("words", ""));
      p.replacement = r.fields.get_string("replace", "");
      if (p.words.empty() || p.replacement.empty())
        throw std::runtime_error(r.where + ": a [[" + std::string(table) + "]] needs `words` and `replace`");
      if (r.fields.get_string("example", "").empty())
        throw std::runtime_error(r.where + ": a [[" + std::string(table) +
                                 "]] needs an `example`: a sentence it must flag (tests run every one)");
      p.before = lowered(r.fields.get_string_list("before", {}));
      p.after = lowered(r.fields.get_string_list("after", {}));
      p.not_after = lowered(r.fields.get_string_list("not_after", {}));
      p.not_two_before = lowered(r.fields.get_string_list("not_two_before", {}));
      p.speech = r.fields.get_bool("speech", false);
      p.safe = r.fields.get_bool("safe", false);
      p.reason = r.fields.get_string("reason", "");
      out->push_back(std::move(p));
    }
  return out;
}

std::shared_ptr<const std::vector<SoundPrefix>> load_sounds(const RuleContext& context, const std::vector<OptionSpec>& specs) {
  auto out = std::make_shared<std::vector<SoundPrefix>>();
  for (const auto& file : option_records(context, "lists", "sound", specs))
    for (const Record& r : *file) {
      std::string prefix = ascii_lower(r.fields.get_string("prefix", ""));
      std::string sound = r.fields.get_string("sound", "");
      if (prefix.empty() || (sound != "vowel" && sound != "consonant" && sound != "either"))
        throw std::runtime_error(r.where +
                                 ": a [[sound]] needs a `prefix` and `sound` = \"vowel\", \"consonant\" or \"either\"");
      out->push_back({prefix, sound == "vowel", sound == "either"});
    }
  // Longest first, so "unin" (uninformed: "an") wins over "uni" (university: "a").
  std::stable_sort(out->begin(), out->end(),
                   [](const SoundPrefix& a, const SoundPrefix& b) { return a.prefix.size() > b.prefix.size(); });
  return out;
}

}  // namespace usage

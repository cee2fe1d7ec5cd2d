// Reads the usage plugin's TOML lists and checks each entry as it loads.
#include "word_lists.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace usage {

using namespace copydesk;

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(lower(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

std::vector<std::string> lowered(std::vector<std::string> list) {
  for (std::string& s : list) s = lower(s);
  return list;
}

std::vector<std::shared_ptr<const std::vector<Record>>> records(const RuleContext& context, std::string_view table,
                                                                const std::vector<OptionSpec>& specs) {
  std::vector<std::shared_ptr<const std::vector<Record>>> files;
  if (context.data)
    for (const std::string& path : context.options.value<std::vector<std::string>>("lists", specs))
      files.push_back(context.data->records(path, table));
  return files;
}

}  // namespace

std::shared_ptr<const std::vector<Phrase>> load_phrases(const RuleContext& context, std::string_view table,
                                                        const std::vector<OptionSpec>& specs) {
  auto out = std::make_shared<std::vector<Phrase>>();
  for (const auto& file : records(context, table, specs))
    for (const Record& r : *file) {
      Phrase p;
      p.words = split_words(r.fields.get_string("words", ""));
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
  for (const auto& file : records(context, "sound", specs))
    for (const Record& r : *file) {
      std::string prefix = lower(r.fields.get_string("prefix", ""));
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

// spelling/name-typo and spelling/unknown-name: capitalised words the dictionaries do not know.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <copydesk/name_units.hpp>

#include "document_words.hpp"
#include "rules.hpp"
#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Capitalised words, with how often: the document's names.
std::unordered_map<std::string_view, std::size_t> capitalised_words(const Document& doc) {
  std::unordered_map<std::string_view, std::size_t> out;
  for (const Token& t : doc.tokens())
    if (t.is_word() && t.has(kCapitalized) && !t.has(kAllCaps)) out[t.text]++;
  return out;
}

bool unknown_name(const Document& doc, const SpellingWords& words, std::size_t i) {
  const Token& t = doc.tokens()[i];
  return words.has(i, kCheckable) && t.has(kCapitalized) && !t.has(kSentenceStart) && !words.verdicts(i).known;
}

}  // namespace

RuleMeta NameTypoRule::meta() {
  return {.id = "spelling/name-typo",
          .summary = "An unknown capitalised word one letter away from a name the document uses more often, "
                     "such as \u201CLavorv\u201D beside \u201CLavrov\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

NameTypoRule::NameTypoRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

void NameTypoRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  auto report = [&reporter](const Token& t, std::string_view best, std::size_t best_count) {
    reporter.report(t.range, "\u201C" + std::string(t.text) + "\u201D is one letter from \u201C" + std::string(best) +
                                 "\u201D, which this document uses " + std::to_string(best_count) + " times.")
        .fix(t.range, std::string(best));
  };
  const SpellingWords& words = doc.get<DocumentWords>().of(doc, speller_);
  auto counts = capitalised_words(doc);
  // Names of five letters or more used at least twice: what an unknown name may be a typo of.
  // Sorted by first letter and length, so that an unknown name is compared only with those of
  // its first letter (a typo of the first letter is not looked for) and within a letter of its
  // length; nothing is filed per name.
  auto shape = [](std::string_view name) { return std::pair(name[0], name.size()); };
  std::vector<std::string_view> frequent;
  for (const auto& [name, n] : counts)
    if (name.size() >= 5 && n >= 2) frequent.push_back(name);
  std::sort(frequent.begin(), frequent.end(), [&](std::string_view a, std::string_view b) { return shape(a) < shape(b); });
  // The given names written before each surname (their keys, each once): "Walker" and "Welker"
  // that come with other given names are two people.
  // Made on the first question: most documents have no candidate typo to ask about.
  std::unordered_map<std::string_view, std::unordered_set<std::string>> given;
  bool given_made = false;
  auto different_given_names = [&](std::string_view a, std::string_view b) {
    if (!given_made) {
      for (const NameMention& m : doc.names())
        if (m.end_token - m.first_token >= 2)
          given[bare_name_word(tokens[m.end_token - 1].text)].insert(name_word_key(tokens[m.first_token].text));
      given_made = true;
    }
    auto ga = given.find(a), gb = given.find(b);
    if (ga == given.end() || gb == given.end()) return false;
    const auto& fewer = ga->second.size() <= gb->second.size() ? ga->second : gb->second;
    const auto& more = &fewer == &ga->second ? gb->second : ga->second;
    for (const std::string& key : fewer)
      if (more.count(key)) return false;
    return true;
  };
  // The verdict depends on the word alone: a word written a thousand times is judged once.
  struct Verdict {
    std::string_view best;
    std::size_t count = 0;
  };
  std::unordered_map<std::string_view, Verdict> judged;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.text.size() < 5 || !unknown_name(doc, words, i)) continue;
    if (auto known = judged.find(t.text); known != judged.end()) {
      if (!known->second.best.empty()) report(t, known->second.best, known->second.count);
      continue;
    }
    std::size_t mine = counts[t.text];
    std::string_view best;
    std::size_t best_count = 0;
    auto consider = [&](std::string_view name) {
      std::size_t n = counts[name];
      if (n < 2 * mine) return;
      // "Bidens" beside "Biden", "Gazans" beside "Gaza's": a plural or a possessive, not a typo.
      std::string_view a = t.text;
      bool inflection = a == std::string(name) + "s" || std::string(a) + "s" == name || name.ends_with("'s") ||
                        name.ends_with("\u2019s") || (a.ends_with("s") && a.size() == name.size() + 1);
      if (inflection) return;
      // Not variants (names/inconsistent-spelling's rules): grammatical forms of one surname
      // ("Volkova" beside "Volkov"), a name beside an ordinary word ("Barron" beside "Baron"),
      // and spellings a transliteration apart, which that rule reports with its own note.
      std::string ka = name_word_key(bare_name_word(a)), kb = name_word_key(bare_name_word(name));
      unsigned listing = doc.dictionary_listing(bare_name_word(name));
      if (grammatical_forms(ka, kb) || ((listing & kListedLowerCase) && !(listing & kListedCapitalised)) ||
          transliteration_distance(ka, kb) <= 0.5)
        return;
      if (different_given_names(a, name)) return;
      if (n > best_count || (n == best_count && name < best)) {
        best = name;
        best_count = n;
      }
    };
    auto first = std::lower_bound(frequent.begin(), frequent.end(), std::pair(t.text[0], t.text.size() - 1),
                                  [&](std::string_view name, auto least) { return shape(name) < least; });
    for (auto it = first; it != frequent.end() && shape(*it) <= std::pair(t.text[0], t.text.size() + 1); ++it)
      if (one_edit_apart(*it, t.text)) consider(*it);
    judged[t.text] = {best, best_count};
    if (!best.empty()) report(t, best, best_count);
  }
}

RuleMeta UnknownNameRule::meta() {
  return {.id = "spelling/unknown-name",
          .summary = "A capitalised word mid-sentence that no dictionary knows: a name to check once.",
          .default_severity = Severity::Suggestion,
          .enabled_by_default = false};
}

UnknownNameRule::UnknownNameRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

void UnknownNameRule::check(const Document& doc, Reporter& reporter) {
  std::unordered_map<std::string_view, bool> seen;
  const auto& tokens = doc.tokens();
  const SpellingWords& words = doc.get<DocumentWords>().of(doc, speller_);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!unknown_name(doc, words, i)) continue;
    if (!seen.emplace(tokens[i].text, true).second) continue;  // once per name
    reporter.report(tokens[i].range, "\u201C" + std::string(tokens[i].text) +
                                         "\u201D is not in the dictionaries: check the name once, or add it to "
                                         "the vocabulary.");
  }
}

}  // namespace spelling

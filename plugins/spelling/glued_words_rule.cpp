// spelling/glued-words: two words run together by a lost space or dash, split through the
// dictionaries: "ministerannounced" -> "minister announced", "GovernorKathy" -> "Governor Kathy".
#include <optional>

#include "capitalised.hpp"
#include "document_words.hpp"
#include "rules.hpp"
#include "word_check.hpp"
#include "word_lists.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Parts shorter than this are too often fragments that happen to be words ("ab", "el").
constexpr std::size_t kShortestPart = 2;
// A lower-case run shorter than this ("ofthe" is 5) splits into common words too easily by chance.
constexpr std::size_t kShortestRun = 5;
// A capitalised word before a glued name must be a whole word ("Governor"), not a particle
// ("Mac", "Van", "De": MacArthur, VanHorn, DeSantis).
constexpr std::size_t kShortestCapitalisedPart = 4;
// An everyday word after a lost space ("and", "which", "both"): short, and used often in the
// document itself.
// A word before a glued past tense: "over", "out", "re" make closed compounds ("overfunded").
constexpr std::size_t kShortestBeforeVerb = 5;
constexpr std::size_t kShortestEveryday = 3, kLongestEveryday = 5, kEverydayUses = 3;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

class Splitter {
 public:
  Splitter(const Document& doc, Speller& speller, const SpellingWords& words)
      : doc_(doc), speller_(speller), names_(words.capitalised()), words_(words) {}

  /// The split of a word with one lower-to-upper step ("GovernorKathy", "inLondon"): the part after
  /// the step is a name (the dictionary lists it only with a capital, or the document writes it
  /// alone) and the part before it an ordinary word. Brands join ordinary words ("BlackRock",
  /// "PlayStation", "YouTube") and names join particles ("McDonald", "DeSantis", "iPhone").
  std::optional<std::size_t> camel_step(std::string_view word, bool before_surname) const {
    std::optional<std::size_t> step;
    for (std::size_t k = 1; k < word.size(); ++k)
      if (is_lower(word[k - 1]) && is_upper(word[k])) {
        if (step) return std::nullopt;  // "McKinseyPartners"-style brand runs: not one glued pair
        step = k;
      }
    if (!step) return std::nullopt;
    std::string_view left = word.substr(0, *step), right = word.substr(*step);
    if (right.size() < kShortestPart || !is_lower(right[1])) return std::nullopt;  // "macOS", "iPhone"
    bool capital = is_upper(left[0]);
    if (left.size() < (capital ? kShortestCapitalisedPart : kShortestPart)) return std::nullopt;
    if (!ordinary_word(left)) return std::nullopt;
    // "EastAfrican", "EuroAsia Interconnector": brands and titles join a capitalised word and a
    // name too; a title glued to a given name ("GovernorKathy Hochul") shows itself by the given
    // name and the surname after it.
    if (capital && !(before_surname && is_given_name(right))) return std::nullopt;
    if (!name(right)) return std::nullopt;
    return step;
  }

  /// The one split of an unknown lower-case word into two common words ("ministerannounced"); none
  /// when it splits two ways or not at all. A closed compound the dictionary lacks ("livestream")
  /// splits too, so only common words count, and a word the document repeats is kept as written.
  std::optional<std::size_t> lower_split(std::string_view word) const {
    std::optional<std::size_t> found;
    for (std::size_t k = kShortestPart; k + kShortestPart <= word.size(); ++k) {
      std::string_view left = word.substr(0, k), right = word.substr(k);
      if (!common(left) || !common(right)) continue;
      if (found) return std::nullopt;
      found = k;
    }
    if (!found) return found;
    // A closed compound the dictionary lacks ("powerplay", "harbourfront", "coverup", "keywoman")
    // joins a bare stem to a word; a lost space as often follows an inflected word
    // ("delegatesincluding", "killedan", "nationallywould"), comes before a verb in the past
    // ("ministerannounced"), or before one of the document's
    // everyday words of three letters or more ("electionand", "mandatewhich", "childboth").
    std::string_view left = word.substr(0, *found), right = word.substr(*found);
    if (inflected(left) || (left.size() >= kShortestBeforeVerb && right.ends_with("ed") && inflected(right)) || (right.size() >= kShortestEveryday && right.size() <= kLongestEveryday &&
                            words_.uses(right) >= kEverydayUses))
      return found;
    return std::nullopt;
  }

  /// A capitalised unknown word that is a name the document writes alone followed by a common
  /// lower-case word: "Hochulsaid".
  std::optional<std::size_t> name_split(std::string_view word) const {
    for (std::size_t k = kShortestCapitalisedPart; k + kShortestPart + 1 <= word.size(); ++k) {
      std::string_view left = word.substr(0, k), right = word.substr(k);
      if (names_.count(left) > 0 && !speller_.known(left) && common(right) && right.size() > kShortestPart) return k;
    }
    return std::nullopt;
  }

 private:
  // "delegates", "surveyed", "nationally": a known word that is a known stem and an ending.
  bool inflected(std::string_view part) const {
    for (std::string_view ending : {"s", "ed", "ly"}) {
      if (part.size() < ending.size() + 3 || !part.ends_with(ending) || part.ends_with("ss")) continue;
      // "news", "odds": a word the dictionary lists as it is, not as a plural ("newsmagazines").
      if (ending == "s" && doc_.dictionary_listing(part) != 0) continue;
      std::string_view stem = part.substr(0, part.size() - ending.size());
      if (speller_.known(stem) || (ending == "ed" && speller_.known(std::string(stem) + "e"))) return true;
    }
    return false;
  }
  bool common(std::string_view part) const {
    return part.size() >= kShortestPart && is_common_word(part) && speller_.known(part);
  }
  bool ordinary_word(std::string_view part) const {
    return (doc_.dictionary_listing(part) & kListedLowerCase) != 0 || common(ascii_lower(part));
  }
  bool name(std::string_view part) const {
    unsigned listing = doc_.dictionary_listing(part);
    if ((listing & kListedCapitalised) && !(listing & kListedLowerCase)) return true;
    return names_.count(part) > 0 && !(listing & kListedLowerCase);
  }

  const Document& doc_;
  Speller& speller_;
  const CapitalisedUses& names_;
  const SpellingWords& words_;  // each word's uses in the document
};

}  // namespace

RuleMeta GluedWordsRule::meta() {
  return {.id = "spelling/glued-words",
          .summary = "Two words run together by a lost space or dash: \u201Cministerannounced\u201D, "
                     "\u201CGovernorKathy Hochul\u201D; the split is found through the dictionaries.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

GluedWordsRule::GluedWordsRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

void GluedWordsRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  const SpellingWords& words = doc.get<DocumentWords>().of(doc, speller_);
  Splitter splitter(doc, *speller_, words);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // A word written twice is written so on purpose.
    if (!words.has(i, kPlainAscii) || words.verdicts(i).uses > 1) continue;
    const Token& t = tokens[i];
    bool known = words.verdicts(i).known;
    bool before_surname = i + 1 < tokens.size() && tokens[i + 1].is_word() && tokens[i + 1].has(kCapitalized) &&
                          tokens[i + 1].has(kSpaceBefore) && !tokens[i + 1].has(kAllCaps);
    std::optional<std::size_t> step = splitter.camel_step(t.text, before_surname);
    if (!step && is_lower(t.text[0]) && t.text.size() >= kShortestRun && !known) step = splitter.lower_split(t.text);
    if (!step && is_upper(t.text[0]) && !t.has(kAllCaps) && !known) step = splitter.name_split(t.text);
    if (!step || known) continue;
    std::string split = std::string(t.text.substr(0, *step)) + " " + std::string(t.text.substr(*step));
    reporter.report(t.range, "\u201C" + std::string(t.text) + "\u201D looks like two words run together; write \u201C" +
                                 split + "\u201D.")
        .fix(t.range, split);
  }
}

}  // namespace spelling

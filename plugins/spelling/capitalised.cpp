// The name-or-misspelling decision for capitalised words the dictionaries do not know.
#include "capitalised.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "document_words.hpp"
#include "word_check.hpp"
#include "word_lists.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Words of titles and institutions: a capitalised misspelling of one of these mid-sentence is
// almost never a name ("the Chancelor said", "the Departmnet of Health").
constexpr std::string_view kInstitutionWords[] = {
    "academy", "administration", "admiral", "affairs", "agency", "alliance", "ambassador", "assembly",
    "association", "attorney", "authority", "board", "brigade", "bureau", "cabinet", "captain", "chairman",
    "chairwoman", "chamber", "champion", "championship", "chancellor", "chief", "church", "coalition",
    "colonel", "command", "commander", "commission", "commissioner", "committee", "commonwealth",
    "communications", "company", "conference", "congress", "congressional", "constitution", "constitutional",
    "corporation", "council", "councillor", "councilor", "county", "court", "defence", "defense",
    "democratic", "department", "deputy", "development", "director", "district", "division", "education",
    "election", "electoral", "embassy", "employment", "energy", "environment", "executive", "federal",
    "federation", "finance", "foreign", "foundation", "general", "government", "governor", "health",
    "hospital", "institute", "intelligence", "interior", "international", "investigation", "judge",
    "justice", "kingdom", "labour", "league", "legislative", "legislature", "lieutenant", "magistrate",
    "management", "metropolitan", "military", "minister", "ministry", "municipal", "museum", "national",
    "navy", "office", "organisation", "organization", "parliament", "parliamentary", "police", "president",
    "presidential", "prosecutor", "province", "provincial", "regional", "republic", "republican", "research",
    "reserve", "royal", "school", "secretariat", "secretary", "security", "senate", "senator", "sergeant",
    "service", "services", "society", "spokesman", "spokesperson", "spokeswoman", "supreme", "transport",
    "treasury", "tribunal", "union", "united", "university"};

// Whether `b` is `a` with two adjacent letters swapped, not both vowels ("Jonh"/"John").
bool is_swap(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  std::size_t k = 0;
  while (k < a.size() && a[k] == b[k]) ++k;
  if (k + 1 >= a.size() || a[k] != b[k + 1] || a[k + 1] != b[k] || a.substr(k + 2) != b.substr(k + 2)) return false;
  auto vowel = [](char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; };
  return !(vowel(a[k]) && vowel(a[k + 1]));
}

// Before a surname, a common given name with two letters swapped ("Jonh Smith"), when no other
// given name is as close. A letter dropped, doubled or a vowel changed makes another real name as
// often ("Mohamad", "Carrol", "Jonathon", "Dierdre"), and is left alone.
std::string swapped_given_name(std::string_view word) {
  std::string found;
  for (std::size_t k = 0; k + 1 < word.size(); ++k) {
    std::string c(word);
    std::swap(c[k], c[k + 1]);
    if (c == word || !is_swap(word, c) || !is_given_name(c)) continue;
    if (!found.empty() && found != c) return {};
    found = c;
  }
  return found;
}

}  // namespace

bool is_institution_word(std::string_view word) {
  return std::binary_search(std::begin(kInstitutionWords), std::end(kInstitutionWords), word);
}

std::string_view without_possessive(std::string_view word) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019", "'"})
    if (word.size() > suffix.size() + 1 && word.ends_with(suffix)) return word.substr(0, word.size() - suffix.size());
  return word;
}

CapitalisedUses::CapitalisedUses(const Document& doc) {
  for (const Token& t : doc.tokens())
    if (t.is_word() && t.has(kCapitalized) && !t.has(kSentenceStart) && !t.has(kAllCaps)) {
      counts_[t.text]++;
      std::string_view base = without_possessive(t.text);
      if (base.size() != t.text.size()) counts_[base]++;
    }
}

std::size_t CapitalisedUses::count(std::string_view word) const {
  const std::uint32_t* n = counts_.find(word);
  return n ? *n : 0;
}

std::string capitalised_correction(const Document& doc, std::size_t i, Speller& speller, const SpellingWords& words) {
  // A word the dictionaries know needs no correction: asked first, since the analysis has it.
  if (words.verdicts(i).known) return {};
  const CapitalisedUses& uses = words.capitalised();
  const auto& tokens = doc.tokens();
  const Token& t = tokens[i];
  std::string_view word = without_possessive(t.text);
  // A word the document writes twice with a capital is its name; a short one may be anything.
  if (word.size() < 4 || uses.count(word) > 1 || is_given_name(word)) return {};
  bool before_surname = i + 1 < tokens.size() && tokens[i + 1].is_word() && tokens[i + 1].has(kCapitalized) &&
                        tokens[i + 1].sentence == t.sentence && tokens[i + 1].has(kSpaceBefore);
  bool after_name = i > 0 && tokens[i - 1].is_word() && tokens[i - 1].has(kCapitalized) && !tokens[i - 1].has(kSentenceStart);
  // Most unknown capitalised words are names far from any title word: a cheap look at the list
  // first spares the dictionary hundreds of questions a name.
  std::string folded = ascii_lower(word);
  bool near_institution = word.size() >= 5 && std::any_of(std::begin(kInstitutionWords), std::end(kInstitutionWords),
                                                          [&](std::string_view w) {
    return w.size() + 1 >= folded.size() && folded.size() + 1 >= w.size() && w[0] == folded[0] && one_edit_apart(folded, w);
  });
  if (!near_institution) {
    if (!before_surname || after_name || t.text.size() != word.size()) return {};
    return swapped_given_name(word);
  }
  std::vector<std::string> candidates = speller.suggest(word, variety_of(doc));
  // Rare words ("Sectary" beside "Secretary") are no evidence either way.
  std::erase_if(candidates, [&](const std::string& c) {
    return c[0] != word[0] || !(is_common_word(ascii_lower(c)) || is_common_word(c) || is_given_name(c));
  });
  if (candidates.empty() || candidates.size() > 3) return {};
  std::string ending(t.text.substr(word.size()));
  // A title or institution word that Hunspell has in lower case, and no name as close.
  const std::string& best = candidates[0];
  bool names_nearby = std::any_of(candidates.begin(), candidates.end(), [&](const std::string& c) {
    return !speller.known(ascii_lower(c)) || is_given_name(c);
  });
  // The same last letter: a foreign cognate differs at the end ("Agence", "Institut", "Ministre").
  // Capitalised neighbours the dictionaries know: "Partido Nacional" is Spanish, not a typo.
  auto known_neighbour = [&](std::size_t k) {
    return k >= tokens.size() || !tokens[k].is_word() || !tokens[k].has(kCapitalized) ||
           tokens[k].sentence != t.sentence || known_word(speller, tokens[k].text);
  };
  if (!names_nearby && is_institution_word(ascii_lower(best)) && speller.known(ascii_lower(best)) &&
      best.back() == word.back() && known_neighbour(i + 1) && (i == 0 || known_neighbour(i - 1)))
    return best + ending;
  return {};
}

}  // namespace spelling

// spelling/misspelling: "recieve" -> "receive"; "the Chancelor said" -> "Chancellor".
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "capitalised.hpp"
#include "document_words.hpp"
#include "word_lists.hpp"
#include <optional>

#include "rules.hpp"
#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Words shorter than this have too many dictionary words one edit away ("ther", "mia") for a
// neighbour to prove a typo.
constexpr std::size_t kShortestJudged = 5;
// More corrections than this one edit away: the word is as likely a coinage or a foreign word.
constexpr std::size_t kMostCorrections = 2;

// Capitalised words opening a sentence are judged from this length on.
constexpr std::size_t kShortestOpening = 7;
// The first part of a hyphenated word shorter than this is not judged on its own (a combining form
// or a clipped name: "neuro-", "naxal-").
constexpr std::size_t kShortestFirstPart = 7;
// Prefixes that news copy joins to names (parties, leaders, countries) with a hyphen, often in
// lower case: the part after one is not judged on its own.
constexpr std::string_view kNamePrefixes[] = {"anti", "pro", "ex", "neo", "post", "pre", "pan", "mid"};

// Strong evidence that an unknown word is a typo of one of its one-edit corrections, which it
// keeps (in order) only when they are common words. A word with no correction, or with many, is
// a coinage, a technical term or a foreign word far more often than a typo; so is a word that
// extends a known one ("beheadings", "coronagraphy": an inflection the dictionary lacks) or a
// hyphenated form of one ("anti-semitism").
// The commonest slips of a typing hand: a doubled letter typed once ("geting" for "getting") or
// two neighbouring letters swapped ("recieve").
bool is_slip_of(std::string_view typed, std::string_view word) {
  if (word.size() == typed.size() + 1) {
    for (std::size_t k = 1; k < word.size(); ++k)
      if (word[k] == word[k - 1] && word.substr(0, k) == typed.substr(0, k) && word.substr(k + 1) == typed.substr(k))
        return true;
    return false;
  }
  if (word.size() != typed.size()) return false;
  for (std::size_t k = 0; k + 1 < word.size(); ++k)
    if (word[k] != typed[k])
      return word[k] == typed[k + 1] && word[k + 1] == typed[k] && word.substr(k + 2) == typed.substr(k + 2);
  return false;
}

// Of many corrections, the one common word a slip of the hand explains, if there is exactly one
// and the word is not rather a lost apostrophe ("theres" is "there's", not "threes").
bool one_slip(std::string_view word, std::vector<std::string>& suggestions, Speller& speller) {
  for (std::size_t k = 1; k < word.size(); ++k)
    if (speller.known(std::string(word.substr(0, k)) + "'" + std::string(word.substr(k)))) return false;
  std::vector<std::string> slips;
  for (const std::string& s : suggestions)
    if (is_common_word(s) && is_slip_of(word, s)) slips.push_back(s);
  if (slips.size() != 1) return false;
  suggestions = std::move(slips);
  return true;
}

bool strong_evidence(std::string_view word, std::vector<std::string>& suggestions, bool opening, Speller& speller) {
  if (suggestions.empty()) return false;
  if (suggestions.size() > kMostCorrections) return !opening && one_slip(word, suggestions, speller);
  std::string closed;
  for (char c : word)
    if (c != '-') closed.push_back(c);
  for (const std::string& s : suggestions)
    if (word.starts_with(s) || s == closed) return false;
  std::erase_if(suggestions, [&](const std::string& s) {
    std::string l = ascii_lower(s);
    return !is_common_word(opening ? l : s) || (opening && !speller.known(l));
  });
  // A dropped letter is the commonest typo: longer corrections first ("sytem": "system", "stem").
  std::stable_sort(suggestions.begin(), suggestions.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return !suggestions.empty();
}

std::string with_straight_apostrophes(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\u2019") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

std::string with_curly_apostrophes(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == '\'') {
      out += "\u2019";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

struct WordPart {
  std::size_t offset = 0;  ///< bytes into the token
  std::string_view text;
};

// The one part of an unknown word worth judging on its own: a plural possessive's word
// ("commitees'" -> "commitees"), or a hyphenated word's only unknown part ("goverment-backed" ->
// "goverment"; parts of one letter aside). In lower-case ASCII letters, long enough to judge;
// none when two parts are unknown ("anti-vaxxer-ish" is a coinage) or the word has no such part.
std::optional<WordPart> unknown_part(std::string_view word, Speller& speller) {
  std::string_view core = word;
  for (std::string_view ending : {"\u2019s", "'s", "\u2019", "'"})
    if (core.size() > ending.size() && core.ends_with(ending)) {
      core.remove_suffix(ending.size());
      break;
    }
  std::optional<WordPart> unknown;
  std::size_t unknown_parts = 0;
  std::string_view before;  // the part before this one
  for (std::size_t start = 0; start <= core.size();) {
    std::size_t end = std::min(core.find('-', start), core.size());
    std::string_view part = core.substr(start, end - start);
    if (part.size() > 1 && !speller.known(part)) {
      ++unknown_parts;
      // After a prefix, a name written in lower case is likelier than a typo: "anti-maoist",
      // "pro-orban", "ex-tory".
      if (std::find(std::begin(kNamePrefixes), std::end(kNamePrefixes), before) != std::end(kNamePrefixes))
        return std::nullopt;
      unknown = WordPart{start, part};
    }
    before = part;
    start = end + 1;
  }
  if (unknown_parts != 1 || (unknown->text.size() == word.size())) return std::nullopt;
  bool lower_letters = std::all_of(unknown->text.begin(), unknown->text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (!lower_letters || unknown->text.size() < kShortestJudged) return std::nullopt;
  // A first part before a hyphen is often a combining form or a clipped name ("neuro-degenerative",
  // "naxal-infested"): judged only when it is as long as few of those are.
  bool first_of_several = unknown->offset == 0 && unknown->text.size() < core.size();
  if (first_of_several && unknown->text.size() < kShortestFirstPart) return std::nullopt;
  return unknown;
}

std::string message_for(std::string_view word, const std::vector<std::string>& suggestions) {
  std::string message = "\u201C" + std::string(word) + "\u201D is not in the dictionary";
  if (suggestions.empty()) return message + ".";
  message += "; did you mean ";
  for (std::size_t k = 0; k < suggestions.size() && k < 3; ++k)
    message += (k ? ", \u201C" : "\u201C") + suggestions[k] + "\u201D";
  return message + "?";
}

}  // namespace

RuleMeta MisspellingRule::meta() {
  return {.id = "spelling/misspelling",
          .summary = "A word neither English dictionary knows and one edit from a word it does: a lower-case "
                     "word, a capitalised one opening a sentence, or a misspelt title, institution or given name.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

MisspellingRule::MisspellingRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

// Whether `plain` (`folded` when it opens a sentence) is one typo from a common word, with
// corrections strong enough to report: they are left in `suggestions`.
namespace {

bool typo_of_common_word(Speller& speller, const std::string& folded, const std::string& plain, bool opening,
                         Variety variety, std::vector<std::string>& suggestions) {
  // Only a word one typo from a common word can be reported: a look at that list first spares
  // the dictionary hundreds of questions for each coinage, name or foreign word.
  if (!find_typo(folded, kAllTypos, [](const std::string& c) { return is_common_word(c); })) return false;
  suggestions = speller.suggest(plain, variety);
  return strong_evidence(plain, suggestions, opening, speller);
}

}  // namespace

void MisspellingRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  const SpellingWords& words = doc.get<DocumentWords>().of(doc, speller_);
  const CapitalisedUses& names = words.capitalised();
  Variety variety = variety_of(doc);
  // Unknown words per sentence, and how often each unknown word is used.
  std::vector<std::size_t> unknown_in_sentence(doc.sentences().size(), 0);
  std::unordered_map<std::string, std::size_t> uses;  // by straight spelling: ’ and ' are one word
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    // The house's words to avoid are reported wherever they stand in prose, accents and all.
    if (words.has(i, kProse) && words.verdicts(i).rejected) {
      reporter.report(t.range, "\u201C" + std::string(t.text) + "\u201D is on the house's list of words to avoid.");
      continue;
    }
    if (!words.has(i, kCheckable)) continue;
    bool capital = t.has(kCapitalized);
    // "Lindqvist’s report…": a word the document writes with a capital mid-sentence is a name,
    // at a sentence start too, possessive or not.
    if (capital && t.has(kSentenceStart) && names.count(without_possessive(t.text))) continue;
    // "Yevgeniy Marchenko met …": a capitalised word opening a run of capitalised words is a name.
    if (capital && t.has(kSentenceStart) && i + 1 < tokens.size() && tokens[i + 1].is_word() &&
        tokens[i + 1].has(kCapitalized) && tokens[i + 1].sentence == t.sentence)
      continue;
    if (capital && !t.has(kSentenceStart)) {
      std::string correction = capitalised_correction(doc, i, *speller_, words);
      if (!correction.empty())
        reporter.report(t.range, "\u201C" + std::string(t.text) + "\u201D is not in the dictionary and is not a name "
                                     "this article uses; did you mean \u201C" + correction + "\u201D?")
            .fix(t.range, correction);
      continue;
    }
    if (words.verdicts(i).known) continue;
    unknown_in_sentence[t.sentence]++;
    uses[with_straight_apostrophes(t.text)]++;
    candidates.push_back(i);
  }
  for (std::size_t i : candidates) {
    const Token& t = tokens[i];
    // A term used three times or more is deliberate ("muscimol"), not a typo.
    if (uses[with_straight_apostrophes(t.text)] >= 3) continue;
    // A sentence with several unknown words is in another language or garbled: not ours to spell.
    if (unknown_in_sentence[t.sentence] >= 3) continue;
    // A lower-case word right after a capitalised one inside a sentence is likely part of a name
    // ("Los ngeles" where the Á was lost).
    if (i > 0 && tokens[i - 1].is_word() && tokens[i - 1].has(kCapitalized) && !tokens[i - 1].has(kSentenceStart) &&
        !t.has(kCapitalized))
      continue;
    if (t.text.size() < kShortestJudged) continue;
    // A word quoted on its own ("spoking") is a term being named, not a slip.
    if (i > 0 && i + 1 < tokens.size() && tokens[i - 1].kind == TokenKind::Quote &&
        tokens[i + 1].kind == TokenKind::Quote && !t.has(kSpaceBefore) && !tokens[i + 1].has(kSpaceBefore))
      continue;
    // A name opening a sentence ("Wasif", "Cervid") is as unknown as a typo: only a longer word
    // with a correction the dictionary has in lower case counts.
    bool opening = t.has(kCapitalized);
    if (opening && t.text.size() < kShortestOpening) continue;
    // A curly apostrophe is judged as the straight one the word lists spell ("goverment’s" is
    // "goverment's" to them), and a correction keeps the writer's apostrophe.
    std::string plain = with_straight_apostrophes(t.text);
    bool curly = plain.size() != t.text.size();
    std::string folded = opening ? ascii_lower(plain) : plain;
    std::vector<std::string> suggestions;
    if (!typo_of_common_word(*speller_, folded, plain, opening, variety, suggestions)) {
      // Not as a whole: a hyphenated word's one unknown part ("goverment-backed"), or a plural
      // possessive's word ("commitees'"), is judged on its own and reported where it stands.
      if (opening) continue;
      std::optional<WordPart> part = unknown_part(t.text, *speller_);
      if (!part || !typo_of_common_word(*speller_, std::string(part->text), std::string(part->text), false, variety, suggestions))
        continue;
      Range at{t.range.offset + static_cast<std::uint32_t>(part->offset), static_cast<std::uint32_t>(part->text.size())};
      Diagnostic& d = reporter.report(at, message_for(part->text, suggestions));
      if (suggestions.size() == 1) d.fix(at, suggestions[0]);
      continue;
    }
    if (curly)
      for (std::string& s : suggestions) s = with_curly_apostrophes(s);
    // A sentence still opens with a capital: "Xresidents" -> "Residents" (and "Sstudents" has one
    // correction, "Students", not two).
    if (opening) {
      std::vector<std::string> capitalised;
      for (std::string s : suggestions) {
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
        if (std::find(capitalised.begin(), capitalised.end(), s) == capitalised.end()) capitalised.push_back(s);
      }
      suggestions = std::move(capitalised);
    }
    Diagnostic& d = reporter.report(t.range, message_for(t.text, suggestions));
    if (suggestions.size() == 1) d.fix(t.range, suggestions[0]);
  }
}

}  // namespace spelling

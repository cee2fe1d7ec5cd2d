// spelling/misspelling: "recieve" -> "receive".
#include <unordered_map>
#include <unordered_set>

#include "rules.hpp"
#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

RuleMeta MisspellingRule::meta() {
  return {.id = "spelling/misspelling",
          .summary = "A word neither English dictionary knows: a lower-case word, or a capitalised one that "
                     "opens a sentence and is not a name.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

MisspellingRule::MisspellingRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

void MisspellingRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  // Words written with a capital mid-sentence somewhere are names, at a sentence start too.
  std::unordered_set<std::string_view> names;
  for (const Token& t : tokens)
    if (t.is_word() && t.has(kCapitalized) && !t.has(kSentenceStart)) names.insert(t.text);
  Variety variety = variety_of(doc);
  // Unknown words per sentence, and how often each unknown word is used.
  std::vector<std::size_t> unknown_in_sentence(doc.sentences().size(), 0);
  std::unordered_map<std::string_view, std::size_t> uses;
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!checkable(doc, i)) continue;
    bool capital = t.has(kCapitalized);
    if (capital && (!t.has(kSentenceStart) || names.count(t.text))) continue;
    // "Yevgeniy Marchenko met …": a capitalised word opening a run of capitalised words is a name.
    if (capital && i + 1 < tokens.size() && tokens[i + 1].is_word() && tokens[i + 1].has(kCapitalized) &&
        tokens[i + 1].sentence == t.sentence)
      continue;
    if (speller_->rejected(t.text)) {
      reporter.report(t.range, "\u201C" + std::string(t.text) + "\u201D is on the house's list of words to avoid.");
      continue;
    }
    if (known_word(*speller_, t.text)) continue;
    unknown_in_sentence[t.sentence]++;
    uses[t.text]++;
    candidates.push_back(i);
  }
  for (std::size_t i : candidates) {
    const Token& t = tokens[i];
    // A term used three times or more is deliberate ("muscimol"), not a typo.
    if (uses[t.text] >= 3) continue;
    // A sentence with several unknown words is in another language or garbled: not ours to spell.
    if (unknown_in_sentence[t.sentence] >= 3) continue;
    // A lower-case word right after a capitalised one inside a sentence is likely part of a name
    // ("Los ngeles" where the Á was lost).
    if (i > 0 && tokens[i - 1].is_word() && tokens[i - 1].has(kCapitalized) && !tokens[i - 1].has(kSentenceStart) &&
        !t.has(kCapitalized))
      continue;
    std::vector<std::string> suggestions = speller_->suggest(t.text, variety);
    std::string message = "\u201C" + std::string(t.text) + "\u201D is not in the dictionary";
    if (!suggestions.empty()) {
      message += "; did you mean ";
      for (std::size_t k = 0; k < suggestions.size() && k < 3; ++k)
        message += (k ? ", \u201C" : "\u201C") + suggestions[k] + "\u201D";
      message += "?";
    } else {
      message += ".";
    }
    Diagnostic& d = reporter.report(t.range, message);
    // A single confident suggestion: one edit away, and nothing else as close.
    if (!suggestions.empty() && edit_distance(t.text, suggestions[0]) == 1 &&
        (suggestions.size() == 1 || edit_distance(t.text, suggestions[1]) > 1))
      d.fix(t.range, suggestions[0]);
  }
}

}  // namespace spelling

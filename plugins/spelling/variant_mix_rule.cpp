// spelling/variant-mix: "colour" and "color" in one document; US spellings in an en-GB one.
#include <copydesk/consistency.hpp>

#include "rules.hpp"
#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Spelling transformations between the varieties; a candidate counts only when the other
// dictionary accepts it, so coverage gaps in one dictionary are never taken for a variety.
constexpr std::pair<std::string_view, std::string_view> kUkToUs[] = {
    {"our", "or"}, {"ours", "ors"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourite", "orite"},
    {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"isation", "ization"},
    {"isations", "izations"}, {"yse", "yze"}, {"ysed", "yzed"}, {"tre", "ter"}, {"tres", "ters"},
    {"ence", "ense"}, {"elled", "eled"}, {"elling", "eling"}, {"eller", "eler"}, {"ogue", "og"},
    {"ogues", "ogs"}, {"mme", "m"}, {"mmes", "ms"}};

// The other variety's spelling of `word`, or "" if none that the other dictionary accepts.
std::string counterpart(Speller& speller, const std::string& word, Variety from) {
  Variety to = from == kGB ? kUS : kGB;
  for (const auto& [uk, us] : kUkToUs) {
    std::string_view have = from == kGB ? uk : us;
    std::string_view want = from == kGB ? us : uk;
    if (word.size() > have.size() + 2 && word.ends_with(have)) {
      std::string candidate = word.substr(0, word.size() - have.size()) + std::string(want);
      if (speller.correct(candidate, to) && !speller.correct(candidate, from)) return candidate;
    }
  }
  // Inner "ae"/"oe" (paediatric/pediatric) and a doubled consonant (travelled/traveled).
  for (std::size_t i = 1; i + 1 < word.size(); ++i) {
    std::string candidate = word;
    if (from == kGB && (word.compare(i, 2, "ae") == 0 || word.compare(i, 2, "oe") == 0)) {
      candidate.erase(i, 1);
    } else if (from == kGB && word[i] == 'l' && word[i + 1] == 'l' && i + 2 < word.size()) {
      candidate.erase(i, 1);
    } else {
      continue;
    }
    if (speller.correct(candidate, to) && !speller.correct(candidate, from)) return candidate;
  }
  return {};
}

}  // namespace

RuleMeta VariantMixRule::meta() {
  return {.id = "spelling/variant-mix",
          .summary = "US and UK spellings mixed in one document (\u201Ccolour\u201D and \u201Ccolor\u201D), or "
                     "spellings of the other variety than the configured language.",
          .default_severity = Severity::Warning,
          .fixable = true};
}

VariantMixRule::VariantMixRule(const RuleContext& context) : speller_(Speller::for_run(context)) {}

void VariantMixRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!checkable(doc, i) || (t.has(kCapitalized) && !t.has(kSentenceStart))) continue;
    std::string word(t.text);
    bool capital = t.has(kCapitalized);
    if (capital) word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    // A variety spelling is one dictionary's word whose counterpart only the other has. The
    // counterpart is looked for first, so most words never reach the second dictionary.
    Variety variety = speller_->correct(word, kUS) ? kUS : kGB;
    std::string other = counterpart(*speller_, word, variety);
    if (other.empty() || !speller_->correct(word, variety) || speller_->correct(word, variety == kUS ? kGB : kUS))
      continue;
    if (capital) other[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(other[0])));
    std::vector<std::string> forms(2);
    forms[variety] = std::string(t.text);
    forms[variety == kUS ? kGB : kUS] = other;
    found.push_back({t.range, variety, forms, std::string(t.text)});
  }
  // A configured language is the house's choice; "auto" lets the document's majority decide.
  std::string_view setting = doc.metadata("language-setting");
  int preferred = setting == "en-US" ? kUS : setting == "en-GB" ? kGB : -1;
  report_minority_forms(found, {"US spellings", "UK spellings"}, preferred, reporter);
}

}  // namespace spelling

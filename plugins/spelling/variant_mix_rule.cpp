// spelling/variant-mix: "colour" and "color" in one document; US spellings in an en-GB one;
// "organise" beside "recognize".
#include <copydesk/consistency.hpp>

#include <algorithm>

#include "document_words.hpp"
#include "rules.hpp"
#include "word_check.hpp"

namespace spelling {

using namespace copydesk;

namespace {

// Spelling transformations between the varieties; a candidate counts only when the other
// dictionary accepts it, so coverage gaps in one dictionary are never taken for a variety.
constexpr std::pair<std::string_view, std::string_view> kUkToUs[] = {
    {"our", "or"}, {"ours", "ors"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourite", "orite"},
    {"yse", "yze"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"ysing", "yzing"}, {"tre", "ter"}, {"tres", "ters"},
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

// -ise and -ize endings: en-GB accepts both (Oxford spelling), so they are a choice of their own
// that one document makes once.
constexpr std::pair<std::string_view, std::string_view> kIseToIze[] = {
    {"ise", "ize"},         {"ised", "ized"},           {"ises", "izes"}, {"ising", "izing"},
    {"isation", "ization"}, {"isations", "izations"}, {"iser", "izer"}, {"isers", "izers"}};

enum Ending { kIze = 0, kIse = 1 };

// Whether `word` ends in `ending` and has three letters before it. Compared from the last letter,
// which differs in most words: this runs for every word of every document.
bool has_ending(std::string_view word, std::string_view ending) {
  return word.size() > ending.size() + 2 && std::equal(ending.rbegin(), ending.rend(), word.rbegin());
}

// The -ize form of an -ise word, or the -ise form of an -ize word, when the word is that ending's
// only: "organise" (en-US rejects it) / "organize"; never "advise", "size" or "prize". `verdicts`
// are the speller's on `word` in lower case; `word` may open a sentence with a capital (never
// part of an ending), and the form returned is in lower case.
std::string other_ending(Speller& speller, std::string_view word, Speller::Verdicts verdicts, Ending& ending) {
  auto with_ending = [&word](std::string_view from, std::string_view to) {
    return ascii_lower(word.substr(0, word.size() - from.size())) + std::string(to);
  };
  for (const auto& [ise, ize] : kIseToIze) {
    if (verdicts.gb && !verdicts.us && has_ending(word, ise)) {
      std::string z = with_ending(ise, ize);
      if (speller.correct(z, kUS)) {
        ending = kIse;
        return z;
      }
    }
    if (verdicts.us && has_ending(word, ize)) {
      std::string s = with_ending(ize, ise);
      if (speller.correct(s, kGB) && !speller.correct(s, kUS)) {
        ending = kIze;
        return s;
      }
    }
  }
  return {};
}

// "program" is British only for software: elsewhere British copy writes "programme".
bool about_software(const Document& doc, const Token& t) {
  static constexpr std::string_view kSoftware[] = {"app", "apps", "code", "coding", "computer", "computers",
                                                   "download", "hacker", "hackers", "install", "installed",
                                                   "malware", "software", "virus", "algorithm", "programmer"};
  const Sentence& s = doc.sentences()[t.sentence];
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
    if (std::find(std::begin(kSoftware), std::end(kSoftware), ascii_lower(doc.tokens()[k].text)) != std::end(kSoftware))
      return true;
  return false;
}

std::string with_case_of(std::string word, bool capital) {
  if (capital) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

}  // namespace

RuleMeta VariantMixRule::meta() {
  return {.id = "spelling/variant-mix",
          .summary = "US and UK spellings mixed in one document (\u201Ccolour\u201D and \u201Ccolor\u201D), or "
                     "spellings of the other variety than the configured language.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"oxford", OptionType::Bool, "false",
                       "British spelling with -ize endings (Oxford spelling): -ise is reported in en-GB copy"}}};
}

VariantMixRule::VariantMixRule(const RuleContext& context)
    : speller_(Speller::for_run(context)), oxford_(context.options.value<bool>("oxford", meta().options)) {}

void VariantMixRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<FormOccurrence> found, endings;
  // In British copy -ise and -ize are a choice of their own; elsewhere -ise is a UK spelling and
  // -ize a US one like any other.
  std::string_view evidence = doc.metadata("language-evidence");
  bool british = doc.language() == "en-GB" && evidence != "none";
  const SpellingWords& words = doc.get<DocumentWords>().of(doc, speller_);
  std::string word;  // a variety spelling in lower case; one buffer for the document
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!words.has(i, kVarietyWord)) continue;
    const Token& t = tokens[i];
    bool capital = t.has(kCapitalized);
    Speller::Verdicts verdicts = words.verdicts(i).lower;
    Ending ending;
    if (std::string other = other_ending(*speller_, t.text, verdicts, ending); !other.empty()) {
      std::vector<std::string> forms(2);
      forms[ending] = std::string(t.text);
      forms[ending == kIze ? kIse : kIze] = with_case_of(other, capital);
      if (british) {
        endings.push_back({t.range, ending, forms, std::string(t.text)});
      } else {
        std::vector<std::string> varieties(2);
        varieties[kUS] = forms[kIze];
        varieties[kGB] = forms[kIse];
        found.push_back({t.range, ending == kIze ? kUS : kGB, varieties, std::string(t.text)});
      }
      continue;
    }
    // A variety spelling is one dictionary's word whose counterpart only the other has: a word
    // both dictionaries accept, or neither, is none (and needs no counterpart looked for).
    bool program = (ascii_lower_equals(t.text, "program") || ascii_lower_equals(t.text, "programs")) &&
                   !about_software(doc, t);
    bool programme = ascii_lower_equals(t.text, "programme") || ascii_lower_equals(t.text, "programmes");
    if (!program && !programme && verdicts.us == verdicts.gb) continue;
    ascii_lower_into(word, t.text);
    Variety variety = verdicts.us ? kUS : kGB;
    std::string other = counterpart(*speller_, word, variety);
    if (program) {
      variety = kUS;
      other = word.substr(0, 7) + "me" + word.substr(7);
    } else if (programme) {
      variety = kGB;
      other = "program" + word.substr(9);
    } else if (other.empty()) {
      continue;
    }
    std::vector<std::string> forms(2);
    forms[variety] = std::string(t.text);
    forms[variety == kUS ? kGB : kUS] = with_case_of(other, capital);
    found.push_back({t.range, variety, forms, std::string(t.text)});
  }
  // A configured language is the house's choice. With "auto" the document's majority decides,
  // unless it has too few variety spellings and is set where the press spells the British way.
  std::string_view setting = doc.metadata("language-setting");
  int preferred = setting == "en-US" ? kUS : setting == "en-GB" ? kGB : evidence == "region" ? kGB : -1;
  report_minority_forms(found, {"US spellings", "UK spellings"}, preferred, reporter,
                        setting == "en-US" || setting == "en-GB");
  // British -ise/-ize: either, once per document; -ise when the house says en-GB, -ize when it
  // follows Oxford spelling.
  int ending = oxford_ ? kIze : evidence == "config" ? kIse : -1;
  report_minority_forms(endings, {"-ize endings", "-ise endings"}, ending, reporter, ending >= 0);
}

}  // namespace spelling

// names/abbreviation-stops: one abbreviation or initial written with and without full stops in one
// document ("U.S." and "US", "S. Jaishankar" and "S Jaishankar").
#include <map>

#include <copydesk/consistency.hpp>
#include "rules.hpp"

namespace names {

using namespace copydesk;

namespace {

enum Form { kWithStops = 0, kWithoutStops = 1 };

bool upper(char c) { return c >= 'A' && c <= 'Z'; }

// "U.S." -> "US", "U.S.A." -> "USA": capital letters each followed by a full stop; empty otherwise.
std::string dotted_letters(std::string_view text) {
  std::string letters;
  for (std::size_t k = 0; k < text.size(); k += 2) {
    if (k + 1 >= text.size() || !upper(text[k]) || text[k + 1] != '.') return {};
    letters.push_back(text[k]);
  }
  return letters.size() >= 2 ? letters : std::string{};
}

// An initialism written without stops has this many letters: "US", "UK", "EU", "USA".
constexpr std::size_t kLongestInitialism = 4;

bool plain_initialism(const Token& t) {
  if (!t.is_word() || t.has(kAbbreviation) || t.text.size() < 2 || t.text.size() > kLongestInitialism) return false;
  for (char c : t.text)
    if (!upper(c)) return false;
  return true;
}

// A headline or label set in capitals ("LET US GO", "UN TALKS END") writes every word the same
// way: its initialisms say nothing about the house's stops.
bool in_capitals(const Document& doc, const Token& t) {
  std::size_t caps = 0, words = 0;
  const Sentence& s = doc.sentences()[t.sentence];
  for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
    const Token& w = doc.tokens()[k];
    if (!w.is_word() || w.has(kHasDigit)) continue;
    ++words;
    if (w.has(kAllCaps)) ++caps;
  }
  return words >= 2 && caps * 2 >= words;
}

// Whether the token ends its sentence: its own full stop then closes the sentence too.
bool ends_sentence(const Document& doc, std::size_t i) {
  const auto& tokens = doc.tokens();
  for (std::size_t k = i + 1; k < tokens.size(); ++k) {
    if (tokens[k].is_word() || tokens[k].kind == TokenKind::Number) return tokens[k].sentence != tokens[i].sentence;
  }
  return true;
}

struct Found {
  std::vector<FormOccurrence> occurrences;
  std::string dotted, plain;  // the two spellings, for messages
};

// One abbreviation or initial: where it is, in which form, and what to write for each form. A
// dotted form that ends a sentence keeps a full stop for the sentence; a plain form followed by
// the sentence's full stop takes that stop into its own.
void add(Found& f, const Document& doc, std::size_t i, Form form, const std::string& dotted, const std::string& plain) {
  const auto& tokens = doc.tokens();
  const Token& t = tokens[i];
  Range range = t.range;
  std::string to_plain = plain;
  if (form == kWithStops && ends_sentence(doc, i)) to_plain += ".";
  if (form == kWithoutStops && i + 1 < tokens.size() && tokens[i + 1].is(".") && !tokens[i + 1].has(kSpaceBefore))
    range.length = tokens[i + 1].range.end() - range.offset;
  f.occurrences.push_back({range, form, {dotted, form == kWithoutStops && range.length > t.range.length ? plain + "." : to_plain}});
  f.dotted = dotted;
  f.plain = plain;
}

}  // namespace

RuleMeta AbbreviationStopsRule::meta() {
  return {.id = "names/abbreviation-stops",
          .summary = "An abbreviation or an initial written both with and without full stops in one document "
                     "(\u201CU.S.\u201D and \u201CUS\u201D, \u201CS. Jaishankar\u201D and \u201CS Jaishankar\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

AbbreviationStopsRule::AbbreviationStopsRule(const RuleContext&) {}

void AbbreviationStopsRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::map<std::string, Found> found;  // "US", or "S Jaishankar" for an initial before a name
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.is_word()) continue;
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    bool before_name = next && next->is_word() && next->has(kSpaceBefore) && next->has(kCapitalized) &&
                       !next->has(kAllCaps) && !next->has(kAbbreviation) && next->sentence == t.sentence;
    bool initial = before_name && t.text.size() <= 2 && upper(t.text[0]) && (t.text.size() == 1 || t.text[1] == '.');
    // Most words are none of the shapes below: the scope lookups are for the few that are.
    if (!initial && !t.has(kAbbreviation) && !plain_initialism(t)) continue;
    // A headline has its own style ("US" in AP headlines over "U.S." in the story).
    if (doc.in_scope(t.range.offset, ScopeKind::Code) || doc.in_scope(t.range.offset, ScopeKind::Url) ||
        doc.in_scope(t.range.offset, ScopeKind::Headline) || doc.in_scope(t.range.offset, ScopeKind::Heading))
      continue;
    // An initial before a surname: "S. Jaishankar" or "S Jaishankar" (a capital letter alone).
    if (initial) {
      std::string letter(1, t.text[0]);
      // A capital alone opening a sentence is the article "A" or the pronoun "I" more often than an initial.
      if (t.text.size() == 1 && (t.has(kSentenceStart) || letter == "A" || letter == "I")) continue;
      std::string name(next->text);
      add(found[letter + " " + name], doc, i, t.text.size() == 2 ? kWithStops : kWithoutStops, letter + ".", letter);
      continue;
    }
    std::string letters = t.has(kAbbreviation) ? dotted_letters(t.text) : std::string{};
    if (!letters.empty()) {
      add(found[letters], doc, i, kWithStops, std::string(t.text), letters);
    } else if (plain_initialism(t) && !in_capitals(doc, t)) {
      // "US$5m": a currency code keeps its letters as they are.
      if (next && !next->has(kSpaceBefore) && next->is("$")) continue;
      std::string dotted;
      for (char c : t.text) dotted += std::string(1, c) + ".";
      add(found[std::string(t.text)], doc, i, kWithoutStops, dotted, std::string(t.text));
    }
  }
  for (const auto& [key, f] : found) {
    bool both = false;
    for (const FormOccurrence& o : f.occurrences) both = both || o.form != f.occurrences.front().form;
    if (!both) continue;
    std::string name = key.size() > 2 && key[1] == ' ' ? key.substr(1) : std::string{};
    report_minority_forms(f.occurrences,
                          {"\u201C" + f.dotted + name + "\u201D with a full stop", "\u201C" + f.plain + name + "\u201D without a full stop"},
                          -1, reporter);
  }
}

}  // namespace names

// punctuation/compound-modifier and punctuation/unit-modifier: "a 58 year old father" -> "58-year-old",
// "a 12-year-reign" -> "12-year reign"; "a two hour delay" -> "two-hour".
#include <algorithm>

#include "rules.hpp"

namespace punctuation {

using namespace copydesk;

namespace {

template <std::size_t N>
bool listed(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Measures that, singular after a number, can only be part of a modifier: "a 10 mile walk".
constexpr std::string_view kUnits[] = {
    "year", "month", "week", "day", "hour", "minute", "second", "night", "mile", "kilometre", "kilometer",
    "km", "metre", "meter", "foot", "inch", "yard", "pound", "ton", "tonne", "acre", "hectare", "storey",
    "story", "page", "point", "lap", "lane"};

constexpr std::string_view kNumberWords[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred"};

// After "10 mile", a word that does not make "10 mile" a modifier of it ("2 hour ago" is another fault).
constexpr std::string_view kNotModified[] = {
    "ago", "later", "earlier", "before", "after", "and", "or", "but", "nor", "of", "to", "in", "on", "at",
    "for", "by", "from", "with", "as", "than", "into", "onto", "over", "under", "long", "high", "tall", "wide",
    "deep", "away", "late", "early", "apart", "behind", "ahead", "per", "that", "which", "who", "when",
    "while", "since", "until", "the", "a", "an", "is", "was", "are", "were", "be", "been", "has", "had",
    "have", "will", "would", "could", "can", "may", "off", "out", "up", "down", "each", "every", "more", "less",
    "apiece", "now", "then", "so", "too", "this", "its", "his", "her", "their", "round", "back", "running",
    "straight", "there", "here", "not", "only", "just", "all"};

// What may follow "12-year-" inside one word without being the modified noun.
constexpr std::string_view kCompoundTails[] = {"old", "long", "high", "low", "wide", "deep", "tall", "plus",
                                               "a", "per", "and", "or", "olds", "odd", "term", "round"};

// The shapes of kNumberWords: asked of every word, so most are turned away before the list.
const WordShapes& number_word_shapes() {
  static const WordShapes shapes = [] {
    WordShapes out;
    for (std::string_view word : kNumberWords) out.add(word);
    return out;
  }();
  return shapes;
}

bool is_lower_word(const Token& t) {
  if (!t.is_word() || t.has(kCapitalized) || t.has(kHasDigit)) return false;
  return std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A figure other than 1 (and not a year), or a number word from two up: what counts units.
bool is_count(const Token& t, const Token* before) {
  if (t.kind == TokenKind::Number) {
    if (before && before->kind == TokenKind::Symbol && !t.has(kSpaceBefore)) return false;  // $5, #2
    long value = 0;
    for (char c : t.text) {
      if (c == ',') continue;
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
      if (value > 100000) return false;
    }
    return value > 1 && !(value >= 1800 && value <= 2100);
  }
  return number_word_shapes().may_contain(t.text) && is_lower_word(t) && listed(kNumberWords, t.text);
}

std::vector<std::string_view> split_hyphens(std::string_view w) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= w.size(); ++i)
    if (i == w.size() || w[i] == '-') {
      parts.push_back(w.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

enum class ModifierFault { Age, NounHyphen, SpacedUnit };

struct ModifierFinding {
  std::size_t first, last;  // tokens
  std::string written;
  ModifierFault fault;
};

std::vector<ModifierFinding> find_modifier_faults(const std::vector<Token>& tokens);

std::string message_for(const ModifierFinding& f) {
  const char* why = f.fault == ModifierFault::Age          ? "An age before a noun takes hyphens"
                    : f.fault == ModifierFault::NounHyphen ? "The noun after a compound modifier takes no hyphen"
                                                           : "A number and a unit before a noun take a hyphen";
  return std::string(why) + ": write " + quoted(f.written) + ".";
}

void report_faults(const Document& doc, Reporter& reporter, bool spaced_units) {
  const auto& tokens = doc.tokens();
  for (const ModifierFinding& f : find_modifier_faults(tokens)) {
    if ((f.fault == ModifierFault::SpacedUnit) != spaced_units) continue;
    Range r{tokens[f.first].range.offset, tokens[f.last].range.end() - tokens[f.first].range.offset};
    // A suggestion: "the 30 yard line" is a modifier, but a rare noun reading exists.
    reporter.report(r, message_for(f)).fix(r, f.written);
  }
}

}  // namespace

RuleMeta CompoundModifierRule::meta() {
  return {.id = "punctuation/compound-modifier",
          .summary = "An age before a noun without its hyphens (\u201Ca 58 year old father\u201D, \u201Ca 58 "
                     "year-old father\u201D), or a compound modifier with a hyphen before its noun "
                     "(\u201Ca 12-year-reign\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true};
}

CompoundModifierRule::CompoundModifierRule(const RuleContext&) {}

void CompoundModifierRule::check(const Document& doc, Reporter& reporter) { report_faults(doc, reporter, false); }

RuleMeta UnitModifierRule::meta() {
  return {.id = "punctuation/unit-modifier",
          .summary = "A number and a unit before a noun without a hyphen: \u201Ca 10 mile walk\u201D, "
                     "\u201Ca two hour delay\u201D (AP and Chicago: \u201C10-mile\u201D, \u201Ctwo-hour\u201D).",
          .default_severity = Severity::Warning,
          .enabled_by_default = false,
          .fixable = true};
}

UnitModifierRule::UnitModifierRule(const RuleContext&) {}

void UnitModifierRule::check(const Document& doc, Reporter& reporter) { report_faults(doc, reporter, true); }

namespace {

std::vector<ModifierFinding> find_modifier_faults(const std::vector<Token>& tokens) {
  std::vector<ModifierFinding> out;
  auto same_line = [&](std::size_t k) { return k < tokens.size() && !tokens[k].has(kNewlineBefore); };
  auto suggest = [&](std::size_t a, std::size_t b, std::string written, ModifierFault fault) {
    out.push_back({a, b, std::move(written), fault});
  };
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& count = tokens[i];
    if (!is_count(count, i > 0 ? &tokens[i - 1] : nullptr)) continue;
    std::string c(count.text);
    const Token& second = tokens[i + 1];
    // "58 year old", "58 year-old", "two hour delay": spaced.
    if (second.has(kSpaceBefore) && same_line(i + 1) && second.is_word()) {
      std::vector<std::string_view> parts = split_hyphens(second.text);
      if (!listed(kUnits, parts[0]) || second.has(kCapitalized)) continue;
      if (parts.size() == 2 && parts[1] == "old") {
        suggest(i, i + 1, c + "-" + std::string(second.text), ModifierFault::Age);
        continue;
      }
      if (parts.size() != 1 || i + 2 >= tokens.size() || !same_line(i + 2) || !tokens[i + 2].has(kSpaceBefore))
        continue;
      const Token& third = tokens[i + 2];
      if (third.is("old")) {
        suggest(i, i + 2, c + "-" + std::string(second.text) + "-old", ModifierFault::Age);
      } else if (is_lower_word(third) && !listed(kNotModified, third.text) && third.sentence == count.sentence) {
        suggest(i, i + 1, c + "-" + std::string(second.text),
                ModifierFault::SpacedUnit);
      }
      continue;
    }
    // "12-year-reign", "58-year old": hyphenated.
    std::size_t unit_token = i + 1;
    if (count.kind == TokenKind::Number) {
      if (second.has(kSpaceBefore) || !second.is("-") || i + 2 >= tokens.size() || tokens[i + 2].has(kSpaceBefore))
        continue;
      unit_token = i + 2;
    } else {
      continue;  // a number word joins its unit inside one word token: handled below
    }
    const Token& unit = tokens[unit_token];
    if (!unit.is_word() || unit.has(kCapitalized)) continue;
    std::vector<std::string_view> parts = split_hyphens(unit.text);
    if (!listed(kUnits, parts[0])) continue;
    bool noun_tail = parts.size() == 2 && !listed(kCompoundTails, parts[1]) &&
                     std::all_of(parts[1].begin(), parts[1].end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (noun_tail)
      suggest(i, unit_token, c + "-" + std::string(parts[0]) + " " + std::string(parts[1]),
              ModifierFault::NounHyphen);
    else if (parts.size() == 1 && unit_token + 1 < tokens.size() && tokens[unit_token + 1].is("old") &&
             tokens[unit_token + 1].has(kSpaceBefore) && same_line(unit_token + 1))
      suggest(i, unit_token + 1, c + "-" + std::string(unit.text) + "-old", ModifierFault::Age);
  }
  // "two-year-reign", "two-year old": a number word and its unit in one word.
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.is_word() || t.has(kCapitalized) || t.text.find('-') == std::string_view::npos) continue;
    std::vector<std::string_view> parts = split_hyphens(t.text);
    if (parts.size() < 2 || !listed(kNumberWords, parts[0]) || !listed(kUnits, parts[1])) continue;
    if (parts.size() == 3 && !listed(kCompoundTails, parts[2]))
      suggest(i, i, std::string(parts[0]) + "-" + std::string(parts[1]) + " " + std::string(parts[2]),
              ModifierFault::NounHyphen);
    else if (parts.size() == 2 && i + 1 < tokens.size() && tokens[i + 1].is("old") &&
             tokens[i + 1].has(kSpaceBefore) && same_line(i + 1))
      suggest(i, i + 1, std::string(t.text) + "-old", ModifierFault::Age);
  }
  return out;
}

}  // namespace

}  // namespace punctuation

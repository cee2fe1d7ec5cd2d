// numbers/ap-numerals: "3 ships" -> "three ships"; "12 ships sailed" at a sentence start spelled out.
#include <algorithm>

#include "number_words.hpp"
#include "rules.hpp"

namespace numbers {

using namespace copydesk;

namespace {

// Words after a figure that AP keeps in figures: percentages, money, times, dimensions, scores.
constexpr std::string_view kFiguresAfter[] = {
    "percent", "per", "million", "billion", "trillion", "a.m.", "p.m.", "am", "pm", "o'clock", "feet",
    "foot", "ft", "inches", "inch", "cm", "mm", "km", "kg", "mph", "degrees", "yards", "x", "by",
    "dollars", "cents", "euros", "pence", "pounds", "years-old", "bn", "m"};

// Words before a figure that make it a name, a number in a series or a reference.
constexpr std::string_view kFiguresBefore[] = {
    "no.", "no", "number", "page", "pages", "chapter", "room", "game", "section", "level", "category", "grade",
    "size", "step", "phase", "stage", "round", "act", "scene", "verse", "volume", "version", "model", "gate",
    "platform", "track", "lane", "route", "highway", "interstate", "aged", "age", "ages", "channel", "flight",
    "exit", "district", "ward", "precinct", "article", "paragraph", "item", "point", "apollo", "rule", "term",
    "week", "day", "year", "grades", "seat", "seats", "lines", "line", "figure", "table", "vs", "vs.", "v"};

bool listed(std::string_view w, const std::string_view* begin, const std::string_view* end) {
  return std::find(begin, end, w) != end;
}

// Headlines, subheads, table cells, list items and code take figures in every style: they are
// not running sentences ("## 3 big changes", "| Checking | 2 |", "- 12 states lose funding").
bool in_figure_zone(const Document& doc, const Token& t) {
  for (ScopeKind kind : {ScopeKind::Headline, ScopeKind::Heading, ScopeKind::TableCell, ScopeKind::ListItem,
                         ScopeKind::Code, ScopeKind::Caption})
    if (doc.in_scope(t.range.offset, kind)) return true;
  return false;
}

}  // namespace

RuleMeta ApNumeralsRule::meta() {
  return {.id = "numbers/ap-numerals",
          .summary = "A figure that starts a sentence (a year aside); with style \"ap\" or \"chicago\", "
                     "also the house's numerals: AP spells out one to nine, Chicago up to one hundred.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"sentence-start\"",
                       "\"sentence-start\" (only a figure that starts a sentence: every style agrees), \"ap\" "
                       "(also spell out one to nine) or \"chicago\" (also spell out up to one hundred)",
                       {"sentence-start", "ap", "chicago"}}}};
}

ApNumeralsRule::ApNumeralsRule(const RuleContext& context) {
  std::string style = context.options.choice("style", meta().options);
  spell_up_to_ = style == "ap" ? 9 : style == "chicago" ? 100 : 0;
}

void ApNumeralsRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (const NumberMention& n : doc.numbers()) {
    const Token& t = tokens[n.token];
    // The headline is the news zone, not a first paragraph of this rule's own reckoning (a middle
    // part of a long document has none).
    if (in_figure_zone(doc, t)) continue;
    const Token* next = n.token + 1 < tokens.size() ? &tokens[n.token + 1] : nullptr;
    const Token* prev = n.token > 0 ? &tokens[n.token - 1] : nullptr;
    bool glued_after = next && !next->has(kSpaceBefore) && next->paragraph == t.paragraph;
    if (prev && prev->kind == TokenKind::Bracket && prev->has(kOpening)) continue;  // "(5)", "[6]"
    // "iPhone 4", "Windows 7", "Apollo 11": a figure after a name is part of the name.
    bool after_name = prev && prev->is_word() && !prev->has(kSentenceStart) &&
                      std::any_of(prev->text.begin(), prev->text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool glued_before = prev && !t.has(kSpaceBefore) && !prev->has(kOpening);

    if (t.has(kSentenceStart) && !glued_before) {
      bool year = n.kind == NumberKind::Integer && !n.thousands_separator && t.text.size() == 4 && n.value >= 1000 &&
                  n.value <= 2100;
      bool list_number = glued_after && (next->text == "." || next->text == ")");
      if (!year && !list_number && n.kind != NumberKind::Time && n.kind != NumberKind::Date) {
        Diagnostic& d = reporter.report(t.range, "Spell out a number that starts a sentence, or recast the sentence.");
        std::string words = n.kind == NumberKind::Integer && !n.thousands_separator && n.currency.empty() && !glued_after
                                ? spell_out(n.value)
                                : "";
        if (!words.empty()) {
          words[0] = static_cast<char>(words[0] - 32);
          d.fix(t.range, words);
        }
      }
      continue;
    }

    if (spell_up_to_ == 0 || n.kind != NumberKind::Integer || n.thousands_separator || !n.currency.empty()) continue;
    if (n.value < 1 || n.value > static_cast<double>(spell_up_to_) || t.text.size() > 3) continue;
    if (glued_after || glued_before) continue;  // "5-3", "5G", "F-5", "#5", "5%"
    std::string after = next ? ascii_lower(next->text) : "";
    std::string before = prev ? ascii_lower(prev->text) : "";
    if (listed(after, std::begin(kFiguresAfter), std::end(kFiguresAfter))) continue;
    if (listed(before, std::begin(kFiguresBefore), std::end(kFiguresBefore))) continue;
    if ((prev && is_month(prev->text)) || (next && is_month(next->text))) continue;  // dates
    if (next && next->is_word() && next->has(kCapitalized)) continue;                // "5 Main St."
    if (after_name) continue;
    if (prev && prev->text == "," && next && next->text == ",") continue;                          // "Nair, 54,"
    if (after == "years" && n.token + 2 < tokens.size() && tokens[n.token + 2].text == "old") continue;
    // A range or ratio keeps one form: "5 to 12", "between 5 and 15", "1 in 5", "5-10".
    auto number_at = [&](std::size_t k) { return k < tokens.size() && tokens[k].kind == TokenKind::Number; };
    bool joins_next = (after == "to" || after == "in" || after == "of" || after == "and" || after == "or") &&
                      number_at(n.token + 2);
    bool joins_prev = (before == "to" || before == "in" || before == "of" || before == "and" || before == "or" ||
                       before == "by" || before == "x") &&
                      n.token >= 2 && number_at(n.token - 2);
    if (joins_next || joins_prev || before == "between" || before == "from") continue;
    std::string words = spell_out(n.value);
    reporter
        .report(t.range, std::string(spell_up_to_ == 9 ? "AP style spells out numbers under 10"
                                                       : "Chicago style spells out numbers up to one hundred") +
                             ": write \u201C" + words + "\u201D.")
        .fix(t.range, words);
  }
}

}  // namespace numbers

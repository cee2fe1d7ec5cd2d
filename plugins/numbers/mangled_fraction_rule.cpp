// numbers/mangled-fraction: "21/2 hours" -> "2½ hours".
#include <algorithm>

#include "number_words.hpp"
#include "rules.hpp"

namespace numbers {

using namespace copydesk;

namespace {

struct Glyph {
  std::string_view ascii, glyph;
};
constexpr Glyph kFractions[] = {{"1/2", "\u00BD"}, {"1/4", "\u00BC"}, {"3/4", "\u00BE"}, {"1/3", "\u2153"}};

// Words before a quantity: "for 21/2 hours", "about 31/2", "nearly 11/2".
constexpr std::string_view kQuantityCues[] = {"for", "about", "nearly", "almost", "around", "some", "over", "under",
                                              "roughly", "approximately", "just", "than", "only", "another",
                                              "lasted", "took", "spent", "within", "after", "least", "last"};

bool is_cue(std::string_view w) {
  return std::find(std::begin(kQuantityCues), std::end(kQuantityCues), w) != std::end(kQuantityCues);
}

}  // namespace

RuleMeta MangledFractionRule::meta() {
  return {.id = "numbers/mangled-fraction",
          .summary = "A number such as \u201C21/2 hours\u201D that is a 2\u00BD whose fraction sign was lost.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"style", OptionType::String, "\"glyph\"",
                       "How the fix writes the fraction: \"glyph\" (2\u00BD) or \"spaced\" (2 1/2)",
                       {"glyph", "spaced"}}}};
}

MangledFractionRule::MangledFractionRule(const RuleContext& context)
    : glyph_(context.options.choice("style", meta().options) == "glyph") {}

void MangledFractionRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  for (const NumberMention& n : doc.numbers()) {
    if (n.kind != NumberKind::Fraction && n.kind != NumberKind::Percent) continue;
    const Token& t = tokens[n.token];
    std::string_view text = t.text;
    bool percent = text.ends_with("%");
    if (percent) text.remove_suffix(1);
    if (std::count(text.begin(), text.end(), '/') != 1) continue;
    const Glyph* glyph = nullptr;
    for (const Glyph& g : kFractions)
      if (text.size() > g.ascii.size() && text.ends_with(g.ascii)) glyph = &g;
    if (!glyph) continue;
    std::string_view whole = text.substr(0, text.size() - glyph->ascii.size());
    if (whole.empty() || whole.size() > 3 || whole[0] == '0' ||
        !std::all_of(whole.begin(), whole.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    // What says "a quantity": a unit after it, a hyphenated compound ("31/2-year-old"), a percent
    // sign, or a word such as "for" or "about" before it.
    std::string cue;
    std::size_t next = n.token + 1;
    if (percent) {
      cue = "a percent sign follows";
    } else if (next < tokens.size() && tokens[next].is_word() && tokens[next].has(kSpaceBefore) &&
               is_unit_word(ascii_lower(tokens[next].text))) {
      cue = "\u201C" + std::string(tokens[next].text) + "\u201D follows";
    } else if (next + 1 < tokens.size() && tokens[next].text == "-" && !tokens[next].has(kSpaceBefore) &&
               tokens[next + 1].is_word() && !tokens[next + 1].has(kSpaceBefore)) {
      std::string_view compound = tokens[next + 1].text;
      std::string head = ascii_lower(compound.substr(0, compound.find('-')));
      if (is_unit_word(head) || is_unit_word(head + "s")) cue = "\u201C-" + std::string(compound) + "\u201D follows";
    }
    if (cue.empty() && n.token > 0 && tokens[n.token - 1].is_word()) {
      std::string before = ascii_lower(tokens[n.token - 1].text);
      // "on 21/2" is a date and "won 21/2" a score; a cue word alone must not be one of those.
      bool maths = false;
      const Sentence& s = doc.sentences()[t.sentence];
      for (std::uint32_t k = s.first_token; k < s.end_token; ++k)
        maths = maths || tokens[k].text == "=" || tokens[k].text == "+" || tokens[k].text == "\u00D7";
      if (is_cue(before) && !maths) cue = "\u201C" + std::string(tokens[n.token - 1].text) + "\u201D comes before it";
    }
    if (cue.empty()) continue;
    std::string fixed = std::string(whole) + (glyph_ ? std::string(glyph->glyph) : " " + std::string(glyph->ascii));
    if (percent) fixed += "%";
    reporter
        .report(t.range, "\u201C" + std::string(t.text) + "\u201D looks like " + std::string(whole) +
                             std::string(glyph->glyph) + " with its fraction sign lost (" + cue + ").")
        .fix(t.range, fixed);
  }
}

}  // namespace numbers

// titles/capitalization: "the Foreign minister, Ana Ruiz," -> "the Foreign Minister"; "president
// Elena Varga" where the article writes "President" before names; "the U.S. Secretary of State
// said" -> "secretary of state" in American copy.
#include <functional>
#include <map>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

// Words before a title that belong to it as a modifier, not to a name: "U.S.", "Russia's",
// "Russian", "former", "the".
bool is_modifier(const Token& t) {
  if (!t.is_word()) return true;
  if (!t.has(kCapitalized) && !t.has(kAllCaps)) return true;
  if (t.has(kPossessive) || t.has(kAbbreviation)) return true;
  if (t.has(kSentenceStart) && (t.text == "The" || t.text == "A" || t.text == "An" || t.text == "Former")) return true;
  std::string_view w = t.text;
  return w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish") || w.ends_with("i") || w == "Former" ||
         w == "Acting";
}

// "former president Ana Ruiz", "Egyptian president Ana Ruiz", "federal judge Ana Ruiz", "junior
// cabinet minister Ana Ruiz": many houses lower a title that a
// modifier qualifies while they capitalise a bare one ("President Ana Ruiz"), so the two are
// compared only with their own kind.
bool qualified_by_modifier(const Document& doc, const TitleMention& m) {
  const auto& tokens = doc.tokens();
  if (m.first == 0 || tokens[m.first - 1].sentence != tokens[m.first].sentence || !tokens[m.first - 1].is_word()) return false;
  const Token& before = tokens[m.first - 1];
  if (before.has(kPossessive)) return true;  // "Russia's", "the company's"
  std::string b = ascii_lower(before.text);
  if (b == "former" || b == "late" || b == "then" || b == "current" || b == "acting" || b == "outgoing" ||
      b == "incoming" || b == "interim" || b == "deputy" || b == "caretaker" || b == "junior" || b == "senior" ||
      b == "cabinet" || b == "federal" || b == "state" || b == "regional" || b == "provincial" || b == "district" ||
      b == "local")
    return true;
  return (before.has(kCapitalized) || before.has(kAllCaps)) && !before.has(kSentenceStart) && is_modifier(before);
}

// "the company's president", "Chelsea captain", "Shadow chancellor": an organisation's post or
// part of a longer title, which no house capitalises as a formal title.
bool organisation_post(const Document& doc, const TitleMention& m) {
  const auto& tokens = doc.tokens();
  if (m.first == 0) return false;
  const Token& before = tokens[m.first - 1];
  return before.has(kPossessive) || (before.has(kCapitalized) && !is_modifier(before)) || before.text == "Shadow";
}

Range range_of(const Document& doc, const TitleMention& m) {
  const auto& tokens = doc.tokens();
  return {tokens[m.first].range.offset, tokens[m.end - 1].range.end() - tokens[m.first].range.offset};
}

// The title rewritten whole: every word capitalised (connectors such as "of" kept lower), or every
// word lower case (a sentence's first capital and abbreviations such as "Gen." kept).
std::string recased(const Document& doc, const TitleMention& m, bool capital) {
  const auto& tokens = doc.tokens();
  std::string out;
  for (std::uint32_t k = m.first; k < m.end; ++k) {
    if (k > m.first) out.append(doc.text().substr(tokens[k - 1].range.end(), tokens[k].range.offset - tokens[k - 1].range.end()));
    const Token& t = tokens[k];
    if (capital) {
      out += is_title_connector(ascii_lower(t.text)) ? ascii_lower(t.text) : capitalized(t.text);
    } else {
      bool keep = (k == m.first && t.has(kSentenceStart)) || t.has(kAbbreviation);
      out += keep ? std::string(t.text) : ascii_lower(t.text);
    }
  }
  return out;
}

// A title standing alone in a place that says "title": an article or possessive before it ("the
// President", "Japan's Prime Minister"), a nationality, "former", "as", or "of ..." after it; and
// not a word of a longer name ("Stephen King said", "Supreme Court Justice") or a title that still
// stands before a name ("Ambassador to Germany Richard Grenell").
bool stands_alone(const Document& doc, const TitleMention& m) {
  const auto& tokens = doc.tokens();
  const Token& first = tokens[m.first];
  if (m.before_name) return false;
  if (m.end + 2 < tokens.size() && (tokens[m.end].text == "to" || tokens[m.end].text == "of" || tokens[m.end].text == "for")) {
    std::uint32_t k = m.end + 1;
    while (k < tokens.size() && k < m.end + 5 && tokens[k].is_word() && tokens[k].has(kCapitalized)) ++k;
    if (k >= m.end + 3 && tokens[k - 1].sentence == first.sentence) return false;
  }
  const Token* before = m.first > 0 && tokens[m.first - 1].sentence == first.sentence ? &tokens[m.first - 1] : nullptr;
  std::string b = before ? ascii_lower(before->text) : "";
  bool evidence = b == "the" || b == "a" || b == "an" || b == "as" || b == "its" || b == "his" || b == "her" ||
                  b == "their" || b == "our" || b == "whose" || b == "former" || b == "then" ||
                  (before && (before->has(kPossessive) || before->has(kAbbreviation))) ||
                  (before && before->has(kCapitalized) && is_modifier(*before)) ||
                  (m.end < tokens.size() && (tokens[m.end].text == "of" || tokens[m.end].text == ","));
  if (!evidence) return false;
  if (before && !is_modifier(*before)) return false;
  // "Dr. King", "Mr. Speaker": a courtesy title makes the word a name or a form of address;
  // "Department of Justice": the word ends a longer name.
  if (before && before->has(kAbbreviation) && !before->has(kAllCaps)) return false;
  if (b == "of" && m.first >= 2 && tokens[m.first - 2].has(kCapitalized)) return false;
  // A title used as a form of address in a quotation ("Thank you, Mr President") is left alone.
  return !first.has(kInQuote);
}

// "the president" as the article's own standalone form: "the" right before it and no "of ..."
// after it ("the president of the club" is another office than "the President").
bool definite_standalone(const Document& doc, const TitleMention& m) {
  const auto& tokens = doc.tokens();
  if (m.before_name || m.first == 0 || tokens[m.first].has(kInQuote)) return false;
  if (ascii_lower(tokens[m.first - 1].text) != "the" || tokens[m.first - 1].sentence != tokens[m.first].sentence) return false;
  if (m.end < tokens.size() && (tokens[m.end].text == "of" || tokens[m.end].text == "to")) return false;
  return (m.capitalized || m.lower_case) && !m.mixed && stands_alone(doc, m);
}

// How often one title stands alone capitalised and in lower case, and which came first.
struct StandaloneForms {
  int capital = 0, lower_case = 0;
  bool first_capital = false;
};

}  // namespace

RuleMeta CapitalizationRule::meta() {
  return {.id = "titles/capitalization",
          .summary = "A formal title capitalised only in part, capitalised or not against the article's own "
                     "habit, or (in American copy or the house's choice) capitalised standing alone.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"titles", OptionType::StringList, "[\"titles.toml\"]", "Files of formal titles ([[title]] name) and US datelines, added to the built-in titles"},
                      {"standalone", OptionType::String, "\"auto\"",
                       "A title standing alone: \"lower\" (AP and Chicago: \u201Cthe president said\u201D), "
                       "\"consistent\" (one form per title per article), \"ignore\", or \"auto\": lower in "
                       "positively American copy (US spellings, \u201CU.S.\u201D, a US dateline), else consistent",
                       {"auto", "lower", "consistent", "ignore"}},
                      {"before_name", OptionType::String, "\"auto\"",
                       "A lower-case title directly before a name: \"capitalize\" (AP and most houses), or "
                       "\"auto\": only when the article capitalises titles before names elsewhere (a house "
                       "that writes \u201Cforeign minister Ana Ruiz\u201D throughout is left alone)",
                       {"auto", "capitalize"}}}};
}

CapitalizationRule::CapitalizationRule(const RuleContext& context)
    : titles_(load_titles(context, meta().options)),
      standalone_(context.options.choice("standalone", meta().options)),
      always_capitalize_(context.options.choice("before_name", meta().options) ==
                         "capitalize") {}

void CapitalizationRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<std::reference_wrapper<const TitleMention>> mentions;  // outside headings
  for (const TitleMention& m : doc.get<TitleMentions>().of(doc, titles_))
    if (!in_heading(doc, tokens[m.first].range.offset)) mentions.push_back(m);
  if (mentions.empty()) return;
  std::string_view american = standalone_ == "auto" ? american_evidence(doc, *titles_) : std::string_view();
  bool lower_standalone = standalone_ == "lower" || !american.empty();
  bool consistent_standalone = standalone_ == "consistent" || (standalone_ == "auto" && american.empty());

  // What the article itself does: titles before names, and each title standing alone after "the".
  int capital_before[2] = {0, 0}, lower_before[2] = {0, 0};  // [bare, qualified by a modifier]
  std::map<std::string, StandaloneForms> standalone;
  for (const TitleMention& m : mentions) {
    if (m.before_name && !tokens[m.first].has(kInQuote)) {
      int kind = qualified_by_modifier(doc, m) ? 1 : 0;
      if (m.capitalized && !(m.end - m.first == 1 && tokens[m.first].has(kSentenceStart))) ++capital_before[kind];
      if (m.lower_case && !organisation_post(doc, m)) ++lower_before[kind];
    } else if (definite_standalone(doc, m)) {
      StandaloneForms& f = standalone[m.normalized];
      if (f.capital + f.lower_case == 0) f.first_capital = m.capitalized;
      ++(m.capitalized ? f.capital : f.lower_case);
    }
  }
  // Whether the article capitalises this kind of title before names more often than not.
  auto capitalizes_before_names = [&](const TitleMention& m) {
    int kind = qualified_by_modifier(doc, m) ? 1 : 0;
    return always_capitalize_ || capital_before[kind] > lower_before[kind];
  };

  for (const TitleMention& m : mentions) {
    const Token& first = tokens[m.first];
    Range range = range_of(doc, m);
    std::string_view written = doc.slice(range);
    if (m.mixed) {
      // "the Foreign minister": whole or nothing, in the case the article uses in that position.
      bool capital = m.before_name ? capitalizes_before_names(m) || lower_before[qualified_by_modifier(doc, m) ? 1 : 0] == 0
                                   : !lower_standalone && standalone[m.normalized].capital > standalone[m.normalized].lower_case;
      std::string fixed = recased(doc, m, capital);
      reporter.report(range, "A title is capitalised as a whole or not at all: \u201C" + fixed + "\u201D.").fix(range, fixed);
      continue;
    }
    if (m.before_name && m.lower_case) {
      if (!capitalizes_before_names(m) || first.has(kInQuote)) continue;
      // "president Elena Varga": a full name (two capitalised words) after a lower-case title.
      bool full_name = m.end + 1 < tokens.size() && tokens[m.end + 1].is_word() && tokens[m.end + 1].has(kCapitalized) &&
                       tokens[m.end + 1].sentence == first.sentence;
      if (!full_name || organisation_post(doc, m)) continue;
      std::string fixed = recased(doc, m, true);
      std::string why = always_capitalize_ ? "the house style does (before_name = \"capitalize\")"
                                           : "this article does elsewhere";
      reporter.report(range, "Capitalise a formal title directly before a name, as " + why + ": \u201C" + fixed + "\u201D.")
          .fix(range, fixed);
      continue;
    }
    if (m.before_name) continue;
    if (lower_standalone) {
      if (!m.capitalized || !stands_alone(doc, m)) continue;
      std::string fixed = recased(doc, m, false);
      if (fixed == written) continue;
      std::string why = standalone_ == "lower" ? "in this house style (standalone = \"lower\")"
                                               : "in American copy (" + std::string(american) + ")";
      reporter.report(range, "A formal title standing alone is lower case " + why + ": \u201C" + fixed + "\u201D.")
          .fix(range, fixed);
      continue;
    }
    if (!consistent_standalone || !definite_standalone(doc, m)) continue;
    const StandaloneForms& f = standalone[m.normalized];
    if (f.capital == 0 || f.lower_case == 0) continue;
    bool majority_capital = f.capital != f.lower_case ? f.capital > f.lower_case : f.first_capital;
    if (m.capitalized == majority_capital) continue;
    std::string fixed = recased(doc, m, majority_capital);
    if (fixed == written) continue;
    reporter.report(range, "This article writes \u201Cthe " + recased(doc, m, true) + "\u201D " + std::to_string(f.capital) +
                               (f.capital == 1 ? " time" : " times") + " and \u201Cthe " + ascii_lower(written) + "\u201D " +
                               std::to_string(f.lower_case) + (f.lower_case == 1 ? " time" : " times") +
                               "; one form per article: \u201C" + fixed + "\u201D.")
        .fix(range, fixed);
  }
}

}  // namespace titles

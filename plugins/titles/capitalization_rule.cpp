// titles/capitalization: "the U.S. Secretary of State said" -> "the U.S. secretary of state said";
// "president Elena Varga" -> "President Elena Varga".
#include <unordered_set>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

std::string capitalized(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

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

}  // namespace

RuleMeta CapitalizationRule::meta() {
  return {.id = "titles/capitalization",
          .summary = "A formal title capitalised when it stands alone, or in lower case right before a name "
                     "(AP: \u201CSecretary of State John Kerry\u201D but \u201Cthe secretary of state said\u201D).",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"titles", OptionType::StringList, "[\"titles.toml\"]", "Files of formal titles ([[title]] name)"},
                      {"standalone", OptionType::String, "\"auto\"",
                       "A title standing alone: \"lower\" (AP), \"ignore\" (UK papers capitalise \u201Cthe Prime "
                       "Minister\u201D), or \"auto\": lower where the document is positively American (\u201CU.S.\u201D "
                       "with full stops, or language = \"en-US\" in the config), otherwise only a title the "
                       "document also writes in lower case standing alone",
                       {"auto", "lower", "ignore"}},
                      {"before_name", OptionType::String, "\"auto\"",
                       "A lower-case title before a name: \"capitalize\" (AP), or \"auto\": only when the "
                       "document also capitalises titles before names (a house that writes \u201Cthe Chinese "
                       "president Hu Jintao\u201D throughout is left alone)",
                       {"auto", "capitalize"}}}};
}

CapitalizationRule::CapitalizationRule(const RuleContext& context)
    : titles_(load_titles(context)),
      standalone_(context.options.get_choice("standalone", {"auto", "lower", "ignore"}, "auto")),
      always_capitalize_(context.options.get_choice("before_name", {"auto", "capitalize"}, "auto") == "capitalize") {}

void CapitalizationRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<TitleMention> mentions = find_titles(doc, *titles_);
  // AP's lower-case standalone title is right for copy that is positively American; elsewhere
  // (British, Indian, Australian papers capitalise "the Prime Minister") only a document that
  // writes one title both ways disagrees with itself.
  bool american = doc.metadata("language-setting") == "en-US";
  for (std::size_t i = 0; i < tokens.size() && !american; ++i) american = tokens[i].text == "U.S.";
  bool lower_standalone = standalone_ == "lower" || (standalone_ == "auto" && american && doc.language() != "en-GB");
  std::unordered_set<std::string> written_lower;  // titles the document writes in lower case standing alone
  for (const TitleMention& m : mentions)
    if (!m.before_name && m.lower_case) written_lower.insert(m.normalized);
  bool capitalizes_before_names = always_capitalize_;
  for (const TitleMention& m : mentions) capitalizes_before_names = capitalizes_before_names || (m.before_name && m.capitalized && !tokens[m.first].has(kSentenceStart));
  for (const TitleMention& m : mentions) {
    const Token& first = tokens[m.first];
    if (doc.in_scope(first.range.offset, ScopeKind::Headline) || doc.in_scope(first.range.offset, ScopeKind::Heading))
      continue;
    Range range{first.range.offset, tokens[m.end - 1].range.end() - first.range.offset};
    std::string_view written = doc.slice(range);
    if (m.before_name && m.lower_case) {
      if (!capitalizes_before_names) continue;
      // "president Elena Varga": a full name (two capitalised words) after a lower-case title.
      bool full_name = m.end + 1 < tokens.size() && tokens[m.end + 1].is_word() && tokens[m.end + 1].has(kCapitalized) &&
                       tokens[m.end + 1].sentence == first.sentence;
      // "the company's president", "Shadow chancellor": an organisation's post or part of a longer title.
      bool qualified = m.first > 0 && (tokens[m.first - 1].has(kPossessive) ||
                                       (tokens[m.first - 1].has(kCapitalized) && !tokens[m.first - 1].has(kSentenceStart) &&
                                        !is_modifier(tokens[m.first - 1])) ||
                                       tokens[m.first - 1].text == "Shadow");
      // "the general Qasem Soleimani", "a captain Ana Ruiz": an article makes the title a description
      // set before the name, which stays in lower case.
      std::string article = m.first > 0 ? lower(tokens[m.first - 1].text) : "";
      bool described = article == "the" || article == "a" || article == "an";
      if (!full_name || qualified || described) continue;
      std::string fixed;
      for (std::uint32_t k = m.first; k < m.end; ++k) {
        if (k > m.first) fixed.append(doc.text().substr(tokens[k - 1].range.end(), tokens[k].range.offset - tokens[k - 1].range.end()));
        fixed += tokens[k].text == "of" ? std::string("of") : capitalized(tokens[k].text);
      }
      reporter.report(range, "Capitalise a formal title directly before a name: \u201C" + fixed + "\u201D.").fix(range, fixed);
      continue;
    }
    if (m.before_name || !m.capitalized || standalone_ == "ignore") continue;
    bool both_forms = written_lower.count(m.normalized) > 0;
    if (!lower_standalone && !both_forms) continue;
    // "Ambassador to Germany Richard Grenell", "Mayor of Litueche Bernardo Cornejo": a longer
    // title that still stands before a name.
    if (m.end + 2 < tokens.size() && (tokens[m.end].text == "to" || tokens[m.end].text == "of" ||
                                      tokens[m.end].text == "for")) {
      std::uint32_t k = m.end + 1;
      while (k < tokens.size() && k < m.end + 5 && tokens[k].is_word() && tokens[k].has(kCapitalized)) ++k;
      if (k >= m.end + 3 && tokens[k - 1].sentence == first.sentence) continue;
    }
    // Only where something says "title": an article or possessive before it ("the President",
    // "Japan's Prime Minister"), a nationality or "former", or "as", or "of ..." after it. A bare
    // capitalised word may be a surname ("Queloz and Mayor").
    const Token* before = m.first > 0 && tokens[m.first - 1].sentence == first.sentence ? &tokens[m.first - 1] : nullptr;
    std::string b = before ? lower(before->text) : "";
    bool evidence = b == "the" || b == "a" || b == "an" || b == "as" || b == "its" || b == "his" || b == "her" ||
                    b == "their" || b == "our" || b == "whose" || b == "former" || b == "then" ||
                    (before && (before->has(kPossessive) || before->has(kAbbreviation))) ||
                    (before && before->has(kCapitalized) && is_modifier(*before)) ||
                    (m.end < tokens.size() && (tokens[m.end].text == "of" || tokens[m.end].text == ","));
    if (!evidence) continue;
    // A capitalised title word inside a name ("Stephen King said", "Supreme Court Justice") is a name.
    if (before && !is_modifier(*before)) continue;
    // Followed by a comma and a name ("the President, Elena Varga,") is set off: lower case in AP too,
    // but a title used as a form of address in a quotation ("Thank you, Mr President") is left alone.
    if (first.has(kInQuote)) continue;
    std::string fixed;
    for (std::uint32_t k = m.first; k < m.end; ++k) {
      if (k > m.first) fixed.append(doc.text().substr(tokens[k - 1].range.end(), tokens[k].range.offset - tokens[k - 1].range.end()));
      bool keep = (k == m.first && first.has(kSentenceStart)) || tokens[k].has(kAbbreviation);
      fixed += keep ? std::string(tokens[k].text) : lower(tokens[k].text);
    }
    if (fixed == written) continue;
    std::string message = lower_standalone
                              ? "A formal title standing alone is lower case in AP style: \u201C" + fixed + "\u201D."
                              : "This document writes \u201C" + m.normalized +
                                    "\u201D in lower case elsewhere when it stands alone: \u201C" + fixed + "\u201D.";
    reporter.report(range, message).fix(range, fixed);
  }
}

}  // namespace titles

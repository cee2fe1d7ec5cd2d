// titles/headline-case: headlines and subheads in one case style.
#include <algorithm>
#include <set>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

constexpr std::string_view kMinorWords[] = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as",
                                            "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs"};

bool is_minor(std::string_view lower_word) {
  return std::find(std::begin(kMinorWords), std::end(kMinorWords), lower_word) != std::end(kMinorWords);
}

struct Heading {
  Range range;
  std::vector<std::uint32_t> words;  // token indices
};

}  // namespace

RuleMeta HeadlineCaseRule::meta() {
  return {.id = "titles/headline-case",
          .summary = "A headline or subhead in another case style than the house's: sentence case (default), "
                     "title case, or whatever the first heading does.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"titles", OptionType::StringList, "[\"titles.toml\"]", "Files of formal titles ([[title]] name)"},
                      {"style", OptionType::String, "\"sentence\"",
                       "\"sentence\" (\u201CU.S., Russia agree on Syria peace process\u201D), \"title\" (short "
                       "words lower case, others capitalised), or \"consistent\" (as the first heading)",
                       {"sentence", "title", "consistent"}}}};
}

HeadlineCaseRule::HeadlineCaseRule(const RuleContext& context)
    : titles_(load_titles(context)), style_(context.options.get_choice("style", {"sentence", "title", "consistent"}, "sentence")) {}

void HeadlineCaseRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<Heading> headings;
  for (const Scope& s : doc.scopes()) {
    if (s.kind != ScopeKind::Headline && s.kind != ScopeKind::Heading) continue;
    Heading h{s.range, {}};
    for (std::uint32_t k = 0; k < tokens.size(); ++k)
      if (tokens[k].is_word() && s.range.contains(tokens[k].range.offset)) h.words.push_back(k);
    if (h.words.size() >= 3) headings.push_back(std::move(h));
  }
  if (headings.empty()) return;
  std::sort(headings.begin(), headings.end(), [](const Heading& a, const Heading& b) { return a.range.offset < b.range.offset; });
  // Words the body writes in lower case are common words; capitalised there, they are names.
  std::set<std::string> lower_in_text, capital_in_text;
  for (const Token& t : tokens) {
    if (!t.is_word() || t.has(kSentenceStart)) continue;
    bool heading = false;
    for (const Heading& h : headings) heading = heading || h.range.contains(t.range.offset);
    if (heading) continue;
    (t.has(kCapitalized) ? capital_in_text : lower_in_text).insert(lower(t.text));
  }
  auto is_name = [&](const Token& t) {
    return t.has(kAllCaps) || t.has(kAbbreviation) || capital_in_text.count(lower(t.text)) > 0;
  };
  // Titles before names keep their capitals in any case style ("UK Prime Minister Johnson").
  std::set<std::uint32_t> title_words;
  for (const TitleMention& m : find_titles(doc, *titles_))
    if (m.before_name)
      for (std::uint32_t k = m.first; k < m.end; ++k) title_words.insert(k);
  std::string style = style_;
  for (const Heading& h : headings) {
    // Which words break sentence case, and which break title case.
    std::vector<std::uint32_t> title_cased, sentence_cased;
    for (std::size_t i = 1; i < h.words.size(); ++i) {
      const Token& t = tokens[h.words[i]];
      std::string w = lower(t.text);
      bool capital = t.has(kCapitalized);
      if (title_words.count(h.words[i])) continue;
      if (capital && !is_name(t) && (lower_in_text.count(w) || is_minor(w))) title_cased.push_back(h.words[i]);
      if (!capital && !is_minor(w)) sentence_cased.push_back(h.words[i]);
    }
    bool is_title = title_cased.size() >= 2 && sentence_cased.empty();
    bool is_sentence = title_cased.empty() && !sentence_cased.empty();
    if (style == "consistent") {
      if (!is_title && !is_sentence) continue;
      style = is_title ? "title" : "sentence";
      continue;  // the first clear heading sets the style
    }
    const auto& wrong = style == "sentence" ? title_cased : sentence_cased;
    if (wrong.size() < (style == "sentence" ? 2u : 1u)) continue;
    std::string fixed(doc.slice(h.range));
    for (std::uint32_t k : wrong) {
      std::size_t at = tokens[k].range.offset - h.range.offset;
      fixed[at] = static_cast<char>(style == "sentence" ? std::tolower(static_cast<unsigned char>(fixed[at]))
                                                        : std::toupper(static_cast<unsigned char>(fixed[at])));
    }
    reporter.report(h.range, std::string("This heading is not in ") + (style == "sentence" ? "sentence" : "title") +
                                 " case like the house style.")
        .fix(h.range, fixed);
  }
}

}  // namespace titles

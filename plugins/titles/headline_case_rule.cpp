// titles/headline-case: the article's headings in one case style, the one its own headings (or the
// house's preset) use; the fix recases the whole heading.
#include <algorithm>
#include <optional>
#include <unordered_set>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

// Articles, coordinating conjunctions and prepositions of three letters or fewer: lower case inside
// an AP or Chicago title-case heading.
constexpr std::string_view kSmallWords[] = {"a",  "an", "the", "and", "but", "or",  "nor", "for", "so",  "yet", "as", "at",
                                            "by", "in", "of",  "off", "on",  "per", "to",  "up",  "via", "vs",  "vs.", "v."};

bool is_small(std::string_view lower_word) {
  return std::find(std::begin(kSmallWords), std::end(kSmallWords), lower_word) != std::end(kSmallWords);
}

enum class CaseStyle { Sentence, Title };

std::string_view style_name(CaseStyle s) { return s == CaseStyle::Sentence ? "sentence case" : "title case"; }

// One heading's words, with what each says about its case style.
struct Heading {
  Range range;
  bool headline = false;
  std::vector<std::uint32_t> words;  // token indices
  std::vector<bool> kept;            // a name, acronym or title before a name: written as it is
  int capital_common = 0;            // capitalised words that are not names: title case
  int lower_common = 0;              // lower-case words that are not small words: sentence case
  bool votes_title() const { return capital_common >= 2 && lower_common == 0; }
  bool votes_sentence() const { return capital_common == 0 && lower_common >= 1; }
};

bool has_inner_capital(std::string_view w) {
  return std::any_of(w.begin() + (w.empty() ? 0 : 1), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Each hyphen-separated part of a word recased by `part_case(part, index)`.
template <class F>
std::string recase_parts(std::string_view word, F part_case) {
  std::string out;
  std::size_t index = 0, start = 0;
  while (start <= word.size()) {
    std::size_t end = word.find('-', start);
    if (end == std::string_view::npos) end = word.size();
    out += part_case(word.substr(start, end - start), index++);
    if (end == word.size()) break;
    out += '-';
    start = end + 1;
  }
  return out;
}

// The heading rewritten in `style`: kept words as written; sentence case lowers every other word
// but the first (and a word after a colon, left as written); title case capitalises every word
// but small words inside the heading, each part of a hyphenated compound included.
std::string recase(const Document& doc, const Heading& h, CaseStyle style) {
  const auto& tokens = doc.tokens();
  std::string rebuilt;
  std::uint32_t copied = h.range.offset;
  for (std::size_t i = 0; i < h.words.size(); ++i) {
    const Token& t = tokens[h.words[i]];
    rebuilt.append(doc.text().substr(copied, t.range.offset - copied));
    copied = t.range.end();
    bool after_colon = h.words[i] > 0 && tokens[h.words[i] - 1].text == ":";
    bool first = i == 0, last = i + 1 == h.words.size();
    if (h.kept[i] || t.has(kAllCaps) || has_inner_capital(t.text)) {
      rebuilt.append(first ? capitalized(t.text) : std::string(t.text));
    } else if (style == CaseStyle::Sentence) {
      rebuilt.append(first ? capitalized(ascii_lower(t.text)) : after_colon ? std::string(t.text) : ascii_lower(t.text));
    } else {
      rebuilt.append(recase_parts(t.text, [&](std::string_view part, std::size_t index) {
        std::string l = ascii_lower(part);
        // A compound's first part is capitalised like a word ("Up-to-Date"); its small parts are not.
        bool compound = t.text.find('-') != std::string_view::npos;
        bool small = is_small(l) && (compound ? index > 0 : !(first || last || after_colon));
        return small ? l : capitalized(l);
      }));
    }
  }
  rebuilt.append(doc.text().substr(copied, h.range.end() - copied));
  return rebuilt;
}

}  // namespace

RuleMeta HeadlineCaseRule::meta() {
  return {.id = "titles/headline-case",
          .summary = "A headline or subhead in another case style than the article's other headings, or than "
                     "the house style a preset sets; the fix recases the whole heading.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"titles", OptionType::StringList, "[\"titles.toml\"]", "Files of formal titles ([[title]] name) and US datelines, added to the built-in titles"},
                      {"style", OptionType::String, "\"auto\"",
                       "\"sentence\" (\u201CHarbour opens to ferries after talks\u201D), \"title\" (AP/Chicago: "
                       "\u201CHarbour Opens to Ferries After Talks\u201D), or \"auto\": the style most of the "
                       "article's headings use (a lone headline is never reported)",
                       {"auto", "sentence", "title"}},
                      {"subheads", OptionType::String, "\"same\"",
                       "\"same\" (subheads follow `style`), or \"sentence\" / \"title\" for a house whose subheads "
                       "differ from its headline",
                       {"same", "sentence", "title"}}}};
}

HeadlineCaseRule::HeadlineCaseRule(const RuleContext& context)
    : titles_(load_titles(context, meta().options)),
      style_(context.options.choice("style", meta().options)),
      subheads_(context.options.choice("subheads", meta().options)) {}

void HeadlineCaseRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::vector<Heading> headings;
  for (const Scope& s : doc.scopes())
    if (s.kind == ScopeKind::Headline || s.kind == ScopeKind::Heading)
      headings.push_back({s.range, s.kind == ScopeKind::Headline, {}, {}});
  if (headings.empty()) return;
  std::sort(headings.begin(), headings.end(), [](const Heading& a, const Heading& b) { return a.range.offset < b.range.offset; });
  // The headings' words first: the body's words matter only as far as the headings use them.
  std::size_t h = 0;
  for (std::uint32_t k = 0; k < tokens.size() && h < headings.size(); ++k) {
    const Token& t = tokens[k];
    while (h < headings.size() && headings[h].range.end() <= t.range.offset) ++h;
    if (h < headings.size() && headings[h].range.contains(t.range.offset) && t.is_word()) headings[h].words.push_back(k);
  }
  using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
  WordSet heading_words;
  for (const Heading& heading : headings)
    for (std::uint32_t k : heading.words) heading_words.insert(ascii_lower(tokens[k].text));
  // Names: what the names analysis finds in the body, and words the body capitalises mid-sentence
  // and never writes in lower case (of the headings' words).
  WordSet names, capital_in_text, lower_in_text;
  std::string lowered;  // reused for every token
  auto heading_word = [&](std::string_view text) -> const std::string* {
    ascii_lower_into(lowered, text);
    auto it = heading_words.find(lowered);
    return it == heading_words.end() ? nullptr : &*it;
  };
  for (const NameMention& m : doc.names())
    if (!in_heading(doc, m.range.offset) && !(m.sentence_start && m.end_token - m.first_token == 1))
      for (std::uint32_t k = m.first_token; k < m.end_token; ++k)
        if (const std::string* w = heading_word(tokens[k].text)) names.insert(*w);
  h = 0;
  for (std::uint32_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    while (h < headings.size() && headings[h].range.end() <= t.range.offset) ++h;
    if (h < headings.size() && headings[h].range.contains(t.range.offset)) continue;
    if (!t.is_word() || t.has(kSentenceStart)) continue;
    if (const std::string* w = heading_word(t.text)) (t.has(kCapitalized) ? capital_in_text : lower_in_text).insert(*w);
  }
  // Titles before names keep their capitals in any case style ("Prime Minister Ana Ruiz").
  std::unordered_set<std::uint32_t> title_words;
  for (const TitleMention& m : doc.get<TitleMentions>().of(doc, titles_))
    if (m.before_name)
      for (std::uint32_t k = m.first; k < m.end; ++k) title_words.insert(k);
  for (Heading& heading : headings) {
    for (std::size_t i = 0; i < heading.words.size(); ++i) {
      const Token& t = tokens[heading.words[i]];
      std::string w = ascii_lower(t.text);
      bool kept = t.has(kAllCaps) || t.has(kAbbreviation) || t.has(kHasDigit) || has_inner_capital(t.text) || t.text == "I" ||
                  title_words.count(heading.words[i]) || names.count(w) || (capital_in_text.count(w) && !lower_in_text.count(w));
      heading.kept.push_back(kept);
      bool after_colon = heading.words[i] > 0 && tokens[heading.words[i] - 1].text == ":";
      if (i == 0 || kept || after_colon) continue;
      if (t.has(kCapitalized) && !is_small(w)) ++heading.capital_common;
      if (!t.has(kCapitalized) && !is_small(w)) ++heading.lower_common;
    }
  }
  auto judged = [&](const Heading& x) {
    bool all_caps = std::all_of(x.words.begin(), x.words.end(), [&](std::uint32_t k) { return tokens[k].has(kAllCaps); });
    return x.words.size() >= 3 && !all_caps;
  };
  // The style each group of headings follows: the house's, or what most of them use (a tie goes to
  // the first that takes a side); none when no heading takes a side or none disagrees.
  auto group_style = [&](std::string_view configured, bool headline_group, bool all) -> std::optional<CaseStyle> {
    if (configured == "sentence") return CaseStyle::Sentence;
    if (configured == "title") return CaseStyle::Title;
    int title = 0, sentence = 0;
    std::optional<CaseStyle> first;
    for (const Heading& x : headings) {
      if (!judged(x) || (!all && x.headline != headline_group)) continue;
      if (x.votes_title()) ++title;
      if (x.votes_sentence()) ++sentence;
      if (!first && (x.votes_title() || x.votes_sentence())) first = x.votes_title() ? CaseStyle::Title : CaseStyle::Sentence;
    }
    if (!first) return std::nullopt;
    if (title != sentence) return title > sentence ? CaseStyle::Title : CaseStyle::Sentence;
    return first;
  };
  bool together = subheads_ == "same";
  std::optional<CaseStyle> headline_style = group_style(style_, true, together);
  std::optional<CaseStyle> subhead_style = together ? headline_style : group_style(subheads_, false, false);
  for (const Heading& x : headings) {
    const std::optional<CaseStyle>& style = x.headline ? headline_style : subhead_style;
    if (!style || !judged(x)) continue;
    bool wrong = *style == CaseStyle::Sentence ? x.capital_common >= 2 : x.lower_common >= 1;
    if (!wrong) continue;
    std::string fixed = recase(doc, x, *style);
    if (fixed == doc.slice(x.range)) continue;
    std::string_view configured = x.headline || together ? style_ : subheads_;
    std::string why = configured == "auto" ? "the article's other headings use " + std::string(style_name(*style))
                                           : "the house style is " + std::string(style_name(*style)) + " (" +
                                                 (x.headline || together ? "style" : "subheads") + " = \"" +
                                                 std::string(configured) + "\")";
    reporter.report(x.range, std::string(x.headline ? "This headline" : "This heading") + " is not in " +
                                 std::string(style_name(*style)) + "; " + why + ": \u201C" + fixed + "\u201D.")
        .fix(x.range, fixed);
  }
}

}  // namespace titles

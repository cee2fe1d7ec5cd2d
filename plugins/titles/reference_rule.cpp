// titles/reference: "Mr Kerry" before "John Kerry"; "Foreign Minister Sergei Lavrov" then
// "Foreign Secretary Lavrov".
#include <copydesk/lexicon.hpp>
#include <copydesk/name_key.hpp>
#include <algorithm>
#include <map>

#include "rules.hpp"

namespace titles {

using namespace copydesk;

namespace {

std::string surname_key(const Document& doc, const NameMention& m) {
  return name_word_key(bare_name_word(doc.tokens()[m.end_token - 1].text));
}

// "Sen." and "Senator" are one title; "defence" and "defense" one word.
std::string expand(std::string t) {
  static const std::pair<std::string_view, std::string_view> kShort[] = {
      {"sen.", "senator"}, {"rep.", "representative"}, {"gov.", "governor"}, {"gen.", "general"},
      {"lt.", "lieutenant"}, {"col.", "colonel"},       {"maj.", "major"},     {"capt.", "captain"},
      {"adm.", "admiral"},   {"sgt.", "sergeant"},      {"brig.", "brigadier"}, {"defence", "defense"}};
  for (const auto& [abbr, full] : kShort) {
    std::size_t at;
    while ((at = t.find(abbr)) != std::string::npos) t.replace(at, abbr.size(), full);
  }
  return t;
}

std::vector<std::string> words_of(const std::string& title) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i <= title.size();) {
    std::size_t j = std::min(title.find(' ', i), title.size());
    if (j > i) out.push_back(title.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// Two wordings of one office contradict each other ("Foreign Minister" and "Foreign Secretary":
// one portfolio, two ranks); two offices do not ("Crown Prince" and "Defense Minister": a
// person may hold both), nor a rank and its short form ("Major General", "General").
bool contradict(const std::string& a, const std::string& b) {
  std::vector<std::string> x = words_of(a), y = words_of(b);
  if (x.size() < 2 || y.size() < 2 || x.back() == y.back()) return false;
  for (std::size_t i = 0; i + 1 < x.size(); ++i)
    for (std::size_t j = 0; j + 1 < y.size(); ++j)
      if (x[i] == y[j] && !is_title_connector(x[i])) return true;
  return false;
}

// The lede: the first paragraph of the story proper (not the headline, a heading, a caption, a
// byline, or a short line such as the date). A famous surname there before the full name is
// news style, not a second reference.
std::uint32_t lede_paragraph(const Document& doc) {
  const auto& tokens = doc.tokens();
  for (std::uint32_t p = 0; p < doc.paragraphs().size(); ++p) {
    const Paragraph& para = doc.paragraphs()[p];
    std::uint32_t at = para.range.offset;
    if (in_heading(doc, at) || doc.in_scope(at, ScopeKind::Caption) || doc.in_scope(at, ScopeKind::Byline)) continue;
    std::uint32_t words = 0;
    for (std::uint32_t k = para.first_token; k < para.end_token; ++k) words += tokens[k].is_word() ? 1 : 0;
    if (words >= 8) return p;
  }
  return QuoteSpan::npos;
}

}  // namespace

RuleMeta ReferenceRule::meta() {
  return {.id = "titles/reference",
          .summary = "A second reference (surname, or courtesy title and surname) in the body before the "
                     "person's full name, or one person's office worded two ways (\u201CForeign Minister\u201D, "
                     "\u201CForeign Secretary\u201D).",
          .default_severity = Severity::Warning,
          .options = {{"titles", OptionType::StringList, "[\"titles.toml\"]", "Files of formal titles ([[title]] name) and US datelines, added to the built-in titles"}}};
}

ReferenceRule::ReferenceRule(const RuleContext& context) : titles_(load_titles(context, meta().options)) {}

void ReferenceRule::check(const Document& doc, Reporter& reporter) {
  const auto& names = doc.names();
  const auto& tokens = doc.tokens();
  // Where each surname first appears as part of a full name.
  std::map<std::string, const NameMention*> full_name;
  auto plain_words = [&](const NameMention& m) {  // "Chinese-based Google" is not a full name
    for (std::uint32_t k = m.first_token; k + 1 < m.end_token; ++k)
      if (bare_name_word(tokens[k].text) != tokens[k].text) return false;
    return true;
  };
  for (const NameMention& m : names)
    // A full name at a sentence's start counts too ("Nicolas Sarkozy visited ..."): it only makes a
    // later surname a proper second reference.
    if (m.end_token - m.first_token >= 2 && m.end_token - m.first_token <= 4 && !m.in_quote && !m.all_caps &&
        plain_words(m))
      full_name.emplace(surname_key(doc, m), &m);
  // "Kerry said" is a person; "Police warned" may be an institution.
  auto personal_speech_verb = [](std::string_view w) {
    const lexicon::SpeechVerb* v = lexicon::speech_verb(w);
    return v && v->personal;
  };
  std::uint32_t lede = lede_paragraph(doc);
  for (const NameMention& m : names) {
    if (m.end_token - m.first_token != 1 || m.in_quote || m.all_caps || m.range.length < 3) continue;
    // The headline, a caption and the lede name people the way readers know them.
    if (tokens[m.first_token].paragraph == lede || doc.in_scope(m.range.offset, ScopeKind::Caption)) continue;
    // Only a reference to a person: "Mr Kerry", "Kerry said". "the Reagan administration" is not.
    bool person = m.honorific_token != QuoteSpan::npos ||
                  (m.end_token < tokens.size() && personal_speech_verb(tokens[m.end_token].text));
    if (!person) continue;
    if (doc.in_scope(m.range.offset, ScopeKind::Headline) || doc.in_scope(m.range.offset, ScopeKind::Heading)) continue;
    auto it = full_name.find(surname_key(doc, m));
    if (it == full_name.end() || it->second->range.offset < m.range.offset) continue;
    // Only a surname: the full name's last word must be this word.
    if (name_word_key(bare_name_word(tokens[it->second->end_token - 1].text)) !=
        name_word_key(bare_name_word(tokens[m.first_token].text)))
      continue;
    std::string full(doc.slice(it->second->range));
    Position where = doc.position(it->second->range.offset);
    reporter.report(m.range, "\u201C" + std::string(doc.slice(m.range)) + "\u201D is a second reference before the full name \u201C" +
                                 full + "\u201D (line " + std::to_string(where.line) + ").")
        .note(it->second->range, "full name first given here");
  }
  // One person, one title: compare the titles written right before each mention of a surname.
  std::map<std::string, std::pair<std::string, Range>> title_of;
  std::size_t n = 0;
  for (const TitleMention& t : doc.get<TitleMentions>().of(doc, titles_)) {
    if (!t.before_name || tokens[t.first].has(kInQuote)) continue;
    while (n < names.size() && names[n].first_token < t.end) ++n;
    if (n >= names.size() || names[n].first_token != t.end) continue;
    std::string key = surname_key(doc, names[n]);
    std::string title = expand(t.normalized);
    Range range{tokens[t.first].range.offset, tokens[t.end - 1].range.end() - tokens[t.first].range.offset};
    auto [it, fresh] = title_of.emplace(key, std::make_pair(title, range));
    if (fresh || !contradict(it->second.first, title)) continue;
    reporter.report(range, std::string(doc.slice(names[n].range)) + " is called \u201C" +
                               std::string(doc.slice(it->second.second)) + "\u201D earlier: one office, two wordings.")
        .note(it->second.second, "first title here");
  }
}

}  // namespace titles

// Loads formal titles and finds them in the token stream; reads the document's own evidence.
#include "title_list.hpp"

#include <algorithm>
#include <cctype>

namespace titles {

using namespace copydesk;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string capitalized(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

bool is_title_connector(std::string_view w) { return w == "of" || w == "and" || w == "the" || w == "for"; }

bool in_heading(const Document& doc, std::uint32_t offset) {
  return doc.in_scope(offset, ScopeKind::Headline) || doc.in_scope(offset, ScopeKind::Heading);
}

// Built in each titles rule's constructor, which the host calls once per run and option set.
std::shared_ptr<const TitleList> load_titles(const RuleContext& context, const std::vector<OptionSpec>& specs) {
  std::vector<std::shared_ptr<const std::vector<Record>>> files, places;
  if (context.data)
    for (const std::string& path : context.options.value<std::vector<std::string>>("titles", specs)) {
      files.push_back(context.data->records(path, "title"));
      places.push_back(context.data->records(path, "us_dateline"));
    }
  auto list = std::make_shared<TitleList>();
  for (const auto& records : files) {
    for (const Record& r : *records) {
      std::string name = r.fields.get_string("name", "");
      if (name.empty()) throw std::runtime_error(r.where + ": a [[title]] needs a `name`");
      std::vector<std::string> words;
      std::size_t i = 0;
      while (i < name.size()) {
        std::size_t j = name.find(' ', i);
        if (j == std::string::npos) j = name.size();
        if (j > i) words.push_back(lower(name.substr(i, j - i)));
        i = j + 1;
      }
      list->titles.push_back(std::move(words));
    }
  }
  for (const auto& records : places)
    for (const Record& r : *records) {
      std::string place = r.fields.get_string("place", "");
      if (place.empty()) throw std::runtime_error(r.where + ": a [[us_dateline]] needs a `place`");
      list->us_dateline_places.push_back(lower(place));
    }
  std::stable_sort(list->titles.begin(), list->titles.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (std::size_t i = 0; i < list->titles.size(); ++i) list->by_first_word[list->titles[i].front()].push_back(i);
  return list;
}

std::vector<TitleMention> find_titles(const Document& doc, const TitleList& list) {
  const auto& tokens = doc.tokens();
  std::vector<TitleMention> out;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word() || tokens[i].text.size() > 24) continue;
    auto candidates = list.by_first_word.find(lower(tokens[i].text));
    if (candidates == list.by_first_word.end()) continue;
    for (std::size_t index : candidates->second) {
      const auto& title = list.titles[index];
      if (i + title.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 1; match && k < title.size(); ++k)
        match = tokens[i + k].is_word() && tokens[i + k].sentence == tokens[i].sentence && lower(tokens[i + k].text) == title[k];
      if (!match) continue;
      TitleMention m;
      m.first = i;
      m.end = i + static_cast<std::uint32_t>(title.size());
      m.capitalized = m.lower_case = true;
      bool some_capital = false, some_lower = false;
      for (std::uint32_t k = m.first; k < m.end; ++k) {
        bool cap = tokens[k].has(kCapitalized) || tokens[k].has(kAllCaps);
        bool connector = is_title_connector(tokens[k].text);  // "Secretary of State"
        m.capitalized = m.capitalized && (cap || connector);
        m.lower_case = m.lower_case && !cap;
        // A sentence's first capital says nothing about how the article writes the title.
        if (!connector && !(k == m.first && tokens[k].has(kSentenceStart))) (cap ? some_capital : some_lower) = true;
        if (!m.normalized.empty()) m.normalized += ' ';
        m.normalized += lower(tokens[k].text);
      }
      m.mixed = some_capital && some_lower;
      if (m.end < tokens.size()) {
        const Token& next = tokens[m.end];
        m.before_name = next.is_word() && next.sentence == tokens[i].sentence &&
                        (next.has(kCapitalized) || next.has(kAllCaps)) && next.has(kSpaceBefore);
      }
      out.push_back(m);
      i = m.end - 1;
      break;
    }
  }
  return out;
}

std::string_view american_evidence(const Document& doc, const TitleList& list) {
  if (doc.metadata("language-setting") == "en-US") return "language = \"en-US\"";
  if (doc.metadata("variety-evidence") == "en-US") return "US spellings";
  for (const Token& t : doc.tokens())
    if (t.is_word() && t.text.starts_with("U.S.") && !t.has(kInQuote)) return "\u201CU.S.\u201D with full stops";
  for (const Scope& s : doc.scopes()) {
    if (s.kind != ScopeKind::Dateline) continue;
    std::string dateline = lower(doc.slice(s.range));
    for (const std::string& place : list.us_dateline_places) {
      for (std::size_t at = dateline.find(place); at != std::string::npos; at = dateline.find(place, at + 1)) {
        auto letter = [&](std::size_t i) { return i < dateline.size() && std::isalpha(static_cast<unsigned char>(dateline[i])); };
        if ((at == 0 || !letter(at - 1)) && !letter(at + place.size())) return "a US dateline";
      }
    }
  }
  return {};
}

}  // namespace titles

// Loads the formal titles a run uses; reads the document's own evidence of American copy.
#include "title_list.hpp"

#include <copydesk/lexicon.hpp>
#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace titles {

using namespace copydesk;

std::string capitalized(std::string_view w) {
  std::string out(w);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

bool is_title_connector(std::string_view w) { return w == "of" || w == "and" || w == "the" || w == "for"; }

bool in_heading(const Document& doc, std::uint32_t offset) {
  return doc.in_scope(offset, ScopeKind::Headline) || doc.in_scope(offset, ScopeKind::Heading);
}

namespace {

std::shared_ptr<TitleList> parse_titles(const RuleContext& context, const std::vector<OptionSpec>& specs) {
  auto list = std::make_shared<TitleList>();
  for (std::string_view title : lexicon::kFormalTitles) list->titles.push_back(lower_words(title));
  for (const auto& records : option_records(context, "titles", "title", specs)) {
    for (const Record& r : *records) {
      std::string name = r.fields.get_string("name", "");
      if (name.empty()) throw std::runtime_error(r.where + ": a [[title]] needs a `name`");
      list->titles.push_back(lower_words(name));
    }
  }
  for (const auto& records : option_records(context, "titles", "us_dateline", specs)) {
    for (const Record& r : *records) {
      std::string place = r.fields.get_string("place", "");
      if (place.empty()) throw std::runtime_error(r.where + ": a [[us_dateline]] needs a `place`");
      list->us_dateline_places.push_back(ascii_lower(place));
    }
  }
  std::stable_sort(list->titles.begin(), list->titles.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (std::size_t i = 0; i < list->titles.size(); ++i) {
    list->by_first_word[list->titles[i].front()].push_back(i);
    list->first_words.add(list->titles[i].front());
  }
  return list;
}

}  // namespace

// Called in each titles rule's constructor, which the host calls once per run and option set.
std::shared_ptr<const TitleList> load_titles(const RuleContext& context, const std::vector<OptionSpec>& specs) {
  if (!context.shared) return parse_titles(context, specs);
  std::string key = "titles/list";  // rules given the same files share one list
  for (const std::string& path : context.options.value<std::vector<std::string>>("titles", specs))
    key.append(1, '\0').append(path);
  return context.shared->get<TitleList>(key, [&] { return parse_titles(context, specs); });
}

std::string_view american_evidence(const Document& doc, const TitleList& list) {
  if (doc.metadata("language-setting") == "en-US") return "language = \"en-US\"";
  if (doc.metadata("variety-evidence") == "en-US") return "US spellings";
  for (const Token& t : doc.tokens())
    if (t.is_word() && t.text.starts_with("U.S.") && !t.has(kInQuote)) return "\u201CU.S.\u201D with full stops";
  for (const Scope& s : doc.scopes()) {
    if (s.kind != ScopeKind::Dateline) continue;
    std::string dateline = ascii_lower(doc.slice(s.range));
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

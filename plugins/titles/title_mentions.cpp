// The title mentions analysis: finds the formal titles of a title list in a document's tokens.
#include "title_mentions.hpp"

namespace titles {

using namespace copydesk;

namespace {

std::vector<TitleMention> find_titles(const Document& doc, const TitleList& list) {
  const auto& tokens = doc.tokens();
  std::vector<TitleMention> out;
  std::string word;
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].is_word() || tokens[i].text.size() > 24 || !list.first_words.may_contain(tokens[i].text)) continue;
    ascii_lower_into(word, tokens[i].text);
    const std::vector<std::size_t>* candidates = list.by_first_word.find(word);
    if (!candidates) continue;
    for (std::size_t index : *candidates) {
      const auto& title = list.titles[index];
      if (i + title.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 1; match && k < title.size(); ++k)
        match = tokens[i + k].is_word() && tokens[i + k].sentence == tokens[i].sentence && ascii_lower_equals(tokens[i + k].text, title[k]);
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
        m.normalized += ascii_lower(tokens[k].text);
      }
      m.mixed = some_capital && some_lower;
      if (m.end < tokens.size()) {
        const Token& next = tokens[m.end];
        m.before_name = next.is_word() && next.sentence == tokens[i].sentence &&
                        (next.has(kCapitalized) || next.has(kAllCaps)) && next.has(kSpaceBefore);
      }
      out.push_back(std::move(m));
      i = out.back().end - 1;
      break;
    }
  }
  return out;
}

}  // namespace

const std::vector<TitleMention>& TitleMentions::of(const Document& doc, const std::shared_ptr<const TitleList>& list) const {
  return by_list_.of(list, [&] { return find_titles(doc, *list); });
}

TitleMentions make_title_mentions(const Document&) { return {}; }

}  // namespace titles

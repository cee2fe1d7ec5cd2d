// The name-units analysis: the words of the name mentions with their transliteration keys.
#include <algorithm>
#include <cctype>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/name_units.hpp"

namespace copydesk::analysis {
namespace {

std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (std::isalpha(c) || c >= 0xC0) ? 1 : 0;
  return n;
}

}  // namespace

/// Every unit of every name mention, in text order. Short words (fewer than four letters),
/// acronyms and contractions at a sentence start are left out: they carry too little to compare.
NameUnits find_name_units(std::string_view text, const Core& core, const std::vector<NameMention>& mentions) {
  NameUnits units;
  std::vector<NameUnit>& out = units.items;
  const auto& tokens = core.tokens;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const NameMention& mention = mentions[m];
    std::size_t position = 0;
    for (std::uint32_t k = mention.first_token; k < mention.end_token; ++k, ++position) {
      const Token& t = tokens[k];
      std::uint32_t begin = t.range.offset;
      std::uint32_t end = std::min(t.range.end(), mention.range.end());
      if (lexicon::is_name_particle(t.text) && k + 1 < mention.end_token) {  // "al Qaeda", "van Gogh"
        ++k;
        end = std::min(tokens[k].range.end(), mention.range.end());
      } else if (lexicon::is_name_particle(t.text)) {
        continue;
      }
      std::string surface(text.substr(begin, end - begin));
      bool caps = (t.flags & kAllCaps) != 0;
      if (letters(surface) < 4 || (caps && letters(surface) <= 4) || (t.flags & kHasDigit)) continue;
      // "We've", "Don't": contractions at a sentence start are not names.
      std::size_t apostrophe = surface.find_first_of("'");
      if (apostrophe == std::string::npos) apostrophe = surface.find("\u2019");
      if (apostrophe != std::string::npos && (t.flags & kSentenceStart)) continue;
      NameUnit u;
      u.range = {begin, end - begin};
      u.surface = surface;
      // Forms differ by spelling, not by case: "al-Qaida" at a sentence start is "Al-Qaida".
      u.form = surface;
      for (char& c : u.form) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::erase(u.form, '.');  // "N.H.T.S.A." and "NHTSA" are one spelling
      u.key = name_word_key(surface);
      u.group_key = u.key;
      u.mention = m;
      u.position = position;
      u.all_caps = caps;
      u.sentence_start = (t.flags & kSentenceStart) != 0;
      out.push_back(std::move(u));
    }
  }
  // A given name is compared together with its surname: "Sergey Lavrov" and "Sergei Lavrov" are
  // one man, "Mohamed ElBaradei" and "Mohammed Badie" two.
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::size_t j = i;
    while (j + 1 < out.size() && out[j + 1].mention == out[i].mention) ++j;
    if (j > i && out[i].position == 0) out[i].group_key += "|" + out[j].key;
    i = j;
  }
  return units;
}

}  // namespace copydesk::analysis

// The name-units analysis: the words of the name mentions with their transliteration keys.
#include <algorithm>
#include <cctype>

#include "analysis/analysis.hpp"
#include "copydesk/lexicon.hpp"
#include "copydesk/name_units.hpp"
#include "copydesk/word_set.hpp"

namespace copydesk::analysis {
namespace {

std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (std::isalpha(c) || c >= 0xC0) ? 1 : 0;
  return n;
}

// Forms differ by spelling, not by case: "al-Qaida" at a sentence start is "Al-Qaida"; and
// "N.H.T.S.A." and "NHTSA" are one spelling.
std::string form_of(std::string_view surface) {
  std::string form;
  form.reserve(surface.size());
  for (char c : surface)
    if (c != '.') form.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return form;
}

// "We've", "Don't": a word with an apostrophe, which at a sentence start is a contraction.
bool has_apostrophe(std::string_view surface) {
  return surface.find('\'') != std::string_view::npos || surface.find("\u2019") != std::string_view::npos;
}

// Numbers the distinct strings of one NameUnits, each kept once in its `bytes`.
class StringNumbers {
 public:
  explicit StringNumbers(NameUnits& units) : units_(units) {}
  std::uint32_t number(std::string_view s) {
    std::uint32_t& slot = numbers_[s];  // the number plus one; 0 when new
    if (slot == 0) {
      units_.spans.push_back({static_cast<std::uint32_t>(units_.bytes.size()), static_cast<std::uint32_t>(s.size())});
      units_.bytes.append(s);
      slot = static_cast<std::uint32_t>(units_.spans.size());
    }
    return slot - 1;
  }

 private:
  NameUnits& units_;
  WordMap<std::uint32_t> numbers_;
};

// What a unit's surface alone decides, worked out once per distinct surface: a 5 MB document
// repeats each name hundreds of times, and name_word_key is the dearest step. The form and key
// are numbered only once a unit keeps them, so words too short to compare add no strings.
struct SurfaceFacts {
  std::uint32_t letters = 0;
  bool apostrophe = false;
  bool measured = false;
  bool numbered = false;
  std::uint32_t form = 0, key = 0;
};

void measure(std::string_view surface, SurfaceFacts& f) {
  f.letters = static_cast<std::uint32_t>(letters(surface));
  f.apostrophe = has_apostrophe(surface);
  f.measured = true;
}

void number(std::string_view surface, SurfaceFacts& f, StringNumbers& numbers) {
  f.form = numbers.number(form_of(surface));
  f.key = numbers.number(name_word_key(surface));
  f.numbered = true;
}

// At most one unit a token: room for all of them up front, so the list never moves while it grows.
std::size_t most_units(const std::vector<NameMention>& mentions) {
  std::size_t n = 0;
  for (const NameMention& m : mentions) n += m.end_token - m.first_token;
  return n;
}

// A given name is compared together with its surname: "Sergey Lavrov" and "Sergei Lavrov" are
// one man, "Mohamed ElBaradei" and "Mohammed Badie" two.
void join_given_names_to_surnames(NameUnits& units, StringNumbers& numbers) {
  std::vector<NameUnit>& out = units.items;
  std::string group_key;
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::size_t j = i;
    while (j + 1 < out.size() && out[j + 1].mention == out[i].mention) ++j;
    if (j > i && out[i].position == 0) {
      group_key.assign(units.key(out[i])).append("|").append(units.key(out[j]));
      out[i].group = numbers.number(group_key);
    }
    i = j;
  }
}

}  // namespace

/// Every unit of every name mention, in text order. Short words (fewer than four letters),
/// acronyms and contractions at a sentence start are left out: they carry too little to compare.
NameUnits find_name_units(std::string_view text, const Core& core, const std::vector<NameMention>& mentions) {
  NameUnits units;
  std::vector<NameUnit>& out = units.items;
  out.reserve(most_units(mentions));
  StringNumbers numbers(units);
  WordMap<SurfaceFacts> surfaces;
  const auto& tokens = core.tokens;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const NameMention& mention = mentions[m];
    std::uint32_t position = 0;
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
      std::string_view surface = text.substr(begin, end - begin);
      SurfaceFacts& facts = surfaces[surface];
      if (!facts.measured) measure(surface, facts);
      bool caps = (t.flags & kAllCaps) != 0;
      if (facts.letters < 4 || (caps && facts.letters <= 4) || (t.flags & kHasDigit)) continue;
      if (facts.apostrophe && (t.flags & kSentenceStart)) continue;
      if (!facts.numbered) number(surface, facts, numbers);
      out.push_back({.range = {begin, end - begin},
                     .form = facts.form,
                     .key = facts.key,
                     .group = facts.key,
                     .mention = static_cast<std::uint32_t>(m),
                     .position = position,
                     .all_caps = caps,
                     .sentence_start = (t.flags & kSentenceStart) != 0});
    }
  }
  join_given_names_to_surnames(units, numbers);
  return units;
}

}  // namespace copydesk::analysis

// facts/age: "Priya Nair, 54," and later "Nair, 57,"; or an age that contradicts a birth year.
#include <copydesk/name_key.hpp>
#include <map>
#include <set>

#include "calendar.hpp"
#include "rules.hpp"

namespace facts {

using namespace copydesk;

namespace {

struct StatedAge {
  int age = 0;
  Range range;
  std::string name;
};

// An age: a number of up to three digits alone ("54", not "54s"), 1 to 120.
int small_integer(const Document& doc, std::uint32_t token) {
  std::string_view text = doc.tokens()[token].text;
  if (text.size() > 3 || text.find_first_not_of("0123456789") != std::string_view::npos) return 0;
  const NumberMention* n = doc.get<Numbers>().at_token(token);
  int v = n ? static_cast<int>(n->value) : 0;
  return v >= 1 && v <= 120 ? v : 0;
}

// A mention's word keys joined by spaces, and its last word's key (the surname).
struct MentionKeys {
  std::string full, surname;
};

// Every mention's keys, made once: both passes of check() read them, and name_word_key is not cheap.
std::vector<MentionKeys> mention_keys(const std::vector<NameMention>& names, const std::vector<Token>& tokens) {
  std::vector<MentionKeys> out(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    MentionKeys& keys = out[i];
    for (std::uint32_t k = names[i].first_token; k < names[i].end_token; ++k) {
      keys.surname = name_word_key(bare_name_word(tokens[k].text));
      if (!keys.full.empty()) keys.full += ' ';
      keys.full += keys.surname;
    }
  }
  return out;
}

}  // namespace

RuleMeta AgeRule::meta() {
  return {.id = "facts/age",
          .summary = "One person's age stated two ways (\u201CNair, 54,\u201D then \u201CNair, 57,\u201D), or an age "
                     "that contradicts a stated birth year.",
          .default_severity = Severity::Error};
}

AgeRule::AgeRule(const RuleContext&) {}

void AgeRule::check(const Document& doc, Reporter& reporter) {
  const auto& tokens = doc.tokens();
  std::map<std::string, StatedAge> first_age;   // surname key -> first stated age
  std::map<std::string, int> birth_year;         // surname key -> "born in 1970"
  std::vector<std::pair<std::string, StatedAge>> stated;
  std::string source;
  int year = 0;
  bool year_known = false;
  const auto& names = doc.names();
  // First the mentions an age or a birth year follows, found from the tokens alone: most
  // articles state none, and then no name's key is made.
  struct Found {
    std::size_t mention;
    bool birth_year;  // else an age
    int value;
    Range range;      // the age's token
  };
  std::vector<Found> found;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const NameMention& m = names[i];
    if (m.end_token == m.first_token) continue;
    std::uint32_t k = m.end_token;
    if (k + 2 >= tokens.size()) continue;
    // "Nair, 54," / "Nair, 54." / "Nair (54)"
    bool comma_form = tokens[k].text == "," && (tokens[k + 2].text == "," || tokens[k + 2].text == ".");
    bool bracket_form = tokens[k].text == "(" && tokens[k + 2].text == ")";
    if ((comma_form || bracket_form) && small_integer(doc, k + 1)) {
      found.push_back({i, false, small_integer(doc, k + 1), tokens[k + 1].range});
      continue;
    }
    // "Nair, the 57-year-old chief" / "(born 1970)" / "born in 1970" in the same sentence.
    for (std::uint32_t j = k; j < tokens.size() && j < k + 8 && tokens[j].sentence == tokens[k - 1].sentence; ++j) {
      if (j + 2 < tokens.size() && tokens[j + 1].text == "-" && tokens[j + 2].text.starts_with("year-old") &&
          small_integer(doc, j)) {
        found.push_back({i, false, small_integer(doc, j), tokens[j].range});
        break;
      }
      if (tokens[j].text == "born") {
        std::uint32_t y = j + 1;
        if (y < tokens.size() && tokens[y].text == "in") ++y;
        const NumberMention* n = y < tokens.size() ? doc.get<Numbers>().at_token(y) : nullptr;
        if (n && n->kind == NumberKind::Integer && tokens[y].text.size() == 4)
          found.push_back({i, true, static_cast<int>(n->value), tokens[y].range});
        break;
      }
    }
  }
  if (found.empty()) return;
  // A person is keyed by full name; a surname alone joins the one full name that has it (two
  // Blamireses in one story are two people).
  std::map<std::string, std::set<std::string>> full_names_by_surname;
  std::vector<MentionKeys> keys = mention_keys(names, tokens);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i].end_token - names[i].first_token >= 2) full_names_by_surname[keys[i].surname].insert(keys[i].full);
  for (const Found& f : found) {
    const NameMention& m = names[f.mention];
    std::string key = keys[f.mention].full;
    if (m.end_token - m.first_token == 1) {
      auto it = full_names_by_surname.find(keys[f.mention].surname);
      if (it != full_names_by_surname.end() && it->second.size() == 1) key = *it->second.begin();
      else if (it != full_names_by_surname.end()) continue;  // which of them? unknown
    }
    if (f.birth_year)
      birth_year.emplace(key, f.value);
    else
      stated.push_back({key, {f.value, f.range, std::string(doc.slice(m.range))}});
  }
  for (const auto& [key, s] : stated) {
    auto [it, fresh] = first_age.emplace(key, s);
    if (!fresh && it->second.age != s.age) {
      reporter.report(s.range, s.name + " is " + std::to_string(it->second.age) + " earlier in the article, " +
                                   std::to_string(s.age) + " here.")
          .note(it->second.range, "age first stated here");
      continue;
    }
    auto born = birth_year.find(key);
    if (born == birth_year.end()) continue;
    if (!year_known) {
      const Dates& dates = doc.get<Dates>();
      year = dates.year;
      source = dates.year_source;
      year_known = true;
    }
    if (!year) continue;
    int oldest = year - born->second;
    if (s.age != oldest && s.age != oldest - 1)
      reporter.report(s.range, s.name + " was born in " + std::to_string(born->second) + ", so in " +
                                   std::to_string(year) + " (from " + source + ") was " + std::to_string(oldest - 1) +
                                   " or " + std::to_string(oldest) + ", not " + std::to_string(s.age) + ".");
  }
}

}  // namespace facts

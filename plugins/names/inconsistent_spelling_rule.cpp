// names/inconsistent-spelling: two spellings of one name in one document, found without a list.
#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <copydesk/consistency.hpp>
#include <copydesk/name_units.hpp>
#include "registry.hpp"
#include "rules.hpp"

namespace names {

using namespace copydesk;

namespace {

// Union-find over unit indices.
struct Groups {
  std::vector<std::size_t> parent;
  explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

// The given names written with each surname key: two spellings of a surname that each come with
// other given names are two people ("John Meyer", "Anna Meier").
std::unordered_map<std::string, std::unordered_set<std::string>> given_names(const std::vector<NameUnit>& units,
                                                                             const std::vector<bool>& surname) {
  std::unordered_map<std::string, std::unordered_set<std::string>> out;
  for (std::size_t i = 1; i < units.size(); ++i)
    if (surname[i] && units[i - 1].mention == units[i].mention && units[i - 1].position == 0)
      out[units[i].key].insert(units[i - 1].key);
  return out;
}

// Surnames, alone or not, whose keys are a transliteration apart ("Berdimuhamedov" and
// "Berdymukhamedov", "Aliyev" and "Aliev"), unless they are grammatical forms of one name
// (Volkov/Volkova) or the document gives them different given names. Keys meet in skeleton
// buckets, so the pairs compared are few.
void join_transliterated_surnames(const std::vector<NameUnit>& units, const std::vector<bool>& surname, Groups& groups) {
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  std::unordered_set<std::string_view> seen;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (surname[i] && units[i].key.size() >= 5 && seen.insert(units[i].key).second)
      buckets[name_skeleton(units[i].key)].push_back(i);
  std::unordered_map<std::string, std::unordered_set<std::string>> given;
  bool given_known = false;
  for (const auto& [skeleton, list] : buckets) {
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        const std::string& a = units[list[x]].key;
        const std::string& b = units[list[y]].key;
        // Both short ("Brian", "Bryan") is too little to go on.
        if (std::max(a.size(), b.size()) < 6 || transliteration_distance(a, b) > 0.5 || grammatical_forms(a, b))
          continue;
        if (!given_known) given = given_names(units, surname), given_known = true;
        auto ga = given.find(a), gb = given.find(b);
        if (ga != given.end() && gb != given.end()) {
          bool shared = false;
          for (const std::string& g : ga->second) shared = shared || gb->second.count(g) > 0;
          if (!shared) continue;
        }
        groups.join(list[x], list[y]);
      }
  }
}

// Lower-case letters of a name without its spaces and hyphens: "Lee Jae-myung", "Lee Jae Myung"
// and "Lee Jae-Myung" are all "leejaemyung".
std::string joined_key(std::string_view surface) {
  std::string key;
  for (char c : surface)
    if (c != ' ' && c != '-') key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return key;
}

// "Turkish-Cypriot" beside "Turkish Cypriot", "North-West" beside "North West": a hyphen between two
// dictionary words makes a compound modifier of a name, which a style may hyphenate before a noun
// only. Syllables ("Jae-myung") are not dictionary words, and particles ("al-Qaeda") are short.
bool hyphen_joins_words(const Document& doc, const std::map<std::string, std::vector<std::size_t>>& shapes) {
  // A particle ("al-", "bin-") is short and may be listed; two words of four letters or more are not particles.
  constexpr std::size_t kShortestWord = 4;
  auto word = [&](std::string_view w) { return w.size() >= kShortestWord && doc.dictionary_listing(w) != 0; };
  for (const auto& [shape, mentions] : shapes) {
    std::string_view surface = doc.slice(doc.names()[mentions.front()].range);
    for (std::size_t h = surface.find('-'); h != std::string_view::npos; h = surface.find('-', h + 1)) {
      std::size_t begin = surface.find_last_of(" \n", h);
      begin = begin == std::string_view::npos ? 0 : begin + 1;
      std::size_t end = surface.find_first_of(" \n-", h + 1);
      if (end == std::string_view::npos) end = surface.size();
      if (word(surface.substr(begin, h - begin)) && word(surface.substr(h + 1, end - h - 1))) return true;
    }
  }
  return false;
}

// A name's syllables joined by a hyphen in one place and a space (or another capital) in another:
// "Lee Jae-myung" and "Lee Jae Myung". Name units leave out words shorter than four letters, so
// this compares whole mentions. Case alone at the first letter is the sentence's, not a spelling.
void report_spacing_variants(const Document& doc, Reporter& reporter) {
  std::map<std::string, std::map<std::string, std::vector<std::size_t>>> by_key;  // key -> shape -> mentions
  const auto& mentions = doc.names();
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    const NameMention& n = mentions[m];
    std::string_view surface = doc.slice(n.range);
    if (n.all_caps || surface.size() < 2) continue;
    bool joined = surface.find_first_of(" \n-") != std::string_view::npos;
    // "File:Bob-McDonnell.jpg": a name glued to what comes before it is part of a file name or code.
    if (!joined || (n.range.offset > 0 && !std::isspace(static_cast<unsigned char>(doc.text()[n.range.offset - 1])) &&
                    std::string_view("\"'([").find(doc.text()[n.range.offset - 1]) == std::string_view::npos))
      continue;
    // The shape: spaces, hyphens and case after the first letter ("Labour  Party" is "Labour Party").
    std::string shape;
    for (char c : surface.substr(1)) {
      if (std::isspace(static_cast<unsigned char>(c))) c = ' ';
      if (c != ' ' || shape.empty() || shape.back() != ' ') shape.push_back(c);
    }
    by_key[joined_key(surface)][shape].push_back(m);
  }
  for (const auto& [key, shapes] : by_key) {
    if (shapes.size() < 2 || key.size() < 6 || hyphen_joins_words(doc, shapes)) continue;
    std::vector<FormOccurrence> occurrences;
    std::vector<std::string> names;
    for (const auto& [shape, list] : shapes) names.push_back("\u201C" + std::string(doc.slice(mentions[list[0]].range)) + "\u201D");
    int form = 0;
    for (const auto& [shape, list] : shapes) {
      for (std::size_t m : list) {
        FormOccurrence o{mentions[m].range, form, {}};
        std::string_view surface = doc.slice(mentions[m].range);
        for (const auto& [other, unused] : shapes) o.replacement.push_back(std::string(surface.substr(0, 1)) + other);
        occurrences.push_back(std::move(o));
      }
      ++form;
    }
    std::sort(occurrences.begin(), occurrences.end(),
              [](const FormOccurrence& a, const FormOccurrence& b) { return a.range.offset < b.range.offset; });
    report_minority_forms(occurrences, names, -1, reporter);
  }
}

}  // namespace

RuleMeta InconsistentSpellingRule::meta() {
  return {.id = "names/inconsistent-spelling",
          .summary = "One name spelled two ways in a document, such as \u201CSergey\u201D and \u201CSergei\u201D "
                     "or \u201CAl-Qaeda\u201D and \u201Cal-Qaida\u201D.",
          .default_severity = Severity::Warning,
          .fixable = true,
          .options = {{"min_fuzzy_length", OptionType::Integer, "6",
                       "Shortest name (in letters) that a near match one letter apart may link, and only "
                       "when the rest of the name agrees (\u201CMuammar Gaddafi\u201D / \u201CMuammar Qaddafi\u201D)"},
                      {"registries", OptionType::StringList, "[]",
                       "Names registries whose house spellings win over a document's majority (a preset "
                       "names one; by default the document's own majority wins)"},
                      {"across_files", OptionType::Bool, "false",
                       "Also report a spelling that is the minority across all the files of one run (a story "
                       "package: main story, sidebar, captions)"}}};
}

InconsistentSpellingRule::InconsistentSpellingRule(const RuleContext& context)
    : min_fuzzy_length_(context.options.count("min_fuzzy_length", meta().options, 3)),
      registries_(load_registries(context, meta().options)) {
  if (context.options.value<bool>("across_files", meta().options)) across_files_ = std::make_unique<AcrossFiles>();
}

void InconsistentSpellingRule::gather(const Document& doc) {
  const std::vector<NameUnit>& units = name_units(doc);
  std::lock_guard lock(across_files_->mutex);
  for (const NameUnit& u : units) {
    auto& entry = across_files_->spellings[u.group_key][u.form];
    if (entry.first++ == 0) entry.second = u.surface;
  }
}

// A name this file spells one way, which the run's other files spell another way more often.
void InconsistentSpellingRule::check_across_files(const Document& doc, Reporter& reporter) {
  const std::vector<NameUnit>& units = name_units(doc);
  std::map<std::string, std::set<std::string>> forms_here;
  for (const NameUnit& u : units) forms_here[u.group_key].insert(u.form);
  std::lock_guard lock(across_files_->mutex);
  for (const NameUnit& u : units) {
    if (forms_here[u.group_key].size() != 1 || u.all_caps) continue;  // the in-document check covers mixes
    auto it = across_files_->spellings.find(u.group_key);
    if (it == across_files_->spellings.end() || it->second.size() < 2) continue;
    const auto& counts = it->second;
    std::string best = u.form;
    for (const auto& [form, entry] : counts)
      if (entry.first > counts.at(best).first) best = form;
    if (best == u.form) continue;
    const auto& [uses, surface] = counts.at(best);
    reporter.report(u.range, "\u201C" + u.surface + "\u201D is spelled \u201C" + surface + "\u201D " +
                                 std::to_string(uses) + " times in the other files of this run.")
        .fix(u.range, cased_like(surface, u.all_caps, u.sentence_start));
  }
}

void InconsistentSpellingRule::check(const Document& doc, Reporter& reporter) {
  if (across_files_) check_across_files(doc, reporter);
  report_spacing_variants(doc, reporter);
  std::vector<NameUnit> units = name_units(doc);
  if (units.size() < 2) return;
  // A word the document also writes in lower case is a common word ("Fishermen" opening a
  // sentence), not a name.
  std::unordered_set<std::string_view> forms, common;
  WordShapes form_shapes;  // forms are lower case: most words are turned away before hashing
  for (const NameUnit& u : units) {
    forms.insert(u.form);
    form_shapes.add(u.form);
  }
  for (const Token& t : doc.tokens())
    if (t.is_word() && !(t.flags & (kCapitalized | kAllCaps)) && form_shapes.may_contain(t.text) && forms.count(t.text))
      common.insert(t.text);
  // So is a word the dictionaries list only in lower case ("Baron" beside "Barron").
  std::erase_if(units, [&](const NameUnit& u) {
    unsigned listing = doc.dictionary_listing(u.surface);
    // Words in other scripts are compared by the transliteration folds of Latin only.
    bool latin = std::any_of(u.key.begin(), u.key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return !latin || common.count(u.form) > 0 || ((listing & kListedLowerCase) && !(listing & kListedCapitalised));
  });
  if (units.size() < 2) return;
  // A surname: the last unit of its mention ("Volkov" in "Sergei Volkov", or "Volkov" alone).
  std::vector<bool> surname(units.size(), false);
  for (std::size_t i = 0; i < units.size(); ++i)
    surname[i] = i + 1 == units.size() || units[i + 1].mention != units[i].mention;
  Groups groups(units.size());
  // Same transliteration key: same name.
  std::unordered_map<std::string, std::size_t> by_key;
  for (std::size_t i = 0; i < units.size(); ++i) {
    auto [it, fresh] = by_key.emplace(units[i].group_key, i);
    // A short key joins only words of one length ("Hal" and "Hall" are two names), or two
    // surnames ("Abbas" and "Abas's office": the same word in the same place of a name).
    std::size_t other = fresh ? i : it->second;
    if (!fresh && (units[i].key.size() >= 5 || units[i].surface.size() == units[other].surface.size() ||
                   (surname[i] && surname[other])))
      groups.join(i, other);
  }
  join_transliterated_surnames(units, surname, groups);
  // Near keys only with shared context: two mentions of the same length whose other words agree.
  // Each multi-word mention is filed under "its keys with one word left out", once per word, so
  // mentions that agree but for one word meet in one bucket (linear, not pairwise).
  std::unordered_map<std::size_t, std::vector<std::size_t>> units_of_mention;
  for (std::size_t i = 0; i < units.size(); ++i) units_of_mention[units[i].mention].push_back(i);
  std::unordered_map<std::string, std::map<std::string, std::size_t>> buckets;  // context -> key -> a unit
  for (const auto& [m, list] : units_of_mention) {
    if (list.size() < 2) continue;
    for (std::size_t k = 0; k < list.size(); ++k) {
      std::string context = std::to_string(list.size()) + "#" + std::to_string(k);
      for (std::size_t j = 0; j < list.size(); ++j)
        if (j != k) context += "#" + units[list[j]].key;
      buckets[context].emplace(units[list[k]].key, list[k]);
    }
  }
  for (const auto& [context, keys] : buckets) {
    if (keys.size() < 2) continue;
    for (auto a = keys.begin(); a != keys.end(); ++a)
      for (auto b = std::next(a); b != keys.end(); ++b)
        if (std::min(a->first.size(), b->first.size()) >= min_fuzzy_length_ && near_variant(a->first, b->first))
          groups.join(a->second, b->second);
  }

  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < units.size(); ++i) members[groups.find(i)].push_back(i);
  for (const auto& [root, list] : members) {
    // A bare "Assad" next to "al-Assad" is a second reference dropping the article: neutral.
    std::vector<std::string> particle_cores;
    for (std::size_t i : list) {
      bool had = false;
      std::string_view core = form_core(units[i].form, had);
      if (had) particle_cores.emplace_back(core);
    }
    std::vector<std::size_t> counted;
    for (std::size_t i : list) {
      bool had = false;
      std::string core(form_core(units[i].form, had));
      if (had || std::find(particle_cores.begin(), particle_cores.end(), core) == particle_cores.end())
        counted.push_back(i);
    }
    // Count each form; the majority wins, ties going to the earlier form, unless the house
    // registry names one of the forms as the house spelling of another.
    std::map<std::string, std::size_t> count, first;
    for (std::size_t i : counted) {
      count[units[i].form]++;
      first.try_emplace(units[i].form, i);
    }
    if (count.size() < 2) continue;
    std::string majority;
    for (const auto& [form, n] : count) {
      if (majority.empty() || n > count[majority] || (n == count[majority] && first[form] < first[majority]))
        majority = form;
    }
    // A form used in a mention written exactly as a house phrase is the house spelling.
    bool house = false;
    for (std::size_t i : counted) {
      std::string mention(doc.slice(doc.names()[units[i].mention].range));
      for (char& c : mention) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const auto& reg : registries_)
        if (reg->house_phrases.count(mention)) {
          majority = units[i].form;
          house = true;
        }
    }
    // The model spelling: the first mention of the majority form, preferring one not in capitals.
    std::size_t model_index = first[majority];
    for (std::size_t i : counted)
      if (units[i].form == majority && !units[i].all_caps && !units[i].sentence_start) {
        model_index = i;
        break;
      }
    const NameUnit& model = units[model_index];
    Position where = doc.position(model.range.offset);
    for (std::size_t i : counted) {
      const NameUnit& u = units[i];
      if (u.form == majority) continue;
      std::string fix = cased_like(model.surface, u.all_caps, u.sentence_start);
      // "Al-Qaeda" opening a sentence is "al-Qaeda" inside one: a particle is capitalised by position.
      bool had_article = false;
      form_core(model.form, had_article);
      if (had_article && model.sentence_start && !u.sentence_start && !u.all_caps && !fix.empty())
        fix[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(fix[0])));
      std::string why = house ? ", the house spelling"
                        : count[majority] > count[u.form]
                            ? " (" + std::to_string(count[majority]) + " times to " + std::to_string(count[u.form]) + ")"
                            : " (first)";
      reporter
          .report(u.range, "\u201C" + u.surface + "\u201D is spelled \u201C" + model.surface + "\u201D on line " +
                               std::to_string(where.line) + why + ".")
          .note(model.range, "first spelled \u201C" + model.surface + "\u201D here")
          .fix(u.range, fix);
    }
  }
}

}  // namespace names

// names/inconsistent-spelling: two spellings of one name in one document, found without a list.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <copydesk/consistency.hpp>
#include <copydesk/name_units.hpp>
#include <copydesk/word_set.hpp>
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

// The units the rule compares: pointers into the document's NameUnits, in text order.
using UnitList = std::vector<const NameUnit*>;
using Registries = std::vector<std::shared_ptr<const Registry>>;

// The given names (key numbers) written with each surname key: two spellings of a surname that
// each come with other given names are two people ("John Meyer", "Anna Meier").
std::unordered_map<std::uint32_t, std::unordered_set<std::uint32_t>> given_names(const UnitList& units,
                                                                                 const std::vector<bool>& surname) {
  std::unordered_map<std::uint32_t, std::unordered_set<std::uint32_t>> out;
  for (std::size_t i = 1; i < units.size(); ++i)
    if (surname[i] && units[i - 1]->mention == units[i]->mention && units[i - 1]->position == 0)
      out[units[i]->key].insert(units[i - 1]->key);
  return out;
}

// Whether two transliterations of a surname are one name by their letters: long enough to go on
// (both short, "Brian" and "Bryan", is too little), a transliteration apart, and not grammatical
// forms of one name (Volkov/Volkova). The cheap tests come first: most pairs fail them.
bool transliterated_pair(std::string_view a, std::string_view b) {
  // Every letter added or dropped costs at least 0.3, so keys two letters apart in length are not.
  std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
  return longer >= 6 && longer - shorter <= 1 && !grammatical_forms(a, b) && transliteration_distance(a, b) <= 0.5;
}

// Surnames, alone or not, whose keys are a transliteration apart ("Berdimuhamedov" and
// "Berdymukhamedov", "Aliyev" and "Aliev"), unless they are grammatical forms of one name
// (Volkov/Volkova) or the document gives them different given names. Each distinct key meets the
// others in its skeleton bucket, so the pairs compared are few.
void join_transliterated_surnames(const NameUnits& all, const UnitList& units, const std::vector<bool>& surname,
                                  Groups& groups) {
  std::unordered_map<std::string, std::vector<std::size_t>> buckets;
  std::vector<bool> seen(all.ids(), false);
  for (std::size_t i = 0; i < units.size(); ++i) {
    std::uint32_t key = units[i]->key;
    if (surname[i] && all.text(key).size() >= 5 && !seen[key]) {
      seen[key] = true;
      buckets[name_skeleton(all.text(key))].push_back(i);
    }
  }
  std::unordered_map<std::uint32_t, std::unordered_set<std::uint32_t>> given;
  bool given_known = false;
  for (const auto& [skeleton, list] : buckets) {
    for (std::size_t x = 0; x < list.size(); ++x)
      for (std::size_t y = x + 1; y < list.size(); ++y) {
        std::uint32_t a = units[list[x]]->key, b = units[list[y]]->key;
        if (!transliterated_pair(all.text(a), all.text(b))) continue;
        if (!given_known) given = given_names(units, surname), given_known = true;
        auto ga = given.find(a), gb = given.find(b);
        if (ga != given.end() && gb != given.end()) {
          bool shared = false;
          for (std::uint32_t g : ga->second) shared = shared || gb->second.count(g) > 0;
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
  key.reserve(surface.size());
  for (char c : surface)
    if (c != ' ' && c != '-') key.push_back(ascii_lower(c));  // std::tolower of the C locale copydesk runs in
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

// Whether a mention can be a name written with spaces or hyphens: not in capitals, of more than
// one part, and not glued to what comes before it ("File:Bob-McDonnell.jpg" is a file name or code).
bool spaced_name(const Document& doc, const NameMention& n) {
  std::string_view surface = doc.slice(n.range);
  if (n.all_caps || surface.size() < 2) return false;
  if (surface.find_first_of(" \n-") == std::string_view::npos) return false;
  if (n.range.offset == 0) return true;
  char before = doc.text()[n.range.offset - 1];
  return std::isspace(static_cast<unsigned char>(before)) || std::string_view("\"'([").find(before) != std::string_view::npos;
}

// The shape: spaces, hyphens and case after the first letter ("Labour  Party" is "Labour Party").
std::string shape_of(std::string_view surface) {
  std::string shape;
  for (char c : surface.substr(1)) {
    if (std::isspace(static_cast<unsigned char>(c))) c = ' ';
    if (c != ' ' || shape.empty() || shape.back() != ' ') shape.push_back(c);
  }
  return shape;
}

// A mention that may be a spacing variant, with the numbers of its joined key and of its shape.
struct SpacedMention {
  std::uint32_t mention, key, shape;
};

// The mentions whose joined key (of six letters or more: shorter ones are never reported) the
// document writes in more than one shape. A long document repeats most names in one shape: this
// pass numbers keys and shapes in flat tables, so only the few mixed names are gathered in maps.
std::vector<std::size_t> mentions_in_several_shapes(const Document& doc) {
  const auto& mentions = doc.names();
  WordMap<std::uint32_t> keys, shapes;  // string -> its number plus one
  std::vector<SpacedMention> spaced;
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    if (!spaced_name(doc, mentions[m])) continue;
    std::string_view surface = doc.slice(mentions[m].range);
    std::string key = joined_key(surface);
    if (key.size() < 6) continue;
    std::uint32_t& k = keys[key];
    if (k == 0) k = static_cast<std::uint32_t>(keys.size());
    std::uint32_t& shape = shapes[shape_of(surface)];
    if (shape == 0) shape = static_cast<std::uint32_t>(shapes.size());
    spaced.push_back({static_cast<std::uint32_t>(m), k - 1, shape - 1});
  }
  constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> first_shape(keys.size(), kNone);
  std::vector<bool> mixed(keys.size(), false);
  for (const SpacedMention& s : spaced) {
    if (first_shape[s.key] == kNone) first_shape[s.key] = s.shape;
    else if (first_shape[s.key] != s.shape) mixed[s.key] = true;
  }
  std::vector<std::size_t> out;
  for (const SpacedMention& s : spaced)
    if (mixed[s.key]) out.push_back(s.mention);
  return out;
}

// A name's syllables joined by a hyphen in one place and a space (or another capital) in another:
// "Lee Jae-myung" and "Lee Jae Myung". Name units leave out words shorter than four letters, so
// this compares whole mentions. Case alone at the first letter is the sentence's, not a spelling.
void report_spacing_variants(const Document& doc, Reporter& reporter) {
  std::map<std::string, std::map<std::string, std::vector<std::size_t>>> by_key;  // key -> shape -> mentions
  const auto& mentions = doc.names();
  for (std::size_t m : mentions_in_several_shapes(doc)) {
    std::string_view surface = doc.slice(mentions[m].range);
    by_key[joined_key(surface)][shape_of(surface)].push_back(m);
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
  const NameUnits& units = doc.get<NameUnits>();
  std::lock_guard lock(across_files_->mutex);
  for (const NameUnit& u : units) {
    auto& entry = across_files_->spellings[std::string(units.group_key(u))][std::string(units.form(u))];
    if (entry.first++ == 0) entry.second = doc.slice(u.range);
  }
}

// A name this file spells one way, which the run's other files spell another way more often.
void InconsistentSpellingRule::check_across_files(const Document& doc, Reporter& reporter) {
  const NameUnits& units = doc.get<NameUnits>();
  std::unordered_map<std::uint32_t, std::unordered_set<std::uint32_t>> forms_here;  // group -> forms
  for (const NameUnit& u : units) forms_here[u.group].insert(u.form);
  std::lock_guard lock(across_files_->mutex);
  for (const NameUnit& u : units) {
    if (forms_here[u.group].size() != 1 || u.all_caps) continue;  // the in-document check covers mixes
    auto it = across_files_->spellings.find(std::string(units.group_key(u)));
    if (it == across_files_->spellings.end() || it->second.size() < 2) continue;
    const auto& counts = it->second;
    std::string best(units.form(u));
    for (const auto& [form, entry] : counts)
      if (entry.first > counts.at(best).first) best = form;
    if (best == units.form(u)) continue;
    const auto& [uses, surface] = counts.at(best);
    reporter.report(u.range, "\u201C" + std::string(doc.slice(u.range)) + "\u201D is spelled \u201C" + surface + "\u201D " +
                                 std::to_string(uses) + " times in the other files of this run.")
        .fix(u.range, cased_like(surface, u.all_caps, u.sentence_start));
  }
}

namespace {

// A quick "no" for most of a document's words before a table lookup: one bit per hash of a
// word's length and its first two and last two bytes. WordShapes (first letter and length) lets
// through most lower-case words once a long document has thousands of name forms.
class WordEdges {
 public:
  void add(std::string_view word) { bits_[slot(word)] = true; }
  bool may_contain(std::string_view word) const { return bits_[slot(word)]; }

 private:
  static constexpr unsigned kBits = 18;
  static std::size_t slot(std::string_view w) {
    if (w.empty()) return 0;
    auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(w[i])); };
    std::size_t n = w.size();
    std::uint32_t h = byte(0) | byte(n > 1 ? 1 : 0) << 8 | byte(n - 1) << 16 | byte(n > 1 ? n - 2 : 0) << 24;
    h = (h ^ static_cast<std::uint32_t>(n) * 0x9E3779B9u) * 0x85EBCA6Bu;
    return h >> (32 - kBits);
  }
  std::vector<bool> bits_ = std::vector<bool>(std::size_t{1} << kBits);
};

// The forms (by number) that the document also writes in lower case: "Fishermen" opening a
// sentence is a common word, not a name.
std::vector<bool> forms_written_in_lower_case(const Document& doc, const NameUnits& all) {
  WordMap<std::uint32_t> numbers;  // form -> its number plus one
  WordEdges edges;
  std::size_t shortest = std::string_view::npos;  // "the", "of", "a": most words are shorter than any form
  std::vector<bool> listed(all.ids(), false);
  for (const NameUnit& u : all)
    if (!listed[u.form]) {
      listed[u.form] = true;
      numbers[all.form(u)] = u.form + 1;
      edges.add(all.form(u));
      shortest = std::min(shortest, all.form(u).size());
    }
  std::vector<bool> lower(all.ids(), false);
  for (const Token& t : doc.tokens())
    if (t.text.size() >= shortest && t.is_word() && !(t.flags & (kCapitalized | kAllCaps)) && edges.may_contain(t.text))
      if (const std::uint32_t* number = numbers.find(t.text)) lower[*number - 1] = true;
  return lower;
}

// The units worth comparing: not common words (written in lower case elsewhere, or listed by the
// dictionaries only in lower case, "Baron" beside "Barron"), and in Latin letters, since words
// in other scripts are compared by the transliteration folds of Latin only.
UnitList comparable_units(const Document& doc, const NameUnits& all) {
  std::vector<bool> common = forms_written_in_lower_case(doc, all);
  UnitList out;
  out.reserve(all.size());
  for (const NameUnit& u : all) {
    if (common[u.form]) continue;
    std::string_view key = all.key(u);
    if (std::none_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    unsigned listing = doc.dictionary_listing(doc.slice(u.range));
    if ((listing & kListedLowerCase) && !(listing & kListedCapitalised)) continue;
    out.push_back(&u);
  }
  return out;
}

// A surname: the last unit of its mention ("Volkov" in "Sergei Volkov", or "Volkov" alone).
std::vector<bool> surnames(const UnitList& units) {
  std::vector<bool> surname(units.size(), false);
  for (std::size_t i = 0; i < units.size(); ++i)
    surname[i] = i + 1 == units.size() || units[i + 1]->mention != units[i]->mention;
  return surname;
}

// Same transliteration key: same name. A short key joins only words of one length ("Hal" and
// "Hall" are two names), or two surnames ("Abbas" and "Abas's office": the same word in the same
// place of a name).
void join_same_keys(const NameUnits& all, const UnitList& units, const std::vector<bool>& surname, Groups& groups) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> first(all.ids(), kNone);  // group number -> its first unit
  for (std::size_t i = 0; i < units.size(); ++i) {
    std::size_t& other = first[units[i]->group];
    if (other == kNone) {
      other = i;
    } else if (all.key(*units[i]).size() >= 5 || units[i]->range.length == units[other]->range.length ||
               (surname[i] && surname[other])) {
      groups.join(i, other);
    }
  }
}

// Appends a number's bytes to a bucket's name.
void append_number(std::string& out, std::uint32_t n) { out.append(reinterpret_cast<const char*>(&n), sizeof n); }

// A mention's units, [first, end) in a UnitList: consecutive, since units are in text order.
struct Run {
  std::size_t first = 0, end = 0;
};

// The runs of units of each mention, in the order a bucket below files them. That order decides
// which unit stands for a key in a bucket (the first filed) and so, when units of one key sit in
// different groups, which of them a near variant joins. It has always been the iteration order of
// a std::unordered_map over mention numbers, filled in text order; findings stay the same only in
// that order, so a map of the same keys, filled in the same order, gives it.
std::vector<Run> mention_runs_in_filing_order(const UnitList& units) {
  std::unordered_map<std::size_t, Run> by_mention;
  for (std::size_t first = 0, end = 0; first < units.size(); first = end) {
    end = first + 1;
    while (end < units.size() && units[end]->mention == units[first]->mention) ++end;
    by_mention[units[first]->mention] = {first, end};
  }
  std::vector<Run> runs;
  runs.reserve(by_mention.size());
  for (const auto& [mention, run] : by_mention) runs.push_back(run);
  return runs;
}

// Near keys only with shared context: two mentions of the same length whose other words agree.
// Each multi-word mention is filed under "its keys with one word left out", once per word, so
// mentions that agree but for one word meet in one bucket (linear, not pairwise). A bucket is a
// chain of entries, one a key, in one flat vector: most buckets hold one key and cost no
// allocation of their own.
void join_near_variants(const NameUnits& all, const UnitList& units, std::size_t min_fuzzy_length, Groups& groups) {
  struct Filed {
    std::uint32_t key;
    std::size_t unit;      // the first unit filed with this key
    std::uint32_t next;    // the bucket's next entry, plus one; 0 ends the chain
  };
  WordMap<std::uint32_t> buckets;     // context -> its first entry in `filed`, plus one
  std::vector<Filed> filed;
  std::vector<std::uint32_t> shared;  // buckets of two keys or more, by first entry
  std::string context;
  for (const Run& run : mention_runs_in_filing_order(units)) {
    std::size_t size = run.end - run.first;
    if (size < 2) continue;
    for (std::size_t k = 0; k < size; ++k) {
      context.clear();
      append_number(context, static_cast<std::uint32_t>(size));
      append_number(context, static_cast<std::uint32_t>(k));
      for (std::size_t j = 0; j < size; ++j)
        if (j != k) append_number(context, units[run.first + j]->key);
      std::uint32_t key = units[run.first + k]->key;
      std::uint32_t& head = buckets[context];
      if (head == 0) {
        filed.push_back({key, run.first + k, 0});
        head = static_cast<std::uint32_t>(filed.size());
        continue;
      }
      std::uint32_t last = head - 1;
      while (filed[last].key != key && filed[last].next != 0) last = filed[last].next - 1;
      if (filed[last].key == key) continue;
      if (last == head - 1) shared.push_back(last);  // its second key
      filed.push_back({key, run.first + k, 0});
      filed[last].next = static_cast<std::uint32_t>(filed.size());
    }
  }
  for (std::uint32_t first : shared)
    for (std::uint32_t a = first;; a = filed[a].next - 1) {
      for (std::uint32_t b = filed[a].next; b != 0; b = filed[b - 1].next) {
        std::string_view ka = all.text(filed[a].key), kb = all.text(filed[b - 1].key);
        if (std::min(ka.size(), kb.size()) >= min_fuzzy_length && near_variant(ka, kb))
          groups.join(filed[a].unit, filed[b - 1].unit);
      }
      if (filed[a].next == 0) break;
    }
}

// The groups that write their name in more than one form, each as its units in text order: a
// group of one form has nothing to report, and most groups are that.
std::map<std::size_t, std::vector<std::size_t>> mixed_groups(const UnitList& units, Groups& groups) {
  constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::vector<std::size_t> root(units.size());
  std::vector<std::uint32_t> first_form(units.size(), kNone);  // by root
  std::vector<bool> mixed(units.size(), false);                // by root
  for (std::size_t i = 0; i < units.size(); ++i) {
    root[i] = groups.find(i);
    std::uint32_t& form = first_form[root[i]];
    if (form == kNone) form = units[i]->form;
    else if (form != units[i]->form) mixed[root[i]] = true;
  }
  std::map<std::size_t, std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < units.size(); ++i)
    if (mixed[root[i]]) out[root[i]].push_back(i);
  return out;
}

// A group's units without a bare "Assad" next to "al-Assad": a second reference dropping the
// article is neutral.
std::vector<std::size_t> counted_units(const NameUnits& all, const UnitList& units, const std::vector<std::size_t>& list) {
  std::vector<std::string_view> particle_cores;
  for (std::size_t i : list) {
    bool had = false;
    std::string_view core = form_core(all.form(*units[i]), had);
    if (had) particle_cores.push_back(core);
  }
  std::vector<std::size_t> counted;
  for (std::size_t i : list) {
    bool had = false;
    std::string_view core = form_core(all.form(*units[i]), had);
    if (had || std::find(particle_cores.begin(), particle_cores.end(), core) == particle_cores.end())
      counted.push_back(i);
  }
  return counted;
}

// Count each form of one name; the majority wins, ties going to the earlier form, unless the house
// registry names one of the forms as the house spelling of another. Every other form is reported.
void report_minority_spellings(const Document& doc, const NameUnits& all, const UnitList& units,
                               const std::vector<std::size_t>& counted, const Registries& registries,
                               Reporter& reporter) {
  std::map<std::string_view, std::size_t> count, first;
  for (std::size_t i : counted) {
    count[all.form(*units[i])]++;
    first.try_emplace(all.form(*units[i]), i);
  }
  if (count.size() < 2) return;
  std::string_view majority;
  for (const auto& [form, n] : count) {
    if (majority.empty() || n > count[majority] || (n == count[majority] && first[form] < first[majority]))
      majority = form;
  }
  // A form used in a mention written exactly as a house phrase is the house spelling.
  bool house = false;
  if (!registries.empty()) {
    for (std::size_t i : counted) {
      std::string mention(doc.slice(doc.names()[units[i]->mention].range));
      for (char& c : mention) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const auto& reg : registries)
        if (reg->house_phrases.count(mention)) {
          majority = all.form(*units[i]);
          house = true;
        }
    }
  }
  // The model spelling: the first mention of the majority form, preferring one not in capitals.
  std::size_t model_index = first[majority];
  for (std::size_t i : counted)
    if (all.form(*units[i]) == majority && !units[i]->all_caps && !units[i]->sentence_start) {
      model_index = i;
      break;
    }
  const NameUnit& model = *units[model_index];
  std::string model_surface(doc.slice(model.range));
  Position where = doc.position(model.range.offset);
  // "Al-Qaeda" opening a sentence is "al-Qaeda" inside one: a particle is capitalised by position.
  bool model_had_article = false;
  form_core(all.form(model), model_had_article);
  for (std::size_t i : counted) {
    const NameUnit& u = *units[i];
    std::string_view form = all.form(u);
    if (form == majority) continue;
    std::string fix = cased_like(model_surface, u.all_caps, u.sentence_start);
    if (model_had_article && model.sentence_start && !u.sentence_start && !u.all_caps && !fix.empty())
      fix[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(fix[0])));
    std::string why = house ? ", the house spelling"
                      : count[majority] > count[form]
                          ? " (" + std::to_string(count[majority]) + " times to " + std::to_string(count[form]) + ")"
                          : " (first)";
    reporter
        .report(u.range, "\u201C" + std::string(doc.slice(u.range)) + "\u201D is spelled \u201C" + model_surface +
                             "\u201D on line " + std::to_string(where.line) + why + ".")
        .note(model.range, "first spelled \u201C" + model_surface + "\u201D here")
        .fix(u.range, fix);
  }
}

}  // namespace

void InconsistentSpellingRule::check(const Document& doc, Reporter& reporter) {
  if (across_files_) check_across_files(doc, reporter);
  report_spacing_variants(doc, reporter);
  const NameUnits& all = doc.get<NameUnits>();
  if (all.size() < 2) return;
  UnitList units = comparable_units(doc, all);
  if (units.size() < 2) return;
  std::vector<bool> surname = surnames(units);
  Groups groups(units.size());
  join_same_keys(all, units, surname, groups);
  join_transliterated_surnames(all, units, surname, groups);
  join_near_variants(all, units, min_fuzzy_length_, groups);
  for (const auto& [root, list] : mixed_groups(units, groups))
    report_minority_spellings(doc, all, units, counted_units(all, units, list), registries_, reporter);
}

}  // namespace names

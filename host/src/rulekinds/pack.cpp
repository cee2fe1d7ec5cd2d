// Reads packs strictly (every error with file, line and column) and adds their rules to the catalog.
#include "rulekinds/pack.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <toml++/toml.h>

#include "rulekinds/pack_spec.hpp"
#include "util/did_you_mean.hpp"
#include "util/kebab.hpp"
#include "util/utf8.hpp"

namespace copydesk::rulekinds {
namespace {

using config::ConfigError;
using config::Where;

struct KindInfo {
  Kind kind;
  std::string name;
  std::vector<std::string> keys;  // besides the keys every kind takes
};

const std::vector<KindInfo>& kinds() {
  static const std::vector<KindInfo> k = {
      {Kind::Substitution, "substitution", {"swap", "case"}},
      {Kind::Existence, "existence", {"tokens", "regex", "case"}},
      {Kind::Consistency, "consistency", {"either"}},
      {Kind::Capitalization, "capitalization", {"terms"}},
      {Kind::Occurrence, "occurrence", {"tokens", "max", "per"}},
      {Kind::Conditional, "conditional", {"first", "second", "exceptions", "ignorecase"}},
      {Kind::Repetition, "repetition", {"tokens", "within", "alpha", "exceptions", "ignorecase"}},
      {Kind::Metric, "metric", {"formula", "condition", "per"}},
      {Kind::Sequence, "sequence", {"tokens", "ignorecase"}},
  };
  return k;
}

const std::vector<std::string> kCommonKeys = {"id", "kind", "message", "severity", "enabled",
                                              "link", "scope", "skip_quotes", "examples"};

// What a Vale user may write, and what copydesk calls it.
const std::map<std::string, std::string> kValeNames = {
    {"extends", "`kind`"}, {"level", "`severity`"}, {"nonword", "`regex`"}, {"raw", "`regex`"},
    {"grade", "a `metric` rule's `formula` and `condition`"}, {"metrics", "a `metric` rule's `formula`"},
};

std::string joined(const std::vector<std::string>& items, const std::string& quote = "") {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " or " : ", ") + quote + items[i] + quote;
  return out;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

class PackReader {
 public:
  explicit PackReader(std::string file) : file_(std::move(file)) {}

  Where at(const toml::node& n) const { return {file_, n.source().begin.line, n.source().begin.column}; }
  [[noreturn]] void fail(const toml::node& n, const std::string& message) const { throw ConfigError(at(n), message); }
  std::string str(const toml::node& n, const std::string& key) const {
    if (!n.is_string()) fail(n, "`" + key + "` must be a string");
    return *n.value<std::string>();
  }
  bool boolean(const toml::node& n, const std::string& key) const {
    if (!n.is_boolean()) fail(n, "`" + key + "` must be true or false");
    return *n.value<bool>();
  }
  std::size_t whole(const toml::node& n, const std::string& key) const {
    if (!n.is_integer() || *n.value<std::int64_t>() < 0) fail(n, "`" + key + "` must be a whole number");
    return static_cast<std::size_t>(*n.value<std::int64_t>());
  }
  std::vector<std::string> strs(const toml::node& n, const std::string& key) const {
    const toml::array* a = n.as_array();
    if (!a) fail(n, "`" + key + "` must be an array of strings");
    std::vector<std::string> out;
    for (const toml::node& e : *a) out.push_back(str(e, key));
    return out;
  }
  std::string where(const toml::node& n) const { return at(n).str(); }
  std::unique_ptr<PackRegex> regex(const toml::node& n, const std::string& key, bool ignore_case) const {
    std::string source = str(n, key);
    try {
      return std::make_unique<PackRegex>(source, ignore_case);
    } catch (const std::invalid_argument& e) {
      fail(n, "`" + key + "` \"" + source + "\" is not a pattern copydesk can run (" + e.what() +
                  "); rule packs use RE2 syntax: no lookahead, lookbehind or backreferences (see docs/rule-packs.md)");
    }
  }
  // A name that becomes part of rule ids: kebab-case, or an error suggesting the kebab-case form.
  std::string name(const toml::node& n, const std::string& key, const std::string& what) const {
    std::string s = str(n, key);
    if (!util::is_kebab(s)) {
      std::string kebab = util::to_kebab(s);
      fail(n, what + " \"" + s + "\" must be kebab-case (lower-case letters, digits and hyphens" +
                  (util::is_kebab(kebab) ? ", e.g. \"" + kebab + "\")" : ")"));
    }
    return s;
  }

  const KindInfo& kind_of(const toml::table& t, const toml::node& node) const {
    std::vector<std::string> names;
    for (const KindInfo& k : kinds()) names.push_back(k.name);
    const toml::node* given = t.get("kind");
    if (!given) {
      std::string id = t.get("id") && t.get("id")->is_string() ? *t.get("id")->value<std::string>() : "";
      fail(node, "rule \"" + id + "\" needs a `kind`: " + joined(names));
    }
    std::string kind = str(*given, "kind");
    for (const KindInfo& k : kinds())
      if (k.name == kind) return k;
    std::optional<std::string> guess = util::did_you_mean(kind, names);
    for (const std::string& n : names)
      if (!guess && !kind.empty() && n.starts_with(kind)) guess = n;
    fail(*given, "unknown kind \"" + kind + "\"" + (guess ? " (did you mean \"" + *guess + "\"?)" : "") +
                     ": the kinds are " + joined(names));
  }

  [[noreturn]] void unknown_key(const toml::node& v, const std::string& key, const KindInfo& kind) const {
    std::vector<std::string> keys = kCommonKeys;
    keys.insert(keys.end(), kind.keys.begin(), kind.keys.end());
    std::string a_kind = (std::string("aeiou").find(kind.name[0]) == std::string::npos ? "a " : "an ") + kind.name;
    std::string takes = "; " + a_kind + " rule takes " + joined(keys, "`");
    for (const KindInfo& other : kinds())
      if (std::find(other.keys.begin(), other.keys.end(), key) != other.keys.end())
        fail(v, "`" + key + "` is not a key of " + a_kind + " rule" + takes);
    auto vale = kValeNames.find(key);
    if (vale != kValeNames.end()) fail(v, "unknown key `" + key + "` in [[rule]] (copydesk calls it " + vale->second + ")" + takes);
    std::optional<std::string> guess = util::did_you_mean(key, keys);
    fail(v, "unknown key `" + key + "` in [[rule]]" + (guess ? " (did you mean `" + *guess + "`?)" : "") + takes);
  }

  void sequence_steps(Spec& spec, const toml::node& v) const {
    const toml::array* a = v.as_array();
    if (!a) fail(v, "a sequence rule's `tokens` must be an array of { pattern = \"…\", skip = 0, negate = false } tables");
    for (const toml::node& e : *a) {
      const toml::table* step = e.as_table();
      if (!step) fail(e, "each sequence `tokens` entry must be a table such as { pattern = \"be\" }");
      SequenceStep s;
      for (auto&& [k, value] : *step) {
        std::string key(k.str());
        if (key == "pattern") s.pattern = regex(value, key, spec.ignore_case);
        else if (key == "negate") s.negate = boolean(value, key);
        else if (key == "skip") s.skip = whole(value, key);
        else if (key == "tag") fail(value, "copydesk has no part-of-speech tagger: match words with `pattern`");
        else fail(value, "unknown key `" + key + "` in a sequence token (it takes `pattern`, `negate` and `skip`)");
      }
      if (!s.pattern) fail(e, "each sequence token needs a `pattern`");
      spec.steps.push_back(std::move(s));
    }
    if (spec.steps.empty()) fail(v, "a sequence rule needs at least one token");
    if (std::all_of(spec.steps.begin(), spec.steps.end(), [](const SequenceStep& s) { return s.negate; }))
      fail(v, "a sequence needs at least one token that is not negated");
  }

  void condition(Spec& spec, const toml::node& v) const {
    std::string c = str(v, "condition");
    std::size_t i = c.find_first_not_of(' ');
    for (const char* op : {">=", "<=", "==", "!=", ">", "<"}) {
      if (i != std::string::npos && c.compare(i, std::char_traits<char>::length(op), op) == 0) {
        spec.condition_op = op;
        std::string number = c.substr(i + spec.condition_op.size());
        char* end = nullptr;
        spec.threshold = std::strtod(number.c_str(), &end);
        while (end && *end == ' ') ++end;
        if (end == number.c_str() || (end && *end)) break;
        return;
      }
    }
    fail(v, "`condition` must be a comparison and a number, such as \"> 30\" (>, >=, <, <=, == or !=)");
  }

  std::shared_ptr<Spec> rule(const toml::table& t, const toml::node& node, std::vector<PackExample>& examples) {
    auto spec = std::make_shared<Spec>();
    const KindInfo& kind = kind_of(t, node);
    spec->kind = kind.kind;
    if (const toml::node* ic = t.get("ignorecase");
        ic && std::find(kind.keys.begin(), kind.keys.end(), "ignorecase") != kind.keys.end())
      spec->ignore_case = boolean(*ic, "ignorecase");
    if (spec->kind == Kind::Metric) spec->per = "document";
    std::size_t order = 0;
    auto add_phrase = [&](const std::string& written, std::size_t payload, bool exact) {
      std::vector<std::string> words = split_words(exact ? written : utf8::to_lower(written));
      if (words.empty()) return;
      spec->phrases.push_back({words, written, payload, order++});
    };
    bool has_formula = false, has_condition = false;
    const toml::node* id_node = nullptr;
    for (auto&& [k, v] : t) {
      std::string key(k.str());
      bool common = std::find(kCommonKeys.begin(), kCommonKeys.end(), key) != kCommonKeys.end();
      if (!common && std::find(kind.keys.begin(), kind.keys.end(), key) == kind.keys.end()) unknown_key(v, key, kind);
      if (key == "id") spec->id = name(v, key, "rule id"), id_node = &v;
      else if (key == "kind" || key == "ignorecase") continue;  // read above
      else if (key == "message") spec->message = str(v, key);
      else if (key == "link") spec->link = str(v, key);
      else if (key == "severity") {
        auto s = config::parse_severity(str(v, key));
        if (!s) fail(v, "`severity` must be \"suggestion\", \"warning\" or \"error\"");
        spec->severity = *s;
      } else if (key == "enabled") spec->enabled = boolean(v, key);
      else if (key == "case") {
        spec->case_mode = str(v, key);
        if (spec->case_mode != "preserve" && spec->case_mode != "exact" && spec->case_mode != "ignore")
          fail(v, "`case` must be \"preserve\", \"exact\" or \"ignore\"");
      } else if (key == "skip_quotes") spec->skip_quotes = boolean(v, key);
      else if (key == "scope") {
        for (const std::string& z : strs(v, key)) {
          auto kind_of = config::parse_scope(z);
          if (!kind_of) fail(v, "`scope` names an unknown zone \"" + z + "\"");
          spec->zones.push_back(*kind_of);
        }
      } else if (key == "swap") {
        const toml::table* swaps = v.as_table();
        if (!swaps) fail(v, "`swap` must be a table of \"phrase\" = \"replacement\"");
        for (auto&& [phrase, replacement] : *swaps) {
          spec->replacements.push_back(str(replacement, "swap"));
          add_phrase(std::string(phrase.str()), spec->replacements.size() - 1, spec->case_mode == "exact");
        }
      } else if (key == "tokens" && spec->kind == Kind::Sequence) sequence_steps(*spec, v);
      else if (key == "tokens" || key == "terms") {
        std::size_t i = 0;
        for (const std::string& s : strs(v, key))  // `case` and `ignorecase` come first: toml++ keeps keys sorted
          add_phrase(s, i++, spec->case_mode == "exact" || (spec->kind == Kind::Repetition && !spec->ignore_case));
      } else if (key == "regex") {
        const toml::array* a = v.as_array();
        if (!a) fail(v, "`regex` must be an array of strings");
        for (const toml::node& e : *a) spec->regexes.push_back(std::move(*regex(e, key, true)));
      } else if (key == "either") {
        const toml::array* a = v.as_array();
        if (!a) fail(v, "`either` must be an array of [\"form\", \"other form\"] pairs");
        for (const toml::node& pair : *a) {
          std::vector<std::string> forms = strs(pair, "either");
          if (forms.size() != 2) fail(pair, "each `either` entry must hold exactly two forms");
          spec->pairs.emplace_back(forms[0], forms[1]);
          std::size_t index = spec->pairs.size() - 1;
          add_phrase(forms[0], index * 2, false);
          add_phrase(forms[1], index * 2 + 1, false);
        }
      } else if (key == "max") spec->max = whole(v, key);
      else if (key == "within") {
        spec->within = whole(v, key);
        if (spec->within == 0) fail(v, "`within` must be 1 or more (1: the next word)");
      } else if (key == "alpha") spec->alpha = boolean(v, key);
      else if (key == "per") {
        spec->per = str(v, key);
        bool metric = spec->kind == Kind::Metric;
        if (spec->per != "sentence" && spec->per != "paragraph" && !(metric && spec->per == "document"))
          fail(v, metric ? "`per` must be \"sentence\", \"paragraph\" or \"document\"" : "`per` must be \"sentence\" or \"paragraph\"");
      } else if (key == "first" || key == "second") {
        (key == "first" ? spec->first : spec->second) = regex(v, key, spec->ignore_case);
      } else if (key == "exceptions") {
        for (const std::string& s : strs(v, key)) spec->exceptions.insert(fold(s, spec->ignore_case));
      } else if (key == "formula") {
        try {
          spec->formula = parse_formula(str(v, key));
        } catch (const std::invalid_argument& e) {
          fail(v, "bad `formula`: " + std::string(e.what()));
        }
        has_formula = true;
      } else if (key == "condition") {
        condition(*spec, v);
        has_condition = true;
      } else if (key == "examples") {
        const toml::table* ex = v.as_table();
        if (!ex) fail(v, "`examples` must be { flag = [...], pass = [...] }");
        for (auto&& [ek, ev] : *ex) {
          std::string which(ek.str());
          if (which != "flag" && which != "pass") fail(ev, "`examples` takes `flag` and `pass`");
          const toml::array* a = ev.as_array();
          if (!a) fail(ev, "`examples." + which + "` must be an array of strings");
          for (const toml::node& e : *a) examples.push_back({"", str(e, which), which == "flag", where(e)});
        }
      }
    }
    if (!id_node) fail(node, "a [[rule]] needs an `id`");
    if (spec->message.empty()) fail(node, "rule \"" + spec->id + "\" needs a `message`");
    required(*spec, node, has_formula, has_condition);
    // Longest phrase first; ties in the order of the file.
    std::stable_sort(spec->phrases.begin(), spec->phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    for (std::size_t i = 0; i < spec->phrases.size(); ++i) {
      spec->by_first_word[spec->phrases[i].words.front()].push_back(i);
      spec->first_words.add(spec->phrases[i].words.front());
    }
    return spec;
  }

 private:
  // What each kind cannot work without.
  void required(const Spec& spec, const toml::node& node, bool has_formula, bool has_condition) const {
    std::string rule = "rule \"" + spec.id + "\"";
    switch (spec.kind) {
      case Kind::Substitution:
        if (spec.phrases.empty()) fail(node, rule + " matches nothing: give it `swap`");
        break;
      case Kind::Existence:
        if (spec.phrases.empty() && spec.regexes.empty()) fail(node, rule + " matches nothing: give it `tokens` or `regex`");
        break;
      case Kind::Consistency:
        if (spec.pairs.empty()) fail(node, rule + " matches nothing: give it `either`");
        break;
      case Kind::Capitalization:
        if (spec.phrases.empty()) fail(node, rule + " matches nothing: give it `terms`");
        break;
      case Kind::Occurrence:
        if (spec.phrases.empty()) fail(node, rule + " matches nothing: give it `tokens`");
        break;
      case Kind::Conditional:
        if (!spec.first || !spec.second) fail(node, rule + " needs `first` (the uses) and `second` (the spelled-out form)");
        break;
      case Kind::Repetition: break;  // without `tokens`, every word
      case Kind::Metric:
        if (!has_formula || !has_condition) fail(node, rule + " needs a `formula` and a `condition`");
        break;
      case Kind::Sequence:
        if (spec.steps.empty()) fail(node, rule + " needs `tokens`");
        break;
    }
  }

  std::string file_;
};

std::unique_ptr<Rule> make_rule(std::shared_ptr<const Spec> spec) {
  switch (spec->kind) {
    case Kind::Conditional: return make_conditional_rule(std::move(spec));
    case Kind::Repetition: return make_repetition_rule(std::move(spec));
    case Kind::Metric: return make_metric_rule(std::move(spec));
    case Kind::Sequence: return make_sequence_rule(std::move(spec));
    default: return make_word_rule(std::move(spec));
  }
}

bool has_pack(const plugins::RuleCatalog& catalog, const std::string& name) {
  std::string prefix = name + "/";
  return std::any_of(catalog.rules.begin(), catalog.rules.end(),
                     [&](const plugins::RuleEntry& r) { return r.meta.id.starts_with(prefix); });
}

void add_pack(plugins::RuleCatalog& catalog, ParsedPack& pack, std::vector<PackExample>& examples) {
  bool plugin = std::any_of(catalog.plugins.begin(), catalog.plugins.end(),
                            [&](const plugins::PluginRecord& p) { return p.name == pack.name; });
  if (plugin)
    throw ConfigError(pack.where, "\"" + pack.name + "\" is a plugin's name: " +
                                      (pack.extends ? "only a pack can be extended" : "name the pack differently"));
  bool loaded = has_pack(catalog, pack.name);
  if (pack.extends && !loaded) {
    std::set<std::string> names;
    for (const plugins::RuleEntry& r : catalog.rules)
      if (r.plugin.ends_with(".toml")) names.insert(r.meta.id.substr(0, r.meta.id.find('/')));
    throw ConfigError(pack.where, "extends \"" + pack.name + "\", but no pack of that name is loaded" +
                                      (names.empty() ? std::string() : " (the packs: " + joined(std::vector<std::string>(names.begin(), names.end()), "\"") + ")"));
  }
  if (!pack.extends && loaded) {
    std::string from;
    for (const plugins::RuleEntry& r : catalog.rules)
      if (from.empty() && r.meta.id.starts_with(pack.name + "/")) from = r.plugin;
    throw ConfigError(pack.where, "a pack named \"" + pack.name + "\" is already loaded from " + from +
                                      ": to add to its rules or override them, write extends = \"" + pack.name +
                                      "\" instead of pack = \"" + pack.name + "\"; or name this pack differently");
  }
  for (plugins::RuleEntry& entry : pack.rules) {
    auto same = std::find_if(catalog.rules.begin(), catalog.rules.end(),
                             [&](const plugins::RuleEntry& r) { return r.meta.id == entry.meta.id; });
    if (same == catalog.rules.end()) {
      catalog.rules.push_back(std::move(entry));
      continue;
    }
    // An override replaces the rule whole, and the examples written for the old one go with it.
    std::erase_if(examples, [&](const PackExample& e) { return e.rule == entry.meta.id; });
    *same = std::move(entry);
  }
  examples.insert(examples.end(), pack.examples.begin(), pack.examples.end());
}

}  // namespace

const std::vector<std::string>& pack_kinds() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const KindInfo& k : kinds()) n.push_back(k.name);
    return n;
  }();
  return names;
}

ParsedPack read_pack(const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw ConfigError({path, e.source().begin.line, e.source().begin.column}, "invalid TOML: " + std::string(e.description()));
  }
  PackReader reader(path);
  ParsedPack pack;
  pack.path = path;
  const toml::node* pack_node = nullptr;
  const toml::node* extends_node = nullptr;
  std::vector<std::pair<std::shared_ptr<Spec>, const toml::node*>> specs;
  std::vector<std::size_t> example_end;  // examples.size() after each rule
  std::map<std::string, std::string> ids;  // id -> where first written
  for (auto&& [k, v] : root) {
    std::string key(k.str());
    if (key == "pack" || key == "extends") {
      (key == "pack" ? pack_node : extends_node) = &v;
      reader.name(v, key, key == "pack" ? "pack name" : "the pack name in `extends`");
    } else if (key == "rule") {
      const toml::array* rules = v.as_array();
      if (!rules) reader.fail(v, "`rule` must be [[rule]] tables");
      for (const toml::node& r : *rules) {
        const toml::table* t = r.as_table();
        if (!t) reader.fail(r, "each [[rule]] must be a table");
        specs.emplace_back(reader.rule(*t, r, pack.examples), &r);
        example_end.push_back(pack.examples.size());
        const toml::node* id = t->get("id");
        auto [first, fresh] = ids.try_emplace(specs.back().first->id, reader.where(*id));
        if (!fresh) reader.fail(*id, "rule id \"" + first->first + "\" is used twice in this pack (first at " + first->second + ")");
      }
    } else {
      std::optional<std::string> guess = util::did_you_mean(key, {"pack", "extends", "rule"});
      reader.fail(v, "unknown key `" + key + "`" + (guess ? " (did you mean `" + *guess + "`?)" : "") +
                         " (a pack has `pack = \"name\"` or `extends = \"name\"`, and [[rule]] entries)");
    }
  }
  if (extends_node) {
    pack.extends = true;
    pack.name = *extends_node->value<std::string>();
    if (pack_node && *pack_node->value<std::string>() != pack.name)
      reader.fail(*pack_node, "a pack that extends \"" + pack.name + "\" adds its rules to it: drop `pack`");
  } else if (pack_node) {
    pack.name = *pack_node->value<std::string>();
  } else {
    throw ConfigError({path, 1, 1}, "a rule pack needs `pack = \"name\"` (the first part of its rule ids) or "
                                    "`extends = \"name\"` (to add to a pack loaded before it)");
  }
  pack.where = reader.at(extends_node ? *extends_node : *pack_node);
  std::size_t example = 0;
  for (std::size_t i = 0; i < specs.size(); ++i) {
    const std::shared_ptr<Spec>& spec = specs[i].first;
    std::string id = pack.name + "/" + spec->id;
    for (; example < example_end[i]; ++example) pack.examples[example].rule = id;
    RuleMeta meta;
    meta.id = id;
    meta.summary = format_message(spec->message, "…", "…", "…");
    meta.default_severity = spec->severity;
    meta.enabled_by_default = spec->enabled;
    meta.fixable = spec->kind == Kind::Substitution || spec->kind == Kind::Capitalization || spec->kind == Kind::Consistency;
    meta.doc_url = spec->link;
    std::shared_ptr<const Spec> shared = spec;
    pack.rules.push_back({nullptr, std::move(meta),
                          [shared](const RuleContext&) -> std::unique_ptr<Rule> { return make_rule(shared); }, path});
  }
  return pack;
}

void add_packs(plugins::RuleCatalog& catalog, std::vector<ParsedPack> packs, std::vector<PackExample>& examples) {
  // The packs that extend none first, in order; then each extending pack once what it extends is in.
  std::vector<bool> done(packs.size(), false);
  for (std::size_t i = 0; i < packs.size(); ++i)
    if (!packs[i].extends) add_pack(catalog, packs[i], examples), done[i] = true;
  for (bool progress = true; progress;) {
    progress = false;
    for (std::size_t i = 0; i < packs.size(); ++i)
      if (!done[i] && has_pack(catalog, packs[i].name)) add_pack(catalog, packs[i], examples), done[i] = progress = true;
  }
  for (std::size_t i = 0; i < packs.size(); ++i)
    if (!done[i]) add_pack(catalog, packs[i], examples);  // throws: what it extends is nowhere
}

std::vector<PackExample> load_pack(plugins::RuleCatalog& catalog, const std::string& path) {
  std::vector<ParsedPack> one;
  one.push_back(read_pack(path));
  std::vector<PackExample> examples;
  add_packs(catalog, std::move(one), examples);
  return examples;
}

}  // namespace copydesk::rulekinds

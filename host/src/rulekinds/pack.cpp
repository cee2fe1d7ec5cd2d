// Parses packs strictly and turns each [[rule]] into a Rule of its kind.
#include "rulekinds/pack.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <re2/re2.h>
#include <toml++/toml.h>

#include "config/config.hpp"
#include "copydesk/consistency.hpp"
#include "util/utf8.hpp"

namespace copydesk::rulekinds {
namespace {

using config::ConfigError;
using config::Where;

enum class Kind { Substitution, Existence, Consistency, Capitalization, Occurrence };

struct Phrase {
  std::vector<std::string> words;  // lower case unless the match is exact
  std::string written;             // as the pack writes it
  std::size_t payload = 0;         // index of its replacement / pair / term
  std::size_t order = 0;           // position in the file, for ties
};

// A pack's `regex`: the one place a pack pattern is compiled and matched, for every kind that
// takes one. RE2 syntax, case-insensitive, UTF-8; matching time is linear in the text whatever the
// pattern (std::regex backtracked: `(a+)+$` never ended, `"[^"]*"` on a long paragraph overflowed
// the stack). What RE2 cannot run in linear time (lookaround, backreferences) it refuses to compile.
class PackPattern {
 public:
  explicit PackPattern(const std::string& pattern) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_never_capture(true);
    auto re = std::make_shared<const RE2>(pattern, options);
    if (re->ok()) {
      re_ = std::move(re);
      return;
    }
    error_ = re->error();
    if (!re->error_arg().empty() && error_.find(re->error_arg()) == std::string::npos) error_ += ": " + re->error_arg();
  }
  /// Empty when the pattern compiled; otherwise RE2's reason.
  const std::string& error() const { return error_; }
  /// Calls `found(offset, length)` (bytes into `text`) for each non-empty match, left to right,
  /// matches not overlapping. An empty match steps over one whole UTF-8 character.
  template <class Found>
  void for_each_match(std::string_view text, Found&& found) const {
    if (!re_) return;
    const re2::StringPiece all(text.data(), text.size());
    re2::StringPiece match;
    for (std::size_t pos = 0; pos <= text.size() && re_->Match(all, pos, text.size(), RE2::UNANCHORED, &match, 1);) {
      std::size_t start = static_cast<std::size_t>(match.data() - text.data());
      if (match.empty()) {
        pos = start + (start < text.size() ? utf8::sequence_length(static_cast<unsigned char>(text[start])) : 1);
        continue;
      }
      pos = start + match.size();
      found(start, match.size());
    }
  }

 private:
  std::shared_ptr<const RE2> re_;  // shared by every rule built from the pack: RE2 is thread-safe
  std::string error_;
};

struct Spec {
  std::string id, message, link;
  Kind kind = Kind::Existence;
  Severity severity = Severity::Warning;
  bool enabled = true;  // false: a house opinion, switched on by a preset or the config
  std::string case_mode = "preserve";  // substitution and existence: preserve | exact | ignore
  bool skip_quotes = false;
  std::vector<ScopeKind> zones;
  std::vector<Phrase> phrases;                       // longest first, then file order
  std::unordered_map<std::string, std::vector<std::size_t>> by_first_word;  // into phrases, in that order
  std::vector<std::string> replacements;             // substitution
  std::vector<std::pair<std::string, std::string>> pairs;  // consistency (payload/2 = pair, payload%2 = side)
  std::vector<PackPattern> regexes;                  // existence
  std::size_t max = 1;                               // occurrence
  std::string per = "sentence";                      // occurrence: sentence | paragraph
};

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

std::string format_message(std::string message, const std::string& match, const std::string& replacement) {
  for (auto [key, value] : {std::pair<std::string_view, const std::string&>{"{match}", match},
                            std::pair<std::string_view, const std::string&>{"{replacement}", replacement}}) {
    std::size_t at;
    while ((at = message.find(key)) != std::string::npos) message.replace(at, key.size(), value);
  }
  return message;
}

// "Utilize" -> "Use": the replacement takes the match's capitalisation.
std::string recase(const std::string& replacement, std::string_view match) {
  if (match.empty() || replacement.empty()) return replacement;
  std::size_t p = 0;
  char32_t first = utf8::next(match, p);
  std::string out = replacement;
  bool all_caps = utf8::to_upper(match) == match && utf8::to_lower(match) != match;
  if (all_caps && match.size() > 1) return utf8::to_upper(replacement);
  if (utf8::is_upper(first)) {
    std::size_t q = 0;
    utf8::next(out, q);
    out = utf8::to_upper(out.substr(0, q)) + out.substr(q);
  }
  return out;
}

class PackRule final : public Rule {
 public:
  explicit PackRule(std::shared_ptr<const Spec> spec) : spec_(std::move(spec)) {}

  void check(const Document& doc, Reporter& reporter) override {
    switch (spec_->kind) {
      case Kind::Substitution: substitution(doc, reporter); break;
      case Kind::Existence: existence(doc, reporter); break;
      case Kind::Consistency: consistency(doc, reporter); break;
      case Kind::Capitalization: capitalization(doc, reporter); break;
      case Kind::Occurrence: occurrence(doc, reporter); break;
    }
  }

 private:
  bool in_scope(const Document& doc, const Token& t) const {
    if (spec_->skip_quotes && t.has(kInQuote)) return false;
    if (spec_->zones.empty()) return true;
    for (ScopeKind k : spec_->zones)
      if (doc.in_scope(t.range.offset, k)) return true;
    return false;
  }

  // Every phrase match, longest first at each place, left to right without overlaps.
  struct Match {
    const Phrase* phrase;
    std::uint32_t first, end;
  };
  std::vector<Match> matches(const Document& doc, bool exact) const {
    const auto& tokens = doc.tokens();
    std::vector<Match> out;
    for (std::uint32_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::Word && tokens[i].kind != TokenKind::Number) continue;
      std::string first = exact ? std::string(tokens[i].text) : utf8::to_lower(tokens[i].text);
      auto candidates = spec_->by_first_word.find(first);
      if (candidates == spec_->by_first_word.end()) continue;
      for (std::size_t index : candidates->second) {
        const Phrase& p = spec_->phrases[index];
        if (i + p.words.size() > tokens.size()) continue;
        bool ok = true;
        for (std::size_t k = 1; ok && k < p.words.size(); ++k) {
          const Token& t = tokens[i + k];
          ok = t.sentence == tokens[i].sentence && (exact ? std::string(t.text) : utf8::to_lower(t.text)) == p.words[k];
        }
        if (!ok || !in_scope(doc, tokens[i])) continue;
        out.push_back({&p, i, i + static_cast<std::uint32_t>(p.words.size())});
        i += static_cast<std::uint32_t>(p.words.size()) - 1;
        break;
      }
    }
    return out;
  }

  Range range_of(const Document& doc, const Match& m) const {
    const auto& tokens = doc.tokens();
    return {tokens[m.first].range.offset, tokens[m.end - 1].range.end() - tokens[m.first].range.offset};
  }

  void substitution(const Document& doc, Reporter& reporter) const {
    for (const Match& m : matches(doc, spec_->case_mode == "exact")) {
      Range r = range_of(doc, m);
      std::string written(doc.slice(r));
      const std::string& want = spec_->replacements[m.phrase->payload];
      std::string fix = spec_->case_mode == "preserve" ? recase(want, written) : want;
      if (fix == written) continue;
      reporter.report(r, format_message(spec_->message, written, fix)).fix(r, fix);
    }
  }

  void existence(const Document& doc, Reporter& reporter) const {
    for (const Match& m : matches(doc, spec_->case_mode == "exact")) {
      Range r = range_of(doc, m);
      reporter.report(r, format_message(spec_->message, std::string(doc.slice(r)), ""));
    }
    if (spec_->regexes.empty()) return;
    const auto& tokens = doc.tokens();
    for (const Paragraph& p : doc.paragraphs()) {
      std::string_view text = doc.slice(p.range);
      for (const PackPattern& pattern : spec_->regexes) {
        pattern.for_each_match(text, [&](std::size_t start, std::size_t length) {
          Range r{p.range.offset + static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(length)};
          auto tok = std::lower_bound(tokens.begin(), tokens.end(), r.offset,
                                      [](const Token& t, std::uint32_t off) { return t.range.end() <= off; });
          if (tok != tokens.end() && !in_scope(doc, *tok)) return;
          reporter.report(r, format_message(spec_->message, std::string(text.substr(start, length)), ""));
        });
      }
    }
  }

  void consistency(const Document& doc, Reporter& reporter) const {
    // Each pair is its own choice: "email" or "e-mail", "OK" or "okay".
    std::map<std::size_t, std::vector<FormOccurrence>> by_pair;
    for (const Match& m : matches(doc, false)) {
      std::size_t pair = m.phrase->payload / 2;
      int side = static_cast<int>(m.phrase->payload % 2);
      const auto& [a, b] = spec_->pairs[pair];
      by_pair[pair].push_back({range_of(doc, m), side, {a, b}});
    }
    for (const auto& [pair, found] : by_pair) {
      const auto& [a, b] = spec_->pairs[pair];
      report_minority_forms(found, {"\u201C" + a + "\u201D", "\u201C" + b + "\u201D"}, -1, reporter);
    }
  }

  void capitalization(const Document& doc, Reporter& reporter) const {
    for (const Match& m : matches(doc, false)) {
      Range r = range_of(doc, m);
      std::string written(doc.slice(r));
      const std::string& want = m.phrase->written;
      if (written == want) continue;
      reporter.report(r, format_message(spec_->message, written, want)).fix(r, want);
    }
  }

  void occurrence(const Document& doc, Reporter& reporter) const {
    const auto& tokens = doc.tokens();
    std::map<std::uint32_t, std::vector<Match>> by_unit;
    for (const Match& m : matches(doc, false))
      by_unit[spec_->per == "paragraph" ? tokens[m.first].paragraph : tokens[m.first].sentence].push_back(m);
    for (const auto& [unit, found] : by_unit) {
      if (found.size() <= spec_->max) continue;
      Range r = range_of(doc, found[spec_->max]);
      reporter.report(r, format_message(spec_->message, std::string(doc.slice(r)), std::to_string(found.size())));
    }
  }

  std::shared_ptr<const Spec> spec_;
};

class PackReader {
 public:
  explicit PackReader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::node& n, const std::string& message) const {
    throw ConfigError({file_, n.source().begin.line, n.source().begin.column}, message);
  }
  std::string str(const toml::node& n, const std::string& key) const {
    if (!n.is_string()) fail(n, "`" + key + "` must be a string");
    return *n.value<std::string>();
  }
  std::vector<std::string> strs(const toml::node& n, const std::string& key) const {
    const toml::array* a = n.as_array();
    if (!a) fail(n, "`" + key + "` must be an array of strings");
    std::vector<std::string> out;
    for (const toml::node& e : *a) out.push_back(str(e, key));
    return out;
  }
  // A pattern RE2 refuses stops the load at its file:line:col, not on the first article.
  PackPattern pattern_at(const toml::node& n, const std::string& pattern) const {
    PackPattern compiled(pattern);
    if (!compiled.error().empty())
      fail(n, "`regex` \"" + pattern + "\" is not a pattern copydesk can run (" + compiled.error() +
                  "); rule packs use RE2 syntax: no lookahead, lookbehind or backreferences (see docs/rule-packs.md)");
    return compiled;
  }
  std::string where(const toml::node& n) const {
    return file_ + ":" + std::to_string(n.source().begin.line) + ":" + std::to_string(n.source().begin.column);
  }

  std::shared_ptr<Spec> rule(const toml::table& t, const toml::node& node, std::vector<PackExample>& examples,
                             const std::string& pack) {
    auto spec = std::make_shared<Spec>();
    std::string kind;
    std::size_t order = 0;
    auto add_phrase = [&](const std::string& written, std::size_t payload, bool exact) {
      std::vector<std::string> words = split_words(exact ? written : utf8::to_lower(written));
      if (words.empty()) return;
      spec->phrases.push_back({words, written, payload, order++});
    };
    for (auto&& [k, v] : t) {
      std::string key(k.str());
      if (key == "id") spec->id = str(v, key);
      else if (key == "kind") kind = str(v, key);
      else if (key == "message") spec->message = str(v, key);
      else if (key == "link") spec->link = str(v, key);
      else if (key == "severity") {
        auto s = config::parse_severity(str(v, key));
        if (!s) fail(v, "`severity` must be \"suggestion\", \"warning\" or \"error\"");
        spec->severity = *s;
      } else if (key == "enabled") {
        if (!v.is_boolean()) fail(v, "`enabled` must be true or false");
        spec->enabled = *v.value<bool>();
      } else if (key == "case") {
        spec->case_mode = str(v, key);
        if (spec->case_mode != "preserve" && spec->case_mode != "exact" && spec->case_mode != "ignore")
          fail(v, "`case` must be \"preserve\", \"exact\" or \"ignore\"");
      } else if (key == "skip_quotes") {
        if (!v.is_boolean()) fail(v, "`skip_quotes` must be true or false");
        spec->skip_quotes = *v.value<bool>();
      } else if (key == "scope") {
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
          add_phrase(std::string(phrase.str()), spec->replacements.size() - 1, false);
        }
      } else if (key == "tokens" || key == "terms") {
        for (const std::string& s : strs(v, key)) add_phrase(s, 0, false);
      } else if (key == "regex") {
        const toml::array* patterns = v.as_array();
        if (!patterns) fail(v, "`regex` must be an array of strings");
        for (const toml::node& pattern : *patterns) spec->regexes.push_back(pattern_at(pattern, str(pattern, key)));
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
      } else if (key == "max") {
        if (!v.is_integer() || *v.value<std::int64_t>() < 0) fail(v, "`max` must be a whole number");
        spec->max = static_cast<std::size_t>(*v.value<std::int64_t>());
      } else if (key == "per") {
        spec->per = str(v, key);
        if (spec->per != "sentence" && spec->per != "paragraph") fail(v, "`per` must be \"sentence\" or \"paragraph\"");
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
      } else {
        fail(v, "unknown key `" + key + "` in [[rule]]");
      }
    }
    if (spec->id.empty()) fail(node, "a [[rule]] needs an `id`");
    if (spec->message.empty()) fail(node, "rule \"" + spec->id + "\" needs a `message`");
    static const std::map<std::string, Kind> kKinds = {{"substitution", Kind::Substitution}, {"existence", Kind::Existence},
                                                       {"consistency", Kind::Consistency}, {"capitalization", Kind::Capitalization},
                                                       {"occurrence", Kind::Occurrence}};
    auto known = kKinds.find(kind);
    if (known == kKinds.end())
      fail(node, "rule \"" + spec->id + "\" needs a `kind`: substitution, existence, consistency, capitalization or occurrence");
    spec->kind = known->second;
    bool has_words = !spec->phrases.empty() || !spec->regexes.empty();
    if (!has_words) fail(node, "rule \"" + spec->id + "\" matches nothing: give it swap, tokens, terms, either or regex");
    if (!spec->regexes.empty() && spec->kind != Kind::Existence) fail(node, "`regex` is for existence rules only");
    // Longest phrase first; ties in the order of the file.
    std::stable_sort(spec->phrases.begin(), spec->phrases.end(),
                     [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    for (std::size_t i = 0; i < spec->phrases.size(); ++i) spec->by_first_word[spec->phrases[i].words.front()].push_back(i);
    for (PackExample& e : examples)
      if (e.rule.empty()) e.rule = pack + "/" + spec->id;
    return spec;
  }

 private:
  std::string file_;
};

}  // namespace

std::vector<PackExample> load_pack(plugins::RuleCatalog& catalog, const std::string& path) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw ConfigError({path, e.source().begin.line, e.source().begin.column}, "invalid TOML: " + std::string(e.description()));
  }
  PackReader reader(path);
  std::string pack;
  std::vector<PackExample> examples;
  std::vector<std::pair<std::shared_ptr<Spec>, const toml::node*>> specs;
  for (auto&& [k, v] : root) {
    std::string key(k.str());
    if (key == "pack") {
      pack = reader.str(v, key);
    } else if (key == "rule") {
      const toml::array* rules = v.as_array();
      if (!rules) reader.fail(v, "`rule` must be [[rule]] tables");
      for (const toml::node& r : *rules) {
        const toml::table* t = r.as_table();
        if (!t) reader.fail(r, "each [[rule]] must be a table");
        specs.emplace_back(reader.rule(*t, r, examples, "\x01"), &r);
      }
    } else {
      reader.fail(v, "unknown key `" + key + "` (a pack has `pack` and [[rule]] entries)");
    }
  }
  if (pack.empty()) throw ConfigError({path, 1, 1}, "a rule pack needs `pack = \"name\"`, the first part of its rule ids");
  for (PackExample& e : examples)
    if (e.rule.starts_with("\x01/")) e.rule = pack + e.rule.substr(1);
  for (auto& [spec, node] : specs) {
    RuleMeta meta;
    meta.id = pack + "/" + spec->id;
    meta.summary = format_message(spec->message, "…", "…");
    meta.default_severity = spec->severity;
    meta.enabled_by_default = spec->enabled;
    meta.fixable = spec->kind == Kind::Substitution || spec->kind == Kind::Capitalization || spec->kind == Kind::Consistency;
    meta.doc_url = spec->link;
    std::shared_ptr<const Spec> shared = spec;
    catalog.rules.push_back({nullptr, std::move(meta), [shared](const RuleContext&) -> std::unique_ptr<Rule> {
                               return std::make_unique<PackRule>(shared);
                             },
                             path});
  }
  return examples;
}

}  // namespace copydesk::rulekinds

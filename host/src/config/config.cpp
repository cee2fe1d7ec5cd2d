// Reads .copydesk.toml strictly: unknown keys and wrong types are errors with their position.
#include "config/config.hpp"

#include <algorithm>
#include <filesystem>
#include <tuple>
#include <vector>
#include <toml++/toml.h>

#include "util/date.hpp"

namespace fs = std::filesystem;

namespace copydesk::config {

std::string Where::str() const {
  std::string s = file.empty() ? std::string("<config>") : file;
  // Appended piece by piece: `":" + std::to_string(...)` trips g++ 12's false -Wrestrict.
  if (line > 0) s.append(":").append(std::to_string(line)).append(":").append(std::to_string(column));
  return s;
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "suggestion") return Severity::Suggestion;
  if (s == "warning") return Severity::Warning;
  if (s == "error") return Severity::Error;
  return std::nullopt;
}

namespace {
const std::pair<std::string_view, ScopeKind> kScopeNames[] = {
    {"headline", ScopeKind::Headline}, {"heading", ScopeKind::Heading},     {"caption", ScopeKind::Caption},
    {"byline", ScopeKind::Byline},     {"dateline", ScopeKind::Dateline},   {"body", ScopeKind::Body},
    {"footer", ScopeKind::Footer},     {"quote", ScopeKind::Quote},         {"code", ScopeKind::Code},
    {"url", ScopeKind::Url},           {"list-item", ScopeKind::ListItem},  {"table-cell", ScopeKind::TableCell},
    {"blockquote", ScopeKind::BlockQuote}, {"alt-text", ScopeKind::AltText}};
}  // namespace

std::optional<ScopeKind> parse_scope(std::string_view s) {
  for (const auto& [name, kind] : kScopeNames)
    if (name == s) return kind;
  return std::nullopt;
}

std::string_view scope_name(ScopeKind k) {
  for (const auto& [name, kind] : kScopeNames)
    if (kind == k) return name;
  return "?";
}

bool glob_match(std::string_view p, std::string_view s) {
  // A set of pattern positions advanced over the path one character at a time (an NFA, not
  // backtracking): time |pattern| x |path| whatever the pattern, so eleven `**` cost no more
  // than one. Epsilon moves only go forward, so one left-to-right sweep closes a set.
  const std::size_t m = p.size();
  auto is_double = [&](std::size_t j) { return j + 1 < m && p[j] == '*' && p[j + 1] == '*'; };
  auto close = [&](std::vector<char>& set) {
    for (std::size_t j = 0; j < m; ++j) {
      if (!set[j]) continue;
      if (is_double(j)) {
        set[j + 2] = 1;                                   // `**` matching nothing
        if (j + 2 < m && p[j + 2] == '/') set[j + 3] = 1;  // "**/x" also matches "x"
      } else if (p[j] == '*') {
        set[j + 1] = 1;
      }
    }
  };
  std::vector<char> now(m + 1, 0), next(m + 1, 0);
  now[0] = 1;
  close(now);
  for (char c : s) {
    std::fill(next.begin(), next.end(), 0);
    bool any = false;
    for (std::size_t j = 0; j < m; ++j) {
      if (!now[j]) continue;
      if (is_double(j)) {
        next[j] = 1;  // `**` takes any character, `/` included
      } else if (p[j] == '*') {
        if (c != '/') next[j] = 1;
      } else if (p[j] == '?' ? c != '/' : p[j] == c) {
        next[j + 1] = 1;
      } else {
        continue;
      }
      any = true;
    }
    if (!any) return false;
    close(next);
    now.swap(next);
  }
  return now[m] != 0;
}

namespace {

class Reader {
 public:
  Reader(std::string file, ConfigErrors& errors) : file_(std::move(file)), errors_(errors) {}
  /// Reads one key (or entry) through `read`, keeping its error and going on (see ConfigErrors).
  template <class F>
  void attempt(F&& read) const {
    errors_.attempt(std::forward<F>(read));
  }

  Where where(const toml::source_region& r) const { return {file_, r.begin.line, r.begin.column}; }
  Where where(const toml::node& n) const { return where(n.source()); }

  [[noreturn]] void fail(const toml::node& n, const std::string& message) const {
    throw ConfigError(where(n), message);
  }

  std::string string(const toml::node& n, std::string_view key) const {
    if (auto v = n.value<std::string>(); v && n.is_string()) return *v;
    fail(n, std::string("`").append(key).append("` must be a string"));
  }

  std::vector<std::string> strings(const toml::node& n, std::string_view key) const {
    std::vector<std::string> out;
    const toml::array* a = n.as_array();
    if (!a) fail(n, std::string("`").append(key).append("` must be an array of strings"));
    for (const toml::node& e : *a) out.push_back(string(e, key));
    return out;
  }

  Severity severity(const toml::node& n, std::string_view key) const {
    std::string s = string(n, key);
    if (auto sev = parse_severity(s)) return *sev;
    fail(n, std::string("`").append(key).append("` must be \"suggestion\", \"warning\" or \"error\", not \"")
                .append(s).append("\""));
  }

  OptionValue option(const toml::node& n, const std::string& key) const {
    if (n.is_boolean()) return *n.value<bool>();
    if (n.is_integer()) return *n.value<std::int64_t>();
    if (n.is_floating_point()) return *n.value<double>();
    if (n.is_string()) return *n.value<std::string>();
    if (n.is_array()) return strings(n, key);
    fail(n, "option `" + key + "` must be a boolean, number, string or array of strings");
  }

  // `{ enabled = false }`, `{ severity = "error", style = "us" }`, or a bare "off"/severity string.
  RuleSetting rule(const toml::node& n, const std::string& id) const {
    RuleSetting r;
    r.where = where(n);
    if (n.is_string()) {
      std::string s = *n.value<std::string>();
      if (s == "off") {
        r.enabled = false;
      } else if (auto sev = parse_severity(s)) {
        r.severity = sev;
      } else {
        fail(n, "rule `" + id + "` must be a table, \"off\" or a severity, not \"" + s + "\"");
      }
      return r;
    }
    const toml::table* t = n.as_table();
    if (!t) fail(n, "rule `" + id + "` must be a table");
    for (auto&& entry : *t) {
      const auto& k = entry.first;  // named, not bound: clang 14 cannot capture bindings
      auto&& v = entry.second;
      attempt([&] { rule_key(r, std::string(k.str()), v); });
    }
    return r;
  }

  // The keys a whole plugin's table may set for all its rules (`[rules.titles]` `enabled = false`).
  static bool is_switch_key(std::string_view key) {
    return key == "enabled" || key == "severity" || key == "zones" || key == "skip_zones";
  }

  void rule_key(RuleSetting& r, const std::string& key, const toml::node& v) const {
    if (key == "enabled") {
      if (!v.is_boolean()) fail(v, "`enabled` must be true or false");
      r.enabled = *v.value<bool>();
    } else if (key == "severity") {
      std::string s = string(v, "severity");
      if (s == "off") {
        r.enabled = false;
      } else {
        r.severity = severity(v, "severity");
      }
    } else if (key == "fix") {
      std::string s = string(v, "fix");
      if (s == "safe") {
        r.fix = FixPolicy::Safe;
      } else if (s == "all") {
        r.fix = FixPolicy::All;
      } else if (s == "none") {
        r.fix = FixPolicy::None;
      } else {
        fail(v, std::string("`fix` must be \"safe\", \"all\" or \"none\", not \"").append(s).append("\""));
      }
    } else if (key == "zones" || key == "skip_zones") {
      std::vector<ScopeKind> kinds;
      for (const std::string& name : strings(v, key)) {
        auto kind = parse_scope(name);
        if (!kind)
          fail(v, "`" + key + "` names an unknown zone \"" + name +
                      "\" (headline, caption, byline, dateline, body, footer, quote, heading, code, url, "
                      "list-item, table-cell, blockquote, alt-text)");
        kinds.push_back(*kind);
      }
      (key == "zones" ? r.zones : r.skip_zones) = std::move(kinds);
    } else {
      r.options.set(key, option(v, key));
      r.option_where[key] = where(v);
    }
  }

  std::map<std::string, RuleSetting, std::less<>> rules(const toml::node& n) const {
    std::map<std::string, RuleSetting, std::less<>> out;
    const toml::table* t = n.as_table();
    if (!t) fail(n, "`rules` must be a table of rule ids");
    for (auto&& entry : *t) {
      const auto& k = entry.first;  // named, not bound: clang 14 cannot capture bindings
      auto&& v = entry.second;
      std::string id(k.str());
      // `[rules.names]` with `[rules.names.inconsistent-spelling]` inside is the dotted form; its
      // `enabled`, `severity` and zones apply to every rule of the plugin (kept under the bare id).
      if (id.find('/') == std::string::npos && v.is_table()) {
        for (auto&& inner : *v.as_table()) {
          const auto& k2 = inner.first;  // named, not bound: clang 14 cannot capture bindings
          auto&& v2 = inner.second;
          std::string key(k2.str());
          if (is_switch_key(key)) {
            RuleSetting& plugin_wide = out[id];
            plugin_wide.where = where(v);
            attempt([&] { rule_key(plugin_wide, key, v2); });
            continue;
          }
          std::string full = id + "/" + key;
          attempt([&] { out[full] = rule(v2, full); });
        }
        continue;
      }
      attempt([&] { out[id] = rule(v, id); });
    }
    return out;
  }

 private:
  std::string file_;
  ConfigErrors& errors_;
};

}  // namespace

void merge_rule_setting(RuleSetting& base, const RuleSetting& over) {
  if (over.enabled) base.enabled = over.enabled;
  if (over.severity) base.severity = over.severity;
  if (over.fix) base.fix = over.fix;
  if (over.zones) base.zones = over.zones;
  if (over.skip_zones) base.skip_zones = over.skip_zones;
  for (const auto& [k, v] : over.options.values()) base.options.set(k, v);
  for (const auto& [k, w] : over.option_where) base.option_where[k] = w;
  base.where = over.where;
}

namespace {

// Keys that name paths or globs relative to the project's config file: a preset, shared by every
// project, cannot mean any one project's folders.
bool project_only(std::string_view key) {
  return key == "plugin_paths" || key == "rule_packs" || key == "dictionaries" || key == "exclude" ||
         key == "extensions" || key == "overrides" || key == "preset";
}

toml::table parse_toml(const std::string& path, const Where& missing) {
  try {
    return toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw ConfigError(missing, "cannot read the config file");
    throw ConfigError({path, e.source().begin.line, e.source().begin.column}, "invalid TOML: " + std::string(e.description()));
  }
}

void apply_key(const Reader& r, Config& c, bool preset, const toml::key& k, const toml::node& v);

// Every key of one file onto `c`; a preset's file first, then the project's own. A key in error
// is reported with the others (ConfigErrors) and the rest of the file is still read.
void apply(const toml::table& root, const Reader& r, Config& c, bool preset) {
  for (auto&& entry : root) {
    const auto& k = entry.first;  // named, not bound: clang 14 cannot capture bindings
    auto&& v = entry.second;
    r.attempt([&] { apply_key(r, c, preset, k, v); });
  }
}

void apply_key(const Reader& r, Config& c, bool preset, const toml::key& k, const toml::node& v) {
  std::string key(k.str());
  if (preset && project_only(key))
    throw ConfigError(r.where(k.source()), "a preset cannot set `" + key + "`: it belongs in the project's own .copydesk.toml");
  if (key != "preset") c.given.insert(key);
  if (key == "preset") {
    return;  // read first, by load()
  } else if (key == "root") {
    if (preset) throw ConfigError(r.where(k.source()), "a preset cannot set `root`");
    if (!v.is_boolean()) r.fail(v, "`root` must be true or false");
    c.root = *v.value<bool>();
  } else if (key == "language") {
    c.language = r.string(v, key);
    if (c.language != "auto" && c.language != "en-US" && c.language != "en-GB")
      r.fail(v, "`language` must be \"auto\", \"en-US\" or \"en-GB\", not \"" + c.language + "\"");
  } else if (key == "plugin_paths") {
    c.plugin_paths = r.strings(v, key);
  } else if (key == "rule_packs") {
    c.rule_packs = r.strings(v, key);
  } else if (key == "dictionaries") {
    c.dictionaries = r.strings(v, key);
  } else if (key == "extensions") {
    c.extensions = r.strings(v, key);
    for (std::string& e : c.extensions)
      if (!e.starts_with(".")) e.insert(e.begin(), '.');
  } else if (key == "exclude") {
    c.exclude = r.strings(v, key);
  } else if (key == "fail_on") {
    c.fail_on = r.severity(v, key);
  } else if (key == "min_severity") {
    c.min_severity = r.severity(v, key);
  } else if (key == "date") {
    c.date = r.string(v, key);
    if (std::optional<std::string> problem = util::date_problem(c.date))
      r.fail(v, std::string("`date` \"").append(c.date).append("\" ").append(*problem));
  } else if (key == "vocabulary") {
    const toml::table* t = v.as_table();
    if (!t) r.fail(v, "`vocabulary` must be a table with `accept` and `reject`");
    for (auto&& inner : *t) {
      const auto& k2 = inner.first;  // named, not bound: clang 14 cannot capture bindings
      auto&& v2 = inner.second;
      r.attempt([&] {
        std::string key2(k2.str());
        if (key2 == "accept") {
          c.accept = r.strings(v2, key2);
        } else if (key2 == "reject") {
          c.reject = r.strings(v2, key2);
        } else {
          throw ConfigError(r.where(k2.source()), "unknown key `vocabulary." + key2 + "`");
        }
      });
    }
  } else if (key == "rules") {
    for (auto& [id, setting] : r.rules(v)) merge_rule_setting(c.rules[id], setting);
  } else if (key == "overrides") {
    const toml::array* a = v.as_array();
    if (!a) r.fail(v, "`overrides` must be an array of tables ([[overrides]])");
    for (const toml::node& e : *a) {
      r.attempt([&] {
        const toml::table* t = e.as_table();
        if (!t) r.fail(e, "each `[[overrides]]` entry must be a table");
        Override o;
        bool files_bad = false;  // reported already: not also "needs `files`"
        for (auto&& inner : *t) {
          const auto& k2 = inner.first;  // named, not bound: clang 14 cannot capture bindings
          auto&& v2 = inner.second;
          r.attempt([&] {
            std::string key2(k2.str());
            if (key2 == "files") {
              files_bad = true;
              o.files = r.strings(v2, key2);
              files_bad = false;
            } else if (key2 == "rules") {
              o.rules = r.rules(v2);
            } else {
              throw ConfigError(r.where(k2.source()), "unknown key `" + key2 + "` in [[overrides]]");
            }
          });
        }
        if (o.files.empty() && !files_bad) r.fail(e, "an `[[overrides]]` entry needs `files = [...]`");
        c.overrides.push_back(std::move(o));
      });
    }
  } else {
    throw ConfigError(r.where(k.source()), "unknown key `" + key + "`");
  }
}

}  // namespace

std::vector<std::string> preset_names(const std::string& presets_dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (presets_dir.empty() || !fs::is_directory(presets_dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(presets_dir, ec))
    if (e.path().extension() == ".toml") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

Config load(const std::string& path, const std::string& presets_dir) {
  Config c;
  c.path = path;
  c.sources = {path};
  std::error_code ec;
  c.dir = fs::absolute(fs::path(path), ec).parent_path().string();
  toml::table root = parse_toml(path, {path, 0, 0});
  ConfigErrors errors;
  Reader r(path, errors);
  // `preset = "ap"` or a list: each preset's file merged in order, the project's keys over them all.
  if (const toml::node* node = root.get("preset")) {
    std::vector<std::pair<std::string, const toml::node*>> names;
    if (const toml::array* a = node->as_array()) {
      for (const toml::node& e : *a) r.attempt([&] { names.emplace_back(r.string(e, "preset"), &e); });
    } else {
      r.attempt([&] { names.emplace_back(r.string(*node, "preset"), node); });
    }
    std::vector<std::string> shipped = preset_names(presets_dir);
    for (const auto& [name, at] : names) {
      r.attempt([&, &name = name, &at = at] {
        if (std::find(shipped.begin(), shipped.end(), name) == shipped.end()) {
          std::string list;
          for (const std::string& s : shipped) list += (list.empty() ? "" : ", ") + s;
          r.fail(*at, "unknown preset \"" + name + "\"" + (list.empty() ? std::string(" (no presets are installed)") : " (shipped: " + list + ")"));
        }
        std::string file = (fs::path(presets_dir) / (name + ".toml")).string();
        apply(parse_toml(file, r.where(*at)), Reader(file, errors), c, true);
        c.presets.push_back(name);
      });
    }
  }
  apply(root, r, c, false);
  errors.throw_if_any();
  return c;
}

}  // namespace copydesk::config

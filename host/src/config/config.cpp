// Reads .copydesk.toml strictly: unknown keys and wrong types are errors with their position.
#include "config/config.hpp"

#include <filesystem>
#include <toml++/toml.h>

namespace fs = std::filesystem;

namespace copydesk::config {

std::string Where::str() const {
  std::string s = file.empty() ? std::string("<config>") : file;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
  return s;
}

std::optional<Severity> parse_severity(std::string_view s) {
  if (s == "suggestion") return Severity::Suggestion;
  if (s == "warning") return Severity::Warning;
  if (s == "error") return Severity::Error;
  return std::nullopt;
}

std::optional<ScopeKind> parse_scope(std::string_view s) {
  static const std::pair<std::string_view, ScopeKind> kNames[] = {
      {"headline", ScopeKind::Headline}, {"heading", ScopeKind::Heading},     {"caption", ScopeKind::Caption},
      {"byline", ScopeKind::Byline},     {"dateline", ScopeKind::Dateline},   {"body", ScopeKind::Body},
      {"footer", ScopeKind::Footer},     {"quote", ScopeKind::Quote},         {"code", ScopeKind::Code},
      {"url", ScopeKind::Url},           {"list-item", ScopeKind::ListItem},  {"table-cell", ScopeKind::TableCell},
      {"blockquote", ScopeKind::BlockQuote}, {"alt-text", ScopeKind::AltText}};
  for (const auto& [name, kind] : kNames)
    if (name == s) return kind;
  return std::nullopt;
}

bool glob_match(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.starts_with("**")) {
    std::string_view rest = p.substr(2);
    if (rest.starts_with("/")) {
      // "**/x" also matches "x" at the top.
      if (glob_match(rest.substr(1), s)) return true;
    }
    for (std::size_t i = 0; i <= s.size(); ++i)
      if (glob_match(rest, s.substr(i))) return true;
    return false;
  }
  if (p[0] == '*') {
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (glob_match(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') break;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?' ? s[0] != '/' : p[0] == s[0]) return glob_match(p.substr(1), s.substr(1));
  return false;
}

std::optional<std::string> find(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  while (!dir.empty()) {
    fs::path candidate = dir / ".copydesk.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

namespace {

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

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
    for (auto&& [k, v] : *t) {
      std::string key(k.str());
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
    return r;
  }

  std::map<std::string, RuleSetting, std::less<>> rules(const toml::node& n) const {
    std::map<std::string, RuleSetting, std::less<>> out;
    const toml::table* t = n.as_table();
    if (!t) fail(n, "`rules` must be a table of rule ids");
    for (auto&& [k, v] : *t) {
      std::string id(k.str());
      // `[rules.names]` with `[rules.names.inconsistent-spelling]` inside is the dotted form.
      if (id.find('/') == std::string::npos && v.is_table()) {
        for (auto&& [k2, v2] : *v.as_table()) {
          std::string full = id + "/" + std::string(k2.str());
          out[full] = rule(v2, full);
        }
        continue;
      }
      out[id] = rule(v, id);
    }
    return out;
  }

 private:
  std::string file_;
};

}  // namespace

Config load(const std::string& path) {
  Config c;
  c.path = path;
  std::error_code ec;
  c.dir = fs::absolute(fs::path(path), ec).parent_path().string();
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    Where w{path, e.source().begin.line, e.source().begin.column};
    std::string what(e.description());
    if (!fs::exists(path, ec)) throw ConfigError({path, 0, 0}, "cannot read the config file");
    throw ConfigError(w, "invalid TOML: " + what);
  }
  Reader r(path);
  for (auto&& [k, v] : root) {
    std::string key(k.str());
    if (key == "language") {
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
    } else if (key == "vocabulary") {
      const toml::table* t = v.as_table();
      if (!t) r.fail(v, "`vocabulary` must be a table with `accept` and `reject`");
      for (auto&& [k2, v2] : *t) {
        std::string key2(k2.str());
        if (key2 == "accept") {
          c.accept = r.strings(v2, key2);
        } else if (key2 == "reject") {
          c.reject = r.strings(v2, key2);
        } else {
          throw ConfigError(r.where(k2.source()), "unknown key `vocabulary." + key2 + "`");
        }
      }
    } else if (key == "rules") {
      c.rules = r.rules(v);
    } else if (key == "overrides") {
      const toml::array* a = v.as_array();
      if (!a) r.fail(v, "`overrides` must be an array of tables ([[overrides]])");
      for (const toml::node& e : *a) {
        const toml::table* t = e.as_table();
        if (!t) r.fail(e, "each `[[overrides]]` entry must be a table");
        Override o;
        for (auto&& [k2, v2] : *t) {
          std::string key2(k2.str());
          if (key2 == "files") {
            o.files = r.strings(v2, key2);
          } else if (key2 == "rules") {
            o.rules = r.rules(v2);
          } else {
            throw ConfigError(r.where(k2.source()), "unknown key `" + key2 + "` in [[overrides]]");
          }
        }
        if (o.files.empty()) r.fail(e, "an `[[overrides]]` entry needs `files = [...]`");
        c.overrides.push_back(std::move(o));
      }
    } else {
      throw ConfigError(r.where(k.source()), "unknown key `" + key + "`");
    }
  }
  return c;
}

}  // namespace copydesk::config

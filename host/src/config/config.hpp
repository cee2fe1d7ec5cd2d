// .copydesk.toml: what to check, which rules, with which options. Errors carry file:line:column.
#pragma once

#include <tuple>

#include <algorithm>

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "copydesk/diagnostic.hpp"
#include "copydesk/options.hpp"

namespace copydesk::config {

/// A position in a config or pack file, "file:line:column" when printed.
struct Where {
  std::string file;
  std::uint32_t line = 0, column = 0;
  std::string str() const;
};

class ConfigError : public std::runtime_error {
 public:
  ConfigError(const Where& where, const std::string& message)
      : std::runtime_error(where.str() + ": " + message), where_(where) {}
  /// Every error one pass over a config found (at least one), in the order of their files and
  /// positions: what() gives each on its own line, "file:line:column: message".
  explicit ConfigError(const std::vector<ConfigError>& all) : std::runtime_error(joined(all)), where_(all.front().where_),
                                                              count_(all.size()) {}
  /// Where the (first) error is.
  const Where& where() const { return where_; }
  /// How many errors what() lists.
  std::size_t count() const { return count_; }

 private:
  static std::string joined(const std::vector<ConfigError>& all) {
    std::string out;
    for (const ConfigError& e : all) out.append(out.empty() ? "" : "\n").append(e.what());
    return out;
  }
  Where where_;
  std::size_t count_ = 1;
};

/// The errors of one pass over a config (its keys when it is loaded, its rules and their options
/// when they are made), gathered so that a config with several is reported whole, not one error
/// per run. What fails is skipped; once the pass ends, throw_if_any() throws them all.
class ConfigErrors {
 public:
  /// Runs `read`; a ConfigError it throws is kept and the pass goes on.
  template <class F>
  void attempt(F&& read) {
    try {
      read();
    } catch (const ConfigError& e) {
      errors_.push_back(e);
    }
  }
  void add(const ConfigError& e) { errors_.push_back(e); }
  /// Throws every kept error: files in the order they were met, each file's errors by position.
  void throw_if_any() const {
    if (errors_.empty()) return;
    std::vector<std::string> files;
    for (const ConfigError& e : errors_)
      if (std::find(files.begin(), files.end(), e.where().file) == files.end()) files.push_back(e.where().file);
    std::vector<ConfigError> sorted = errors_;
    auto rank = [&](const ConfigError& e) {
      auto file = std::find(files.begin(), files.end(), e.where().file) - files.begin();
      return std::make_tuple(file, e.where().line, e.where().column);
    };
    std::stable_sort(sorted.begin(), sorted.end(), [&](const ConfigError& a, const ConfigError& b) { return rank(a) < rank(b); });
    if (sorted.size() == 1) throw sorted.front();
    throw ConfigError(sorted);
  }

 private:
  std::vector<ConfigError> errors_;
};

/// Which of a rule's fixes `copydesk fix` applies: its safe ones (the default; suggestions too
/// with --unsafe), all of them, or none.
enum class FixPolicy : std::uint8_t { Safe, All, None };

/// What a config says about one rule.
struct RuleSetting {
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  Options options;
  std::optional<std::vector<ScopeKind>> zones;       ///< report only inside these zones
  std::optional<std::vector<ScopeKind>> skip_zones;  ///< never report inside these
  std::optional<FixPolicy> fix;                      ///< `fix = "safe" | "all" | "none"`
  std::map<std::string, Where, std::less<>> option_where;  ///< where each option was written
  Where where;                                              ///< the rule's table or key
};

struct Override {
  std::vector<std::string> files;  ///< globs: * ? and ** (across folders); absolute when inherited
  std::map<std::string, RuleSetting, std::less<>> rules;
};

struct Config {
  std::string path;  ///< empty for the built-in defaults
  std::string dir;   ///< relative paths in the config are relative to this
  bool root = false;                         ///< `root = true`: configs in folders above do not apply
  std::vector<std::string> sources;          ///< the files merged into this config, outermost first
  std::set<std::string, std::less<>> given;  ///< the top-level keys those files set
  std::string language = "auto";
  std::vector<std::string> plugin_paths, rule_packs, dictionaries;
  std::optional<Severity> fail_on, min_severity;
  std::vector<std::string> extensions = {".md", ".markdown", ".txt", ".html", ".htm"};
  std::vector<std::string> exclude;  ///< globs (relative to dir; absolute when inherited) a walk skips
  std::vector<std::string> accept, reject;  ///< vocabulary for spelling
  std::string date;                         ///< "YYYY-MM-DD": the articles' date when they give none
  std::map<std::string, RuleSetting, std::less<>> rules;
  std::vector<Override> overrides;
  std::vector<std::string> presets;  ///< the `preset` key's names, in the order they were merged
};

/// A rule's settings from a later file (a project's config, an inner config) over an earlier one
/// (a preset, an outer config): each setting `over` gives wins; options merge one by one.
void merge_rule_setting(RuleSetting& base, const RuleSetting& over);

/// Parses a config file, with the presets its `preset` key names (<presets_dir>/<name>.toml)
/// merged beneath it; throws ConfigError listing every error the files have (only the first when
/// a file is not valid TOML: the parser stops there). An empty presets_dir makes any `preset` an error.
Config load(const std::string& path, const std::string& presets_dir = {});
/// The shipped presets: the names of the .toml files in presets_dir, sorted.
std::vector<std::string> preset_names(const std::string& presets_dir);
/// Parses "suggestion" | "warning" | "error"; nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view s);
/// "headline", "caption", "byline", "dateline", "body", "footer", "quote", "heading", "code",
/// "url", "list-item", "table-cell", "blockquote", "alt-text".
std::optional<ScopeKind> parse_scope(std::string_view s);
/// The config's name of a zone (the inverse of parse_scope).
std::string_view scope_name(ScopeKind kind);

/// Glob match: `*` and `?` within one path segment, `**` across segments.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace copydesk::config

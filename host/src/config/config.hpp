// .copydesk.toml: what to check, which rules, with which options. Errors carry file:line:column.
#pragma once

#include <map>
#include <optional>
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
  const Where& where() const { return where_; }

 private:
  Where where_;
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
  std::vector<std::string> files;  ///< globs: * ? and ** (across folders)
  std::map<std::string, RuleSetting, std::less<>> rules;
};

struct Config {
  std::string path;  ///< empty for the built-in defaults
  std::string dir;   ///< relative paths in the config are relative to this
  std::string language = "auto";
  std::vector<std::string> plugin_paths, rule_packs, dictionaries;
  std::optional<Severity> fail_on, min_severity;
  std::vector<std::string> extensions = {".md", ".markdown", ".txt", ".html", ".htm"};
  std::vector<std::string> exclude;  ///< globs (relative to dir) a folder walk skips
  std::vector<std::string> accept, reject;  ///< vocabulary for spelling
  std::string date;                         ///< "YYYY-MM-DD": the articles' date when they give none
  std::map<std::string, RuleSetting, std::less<>> rules;
  std::vector<Override> overrides;
};

/// Parses a config file; throws ConfigError.
Config load(const std::string& path);
/// The nearest .copydesk.toml in `start` or a folder above it.
std::optional<std::string> find(const std::string& start);
/// Parses "suggestion" | "warning" | "error"; nullopt otherwise.
std::optional<Severity> parse_severity(std::string_view s);
/// "headline", "caption", "byline", "dateline", "body", "footer", "quote", "heading", "code",
/// "url", "list-item", "table-cell", "blockquote", "alt-text".
std::optional<ScopeKind> parse_scope(std::string_view s);

/// Glob match: `*` and `?` within one path segment, `**` across segments.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace copydesk::config

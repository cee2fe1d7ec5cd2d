// Drafts held in memory (the language server, the web page): checked with the config that applies
// to their path, rules and dictionaries loaded once per config; fixes applied to a buffer.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "engine/run.hpp"

namespace copydesk::engine {

/// Keeps one prepared rule set per .copydesk.toml for the life of a server. Thread-safe: any
/// number of threads may check at once.
class DraftChecker {
 public:
  /// `base` gives what every check shares (--config, --plugin-path, --enable, --date...). With
  /// base.session.config_path set, that one config applies to every draft.
  explicit DraftChecker(CheckOptions base);

  /// Checks `text` as if it were the file at `path` (absolute, or relative to the working folder):
  /// the nearest .copydesk.toml above the path applies, overrides included, reloaded when the
  /// file changes. `format` wins over the path's extension. A config that cannot be loaded puts
  /// its message in the result's `error`. Never throws for bad input.
  FileResult check(const std::string& path, std::string text, std::optional<document::InputFormat> format);

  /// Plugin loading problems of the config that applies to `path` (one line each); empty if none.
  std::string load_messages(const std::string& path);

  /// The settings that apply to a draft at `path` (as check() uses them). `keep` holds them alive
  /// while they are used, even if the config reloads meanwhile; when the config cannot be loaded,
  /// `settings` is null and `error` says why.
  struct Resolved {
    std::shared_ptr<const void> keep;
    const CheckSettings* settings = nullptr;
    std::string error;
  };
  Resolved resolve(const std::string& path);

 private:
  struct Loaded {
    std::optional<Prepared> prepared;
    std::string messages;  // what preparing printed: config or plugin errors
    std::filesystem::file_time_type stamp{};
  };
  std::shared_ptr<const Loaded> loaded_for(const std::string& path);

  CheckOptions base_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Loaded>> by_config_;  // key: config path, "" for none
};

/// What fixing a draft gave: the corrected text, how many fixes went in, and what is left.
struct DraftFix {
  std::string text;
  std::size_t applied = 0;
  FileResult remaining;
};

/// Applies, in one pass, the fix of every diagnostic that has exactly one (several are
/// alternatives for a person to choose) and is safe, or any such fix when `unsafe`. An edit
/// overlapping one already taken waits for the next pass. Replacements take the text's line ends.
std::string apply_draft_fixes(std::string_view bytes, const std::vector<OutDiagnostic>& diagnostics, bool unsafe,
                              std::size_t& applied);

/// Checks and fixes until nothing more applies (a bounded number of passes), then checks again.
DraftFix fix_draft(DraftChecker& checker, const std::string& path, std::string text,
                   std::optional<document::InputFormat> format, bool unsafe);

/// "txt" | "md" | "markdown" | "html" → a reader; nullopt for anything else.
std::optional<document::InputFormat> parse_input_format(std::string_view name);

}  // namespace copydesk::engine

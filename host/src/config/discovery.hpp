// Which configuration applies to a file: the nearest .copydesk.toml above it, merged over the ones
// above that up to a `root = true` (EditorConfig's convention), or the one --config names.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "config/config.hpp"

namespace copydesk::config {

/// `inner` (a config in a folder below `outer`'s) merged over `outer`: the keys `inner` sets win,
/// rules merge setting by setting, lists of paths and the vocabulary add up. What `outer` says
/// relative to its folder (paths, exclude and override globs) is made absolute first.
Config merge(const Config& outer, const Config& inner);

/// Finds, loads and merges configs once per folder for a run. Not thread-safe: resolve every
/// file before workers start, then only read the configs (their addresses stay valid).
class Resolver {
 public:
  /// `forced`: --config's file, used for every file instead of the nearest one. `presets_dir`:
  /// where a config's `preset = "NAME"` is found (<share>/rules/presets).
  explicit Resolver(std::optional<std::string> forced = std::nullopt, std::string presets_dir = {})
      : forced_(std::move(forced)), presets_dir_(std::move(presets_dir)) {}

  /// The config for files in `dir`. Throws ConfigError for a bad config file.
  const Config& for_dir(const std::filesystem::path& dir);
  /// The config for the file at `path` (it need not exist: its folder decides).
  const Config& for_file(const std::string& path);
  /// for_file() for a path the caller knows is not a folder (an input found by the folder walk or
  /// named as a file): its folder is the path's own (lexical) parent, so no getcwd() or stat()
  /// is made per file, only once per folder.
  const Config& for_input_file(const std::string& path);

 private:
  const Config& for_absolute_dir(const std::filesystem::path& dir);
  const Config& merged_for(const std::filesystem::path& file);
  const Config& remember(std::unique_ptr<Config> config);

  std::optional<std::string> forced_;
  std::string presets_dir_;
  std::map<std::filesystem::path, const Config*> by_dir_;
  std::map<std::filesystem::path, const Config*> by_file_;  // a .copydesk.toml → its merged chain
  // The answers by the path as the caller wrote it (the folder does not change during a run): a
  // walk asks about every file, and making a path absolute and normal costs more than the lookup.
  std::unordered_map<std::string, const Config*> by_given_dir_, by_given_file_;
  std::vector<std::unique_ptr<Config>> owned_;
  const Config* defaults_ = nullptr;
  const Config* forced_config_ = nullptr;
};

}  // namespace copydesk::config

// .gitignore, .ignore and .copydeskignore files, read and matched the way git and ripgrep do.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::engine {

/// Git's wildmatch on '/'-separated paths: `*` and `?` stay inside a segment, `[a-z]` and `[!x]`
/// are classes, `\` escapes, and `**` as a whole segment spans any number of folders.
bool wildmatch(std::string_view pattern, std::string_view path);

/// The patterns of one ignore file, matched against paths relative to its folder.
class IgnoreFile {
 public:
  /// Parses gitignore syntax: `#` comments, `!` negation, a trailing `/` for folders only, a
  /// slash anywhere but the end anchors the pattern to this folder, trailing spaces dropped.
  IgnoreFile(std::string dir, std::string_view text);
  /// For `relative` (to this file's folder): true ignored, false re-included by a `!` pattern,
  /// nullopt when no pattern matches. The last matching pattern decides.
  std::optional<bool> decide(std::string_view relative, bool is_dir) const;
  const std::string& dir() const { return dir_; }

 private:
  struct Pattern {
    std::string glob;
    bool negate = false, dir_only = false, anchored = false;
  };
  std::string dir_;  // absolute, no trailing slash
  std::vector<Pattern> patterns_;
};

/// The ignore files that apply in one folder of a walk: its own and those of the folders above,
/// nearest first. Within a folder `.copydeskignore` beats `.ignore`, which beats `.gitignore`.
class IgnoreStack {
 public:
  /// Reads the ignore files of the folders above `root` (absolute), up to the repository's top
  /// (the nearest folder holding `.git`); none above when `root` is in no repository.
  static IgnoreStack above(const std::string& root);
  /// This stack with `dir`'s own ignore files (read from disk) on top.
  IgnoreStack with_folder(const std::string& dir) const;
  /// Whether the entry at absolute path `path` is ignored.
  bool ignored(const std::string& path, bool is_dir) const;

 private:
  std::vector<IgnoreFile> files_;  // outermost first; within a folder the weakest first
};

}  // namespace copydesk::engine

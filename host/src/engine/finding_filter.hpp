// "New findings only": drops the findings a legacy archive already had, either those outside the
// lines changed since a git revision (--new-from-rev) or those listed in a baseline file
// (--baseline, written by `copydesk baseline`).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "engine/result.hpp"

namespace copydesk::engine {

/// A revision that cannot be read, a git failure or a malformed baseline: the run stops (exit 2).
class FilterError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Lines added or changed since a git revision, per file (absolute, normalised paths).
class ChangedLines {
 public:
  /// Runs `git diff -U0 -M REV` (the working tree against REV, renames followed) and
  /// `git ls-files --others --exclude-standard` (new files: every line is new) in `folder`.
  /// Throws FilterError when `folder` is not in a git work tree or REV is not a known commit
  /// (a shallow clone that lacks it, say).
  static ChangedLines since(const std::string& rev, const std::string& folder);
  /// Parses unified-diff text with zero context: `+++ b/PATH` names the file (relative to `top`),
  /// each `@@ -a,b +c,d @@` adds lines c … c+d-1.
  static ChangedLines from_diff(const std::string& diff, const std::string& top);

  /// Whether lines first … last (1-based, inclusive) of `path` touch a changed line. A file the
  /// diff does not mention is unchanged; a file outside the work tree is reported whole.
  bool touches(const std::string& path, std::uint32_t first, std::uint32_t last) const;

 private:
  std::string top_;  // the work tree's root, absolute
  std::map<std::string, std::vector<std::pair<std::uint32_t, std::uint32_t>>> ranges_;  // inclusive
  std::set<std::string> whole_files_;
};

/// The findings recorded by `copydesk baseline`: per path, the fingerprints of known findings.
class Baseline {
 public:
  /// Reads a baseline file (JSON, see docs/ci.md). Throws FilterError naming the file.
  static Baseline load(const std::string& file);
  bool knows(const std::string& path, const std::string& fingerprint) const;

 private:
  std::map<std::string, std::set<std::string>> fingerprints_;
};

/// What check drops before printing.
struct FindingFilter {
  std::optional<ChangedLines> changed;
  std::optional<Baseline> baseline;

  /// Removes from `result` the findings the filter does not consider new.
  void apply(FileResult& result) const;
};

/// Paths compared by the filters: absolute and lexically normal.
std::string normal_path(const std::string& path);

}  // namespace copydesk::engine

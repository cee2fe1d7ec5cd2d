// Turns the command line's paths into the list of files to check.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace copydesk::engine {

struct Input {
  std::string path;
  std::optional<std::string> error;  ///< e.g. "no such file or directory"
};

/// Files named directly are taken whatever their extension; folders are walked (hidden
/// entries skipped, only `extensions`), each folder's files in sorted order. `files_from` is a
/// file with one path a line ("-": standard input). The result is sorted and without duplicates.
/// Walked files matching an `exclude` glob (relative to `base`, the config's folder) are skipped.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const std::string& files_from,
                                  const std::vector<std::string>& extensions,
                                  const std::vector<std::string>& exclude = {}, const std::string& base = {});

}  // namespace copydesk::engine

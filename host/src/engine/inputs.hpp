// Turns the command line's paths into the list of files to check.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"

namespace copydesk::engine {

struct Input {
  std::string path;
  std::optional<std::string> error;  ///< e.g. "no such file or directory"
};

/// The config that governs the files of a folder (its `extensions` and `exclude`).
using ConfigForDir = std::function<const config::Config&(const std::filesystem::path& dir)>;

/// Files named directly are taken whatever their extension; folders are walked (hidden entries
/// skipped, only the governing config's `extensions`), each folder's files in sorted order.
/// `files_from` is a file with one path a line ("-": standard input). The result is sorted and
/// without duplicates. Walked files matching their config's `exclude` globs are skipped.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const std::string& files_from,
                                  const ConfigForDir& config_for);
/// The same with one fixed set of extensions and nothing excluded.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const std::string& files_from,
                                  const std::vector<std::string>& extensions);

}  // namespace copydesk::engine

// Walks folders and reads --files-from lists.
#include "engine/inputs.hpp"

#include "config/config.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;

namespace copydesk::engine {
namespace {

bool has_extension(const fs::path& p, const std::vector<std::string>& extensions) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

struct Filter {
  const ConfigForDir& config_for;
  bool wanted(const fs::path& p) const { return has_extension(p, config_for(p.parent_path()).extensions); }
  bool excluded(const fs::path& p) const {
    const config::Config& c = config_for(p.parent_path());
    if (c.exclude.empty()) return false;
    std::error_code ec;
    fs::path absolute = fs::absolute(p, ec).lexically_normal();
    std::string rel = fs::relative(absolute, c.dir.empty() ? fs::current_path(ec) : fs::path(c.dir), ec).generic_string();
    for (const std::string& glob : c.exclude)
      // Globs inherited from a config above are anchored at its folder and match the whole path.
      if (config::glob_match(glob, glob.starts_with("/") ? absolute.generic_string() : rel)) return true;
    return false;
  }
};

void add_path(const std::string& path, const Filter& filter, std::vector<Input>& out) {
  if (path == "-") {
    out.push_back({path, std::nullopt});
    return;
  }
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    out.push_back({path, "no such file or directory"});
    return;
  }
  if (!fs::is_directory(st)) {
    out.push_back({path, std::nullopt});
    return;
  }
  auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    out.push_back({path, "cannot read the folder: " + ec.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (name.starts_with(".")) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(ec) && filter.excluded(p / "x")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && filter.wanted(p) && !filter.excluded(p)) {
      std::string s = p.generic_string();
      if (s.starts_with("./") && !path.starts_with("./")) s.erase(0, 2);
      out.push_back({s, std::nullopt});
    }
  }
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const std::string& files_from,
                                  const std::vector<std::string>& extensions) {
  config::Config fixed;
  fixed.extensions = extensions;
  return collect_inputs(paths, files_from, [&](const fs::path&) -> const config::Config& { return fixed; });
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, const std::string& files_from,
                                  const ConfigForDir& config_for) {
  std::vector<Input> out;
  Filter filter{config_for};
  for (const std::string& p : paths) add_path(p, filter, out);
  if (!files_from.empty()) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (files_from != "-") {
      file.open(files_from);
      if (!file) {
        out.push_back({files_from, "cannot open the --files-from list"});
      }
      in = &file;
    }
    std::string line;
    while (*in && std::getline(*in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty()) continue;
      std::error_code ec;
      // A list of changed files may name deleted files or other formats: skip those quietly.
      if (fs::is_directory(line, ec)) {
        add_path(line, filter, out);
      } else if (fs::is_regular_file(line, ec) && filter.wanted(fs::absolute(line, ec))) {
        out.push_back({line, std::nullopt});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  out.erase(std::unique(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.path == b.path; }),
            out.end());
  return out;
}

}  // namespace copydesk::engine

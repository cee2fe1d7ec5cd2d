// Walks folders and reads --files-from lists.
#include "engine/inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "config/config.hpp"
#include "engine/ignore.hpp"

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
  bool excluded(const fs::path& p) const { return excluded(p, config_for(p.parent_path())); }
  /// Whether `p` is excluded by `c`, the config of its folder.
  static bool excluded(const fs::path& p, const config::Config& c) {
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

// A folder's entries in name order (byte by byte, as std::filesystem::path orders siblings).
std::vector<fs::directory_entry> sorted_entries(std::vector<fs::directory_entry> entries) {
  std::vector<std::pair<std::string, std::size_t>> names;
  names.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) names.emplace_back(entries[i].path().filename().native(), i);
  std::sort(names.begin(), names.end());
  std::vector<fs::directory_entry> sorted;
  sorted.reserve(entries.size());
  for (const auto& name : names) sorted.push_back(std::move(entries[name.second]));
  return sorted;
}

// Walks `dir` (its path as the user wrote it, and absolute): sorted entries, hidden ones,
// `.git`, `node_modules` and ignored ones skipped, symlinked folders not followed.
void walk(const fs::path& shown, const fs::path& absolute, const IgnoreStack& ignores, const Filter& filter,
          std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(absolute, ec);
  if (ec) {
    out.push_back({shown.empty() ? "." : shown.generic_string(), "cannot read the folder: " + ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) out.push_back({shown.generic_string(), "cannot read the folder: " + ec.message()});
  entries = sorted_entries(std::move(entries));
  IgnoreStack here = ignores.with_folder(absolute.string());
  const config::Config* files_config = nullptr;  // the config of the files here, asked once
  for (const fs::directory_entry& e : entries) {
    std::string name = e.path().filename().string();
    if (name.starts_with(".") || name == "node_modules") continue;
    fs::path p = shown / name;
    bool dir = e.is_directory(ec) && !e.is_symlink(ec);
    if (here.ignored(e.path().string(), dir)) continue;
    if (dir) {
      if (!filter.excluded(p / "x")) walk(p, e.path(), here, filter, out);
      continue;
    }
    if (!e.is_regular_file(ec)) continue;
    if (!files_config) files_config = &filter.config_for(p.parent_path());
    if (has_extension(p, files_config->extensions) && !Filter::excluded(p, *files_config))
      out.push_back({p.generic_string(), std::nullopt});
  }
}

// A walk that meets one file twice (a symlink beside its target) checks it once: the first
// name that is not a symlink is kept, else the first one.
void drop_second_links(std::vector<Input>& out, std::size_t from) {
  std::map<std::pair<dev_t, ino_t>, std::size_t> seen;  // file -> index in out
  std::vector<bool> drop(out.size(), false);
  for (std::size_t i = from; i < out.size(); ++i) {
    struct stat st {};
    if (out[i].error || ::stat(out[i].path.c_str(), &st) != 0) continue;
    auto [it, fresh] = seen.try_emplace({st.st_dev, st.st_ino}, i);
    if (fresh) continue;
    std::error_code ec;
    bool kept_is_link = fs::is_symlink(out[it->second].path, ec);
    bool this_is_link = fs::is_symlink(out[i].path, ec);
    if (kept_is_link && !this_is_link) {
      drop[it->second] = true;
      it->second = i;
    } else {
      drop[i] = true;
    }
  }
  std::size_t w = from;
  for (std::size_t i = from; i < out.size(); ++i) {
    if (drop[i]) continue;
    if (w != i) out[w] = std::move(out[i]);  // never a self-move: it would empty the path
    ++w;
  }
  out.resize(w);
}

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
    out.push_back({path, std::nullopt});  // a named file is always checked, ignored or not
    return;
  }
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  std::size_t before = out.size();
  // "." shows its files as "a.txt", not "./a.txt"; any other spelling is kept as written.
  fs::path shown = path == "." ? fs::path() : fs::path(path);
  walk(shown, absolute, IgnoreStack::above(absolute.string()), filter, out);
  drop_second_links(out, before);
  if (out.size() == before) {
    std::string exts;
    for (const std::string& e : filter.config_for(absolute).extensions) exts.append(exts.empty() ? "" : " ").append(e);
    out.push_back({path, "the folder has no file to check (extensions " + exts +
                             "; hidden, ignored and excluded entries skipped)"});
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

// Parses `[[table]]` records from TOML data files, strictly, with positions in every error.
#include "engine/data_files.hpp"

#include <filesystem>
#include <stdexcept>
#include <toml++/toml.h>

namespace fs = std::filesystem;

namespace copydesk::engine {
namespace {

std::string where(const std::string& file, const toml::source_region& r) {
  return file + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
}

OptionValue value_of(const toml::node& n, const std::string& file, const std::string& key) {
  if (n.is_boolean()) return *n.value<bool>();
  if (n.is_integer()) return *n.value<std::int64_t>();
  if (n.is_floating_point()) return *n.value<double>();
  if (n.is_string()) return *n.value<std::string>();
  if (const toml::array* a = n.as_array()) {
    std::vector<std::string> list;
    for (const toml::node& e : *a) {
      if (!e.is_string()) throw std::runtime_error(where(file, e.source()) + ": `" + key + "` must hold strings");
      list.push_back(*e.value<std::string>());
    }
    return list;
  }
  throw std::runtime_error(where(file, n.source()) + ": `" + key + "` must be a string, number, boolean or array of strings");
}

}  // namespace

std::string DataStore::resolve(std::string_view path) const {
  fs::path p(path);
  if (p.is_absolute()) return p.string();
  std::error_code ec;
  if (!config_dir_.empty() && fs::exists(fs::path(config_dir_) / p, ec)) return (fs::path(config_dir_) / p).string();
  return (fs::path(share_dir_) / "rules" / p).string();
}

std::shared_ptr<const std::vector<Record>> DataStore::records(std::string_view path, std::string_view table) const {
  // Keyed by the path as asked: a rule instance is made per document, and this must not touch
  // the file system again once the file has been read.
  std::string key = std::string(path) + "#" + std::string(table);
  std::lock_guard lock(mutex_);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  std::string file = resolve(path);
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    // Say every place a relative name was looked for: beside the config, then the shipped rules.
    fs::path p(path);
    std::string places = file;
    if (!p.is_absolute() && !config_dir_.empty()) places = (fs::path(config_dir_) / p).string() + " and " + file;
    throw std::runtime_error("data file \"" + std::string(path) + "\" not found (looked for " + places + ")");
  }
  toml::table root;
  try {
    root = toml::parse_file(file);
  } catch (const toml::parse_error& e) {
    throw std::runtime_error(where(file, e.source()) + ": invalid TOML: " + std::string(e.description()));
  }
  auto out = std::make_shared<std::vector<Record>>();
  if (const toml::node* n = root.get(table)) {
    const toml::array* entries = n->as_array();
    if (!entries) throw std::runtime_error(where(file, n->source()) + ": `" + std::string(table) + "` must be [[" + std::string(table) + "]] entries");
    for (const toml::node& e : *entries) {
      const toml::table* t = e.as_table();
      if (!t) throw std::runtime_error(where(file, e.source()) + ": each [[" + std::string(table) + "]] entry must be a table");
      Record r;
      r.where = where(file, e.source());
      for (auto&& [k, v] : *t) r.fields.set(std::string(k.str()), value_of(v, file, std::string(k.str())));
      out->push_back(std::move(r));
    }
  }
  cache_[key] = out;
  return out;
}

}  // namespace copydesk::engine

// Config discovery per file and the merging of nested configs.
#include "config/discovery.hpp"

#include <algorithm>

namespace fs = std::filesystem;

namespace copydesk::config {
namespace {

constexpr const char* kFileName = ".copydesk.toml";

// A path written relative to `dir`, made absolute so it keeps its meaning in a config below.
std::string anchored_path(const std::string& p, const std::string& dir) {
  if (dir.empty() || fs::path(p).is_absolute()) return p;
  return (fs::path(dir) / p).lexically_normal().string();
}

// A glob relative to `dir`, anchored the same way ("drafts/**" → "/repo/drafts/**").
std::string anchored_glob(const std::string& glob, const std::string& dir) {
  if (dir.empty() || glob.starts_with("/")) return glob;
  std::string base = fs::path(dir).generic_string();
  if (!base.ends_with("/")) base += '/';
  return base + glob;
}

std::vector<std::string> anchored_paths(const std::vector<std::string>& paths, const std::string& dir) {
  std::vector<std::string> out;
  for (const std::string& p : paths) out.push_back(anchored_path(p, dir));
  return out;
}

void append(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& s : from)
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}


}  // namespace

Config merge(const Config& outer, const Config& inner) {
  Config c = inner;
  auto given = [&](std::string_view key) { return inner.given.contains(key); };
  if (!given("language")) c.language = outer.language;
  if (!given("fail_on")) c.fail_on = outer.fail_on;
  if (!given("min_severity")) c.min_severity = outer.min_severity;
  if (!given("date")) c.date = outer.date;
  if (!given("extensions")) c.extensions = outer.extensions;
  if (inner.presets.empty()) c.presets = outer.presets;  // a nested config inherits its parent's presets

  c.plugin_paths = anchored_paths(outer.plugin_paths, outer.dir);
  append(c.plugin_paths, anchored_paths(inner.plugin_paths, inner.dir));
  c.rule_packs = anchored_paths(outer.rule_packs, outer.dir);
  append(c.rule_packs, anchored_paths(inner.rule_packs, inner.dir));
  c.dictionaries = anchored_paths(outer.dictionaries, outer.dir);
  append(c.dictionaries, anchored_paths(inner.dictionaries, inner.dir));
  c.exclude.clear();
  for (const std::string& g : outer.exclude) c.exclude.push_back(anchored_glob(g, outer.dir));
  append(c.exclude, inner.exclude);
  c.accept = outer.accept;
  append(c.accept, inner.accept);
  c.reject = outer.reject;
  append(c.reject, inner.reject);

  c.rules = outer.rules;
  for (const auto& [id, setting] : inner.rules) merge_rule_setting(c.rules[id], setting);
  c.overrides.clear();
  for (Override o : outer.overrides) {
    for (std::string& g : o.files) g = anchored_glob(g, outer.dir);
    c.overrides.push_back(std::move(o));
  }
  c.overrides.insert(c.overrides.end(), inner.overrides.begin(), inner.overrides.end());

  c.sources = outer.sources;
  c.sources.insert(c.sources.end(), inner.sources.begin(), inner.sources.end());
  c.given.insert(outer.given.begin(), outer.given.end());
  return c;
}

const Config& Resolver::remember(std::unique_ptr<Config> config) {
  owned_.push_back(std::move(config));
  return *owned_.back();
}

const Config& Resolver::merged_for(const fs::path& file) {
  if (auto it = by_file_.find(file); it != by_file_.end()) return *it->second;
  auto own = std::make_unique<Config>(load(file.string(), presets_dir_));
  const Config* result = nullptr;
  if (own->root || file.parent_path() == file.parent_path().root_path()) {
    result = &remember(std::move(own));
  } else {
    const Config& above = for_dir(file.parent_path().parent_path());
    result = above.path.empty() ? &remember(std::move(own)) : &remember(std::make_unique<Config>(merge(above, *own)));
  }
  by_file_.emplace(file, result);
  return *result;
}

const Config& Resolver::for_dir(const fs::path& start) {
  if (auto it = by_given_dir_.find(start.native()); it != by_given_dir_.end()) return *it->second;
  const Config& result = for_absolute_dir(start);
  by_given_dir_.emplace(start.native(), &result);
  return result;
}

const Config& Resolver::for_absolute_dir(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (!dir.has_filename() && dir != dir.root_path()) dir = dir.parent_path();
  if (auto it = by_dir_.find(dir); it != by_dir_.end()) return *it->second;
  const Config* result = nullptr;
  if (forced_) {
    if (!forced_config_) {
      if (!fs::is_regular_file(*forced_, ec)) throw ConfigError({*forced_, 0, 0}, "config file not found");
      forced_config_ = &remember(std::make_unique<Config>(load(*forced_, presets_dir_)));
    }
    result = forced_config_;
  } else if (fs::path candidate = dir / kFileName; fs::is_regular_file(candidate, ec)) {
    result = &merged_for(candidate);
  } else if (dir != dir.root_path() && !dir.empty()) {
    result = &for_dir(dir.parent_path());
  } else {
    if (!defaults_) defaults_ = &remember(std::make_unique<Config>());
    result = defaults_;
  }
  by_dir_.emplace(dir, result);
  return *result;
}

const Config& Resolver::for_file(const std::string& path) {
  if (auto it = by_given_file_.find(path); it != by_given_file_.end()) return *it->second;
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  const Config& result = for_dir(fs::is_directory(p, ec) ? p : p.parent_path());
  by_given_file_.emplace(path, &result);
  return result;
}

const Config& Resolver::for_input_file(const std::string& path) {
  if (auto it = by_given_file_.find(path); it != by_given_file_.end()) return *it->second;
  std::size_t slash = path.rfind('/');
  std::string folder = slash == std::string::npos ? std::string(".") : slash == 0 ? std::string("/") : path.substr(0, slash);
  const Config& result = for_dir(fs::path(folder));
  by_given_file_.emplace(path, &result);
  return result;
}

}  // namespace copydesk::config

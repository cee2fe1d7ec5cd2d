// Finds the install prefix from the executable, reads the config, loads the plugins.
#include "engine/session.hpp"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace copydesk::engine {

std::string executable_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return ".";
  return exe.parent_path().string();
}

std::string share_dir() {
  return (fs::path(executable_dir()).parent_path() / "share" / "copydesk").string();
}

std::string presets_dir() { return (fs::path(share_dir()) / "rules" / "presets").string(); }

Session open_session(const SessionOptions& options) {
  config::Resolver configs(options.config_path, presets_dir());
  const config::Config& here = configs.for_dir(options.config_search_from ? fs::path(*options.config_search_from) : fs::current_path());
  Session s = open_session(options, {&here});
  s.config = here;
  return s;
}

namespace {

std::string absolute_in(const std::string& p, const std::string& dir) {
  fs::path path = fs::path(p).is_absolute() ? fs::path(p) : fs::path(dir) / p;
  return path.lexically_normal().string();
}

}  // namespace

std::vector<std::string> Session::foreign_rules(const config::Config& config) const {
  std::vector<std::string> out;
  if (config_origin.empty()) return out;
  std::vector<std::string> named;
  for (const std::string& p : config.plugin_paths) named.push_back(absolute_in(p, config.dir));
  for (const std::string& pattern : config.rule_packs)
    for (const std::string& f : expand_pack_glob(pattern, config.dir)) named.push_back(f);
  for (const plugins::RuleEntry& e : catalog.rules) {
    auto it = config_origin.find(e.plugin);
    if (it != config_origin.end() && std::find(named.begin(), named.end(), it->second) == named.end())
      out.push_back(e.meta.id);
  }
  return out;
}

Session open_session(const SessionOptions& options, const std::vector<const config::Config*>& configs) {
  Session s;
  // The build tree and an installed prefix share one layout: bin/, <libdir>/copydesk/plugins/, share/copydesk/.
  fs::path prefix = fs::path(executable_dir()).parent_path();
  s.share_dir = share_dir();

  if (options.default_plugins) s.plugin_dir = plugins::load_default_plugins(s.catalog, prefix.string());
  for (const config::Config* c : configs) {
    for (const std::string& p : c->plugin_paths) {
      std::string dir = absolute_in(p, c->dir);
      std::size_t before = s.catalog.plugins.size();
      plugins::load_plugin_dir(s.catalog, dir, true);
      for (std::size_t i = before; i < s.catalog.plugins.size(); ++i) s.config_origin[s.catalog.plugins[i].name] = dir;
    }
  }
  for (const std::string& p : options.plugin_paths) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      plugins::load_plugin_file(s.catalog, p);
    } else {
      plugins::load_plugin_dir(s.catalog, p, true);
    }
  }
  // Declarative packs: the shipped ones (<share>/rules/packs/*.toml) and the configs'.
  std::vector<std::string> packs = expand_pack_glob("*.toml", (fs::path(s.share_dir) / "rules" / "packs").string());
  const std::size_t shipped_packs = packs.size();
  for (const config::Config* c : configs) {
    for (const std::string& pattern : c->rule_packs) {
      std::vector<std::string> found = expand_pack_glob(pattern, c->dir);
      if (found.empty())
        throw config::ConfigError({c->path, 0, 0}, "rule_packs entry \"" + pattern + "\" matches no file");
      for (const std::string& f : found) {
        if (std::find(packs.begin(), packs.end(), f) != packs.end()) continue;
        packs.push_back(f);
        s.config_origin[f] = f;
      }
    }
  }
  std::vector<rulekinds::ParsedPack> parsed;
  for (std::size_t i = 0; i < packs.size(); ++i) {
    parsed.push_back(rulekinds::read_pack(packs[i]));
    // A house's rule without a `link` points at its pack file: copydesk's docs have no page for it.
    if (i >= shipped_packs)
      for (plugins::RuleEntry& r : parsed.back().rules)
        if (r.meta.doc_url.empty()) r.meta.doc_url = "file://" + fs::absolute(packs[i]).lexically_normal().string();
  }
  rulekinds::add_packs(s.catalog, std::move(parsed), s.pack_examples);
  s.packs.insert(s.packs.end(), packs.begin(), packs.end());
  plugins::finish_loading(s.catalog);
  return s;
}

std::vector<std::string> expand_pack_glob(const std::string& pattern, const std::string& dir) {
  std::vector<std::string> out;
  fs::path p(pattern);
  fs::path base = p.is_absolute() ? fs::path() : fs::path(dir);
  std::error_code ec;
  if (pattern.find_first_of("*?") == std::string::npos) {
    fs::path full = base / p;
    if (fs::is_regular_file(full, ec)) out.push_back(full.lexically_normal().string());
    return out;
  }
  // Walk from the part before the first wildcard and match the rest.
  std::string literal = pattern.substr(0, pattern.find_first_of("*?"));
  fs::path root = base / fs::path(literal).parent_path();
  if (!fs::is_directory(root, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(root, ec); it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec || !it->is_regular_file(ec)) continue;
    std::string rel = fs::relative(it->path(), base.empty() ? fs::path("/") : base, ec).generic_string();
    std::string candidate = p.is_absolute() ? it->path().generic_string() : rel;
    if (config::glob_match(pattern, candidate)) out.push_back(it->path().lexically_normal().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace copydesk::engine

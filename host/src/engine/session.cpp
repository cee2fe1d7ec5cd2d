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

Session open_session(const SessionOptions& options) {
  Session s;
  // The build tree and an installed prefix share one layout: bin/, lib/copydesk/plugins/, share/copydesk/.
  fs::path prefix = fs::path(executable_dir()).parent_path();
  s.plugin_dir = (prefix / "lib" / "copydesk" / "plugins").string();
  s.share_dir = (prefix / "share" / "copydesk").string();

  if (options.config_path) {
    std::error_code ec;
    if (!fs::is_regular_file(*options.config_path, ec))
      throw config::ConfigError({*options.config_path, 0, 0}, "config file not found");
    s.config = config::load(*options.config_path);
  } else if (auto found = config::find(options.config_search_from.value_or(fs::current_path().string()))) {
    s.config = config::load(*found);
  }

  if (options.default_plugins) plugins::load_plugin_dir(s.catalog, s.plugin_dir, false);
  for (const std::string& p : s.config.plugin_paths) {
    fs::path dir = fs::path(p).is_absolute() ? fs::path(p) : fs::path(s.config.dir) / p;
    plugins::load_plugin_dir(s.catalog, dir.lexically_normal().string(), true);
  }
  for (const std::string& p : options.plugin_paths) {
    std::error_code ec;
    if (fs::is_regular_file(p, ec)) {
      plugins::load_plugin_file(s.catalog, p);
    } else {
      plugins::load_plugin_dir(s.catalog, p, true);
    }
  }
  // Declarative packs: the shipped ones (<share>/rules/packs/*.toml) and the config's.
  std::vector<std::string> packs = expand_pack_glob("*.toml", (fs::path(s.share_dir) / "rules" / "packs").string());
  for (const std::string& pattern : s.config.rule_packs) {
    std::vector<std::string> found = expand_pack_glob(pattern, s.config.dir);
    if (found.empty())
      throw config::ConfigError({s.config.path, 0, 0}, "rule_packs entry \"" + pattern + "\" matches no file");
    packs.insert(packs.end(), found.begin(), found.end());
  }
  for (const std::string& pack : packs) {
    std::vector<rulekinds::PackExample> examples = rulekinds::load_pack(s.catalog, pack);
    s.pack_examples.insert(s.pack_examples.end(), examples.begin(), examples.end());
    s.packs.push_back(pack);
  }
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

// Finds the install prefix from the executable, reads the config, loads the plugins.
#include "engine/session.hpp"

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
  } else if (auto found = config::find(fs::current_path().string())) {
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
  plugins::finish_loading(s.catalog);
  return s;
}

}  // namespace copydesk::engine

// Loads plugin libraries through Boost.DLL, checks the handshake, and registers their rules.
#include <dlfcn.h>

#include <algorithm>
#include <filesystem>
#include <vector>  // before library_info.hpp (Boost 1.74)

#include <boost/dll/library_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "copydesk/plugin.hpp"
#include "plugins/rule_catalog.hpp"

namespace fs = std::filesystem;

namespace copydesk::plugins {

struct LibraryHandle {
  boost::dll::shared_library library;
};

const RuleEntry* RuleCatalog::find(std::string_view id) const {
  auto it = std::lower_bound(rules.begin(), rules.end(), id,
                             [](const RuleEntry& e, std::string_view key) { return e.meta.id < key; });
  return it != rules.end() && it->meta.id == id ? &*it : nullptr;
}

std::shared_ptr<Rule> RuleCatalog::instantiate(const RuleEntry& entry, const RuleContext& context) {
  std::unique_ptr<Rule> rule = entry.factory(context);
  if (!rule) throw std::runtime_error("the rule factory returned nothing");
  // The control block lives in the host; the deleter holds the library until the rule is gone.
  return std::shared_ptr<Rule>(rule.release(), [library = entry.library](Rule* r) { delete r; });
}

namespace {

class CatalogRegistry final : public Registry {
 public:
  CatalogRegistry(RuleCatalog& catalog, std::shared_ptr<LibraryHandle> library, PluginRecord& record)
      : catalog_(catalog), library_(std::move(library)), record_(record) {}

  void add_rule(RuleMeta meta, RuleFactory factory) override {
    std::string prefix = record_.name + "/";
    if (!meta.id.starts_with(prefix) || meta.id.size() == prefix.size()) {
      catalog_.errors.push_back(record_.path + ": rule id \"" + meta.id + "\" must start with \"" + prefix +
                                "\"; the rule was not registered");
      return;
    }
    record_.rules.push_back(meta.id);
    catalog_.rules.push_back({library_, std::move(meta), std::move(factory), record_.name});
  }

  void add_analysis_provider(std::string_view id, std::size_t size, AnalysisProvider provider) override {
    std::string error = catalog_.analyses.add(id, size, std::move(provider), "plugin \"" + record_.name + "\"", library_);
    if (!error.empty()) catalog_.errors.push_back(record_.path + ": " + error);
  }

 private:
  RuleCatalog& catalog_;
  std::shared_ptr<LibraryHandle> library_;
  PluginRecord& record_;
};

std::string version_string(int major, int minor) { return std::to_string(major) + "." + std::to_string(minor); }

}  // namespace

void load_plugin_file(RuleCatalog& catalog, const std::string& path) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  for (const PluginRecord& p : catalog.plugins)
    if (fs::weakly_canonical(p.path, ec) == canonical) return;
  // Probe the symbol table first: it runs none of the file's code.
  try {
    boost::dll::library_info info(path);
    std::vector<std::string> symbols = info.symbols("boostdll");
    if (std::find(symbols.begin(), symbols.end(), COPYDESK_HANDSHAKE_SYMBOL) == symbols.end()) {
      catalog.errors.push_back(path + ": not a copydesk plugin: no `" COPYDESK_HANDSHAKE_SYMBOL
                                      "` entry point (build it with COPYDESK_PLUGIN)");
      return;
    }
  } catch (const std::exception& e) {
    catalog.errors.push_back(path + ": not a loadable library (" + e.what() + ")");
    return;
  }

  auto handle = std::make_shared<LibraryHandle>();
  const CopydeskPluginHandshake* handshake = nullptr;
  try {
    auto mode = boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local;
#ifdef COPYDESK_SANITIZE
    // Keep plugins mapped so LeakSanitizer can name their frames and their caches stay reachable.
    mode = mode | static_cast<boost::dll::load_mode::type>(RTLD_NODELETE);
#endif
    handle->library.load(path, mode);
    auto& entry = handle->library.get_alias<const CopydeskPluginHandshake*()>(COPYDESK_HANDSHAKE_SYMBOL);
    handshake = entry();
  } catch (const std::exception& e) {
    catalog.errors.push_back(path + ": cannot load plugin: " + e.what());
    return;
  }
  if (!handshake) {
    catalog.errors.push_back(path + ": the plugin's handshake returned nothing");
    return;
  }
  std::string host_version = version_string(COPYDESK_API_MAJOR, COPYDESK_API_MINOR);
  std::string plugin_version = version_string(handshake->api_major, handshake->api_minor);
  std::string name = handshake->name ? handshake->name : "?";
  if (handshake->api_major != COPYDESK_API_MAJOR || handshake->api_minor > COPYDESK_API_MINOR) {
    catalog.errors.push_back(path + ": plugin \"" + name + "\" was built for copydesk plugin API " + plugin_version +
                             ", but this copydesk provides API " + host_version + "; rebuild the plugin against it");
    return;
  }
  if (handshake->struct_size < sizeof(CopydeskPluginHandshake) || !handshake->abi_tag || !handshake->name ||
      !handshake->version || !handshake->register_rules) {
    catalog.errors.push_back(path + ": plugin \"" + name + "\" has an incomplete handshake");
    return;
  }
  if (std::string_view(handshake->abi_tag) != COPYDESK_ABI_TAG) {
    catalog.errors.push_back(path + ": plugin \"" + name + "\" was built with ABI \"" + handshake->abi_tag +
                             "\", but this copydesk uses \"" COPYDESK_ABI_TAG "\" (API " + plugin_version +
                             " vs " + host_version + "); rebuild it with the same compiler and standard library");
    return;
  }
  for (const PluginRecord& p : catalog.plugins) {
    if (p.name == name) {
      catalog.errors.push_back(path + ": a plugin named \"" + name + "\" is already loaded from " + p.path +
                               "; this one was skipped");
      return;
    }
  }
  catalog.plugins.push_back({path, name, handshake->version, handshake->api_major, handshake->api_minor,
                             handshake->abi_tag, {}});
  CatalogRegistry registry(catalog, handle, catalog.plugins.back());
  try {
    handshake->register_rules(static_cast<Registry*>(&registry));
  } catch (const std::exception& e) {
    catalog.errors.push_back(path + ": plugin \"" + name + "\" failed while registering its rules: " + e.what());
  } catch (...) {
    catalog.errors.push_back(path + ": plugin \"" + name + "\" failed while registering its rules");
  }
}

void load_plugin_dir(RuleCatalog& catalog, const std::string& dir, bool required) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (required) catalog.errors.push_back(dir + ": plugin folder not found");
    return;
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".so" && entry.is_regular_file(ec)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) load_plugin_file(catalog, f);
}

std::vector<std::string> default_plugin_dirs(const std::string& prefix) {
  std::vector<fs::path> lib_dirs = {COPYDESK_INSTALL_LIBDIR, "lib", "lib64"};
  if (std::string_view(COPYDESK_MULTIARCH).size() > 0) lib_dirs.emplace_back(fs::path("lib") / COPYDESK_MULTIARCH);
  std::vector<std::string> out;
  std::error_code ec;
  bool found = false;
  for (const fs::path& lib : lib_dirs) {
    std::string dir = (fs::path(prefix) / lib / "copydesk" / "plugins").lexically_normal().string();
    if (std::find(out.begin(), out.end(), dir) != out.end()) continue;
    out.push_back(dir);
    found = found || fs::is_directory(dir, ec);
  }
  if (found) return out;
  // Another distribution's triplet (a package built elsewhere): lib/<anything>/copydesk/plugins.
  // Listed only when the usual folders are missing: /usr/lib is long.
  std::vector<std::string> others;
  for (const auto& entry : fs::directory_iterator(fs::path(prefix) / "lib", ec))
    if (entry.is_directory(ec) && fs::is_directory(entry.path() / "copydesk" / "plugins", ec))
      others.push_back((entry.path() / "copydesk" / "plugins").lexically_normal().string());
  std::sort(others.begin(), others.end());
  for (const std::string& dir : others)
    if (std::find(out.begin(), out.end(), dir) == out.end()) out.push_back(dir);
  return out;
}

std::string load_default_plugins(RuleCatalog& catalog, const std::string& prefix) {
  std::error_code ec;
  for (const std::string& dir : default_plugin_dirs(prefix)) {
    catalog.searched.push_back(dir);
    if (fs::is_directory(dir, ec)) {
      load_plugin_dir(catalog, dir, true);
      return dir;
    }
  }
  std::string list;
  for (const std::string& dir : catalog.searched) list += (list.empty() ? "" : ", ") + dir;
  catalog.errors.push_back("the shipped plugins were not found beside the executable; looked in " + list +
                           " (give a folder with --plugin-path or plugin_paths)");
  return {};
}

void finish_loading(RuleCatalog& catalog) {
  std::stable_sort(catalog.rules.begin(), catalog.rules.end(),
                   [](const RuleEntry& a, const RuleEntry& b) { return a.meta.id < b.meta.id; });
  for (std::size_t i = 1; i < catalog.rules.size();) {
    if (catalog.rules[i].meta.id == catalog.rules[i - 1].meta.id) {
      catalog.errors.push_back("rule \"" + catalog.rules[i].meta.id + "\" is registered twice (" +
                               catalog.rules[i - 1].plugin + " and " + catalog.rules[i].plugin +
                               "); the second was skipped");
      catalog.rules.erase(catalog.rules.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      ++i;
    }
  }
}

}  // namespace copydesk::plugins

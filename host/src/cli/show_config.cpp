// Resolves the config for one path exactly as `check` would and prints it.
#include "cli/show_config.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <variant>

#include "config/discovery.hpp"
#include "engine/rule_set.hpp"
#include "engine/run.hpp"

namespace fs = std::filesystem;

namespace copydesk::cli {
namespace {

std::string toml_value(const OptionValue& v) {
  struct Visitor {
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return std::to_string(i); }
    std::string operator()(double d) const {
      std::ostringstream s;
      s << d;
      return s.str();
    }
    std::string operator()(const std::string& s) const { return "\"" + s + "\""; }
    std::string operator()(const std::vector<std::string>& list) const {
      std::string out = "[";
      for (const std::string& s : list) out += (out.size() > 1 ? ", \"" : "\"") + s + "\"";
      return out + "]";
    }
  };
  return std::visit(Visitor{}, v);
}

void print_list(std::ostream& out, const char* label, const std::vector<std::string>& items) {
  out << label << ':';
  if (items.empty()) out << " (none)";
  for (const std::string& s : items) out << ' ' << s;
  out << '\n';
}

std::string names(const std::vector<ScopeKind>& kinds) {
  std::string out;
  for (ScopeKind k : kinds) out.append(out.empty() ? "" : ", ").append(config::scope_name(k));
  return out;
}

}  // namespace

int show_config(const ShowConfigOptions& options, std::ostream& out, std::ostream& err) {
  std::string path = options.path.empty() ? "." : options.path;
  config::Resolver configs(options.session.config_path, engine::presets_dir());
  std::optional<engine::Session> session;
  const config::Config* cfg = nullptr;
  try {
    cfg = &configs.for_file(path);
    session = engine::open_session(options.session, {cfg});
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }
  bool failed = engine::report_load_errors(session->catalog, err);
  std::optional<engine::RuleSet> rules;
  try {
    rules.emplace(*cfg, session->catalog, engine::RuleSwitches{options.enable, options.disable, {}}, session->share_dir);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }

  out << "Configuration for " << path << '\n';
  if (cfg->sources.empty()) {
    out << "config files: none (the built-in defaults; no .copydesk.toml in " << fs::absolute(path).parent_path().string()
        << " or above)\n";
  } else {
    out << "config files" << (options.session.config_path ? " (--config)" : "") << ", outermost first:\n";
    for (const std::string& f : cfg->sources) out << "    " << fs::absolute(f).lexically_normal().string() << '\n';
  }
  out << "language: " << cfg->language << '\n'
      << "fail_on: " << severity_name(cfg->fail_on.value_or(Severity::Error)) << '\n'
      << "min_severity: " << severity_name(cfg->min_severity.value_or(Severity::Suggestion)) << '\n';
  if (!cfg->date.empty()) out << "date: " << cfg->date << '\n';
  print_list(out, "extensions", cfg->extensions);
  print_list(out, "exclude", cfg->exclude);
  std::vector<std::string> plugin_dirs;
  if (!session->plugin_dir.empty()) plugin_dirs.push_back(session->plugin_dir);
  for (const plugins::PluginRecord& p : session->catalog.plugins) {
    std::string dir = fs::path(p.path).parent_path().string();
    if (std::find(plugin_dirs.begin(), plugin_dirs.end(), dir) == plugin_dirs.end()) plugin_dirs.push_back(dir);
  }
  print_list(out, "plugin folders", plugin_dirs);
  print_list(out, "rule packs", session->packs);
  print_list(out, "dictionaries", cfg->dictionaries);
  out << "vocabulary: " << cfg->accept.size() << " accepted, " << cfg->reject.size() << " rejected\n";

  std::vector<engine::ActiveRule> all = rules->resolve(path);
  std::size_t on = 0;
  for (const engine::ActiveRule& r : all) on += r.enabled ? 1 : 0;
  out << "\nrules: " << on << " of " << all.size() << " enabled\n";
  for (const engine::ActiveRule& r : all) {
    const RuleMeta& m = r.entry->meta;
    out << m.id << "  " << (r.enabled ? severity_name(r.severity) : std::string_view("off")) << '\n';
    if (!r.zones.empty()) out << "    only in: " << names(r.zones) << '\n';
    if (!r.skip_zones.empty()) out << "    not in: " << names(r.skip_zones) << '\n';
    for (const OptionSpec& o : m.options) {
      auto set = r.options.values().find(o.name);
      out << "    " << o.name << " = "
          << (set != r.options.values().end() ? toml_value(set->second) + "  (config)" : o.default_value) << '\n';
    }
  }
  return failed ? 2 : 0;
}

}  // namespace copydesk::cli

// Lists loaded rules (with severity, summary and options) and plugins.
#include "cli/listing.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

#include "engine/run.hpp"

namespace copydesk::cli {

std::string_view type_name(OptionType t) {
  switch (t) {
    case OptionType::Bool: return "boolean";
    case OptionType::Integer: return "integer";
    case OptionType::Number: return "number";
    case OptionType::String: return "string";
    case OptionType::StringList: return "array of strings";
  }
  return "string";
}

std::optional<engine::Session> open_for_listing(const engine::SessionOptions& options, std::ostream& err) {
  try {
    return engine::open_session(options);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
}

int list_rules(const engine::SessionOptions& options, const std::string& format, std::ostream& out,
               std::ostream& err) {
  std::optional<engine::Session> session = open_for_listing(options, err);
  if (!session) return 2;
  engine::Session& s = *session;
  bool failed = engine::report_load_errors(s.catalog, err);
  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const plugins::RuleEntry& e : s.catalog.rules) {
      nlohmann::ordered_json opts = nlohmann::ordered_json::array();
      for (const OptionSpec& o : e.meta.options)
        opts.push_back({{"name", o.name}, {"type", type_name(o.type)}, {"default", o.default_value},
                        {"description", o.description}, {"choices", o.choices}});
      rules.push_back({{"id", e.meta.id},
                       {"plugin", e.plugin},
                       {"severity", severity_name(e.meta.default_severity)},
                       {"enabled", e.meta.enabled_by_default},
                       {"fixable", e.meta.fixable},
                       {"summary", e.meta.summary},
                       {"options", opts}});
    }
    out << nlohmann::ordered_json{{"version", 1}, {"rules", rules}}.dump(2) << '\n';
  } else {
    for (const plugins::RuleEntry& e : s.catalog.rules) {
      out << e.meta.id << "  [" << severity_name(e.meta.default_severity)
          << (e.meta.enabled_by_default ? "" : ", off by default") << (e.meta.fixable ? ", fixable" : "") << "]\n"
          << "    " << e.meta.summary << '\n';
      for (const OptionSpec& o : e.meta.options) {
        out << "    option " << o.name << " (" << type_name(o.type) << ", default " << o.default_value;
        if (!o.choices.empty()) {
          out << "; one of";
          for (const std::string& c : o.choices) out << ' ' << c;
        }
        out << "): " << o.description << '\n';
      }
    }
  }
  return failed ? 2 : 0;
}

int list_plugins(const engine::SessionOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<engine::Session> session = open_for_listing(options, err);
  if (!session) return 2;
  engine::Session& s = *session;
  bool failed = engine::report_load_errors(s.catalog, err);
  if (s.catalog.plugins.empty()) {
    err << "copydesk: no plugin loaded. Looked for the shipped plugins in:\n";
    for (const std::string& dir : s.catalog.searched) err << "    " << dir << '\n';
    for (const std::string& dir : options.plugin_paths) err << "    " << dir << " (--plugin-path)\n";
    for (const std::string& dir : s.config.plugin_paths) err << "    " << dir << " (plugin_paths in " << s.config.path << ")\n";
    return 2;
  }
  for (const plugins::PluginRecord& p : s.catalog.plugins) {
    out << p.name << ' ' << p.version << "  (API " << p.api_major << '.' << p.api_minor << ", " << p.abi_tag << ")\n"
        << "    " << p.path << '\n';
    for (const std::string& r : p.rules) out << "    " << r << '\n';
  }
  return failed ? 2 : 0;
}

}  // namespace copydesk::cli

// Resolves which rules run with which severity and options, and validates the config's rules.
#include "engine/rule_set.hpp"

#include <filesystem>

namespace copydesk::engine {
namespace {

// Every combination of matching overrides is resolved up front: 2^12 lists at most.
constexpr std::size_t kMaxOverrides = 12;

void apply(ActiveRule& rule, bool& enabled, const config::RuleSetting& s) {
  if (s.enabled) enabled = *s.enabled;
  if (s.severity) {
    rule.severity = *s.severity;
    if (!s.enabled) enabled = true;  // giving a rule a severity switches it on
  }
  for (const auto& [k, v] : s.options.values()) rule.options.set(k, v);
  if (s.zones) rule.zones = *s.zones;
  if (s.skip_zones) rule.skip_zones = *s.skip_zones;
  if (s.fix) rule.fix = *s.fix;
}

std::string relative_to(const std::string& path, const std::string& dir) {
  std::error_code ec;
  if (dir.empty()) return path;
  std::filesystem::path rel = std::filesystem::relative(std::filesystem::absolute(path, ec), dir, ec);
  if (ec || rel.empty() || rel.string().starts_with("..")) return path;
  return rel.generic_string();
}

}  // namespace

RuleSet::RuleSet(const config::Config& config, const plugins::RuleCatalog& catalog, RuleSwitches switches,
                 std::string share_dir)
    : config_(config),
      catalog_(catalog),
      switches_(std::move(switches)),
      share_dir_(std::move(share_dir)),
      data_(config.dir, share_dir_) {
  vocabulary_.accept = config.accept;
  vocabulary_.reject = config.reject;
  for (const std::string& d : config.dictionaries) {
    std::filesystem::path p(d);
    vocabulary_.dictionaries.push_back(p.is_absolute() ? d : (std::filesystem::path(config.dir) / p).lexically_normal().string());
  }
  for (const auto& [id, setting] : config.rules) validate(id, setting);
  for (const config::Override& o : config.overrides)
    for (const auto& [id, setting] : o.rules) validate(id, setting);
  for (const std::string& id : switches_.enable)
    if (!catalog.find(id)) throw config::ConfigError({"--enable", 0, 0}, "unknown rule \"" + id + "\"");
  for (const std::string& id : switches_.disable)
    if (!catalog.find(id)) throw config::ConfigError({"--disable", 0, 0}, "unknown rule \"" + id + "\"");

  std::size_t n = config.overrides.size();
  if (n > kMaxOverrides)
    throw config::ConfigError({config.path, 0, 0}, "at most " + std::to_string(kMaxOverrides) +
                                                       " [[overrides]] entries are supported; merge some globs");
  for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
    std::vector<bool> key(config.overrides.size(), false);
    std::vector<const config::Override*> active;
    for (std::size_t i = 0; i < n; ++i) {
      if (mask & (std::size_t{1} << i)) {
        key[i] = true;
        active.push_back(&config.overrides[i]);
      }
    }
    by_overrides_.emplace(key, build(active));
  }
  // Make each enabled rule once now, so a broken data file or option is reported before any
  // file is checked, once, with its position, rather than once per file.
  for (const auto& [key, list] : by_overrides_) {
    for (const ActiveRule& rule : list) {
      try {
        any_gathers_ = plugins::RuleCatalog::instantiate(*rule.entry, context(rule.options))->gathers() || any_gathers_;
      } catch (const std::exception& e) {
        throw config::ConfigError({config.path, 0, 0}, "rule \"" + rule.entry->meta.id + "\" cannot start: " + e.what());
      }
    }
  }
}

void RuleSet::validate(const std::string& id, const config::RuleSetting& setting) const {
  const plugins::RuleEntry* entry = catalog_.find(id);
  if (!entry) {
    std::string hint;
    for (const plugins::RuleEntry& e : catalog_.rules) {
      std::string_view a = e.meta.id, b = id;
      if (a.substr(a.find('/') + 1) == b.substr(b.find('/') + 1)) hint = "; did you mean \"" + e.meta.id + "\"?";
    }
    throw config::ConfigError(setting.where, "unknown rule \"" + id + "\"" + hint);
  }
  for (const auto& [key, value] : setting.options.values()) {
    bool declared = false;
    for (const OptionSpec& spec : entry->meta.options) declared = declared || spec.name == key;
    if (!declared) {
      std::string known;
      for (const OptionSpec& spec : entry->meta.options) known += (known.empty() ? "" : ", ") + spec.name;
      throw config::ConfigError(setting.option_where.at(key),
                                "rule \"" + id + "\" has no option `" + key + "`" +
                                    (known.empty() ? std::string(" (it takes none)") : " (it takes: " + known + ")"));
    }
  }
  // Let the rule read its options once, so a bad value is reported now, at its position.
  try {
    plugins::RuleCatalog::instantiate(*entry, context(setting.options));
  } catch (const OptionError& e) {
    auto it = setting.option_where.find(e.key());
    throw config::ConfigError(it != setting.option_where.end() ? it->second : setting.where,
                              id + "." + e.key() + ": " + e.what());
  } catch (const std::exception& e) {
    throw config::ConfigError(setting.where, "rule \"" + id + "\" rejected its options: " + e.what());
  }
}

std::vector<ActiveRule> RuleSet::build(const std::vector<const config::Override*>& overrides) const {
  std::vector<ActiveRule> out;
  for (const plugins::RuleEntry& e : catalog_.rules) {
    ActiveRule rule{&e, e.meta.default_severity, {}};
    bool enabled = e.meta.enabled_by_default;
    if (auto it = config_.rules.find(e.meta.id); it != config_.rules.end()) apply(rule, enabled, it->second);
    for (const config::Override* o : overrides)
      if (auto it = o->rules.find(e.meta.id); it != o->rules.end()) apply(rule, enabled, it->second);
    for (const std::string& id : switches_.enable) enabled = enabled || id == e.meta.id;
    for (const std::string& id : switches_.disable) enabled = enabled && id != e.meta.id;
    if (enabled) out.push_back(std::move(rule));
  }
  return out;
}

std::shared_ptr<void> RunStateStore::get_or_create(std::string_view key,
                                                  const std::function<std::shared_ptr<void>()>& make) {
  std::lock_guard lock(mutex_);
  auto it = objects_.find(key);
  if (it != objects_.end()) return it->second;
  return objects_.emplace(std::string(key), make()).first->second;
}

const std::vector<ActiveRule>& RuleSet::for_path(const std::string& path) const {
  std::vector<bool> key(config_.overrides.size(), false);
  std::string rel = relative_to(path, config_.dir);
  std::string given = path.starts_with("./") ? path.substr(2) : path;
  for (std::size_t i = 0; i < config_.overrides.size(); ++i)
    for (const std::string& glob : config_.overrides[i].files)
      if (config::glob_match(glob, rel) || config::glob_match(glob, given)) key[i] = true;
  return by_overrides_.at(key);
}

}  // namespace copydesk::engine

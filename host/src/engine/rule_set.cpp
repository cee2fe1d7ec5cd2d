// Resolves which rules run with which severity and options, and validates the config's rules.
#include "engine/rule_set.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <variant>

#include "util/did_you_mean.hpp"

namespace copydesk::engine {
namespace {

// `plugin_wide`: a plugin's table (`[rules.titles]`); its severity does not switch on the
// plugin's rules that are off by default, only `enabled = true` does.
void apply(ActiveRule& rule, bool& enabled, const config::RuleSetting& s, bool plugin_wide = false) {
  rule.where = s.where;
  for (const auto& [k, where] : s.option_where) rule.option_where[k] = where;
  if (s.enabled) enabled = *s.enabled;
  if (s.severity) {
    rule.severity = *s.severity;
    if (!s.enabled && !plugin_wide) enabled = true;  // giving a rule a severity switches it on
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

std::string_view plugin_of(std::string_view rule_id) { return rule_id.substr(0, rule_id.find('/')); }

// Applies what a config table says about a rule: first its plugin's table, then its own.
void apply_settings(ActiveRule& rule, bool& enabled, const std::map<std::string, config::RuleSetting, std::less<>>& settings) {
  if (auto it = settings.find(plugin_of(rule.entry->meta.id)); it != settings.end()) apply(rule, enabled, it->second, true);
  if (auto it = settings.find(rule.entry->meta.id); it != settings.end()) apply(rule, enabled, it->second);
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// What a value of this type is called in an error ("must be an integer"), as Options says it.
const char* expected(OptionType type) {
  switch (type) {
    case OptionType::Bool: return "true or false";
    case OptionType::Integer: return "an integer";
    case OptionType::Number: return "a number";
    case OptionType::String: return "a string";
    case OptionType::StringList: return "an array of strings";
  }
  return "a value";
}

// Whether `value` has the type `spec` declares (an integer is also a number) and, for a string
// with choices, is one of them; the error Options would throw otherwise. Checked for every table,
// so a bad value in an override no file meets is reported too, without constructing the rule.
std::optional<std::string> option_problem(const OptionSpec& spec, const OptionValue& value) {
  bool ok = false;
  switch (spec.type) {
    case OptionType::Bool: ok = std::holds_alternative<bool>(value); break;
    case OptionType::Integer: ok = std::holds_alternative<std::int64_t>(value); break;
    case OptionType::Number: ok = std::holds_alternative<double>(value) || std::holds_alternative<std::int64_t>(value); break;
    case OptionType::String: ok = std::holds_alternative<std::string>(value); break;
    case OptionType::StringList: ok = std::holds_alternative<std::vector<std::string>>(value); break;
  }
  if (!ok) return std::string("must be ") + expected(spec.type);
  if (const auto* s = std::get_if<std::string>(&value); s && !spec.choices.empty() && !contains(spec.choices, *s)) {
    std::string allowed;
    for (const std::string& c : spec.choices) allowed += (allowed.empty() ? "\"" : ", \"") + c + "\"";
    return "must be one of " + allowed + ", not \"" + *s + "\"";
  }
  return std::nullopt;
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
  // Every unknown rule and bad option of the config is reported at once, not one per run.
  config::ConfigErrors errors;
  // (No structured bindings here: clang 14 cannot capture them in a lambda.)
  for (const auto& rule : config.rules) errors.attempt([&] { validate(rule.first, rule.second); });
  for (const config::Override& o : config.overrides)
    for (const auto& rule : o.rules) errors.attempt([&] { validate(rule.first, rule.second); });
  for (const std::string& id : switches_.enable) errors.attempt([&] { validate_switch(id, "--enable"); });
  for (const std::string& id : switches_.disable) errors.attempt([&] { validate_switch(id, "--disable"); });
  errors.throw_if_any();
  make_configured_rules();
}

void RuleSet::make_configured_rules() const {
  // A value a rule refuses when it is made (`max_words = 0`) is a config error whether or not a
  // file meets it: each rule the config gives options is made now, with the top level's options
  // and with each override's on top of them (the combinations files meet are made as they come).
  config::ConfigErrors errors;
  auto make = [&](const std::vector<const config::Override*>& overrides,
                  const std::map<std::string, config::RuleSetting, std::less<>>& set) {
    for (ActiveRule& rule : build(overrides, true))
      if (auto it = set.find(rule.entry->meta.id); it != set.end() && !it->second.options.values().empty())
        errors.attempt([&] {
          std::lock_guard lock(mutex_);
          instance(rule);
        });
  };
  make({}, config_.rules);
  for (const config::Override& o : config_.overrides) make({&o}, o.rules);
  errors.throw_if_any();
}

bool RuleSet::is_plugin(std::string_view id) const {
  if (id.empty() || id.find('/') != std::string_view::npos) return false;
  for (const plugins::RuleEntry& e : catalog_.rules)
    if (plugin_of(e.meta.id) == id) return true;
  return false;
}

void RuleSet::validate_switch(const std::string& id, const char* option) const {
  if (catalog_.find(id) || is_plugin(id)) return;
  std::vector<std::string> known;
  for (const plugins::RuleEntry& e : catalog_.rules) {
    known.push_back(e.meta.id);
    if (!contains(known, plugin_of(e.meta.id))) known.emplace_back(plugin_of(e.meta.id));
  }
  std::optional<std::string> hint = util::did_you_mean(id, known);
  throw config::ConfigError({option, 0, 0}, "unknown rule or plugin \"" + id + "\"" +
                                                (hint ? "; did you mean \"" + *hint + "\"?" : std::string()));
}

void RuleSet::validate(const std::string& id, const config::RuleSetting& setting) const {
  if (id.find('/') == std::string::npos) {
    if (!is_plugin(id)) throw config::ConfigError(setting.where, "unknown plugin \"" + id + "\"");
    return;  // a plugin's table holds only enabled, severity and zones
  }
  const plugins::RuleEntry* entry = catalog_.find(id);
  if (!entry) {
    std::string hint;
    for (const plugins::RuleEntry& e : catalog_.rules) {
      std::string_view a = e.meta.id, b = id;
      if (a.substr(a.find('/') + 1) == b.substr(b.find('/') + 1)) hint = "; did you mean \"" + e.meta.id + "\"?";
    }
    throw config::ConfigError(setting.where, "unknown rule \"" + id + "\"" + hint);
  }
  config::ConfigErrors errors;  // each option of the rule's table, not only the first that fails
  for (const auto& [key, value] : setting.options.values()) {
    const OptionSpec* declared = nullptr;
    for (const OptionSpec& spec : entry->meta.options)
      if (spec.name == key) declared = &spec;
    if (!declared) {
      std::string known;
      for (const OptionSpec& spec : entry->meta.options) known += (known.empty() ? "" : ", ") + spec.name;
      errors.add(config::ConfigError(setting.option_where.at(key),
                                     "rule \"" + id + "\" has no option `" + key + "`" +
                                         (known.empty() ? std::string(" (it takes none)") : " (it takes: " + known + ")")));
    } else if (std::optional<std::string> problem = option_problem(*declared, value)) {
      errors.add(config::ConfigError(setting.option_where.at(key), id + "." + key + ": " + *problem));
    }
  }
  errors.throw_if_any();
}

std::vector<ActiveRule> RuleSet::build(const std::vector<const config::Override*>& overrides, bool all) const {
  std::vector<ActiveRule> out;
  for (const plugins::RuleEntry& e : catalog_.rules) {
    ActiveRule rule;
    rule.entry = &e;
    rule.severity = e.meta.default_severity;
    bool enabled = e.meta.enabled_by_default;
    apply_settings(rule, enabled, config_.rules);
    for (const config::Override* o : overrides) apply_settings(rule, enabled, o->rules);
    // The command line wins; a switch naming the rule wins over one naming its plugin.
    std::string_view plugin = plugin_of(e.meta.id);
    if (contains(switches_.disable, e.meta.id)) enabled = false;
    else if (contains(switches_.enable, e.meta.id)) enabled = true;
    else if (contains(switches_.disable, plugin)) enabled = false;
    else if (contains(switches_.enable, plugin)) enabled = true;
    if (contains(switches_.unavailable, e.meta.id)) enabled = false;
    rule.enabled = enabled;
    if (enabled || all) out.push_back(std::move(rule));
  }
  return out;
}

std::shared_ptr<void> SharedStore::get_or_create(std::string_view key, const std::function<std::shared_ptr<void>()>& make) {
  std::lock_guard lock(mutex_);
  auto it = objects_.find(key);
  if (it != objects_.end()) return it->second;
  return objects_.emplace(std::string(key), make()).first->second;
}

// Called with mutex_ held. A rule's constructor reads its options: a value it refuses is
// reported at the line that set it, before the file that met it is checked.
std::shared_ptr<Rule> RuleSet::instance(const ActiveRule& rule) const {
  auto key = std::make_pair(rule.entry, rule.options.values());
  if (auto it = instances_.find(key); it != instances_.end()) return it->second;
  const std::string& id = rule.entry->meta.id;
  config::Where where = rule.where.file.empty() ? config::Where{config_.path, 0, 0} : rule.where;
  try {
    return instances_[key] = plugins::RuleCatalog::instantiate(*rule.entry, context(rule.options));
  } catch (const OptionError& e) {
    auto it = rule.option_where.find(e.key());
    throw config::ConfigError(it != rule.option_where.end() ? it->second : where, id + "." + e.key() + ": " + e.what());
  } catch (const std::exception& e) {
    throw config::ConfigError(where, "rule \"" + id + "\" cannot start: " + e.what());
  }
}

std::vector<bool> RuleSet::matching_overrides(const std::string& path) const {
  std::vector<bool> key(config_.overrides.size(), false);
  if (config_.overrides.empty()) return key;
  std::string rel = relative_to(path, config_.dir);
  std::string given = path.starts_with("./") ? path.substr(2) : path;
  std::error_code ec;
  std::string absolute = std::filesystem::absolute(path, ec).lexically_normal().generic_string();
  for (std::size_t i = 0; i < config_.overrides.size(); ++i)
    for (const std::string& glob : config_.overrides[i].files)
      // A glob inherited from a config above is anchored at its folder: it matches the whole path.
      if (glob.starts_with("/") ? config::glob_match(glob, absolute)
                                : config::glob_match(glob, rel) || config::glob_match(glob, given))
        key[i] = true;
  return key;
}

const std::vector<ActiveRule>& RuleSet::for_path(const std::string& path) const {
  std::vector<bool> key = matching_overrides(path);
  std::lock_guard lock(mutex_);
  if (auto it = by_overrides_.find(key); it != by_overrides_.end()) return *it->second;
  std::vector<const config::Override*> active;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i]) active.push_back(&config_.overrides[i]);
  std::vector<ActiveRule> rules = build(active, false);
  config::ConfigErrors errors;  // every rule that refuses its options, not only the first
  for (ActiveRule& rule : rules) errors.attempt([&] { rule.rule = instance(rule); });
  errors.throw_if_any();
  auto list = std::make_unique<const std::vector<ActiveRule>>(std::move(rules));
  return *by_overrides_.emplace(std::move(key), std::move(list)).first->second;
}

std::vector<ActiveRule> RuleSet::resolve(const std::string& path) const {
  std::vector<bool> key = matching_overrides(path);
  std::vector<const config::Override*> active;
  for (std::size_t i = 0; i < key.size(); ++i)
    if (key[i]) active.push_back(&config_.overrides[i]);
  return build(active, true);
}

}  // namespace copydesk::engine

// libFuzzer target: any bytes as a rule pack through the pack loader, then every rule it defines
// over the pack's own examples. A bad pack must end in a ConfigError; a good one must run on any
// text in linear time (RE2), without a crash.
#include "fuzz_input.hpp"
#include "plugins/rule_catalog.hpp"
#include "rulekinds/pack.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  fuzz::ScratchFile file(fuzz::bytes_of(data, size), ".toml");
  plugins::RuleCatalog catalog;
  std::vector<rulekinds::PackExample> examples;
  try {
    examples = rulekinds::load_pack(catalog, file.path());
  } catch (const config::ConfigError&) {
    return 0;
  }
  config::Config cfg;
  for (const plugins::RuleEntry& e : catalog.rules) cfg.rules[e.meta.id].enabled = true;
  try {
    engine::RuleSet rules(cfg, catalog, engine::RuleSwitches{}, "");
    engine::CheckSettings settings;
    settings.rules = &rules;
    settings.input_format = document::InputFormat::Text;
    std::string text;
    for (const rulekinds::PackExample& e : examples) text.append(e.text).append("\n\n");
    fuzz::expect_no_internal_error(engine::check_bytes("fuzz.txt", text, settings));
  } catch (const config::ConfigError&) {
  }
  return 0;
}

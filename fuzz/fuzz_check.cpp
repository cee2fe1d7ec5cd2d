// libFuzzer target: the whole check of one document with every shipped plugin loaded and every
// rule on (the ones off by default too). The first byte picks the reader and whether the article
// has a date; the rest is the document. check_bytes must never throw, and no rule may crash.
#include "config/config.hpp"
#include "engine/checker.hpp"
#include "engine/rule_set.hpp"
#include "engine/session.hpp"
#include "fuzz_input.hpp"

namespace {

using namespace copydesk;

struct Loaded {
  engine::Session session;
  config::Config config;
};

Loaded* loaded = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  loaded = new Loaded;
  engine::SessionOptions options;
  loaded->session = engine::open_session(options);
  if (!loaded->session.catalog.errors.empty() || loaded->session.catalog.rules.empty()) {
    for (const std::string& e : loaded->session.catalog.errors) fprintf(stderr, "fuzz_check: %s\n", e.c_str());
    fprintf(stderr, "fuzz_check: the shipped plugins did not load (is lib/copydesk/plugins beside bin/?)\n");
    abort();
  }
  for (const plugins::RuleEntry& e : loaded->session.catalog.rules) loaded->config.rules[e.meta.id].enabled = true;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr document::InputFormat kFormats[] = {document::InputFormat::Text, document::InputFormat::Markdown,
                                                       document::InputFormat::Html};
  std::string_view bytes = fuzz::bytes_of(data + 1, size - 1);
  // A fresh run each time: cross-file rules gather into the run's state, which must not grow
  // from one input to the next.
  engine::RunStateStore run_state;
  engine::RuleSet rules(loaded->config, loaded->session.catalog, {}, loaded->session.share_dir, &run_state);
  engine::CheckSettings settings;
  settings.rules = &rules;
  settings.input_format = kFormats[data[0] % 3];
  if (data[0] & 4) settings.date = "2024-02-29";
  if (rules.any_gathers()) engine::gather_bytes("fuzz", bytes, settings);
  engine::check_bytes("fuzz", std::string(bytes), settings);
  return 0;
}

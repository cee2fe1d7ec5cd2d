// libFuzzer target: the whole check of one document with every shipped plugin loaded and every
// rule on (the ones off by default too), through the engine calls `copydesk check` makes. The
// first byte picks the reader (0 text, 1 Markdown, 2 HTML), with 4 added the article's date, and
// with 8 added the cross-file path (gather, then check) of names/inconsistent-spelling, with 16
// added a check in parts as for a long document (parts of 64 bytes from 128 bytes on, the cuts and
// the mapping back into the whole), on two threads when 32 is added too; the rest is the document. A reader, analysis or rule that throws, crashes or leaks is a finding.
#include <memory>

#include "engine/session.hpp"
#include "fuzz_input.hpp"

namespace {

using namespace copydesk;

constexpr const char* kAcrossFilesRule = "names/inconsistent-spelling";

struct Loaded {
  engine::Session session;
  config::Config config;               // every rule on
  config::Config across_files_config;  // names/inconsistent-spelling alone, across files
  std::unique_ptr<engine::RuleSet> rules;
};

Loaded* loaded = nullptr;  // built once: loading the plugins and their dictionaries takes seconds

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  loaded = new Loaded;
  loaded->session = engine::open_session(engine::SessionOptions{});
  if (!loaded->session.catalog.errors.empty() || loaded->session.catalog.rules.empty()) {
    for (const std::string& e : loaded->session.catalog.errors) std::fprintf(stderr, "fuzz_check: %s\n", e.c_str());
    std::fprintf(stderr, "fuzz_check: the shipped plugins did not load (is lib/copydesk/plugins beside bin/?)\n");
    std::abort();
  }
  for (const plugins::RuleEntry& e : loaded->session.catalog.rules) loaded->config.rules[e.meta.id].enabled = true;
  for (const plugins::RuleEntry& e : loaded->session.catalog.rules)
    loaded->across_files_config.rules[e.meta.id].enabled = e.meta.id == kAcrossFilesRule;
  loaded->across_files_config.rules[kAcrossFilesRule].options.set("across_files", true);
  // Rule instances are made on the first document and kept, as in a run over many files.
  loaded->rules = std::make_unique<engine::RuleSet>(loaded->config, loaded->session.catalog, engine::RuleSwitches{},
                                                    loaded->session.share_dir);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static constexpr document::InputFormat kFormats[] = {document::InputFormat::Text, document::InputFormat::Markdown,
                                                       document::InputFormat::Html};
  std::string bytes(fuzz::bytes_of(data + 1, size - 1));
  engine::CheckSettings settings;
  settings.input_format = kFormats[(data[0] & 3) % 3];
  if (data[0] & 4) settings.date = "2024-02-29";
  if (data[0] & 16) {
    settings.parts_from = 128;
    settings.part_size = 64;
    settings.rule_threads = data[0] & 32 ? 2 : 1;
  }
  if (data[0] & 8) {
    // A cross-file rule keeps what it gathered in its instance for the run: a rule set of its own
    // per input (that rule alone, so it is cheap to make), so nothing carries over between inputs.
    engine::RuleSet rules(loaded->across_files_config, loaded->session.catalog, engine::RuleSwitches{},
                          loaded->session.share_dir);
    settings.rules = &rules;
    engine::BuiltDocument built = engine::build_document("fuzz", std::move(bytes), settings);
    engine::gather_document(built, settings);
    fuzz::expect_no_internal_error(engine::check_document(std::move(built), settings));
    return 0;
  }
  settings.rules = loaded->rules.get();
  fuzz::expect_no_internal_error(engine::check_bytes("fuzz", std::move(bytes), settings));
  return 0;
}

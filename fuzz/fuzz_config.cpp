// libFuzzer target: any bytes as a .copydesk.toml through the strict config loader. A bad config
// must end in a ConfigError (file:line:col and a message), never in another exception or a crash.
#include "config/config.hpp"
#include "engine/session.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  static const std::string presets = engine::presets_dir();
  fuzz::ScratchFile file(fuzz::bytes_of(data, size), ".toml");
  try {
    config::Config c = config::load(file.path(), presets);
    // Globs of a loaded config are matched against paths: they must stay linear however written.
    for (const std::string& glob : c.exclude) config::glob_match(glob, "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/article.md");
  } catch (const config::ConfigError&) {
  }
  return 0;
}

// `copydesk init`: a starter .copydesk.toml whose comments show what its preset sets.
#include "cli/init.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "config/config.hpp"
#include "engine/session.hpp"

namespace fs = std::filesystem;

namespace copydesk::cli {
namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// The preset's own file, every line commented out, so a newcomer sees (and can copy) each choice.
std::string commented(const std::string& file) {
  std::ifstream in(file);
  std::string line, out;
  while (std::getline(in, line)) out += line.empty() ? "#\n" : line.starts_with("#") ? line + "\n" : "# " + line + "\n";
  return out;
}

std::string starter(const std::string& style, const std::string& preset_file, const std::vector<std::string>& presets) {
  std::ostringstream s;
  s << "# copydesk configuration (docs/configuration.md; every rule and its options: `copydesk rules`).\n";
  if (style.empty()) {
    s << "# With no preset, copydesk reports only what a copy editor would surely change: errors, and\n"
         "# an article that disagrees with itself. A preset adds a house style's choices:\n"
         "# preset = \"ap\"                # one of: "
      << joined(presets) << "\n";
  } else {
    s << "# Written by `copydesk init --style " << style << "`. The preset's choices are listed below;\n"
      << "# anything this file sets wins over them (a [rules.\"...\"] table here merges over the preset's).\n"
      << "preset = \"" << style << "\"\n";
  }
  s << "\n"
       "# language = \"auto\"            # each article's own variety; \"en-US\" or \"en-GB\" force one\n"
       "# fail_on = \"warning\"          # exit 1 when a finding is at least this severe (default \"error\")\n"
       "# exclude = [\"drafts/old/**\"]  # globs a folder walk skips\n"
       "\n"
       "# [vocabulary]\n"
       "# accept = [\"Okafor\"]          # words the spelling rules accept\n"
       "\n"
       "# [rules.\"house/wordiness\"]    # switch on an opinion rule, or give any rule a severity\n"
       "# enabled = true\n";
  if (!style.empty())
    s << "\n# ---- what the \"" << style << "\" preset sets (" << preset_file << ") ----\n" << commented(preset_file);
  return s.str();
}

}  // namespace

int init_config(const InitOptions& options, std::ostream& out, std::ostream& err) {
  std::string dir = engine::presets_dir();
  std::vector<std::string> presets = config::preset_names(dir);
  std::string preset_file;
  if (!options.style.empty()) {
    if (std::find(presets.begin(), presets.end(), options.style) == presets.end()) {
      err << "copydesk init: unknown style \"" << options.style << "\" (shipped: " << joined(presets) << ")\n";
      return 2;
    }
    preset_file = (fs::path(dir) / (options.style + ".toml")).string();
  }
  std::error_code ec;
  if (fs::exists(options.path, ec) && !options.force) {
    err << "copydesk init: " << options.path << " already exists; use --force to overwrite it\n";
    return 2;
  }
  // Write beside the target, then rename: an existing file is replaced whole or not at all.
  std::string temp = options.path + ".copydesk-init.tmp";
  {
    std::ofstream file(temp, std::ios::binary | std::ios::trunc);
    file << starter(options.style, preset_file, presets);
    if (!file.flush()) {
      err << "copydesk init: cannot write " << temp << "\n";
      fs::remove(temp, ec);
      return 2;
    }
  }
  fs::rename(temp, options.path, ec);
  if (ec) {
    err << "copydesk init: cannot write " << options.path << ": " << ec.message() << "\n";
    fs::remove(temp, ec);
    return 2;
  }
  // What was written must load: a preset that does not parse is a broken install, said now.
  try {
    config::load(options.path, dir);
  } catch (const config::ConfigError& e) {
    err << "copydesk init: the written config does not load: " << e.what() << "\n";
    return 2;
  }
  out << "wrote " << options.path << (options.style.empty() ? "" : " (preset \"" + options.style + "\")") << "\n";
  return 0;
}

}  // namespace copydesk::cli

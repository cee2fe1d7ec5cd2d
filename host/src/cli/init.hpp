// `copydesk init [--style NAME]`: writes a commented .copydesk.toml, optionally for a house-style preset.
#pragma once

#include <iosfwd>
#include <string>

namespace copydesk::cli {

struct InitOptions {
  std::string style;                   ///< a preset name (rules/presets/<style>.toml); empty: none
  std::string path = ".copydesk.toml";  ///< the file to write
  bool force = false;                  ///< overwrite an existing file
};

/// Writes the config; 0 on success, 2 (with a message on `err`) when the style is unknown or the
/// file exists without `force`, or it cannot be written.
int init_config(const InitOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

// The JSON contract's file object ({"path", "diagnostics", "error"}), shared by `--format json`,
// `copydesk stream` and the editors' API so that all of them say exactly the same thing.
#pragma once

#include <nlohmann/json.hpp>

#include "printers/report.hpp"

namespace copydesk::printers {

/// The diagnostics of `result` as the JSON contract's array (docs/formats.md, version 1).
nlohmann::ordered_json diagnostics_json(const FileReport& result);

/// {"path", "diagnostics", "error"} for `result`.
nlohmann::ordered_json file_json(const FileReport& result);

}  // namespace copydesk::printers

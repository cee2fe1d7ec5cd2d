// The boundary between the engine and the printers: a checked file's result becomes the printers'
// report of it.
#pragma once

#include "engine/result.hpp"
#include "printers/report.hpp"

namespace copydesk::engine {

/// `result` as printers see it. With `fingerprints`, each diagnostic carries its fingerprint
/// (engine/fingerprint.hpp), counted over the file's diagnostics in order.
printers::FileReport make_report(FileResult result, bool fingerprints);

}  // namespace copydesk::engine

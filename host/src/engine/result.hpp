// A checked file as the engine holds it: resolved positions in the original file. Printers get a
// printers::FileReport made from it (engine/report.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "copydesk/diagnostic.hpp"
#include "document/source.hpp"

namespace copydesk::engine {

struct OutNote {
  document::FilePosition start, end;
  std::string message;
};

struct OutFix {
  std::uint32_t offset = 0, length = 0;  ///< bytes of the original file
  std::string replacement;
  bool safe = false;  ///< certain: applied by `fix` without --unsafe
};

struct OutDiagnostic {
  std::string rule;
  Severity severity = Severity::Warning;
  document::FilePosition start, end;
  std::string message;
  std::vector<OutNote> notes;
  std::vector<OutFix> fixes;
  config::FixPolicy fix_policy = config::FixPolicy::Safe;  ///< the rule's `fix` setting
};

using document::SourceFile;

struct FileResult {
  std::string path;
  std::optional<std::string> error;  ///< the file could not be read or checked at all
  std::vector<OutDiagnostic> diagnostics;
  std::shared_ptr<const SourceFile> source;  ///< null when unreadable
  bool internal_error = false;               ///< a rule threw: exit status 2
};

}  // namespace copydesk::engine

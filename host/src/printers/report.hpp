// What printers see of a run: the printer layer's own report of each checked file. The engine
// makes these from its results at the boundary (engine/report.cpp); printers never see the engine.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "copydesk/diagnostic.hpp"
#include "document/source.hpp"

namespace copydesk::printers {

/// A note pointing at another range of the file ("first spelled here").
struct ReportNote {
  document::FilePosition start, end;
  std::string message;
};

/// A replacement of original file bytes.
struct ReportFix {
  std::uint32_t offset = 0, length = 0;  ///< bytes of the original file
  std::string replacement;
  bool safe = false;  ///< certain: applied by `fix` without --unsafe
};

/// One finding, its positions resolved in the original file.
struct ReportDiagnostic {
  std::string rule;
  Severity severity = Severity::Warning;
  document::FilePosition start, end;
  std::string message;
  std::vector<ReportNote> notes;
  std::vector<ReportFix> fixes;
  /// 16 hex digits that survive edits above the finding; empty unless the printer asked for
  /// fingerprints (Printer::wants_fingerprints).
  std::string fingerprint;
};

/// One checked file, in path order.
struct FileReport {
  std::string path;
  std::optional<std::string> error;  ///< the file could not be read or checked at all
  std::vector<ReportDiagnostic> diagnostics;
  std::shared_ptr<const document::SourceFile> source;  ///< null when unreadable
};

/// Counts of the whole run, for the closing summary.
struct Summary {
  std::size_t files = 0, diagnostics = 0, errors = 0, warnings = 0, suggestions = 0, failed_files = 0;
};

}  // namespace copydesk::printers

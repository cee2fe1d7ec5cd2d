// Printers turn file results into one output format. One file per format.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/rule.hpp"
#include "engine/result.hpp"

namespace copydesk::printers {

/// What a column counts in `--format line`.
enum class ColumnUnit { CodePoint, Byte, Utf16 };

struct PrinterOptions {
  bool color = false;
  bool quiet = false;     ///< no summary line
  bool terminal = false;  ///< the output is a terminal: the text report says so even when clean
  ColumnUnit column_unit = ColumnUnit::CodePoint;
  /// Rules that may appear in the output, for formats that describe them (SARIF).
  std::vector<const RuleMeta*> rules;
};

class Printer {
 public:
  virtual ~Printer() = default;
  virtual void begin() {}
  /// Called once per file, in path order.
  virtual void file(const engine::FileResult& result) = 0;
  virtual void end(const engine::Summary& summary) = 0;
};

/// The known formats: text, line, json, sarif, github, checkstyle, rdjsonl, junit, codequality, baseline. nullptr for an unknown name.
std::unique_ptr<Printer> make_printer(std::string_view format, std::ostream& out, std::ostream& err,
                                      const PrinterOptions& options);
bool is_format(std::string_view format);

std::unique_ptr<Printer> make_text_printer(std::ostream& out, std::ostream& err, const PrinterOptions& options);
std::unique_ptr<Printer> make_line_printer(std::ostream& out, std::ostream& err, const PrinterOptions& options);
std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrinterOptions& options);
std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, const PrinterOptions& options);
std::unique_ptr<Printer> make_github_printer(std::ostream& out);
std::unique_ptr<Printer> make_checkstyle_printer(std::ostream& out);
std::unique_ptr<Printer> make_rdjsonl_printer(std::ostream& out);
std::unique_ptr<Printer> make_junit_printer(std::ostream& out);
std::unique_ptr<Printer> make_codequality_printer(std::ostream& out);
std::unique_ptr<Printer> make_baseline_printer(std::ostream& out, std::ostream& err);

/// Flushes `out`; if it failed, says so on `err` naming `what` ("standard output", a report
/// file's path) and returns false: the caller exits 2.
bool output_ok(std::ostream& out, std::string_view what, std::ostream& err);

/// "3 problems (1 error, 2 warnings, 0 suggestions) in 2 files".
std::string summary_line(const engine::Summary& summary);

}  // namespace copydesk::printers

// `path:line:col: severity: message [rule]`, one diagnostic a line: for editors' quickfix lists
// and golden tests. Columns count code points, or bytes (Vim's %c) or UTF-16 units on request.
#include <ostream>

#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

class LinePrinter final : public Printer {
 public:
  LinePrinter(std::ostream& out, std::ostream& err, ColumnUnit unit) : out_(out), err_(err), unit_(unit) {}

  void file(const FileReport& r) override {
    if (r.error) err_ << r.path << ": error: " << *r.error << '\n';
    for (const ReportDiagnostic& d : r.diagnostics) {
      out_ << r.path << ':' << d.start.line << ':' << column(d.start) << ": " << severity_name(d.severity) << ": "
           << d.message << " [" << d.rule << "]\n";
    }
  }
  void end(const Summary&) override { out_.flush(); }

 private:
  std::uint32_t column(const document::FilePosition& p) const {
    return unit_ == ColumnUnit::Byte ? p.byte_column : unit_ == ColumnUnit::Utf16 ? p.utf16_column : p.column;
  }

  std::ostream& out_;
  std::ostream& err_;
  ColumnUnit unit_;
};

}  // namespace

std::unique_ptr<Printer> make_line_printer(std::ostream& out, std::ostream& err, const PrinterOptions& options) {
  return std::make_unique<LinePrinter>(out, err, options.column_unit);
}

}  // namespace copydesk::printers

// `path:line:col: severity: message [rule]`, one diagnostic a line: for editors' quickfix lists
// and golden tests.
#include <ostream>

#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

class LinePrinter final : public Printer {
 public:
  LinePrinter(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  void file(const engine::FileResult& r) override {
    if (r.error) err_ << r.path << ": error: " << *r.error << '\n';
    for (const engine::OutDiagnostic& d : r.diagnostics) {
      out_ << r.path << ':' << d.start.line << ':' << d.start.column << ": " << severity_name(d.severity) << ": "
           << d.message << " [" << d.rule << "]\n";
    }
  }
  void end(const engine::Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
  std::ostream& err_;
};

}  // namespace

std::unique_ptr<Printer> make_line_printer(std::ostream& out, std::ostream& err, const PrinterOptions&) {
  return std::make_unique<LinePrinter>(out, err);
}

}  // namespace copydesk::printers

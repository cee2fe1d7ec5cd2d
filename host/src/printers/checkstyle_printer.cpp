// `--format checkstyle`: the XML reviewdog and Jenkins read.
#include <ostream>

#include "printers/printer.hpp"
#include "printers/xml.hpp"

namespace copydesk::printers {
namespace {

class CheckstylePrinter final : public Printer {
 public:
  explicit CheckstylePrinter(std::ostream& out) : out_(out) {}
  void begin() override { out_ << "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<checkstyle version=\"4.3\">\n"; }
  void file(const FileReport& r) override {
    out_ << "  <file name=\"" << xml_escape(r.path) << "\">\n";
    if (r.error) out_ << "    <error line=\"1\" column=\"1\" severity=\"error\" message=\"" << xml_escape(*r.error)
                      << "\" source=\"copydesk.input\"/>\n";
    for (const ReportDiagnostic& d : r.diagnostics) {
      const char* level = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "info";
      out_ << "    <error line=\"" << d.start.line << "\" column=\"" << d.start.column << "\" severity=\"" << level
           << "\" message=\"" << xml_escape(d.message) << "\" source=\"copydesk." << xml_escape(d.rule) << "\"/>\n";
    }
    out_ << "  </file>\n";
  }
  void end(const Summary&) override {
    out_ << "</checkstyle>\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_checkstyle_printer(std::ostream& out) { return std::make_unique<CheckstylePrinter>(out); }

}  // namespace copydesk::printers

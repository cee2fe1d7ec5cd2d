// `--format junit`: JUnit XML (the xunit/Surefire dialect GitLab, Jenkins and Azure read): one
// test suite per file, one failing test case per finding, one passing case for a clean file.
#include <ostream>
#include <sstream>

#include "printers/printer.hpp"
#include "printers/xml.hpp"

namespace copydesk::printers {
namespace {

class JunitPrinter final : public Printer {
 public:
  explicit JunitPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& r) override {
    std::ostringstream cases;
    std::size_t tests = 0, failures = 0, errors = 0;
    const std::string path = xml_escape(r.path);
    if (r.error) {
      ++tests;
      ++errors;
      cases << "    <testcase name=\"copydesk/input\" classname=\"" << path << "\" time=\"0\">\n"
            << "      <error type=\"input\" message=\"" << xml_escape(*r.error) << "\"/>\n    </testcase>\n";
    }
    for (const ReportDiagnostic& d : r.diagnostics) {
      ++tests;
      ++failures;
      std::string where = std::to_string(d.start.line) + ":" + std::to_string(d.start.column);
      cases << "    <testcase name=\"" << xml_escape(d.rule) << " at " << where << "\" classname=\"" << path
            << "\" time=\"0\">\n"
            << "      <failure type=\"" << severity_name(d.severity) << "\" message=\"" << xml_escape(d.message)
            << "\">" << path << ':' << where << ": " << severity_name(d.severity) << ": " << xml_escape(d.message)
            << " [" << xml_escape(d.rule) << "]</failure>\n    </testcase>\n";
    }
    if (tests == 0) {
      ++tests;
      cases << "    <testcase name=\"copydesk\" classname=\"" << path << "\" time=\"0\"/>\n";
    }
    total_tests_ += tests;
    total_failures_ += failures;
    total_errors_ += errors;
    suites_ << "  <testsuite name=\"" << path << "\" tests=\"" << tests << "\" failures=\"" << failures
            << "\" errors=\"" << errors << "\" skipped=\"0\" time=\"0\" file=\"" << path << "\">\n"
            << cases.str() << "  </testsuite>\n";
  }

  void end(const Summary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"copydesk\" tests=\"" << total_tests_
         << "\" failures=\"" << total_failures_ << "\" errors=\"" << total_errors_ << "\" time=\"0\">\n"
         << suites_.str() << "</testsuites>\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::ostringstream suites_;
  std::size_t total_tests_ = 0, total_failures_ = 0, total_errors_ = 0;
};

}  // namespace

std::unique_ptr<Printer> make_junit_printer(std::ostream& out) { return std::make_unique<JunitPrinter>(out); }

}  // namespace copydesk::printers

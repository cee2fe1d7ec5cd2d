// `--format github`: GitHub Actions workflow commands, escaped as the runner expects.
#include <ostream>

#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

// @actions/core's escaping: the message escapes % CR LF; properties also : and ,.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out.push_back(c);
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out.push_back(c);
  }
  return out;
}

class GithubPrinter final : public Printer {
 public:
  explicit GithubPrinter(std::ostream& out) : out_(out) {}
  void file(const engine::FileResult& r) override {
    if (r.error) out_ << "::error file=" << escape_property(r.path) << "::" << escape_data(*r.error) << '\n';
    for (const engine::OutDiagnostic& d : r.diagnostics) {
      const char* level = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "notice";
      // Property order as @actions/core prints it: title, file, line, endLine, col, endColumn.
      out_ << "::" << level << " title=" << escape_property(d.rule) << ",file=" << escape_property(r.path)
           << ",line=" << d.start.line << ",endLine=" << d.end.line << ",col=" << d.start.column
           << ",endColumn=" << d.end.column << "::" << escape_data(d.message) << '\n';
    }
  }
  void end(const engine::Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_github_printer(std::ostream& out) {
  return std::make_unique<GithubPrinter>(out);
}

}  // namespace copydesk::printers

// `--format github`: GitHub Actions workflow commands, escaped as the runner expects. GitHub shows
// at most 10 annotations of each level per step and drops the rest silently, so past that limit
// findings are printed as plain log lines and the end says how many, pointing to SARIF.
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

// GitHub's documented limit: annotations of one level (error, warning, notice) shown per step.
constexpr std::size_t kAnnotationsShownPerLevel = 10;

class GithubPrinter final : public Printer {
 public:
  explicit GithubPrinter(std::ostream& out) : out_(out) {}
  void file(const FileReport& r) override {
    if (r.error) out_ << "::error file=" << escape_property(r.path) << "::" << escape_data(*r.error) << '\n';
    for (const ReportDiagnostic& d : r.diagnostics) {
      const char* level = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "notice";
      if (++printed_[static_cast<std::size_t>(d.severity)] > kAnnotationsShownPerLevel) {
        ++not_annotated_;
        out_ << r.path << ':' << d.start.line << ':' << d.start.column << ": " << severity_name(d.severity) << ": "
             << d.message << " [" << d.rule << "]\n";
        continue;
      }
      // Property order as @actions/core prints it: title, file, line, endLine, col, endColumn.
      out_ << "::" << level << " title=" << escape_property(d.rule) << ",file=" << escape_property(r.path)
           << ",line=" << d.start.line << ",endLine=" << d.end.line << ",col=" << d.start.column
           << ",endColumn=" << d.end.column << "::" << escape_data(d.message) << '\n';
    }
  }
  void end(const Summary&) override {
    if (not_annotated_ > 0)
      out_ << "copydesk: " << not_annotated_ << (not_annotated_ == 1 ? " finding is" : " findings are")
           << " printed above as plain lines, not annotations: GitHub shows at most " << kAnnotationsShownPerLevel
           << " annotations of each level per step. Upload --format sarif to code scanning to see every finding"
              " on the pull request.\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::size_t printed_[3] = {0, 0, 0};  // by Severity
  std::size_t not_annotated_ = 0;
};

}  // namespace

std::unique_ptr<Printer> make_github_printer(std::ostream& out) {
  return std::make_unique<GithubPrinter>(out);
}

}  // namespace copydesk::printers

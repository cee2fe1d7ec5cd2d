// `--format codequality`: a GitLab Code Quality report (a subset of the Code Climate issue format):
// a JSON array of {description, check_name, fingerprint, severity, location: {path, lines: {begin}}}.
// The fingerprint ignores line numbers, so a finding keeps it when text above it moves.
#include <nlohmann/json.hpp>
#include <ostream>

#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

// GitLab's levels are info, minor, major, critical and blocker.
const char* gitlab_severity(Severity s) {
  return s == Severity::Error ? "major" : s == Severity::Warning ? "minor" : "info";
}

class CodeQualityPrinter final : public Printer {
 public:
  explicit CodeQualityPrinter(std::ostream& out) : out_(out) {}

  bool wants_fingerprints() const override { return true; }

  void file(const FileReport& r) override {
    if (r.error) {
      issues_.push_back({{"description", *r.error},
                         {"check_name", "copydesk/input"},
                         {"fingerprint", "input:" + r.path},
                         {"severity", "blocker"},
                         {"location", {{"path", r.path}, {"lines", {{"begin", 1}}}}}});
    }
    for (const ReportDiagnostic& d : r.diagnostics) {
      issues_.push_back({{"type", "issue"},
                         {"description", d.message},
                         {"check_name", d.rule},
                         {"fingerprint", d.fingerprint},
                         {"severity", gitlab_severity(d.severity)},
                         {"categories", Json::array({"Style"})},
                         {"location", {{"path", r.path}, {"lines", {{"begin", d.start.line}, {"end", d.end.line}}}}}});
    }
  }

  void end(const Summary&) override {
    out_ << issues_.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
  Json issues_ = Json::array();
};

}  // namespace

std::unique_ptr<Printer> make_codequality_printer(std::ostream& out) {
  return std::make_unique<CodeQualityPrinter>(out);
}

}  // namespace copydesk::printers

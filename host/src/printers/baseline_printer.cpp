// `--format baseline` (what `copydesk baseline` writes): the current findings as a list of
// fingerprints that `check --baseline FILE` then leaves out, so a legacy archive can adopt copydesk.
#include <nlohmann/json.hpp>
#include <ostream>

#include "copydesk/version.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

class BaselinePrinter final : public Printer {
 public:
  explicit BaselinePrinter(std::ostream& out) : out_(out) {}

  bool wants_fingerprints() const override { return true; }

  void file(const FileReport& r) override {
    for (const ReportDiagnostic& d : r.diagnostics)
      findings_.push_back({{"path", r.path},
                           {"rule", d.rule},
                           {"fingerprint", d.fingerprint},
                           {"line", d.start.line},
                           {"message", d.message}});
  }

  void end(const Summary&) override {
    Json j;
    j["version"] = 1;
    j["tool"] = {{"name", "copydesk"}, {"version", COPYDESK_VERSION_STRING}};
    j["findings"] = std::move(findings_);
    out_ << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
  Json findings_ = Json::array();
};

}  // namespace

std::unique_ptr<Printer> make_baseline_printer(std::ostream& out) { return std::make_unique<BaselinePrinter>(out); }

}  // namespace copydesk::printers

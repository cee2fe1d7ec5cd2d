// `--format baseline` (what `copydesk baseline` writes): the current findings as a list of
// fingerprints that `check --baseline FILE` then leaves out, so a legacy archive can adopt copydesk.
#include <nlohmann/json.hpp>
#include <ostream>

#include "copydesk/version.hpp"
#include "engine/fingerprint.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

class BaselinePrinter final : public Printer {
 public:
  BaselinePrinter(std::ostream& out, std::ostream& err) : out_(out), err_(err) {}

  void file(const engine::FileResult& r) override {
    // A file that could not be checked has no findings to record: say so (the exit status is 2).
    if (r.error) err_ << r.path << ": error: " << *r.error << '\n';
    engine::FingerprintCounter fingerprints;
    for (const engine::OutDiagnostic& d : r.diagnostics)
      findings_.push_back({{"path", r.path},
                           {"rule", d.rule},
                           {"fingerprint", fingerprints.next(r, d)},
                           {"line", d.start.line},
                           {"message", d.message}});
  }

  void end(const engine::Summary&) override {
    Json j;
    j["version"] = 1;
    j["tool"] = {{"name", "copydesk"}, {"version", COPYDESK_VERSION_STRING}};
    j["findings"] = std::move(findings_);
    out_ << j.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
  std::ostream& err_;
  Json findings_ = Json::array();
};

}  // namespace

std::unique_ptr<Printer> make_baseline_printer(std::ostream& out, std::ostream& err) {
  return std::make_unique<BaselinePrinter>(out, err);
}

}  // namespace copydesk::printers

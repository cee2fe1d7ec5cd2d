// JSON output, version 1, exactly as docs/formats.md (and CONTRACT.md) describe it.
#include <nlohmann/json.hpp>
#include <ostream>

#include "copydesk/version.hpp"
#include "printers/json_file.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

class JsonPrinter final : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void file(const FileReport& r) override { files_.push_back(file_json(r)); }

  void end(const Summary& s) override {
    Json root;
    root["version"] = 1;
    root["tool"] = {{"name", "copydesk"}, {"version", COPYDESK_VERSION_STRING}};
    root["files"] = std::move(files_);
    root["summary"] = {{"files", s.files},
                       {"diagnostics", s.diagnostics},
                       {"errors", s.errors},
                       {"warnings", s.warnings},
                       {"suggestions", s.suggestions}};
    out_ << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
  Json files_ = Json::array();
};

}  // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrinterOptions&) {
  return std::make_unique<JsonPrinter>(out);
}

}  // namespace copydesk::printers

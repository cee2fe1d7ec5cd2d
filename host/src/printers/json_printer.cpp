// JSON output, version 1, exactly as docs/formats.md (and CONTRACT.md) describe it.
#include <nlohmann/json.hpp>
#include <ostream>

#include "copydesk/version.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

class JsonPrinter final : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void file(const engine::FileResult& r) override {
    Json f;
    f["path"] = r.path;
    Json diags = Json::array();
    for (const engine::OutDiagnostic& d : r.diagnostics) {
      Json j;
      j["rule"] = d.rule;
      j["severity"] = std::string(severity_name(d.severity));
      j["line"] = d.start.line;
      j["column"] = d.start.column;
      j["end_line"] = d.end.line;
      j["end_column"] = d.end.column;
      j["offset"] = d.start.offset;
      j["length"] = d.end.offset - d.start.offset;
      j["message"] = d.message;
      Json notes = Json::array();
      for (const engine::OutNote& n : d.notes) {
        Json jn;
        jn["line"] = n.start.line;
        jn["column"] = n.start.column;
        jn["message"] = n.message;
        notes.push_back(std::move(jn));
      }
      j["notes"] = std::move(notes);
      Json fixes = Json::array();
      for (const engine::OutFix& x : d.fixes) {
        Json jf;
        jf["offset"] = x.offset;
        jf["length"] = x.length;
        jf["replacement"] = x.replacement;
        jf["safe"] = x.safe;
        fixes.push_back(std::move(jf));
      }
      j["fixes"] = std::move(fixes);
      diags.push_back(std::move(j));
    }
    f["diagnostics"] = std::move(diags);
    f["error"] = r.error ? Json(*r.error) : Json(nullptr);
    files_.push_back(std::move(f));
  }

  void end(const engine::Summary& s) override {
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

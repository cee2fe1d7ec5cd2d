// `--format rdjsonl`: reviewdog diagnostics, one JSON object a line (columns in UTF-8 bytes).
#include <nlohmann/json.hpp>
#include <ostream>

#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

Json rd_range(const document::FilePosition& a, const document::FilePosition& b) {
  return {{"start", {{"line", a.line}, {"column", a.byte_column}}}, {"end", {{"line", b.line}, {"column", b.byte_column}}}};
}

class RdjsonlPrinter final : public Printer {
 public:
  explicit RdjsonlPrinter(std::ostream& out) : out_(out) {}
  void file(const engine::FileResult& r) override {
    if (r.error) {
      // A file that could not be checked: an error at the file, under copydesk/input (as in SARIF).
      Json j;
      j["message"] = *r.error;
      j["location"] = {{"path", r.path}};
      j["severity"] = "ERROR";
      j["code"] = {{"value", "copydesk/input"}};
      j["source"] = {{"name", "copydesk"}};
      out_ << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    }
    for (const engine::OutDiagnostic& d : r.diagnostics) {
      Json j;
      j["message"] = d.message;
      j["location"] = {{"path", r.path}, {"range", rd_range(d.start, d.end)}};
      j["severity"] = d.severity == Severity::Error ? "ERROR" : d.severity == Severity::Warning ? "WARNING" : "INFO";
      j["code"] = {{"value", d.rule}};
      if (!d.fixes.empty() && r.source) {
        Json suggestions = Json::array();
        for (const engine::OutFix& f : d.fixes) {
          document::FilePosition a = r.source->lines.position(f.offset);
          document::FilePosition b = r.source->lines.position(f.offset + f.length);
          suggestions.push_back({{"range", rd_range(a, b)}, {"text", f.replacement}});
        }
        j["suggestions"] = std::move(suggestions);
      }
      if (!d.notes.empty()) {
        Json related = Json::array();
        for (const engine::OutNote& n : d.notes)
          related.push_back({{"message", n.message}, {"location", {{"path", r.path}, {"range", rd_range(n.start, n.end)}}}});
        j["related_locations"] = std::move(related);
      }
      j["source"] = {{"name", "copydesk"}};
      out_ << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
    }
  }
  void end(const engine::Summary&) override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Printer> make_rdjsonl_printer(std::ostream& out) { return std::make_unique<RdjsonlPrinter>(out); }

}  // namespace copydesk::printers

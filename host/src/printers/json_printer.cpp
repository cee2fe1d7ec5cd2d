// JSON output, version 1, exactly as docs/formats.md (and CONTRACT.md) describe it.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "copydesk/version.hpp"
#include "printers/json_file.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;

// Writes each file's object as it comes (a run over an archive holds no file's findings after
// printing it), in exactly the layout of one dump(2) of the whole document.
class JsonPrinter final : public Printer {
 public:
  explicit JsonPrinter(std::ostream& out) : out_(out) {}

  void begin() override {
    Json tool = {{"name", "copydesk"}, {"version", COPYDESK_VERSION_STRING}};
    out_ << "{\n  \"version\": 1,\n  \"tool\": ";
    nested(tool, 2);
    out_ << ",\n  \"files\": [";
    begun_ = true;
  }

  void file(const FileReport& r) override {
    if (!begun_) begin();
    out_ << (files_ == 0 ? "\n    " : ",\n    ");
    nested(file_json(r), 4);
    ++files_;
  }

  void end(const Summary& s) override {
    if (!begun_) begin();
    out_ << (files_ == 0 ? "]" : "\n  ]");
    Json summary = {{"files", s.files},
                    {"diagnostics", s.diagnostics},
                    {"errors", s.errors},
                    {"warnings", s.warnings},
                    {"suggestions", s.suggestions}};
    out_ << ",\n  \"summary\": ";
    nested(summary, 2);
    out_ << "\n}\n";
    out_.flush();
  }

 private:
  // Writes `value` dumped with two spaces a level, as it reads `depth` spaces in: every line
  // after its first moved right (a JSON string holds no raw line break, so each one is layout).
  void nested(const Json& value, std::size_t depth) {
    std::string dumped = value.dump(2, ' ', false, Json::error_handler_t::replace);
    const std::string indent(depth, ' ');
    std::size_t from = 0;
    for (std::size_t nl; (nl = dumped.find('\n', from)) != std::string::npos; from = nl + 1)
      out_.write(dumped.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << indent;
    out_.write(dumped.data() + from, static_cast<std::streamsize>(dumped.size() - from));
  }

  std::ostream& out_;
  bool begun_ = false;
  std::size_t files_ = 0;
};

}  // namespace

std::unique_ptr<Printer> make_json_printer(std::ostream& out, const PrinterOptions&) {
  return std::make_unique<JsonPrinter>(out);
}

}  // namespace copydesk::printers

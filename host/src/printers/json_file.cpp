// The JSON contract's file object, built once for every JSON-speaking output.
#include "printers/json_file.hpp"

#include <string>

namespace copydesk::printers {

using Json = nlohmann::ordered_json;

Json diagnostics_json(const FileReport& r) {
  Json diags = Json::array();
  for (const ReportDiagnostic& d : r.diagnostics) {
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
    for (const ReportNote& n : d.notes) {
      Json jn;
      jn["line"] = n.start.line;
      jn["column"] = n.start.column;
      jn["message"] = n.message;
      notes.push_back(std::move(jn));
    }
    j["notes"] = std::move(notes);
    Json fixes = Json::array();
    for (const ReportFix& x : d.fixes) {
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
  return diags;
}

Json file_json(const FileReport& r) {
  Json f;
  f["path"] = r.path;
  f["diagnostics"] = diagnostics_json(r);
  f["error"] = r.error ? Json(*r.error) : Json(nullptr);
  return f;
}

}  // namespace copydesk::printers

// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. UTF-16
// columns, paths relative to %SRCROOT% (the working folder), the rules that fired, fixes, and
// fingerprints that do not move when lines above a finding change.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "copydesk/version.hpp"
#include "printers/printer.hpp"

namespace copydesk::printers {
namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;

std::string percent_encode(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    }
  }
  return out;
}

// UpperCamel from "names/inconsistent-spelling": "NamesInconsistentSpelling".
std::string camel(std::string_view id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '/' || c == '-' || c == '_') {
      up = true;
      continue;
    }
    out.push_back(up ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    up = false;
  }
  return out;
}

const char* level(Severity s) { return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "note"; }

class SarifPrinter final : public Printer {
 public:
  SarifPrinter(std::ostream& out, const PrinterOptions& options) : out_(out) {
    for (const RuleMeta* m : options.rules) metas_[m->id] = m;
    std::error_code ec;
    root_ = fs::current_path(ec);
  }

  bool wants_fingerprints() const override { return true; }

  void file(const FileReport& r) override {
    Json artifact = artifact_location(r.path);
    if (r.error) {
      Json res;
      res["ruleId"] = "copydesk/input";
      res["ruleIndex"] = rule_index("copydesk/input", Severity::Error);
      res["level"] = "error";
      res["message"] = {{"text", *r.error}};
      res["locations"] = Json::array({{{"physicalLocation", {{"artifactLocation", artifact}}}}});
      results_.push_back(std::move(res));
    }
    for (const ReportDiagnostic& d : r.diagnostics) {
      Json res;
      res["ruleId"] = d.rule;
      res["ruleIndex"] = rule_index(d.rule, d.severity);
      res["level"] = level(d.severity);
      res["message"] = {{"text", d.message}};
      res["locations"] = Json::array({{{"physicalLocation", {{"artifactLocation", artifact}, {"region", region(d.start, d.end)}}}}});
      if (!d.notes.empty()) {
        Json related = Json::array();
        int id = 1;
        for (const ReportNote& n : d.notes)
          related.push_back({{"id", id++},
                             {"physicalLocation", {{"artifactLocation", artifact}, {"region", region(n.start, n.end)}}},
                             {"message", {{"text", n.message}}}});
        res["relatedLocations"] = std::move(related);
      }
      if (!d.fixes.empty() && r.source) {
        Json replacements = Json::array();
        for (const ReportFix& f : d.fixes) {
          document::FilePosition a = r.source->lines.position(f.offset);
          document::FilePosition b = r.source->lines.position(f.offset + f.length);
          replacements.push_back({{"deletedRegion", region(a, b)}, {"insertedContent", {{"text", f.replacement}}}});
        }
        res["fixes"] = Json::array({{{"description", {{"text", "Apply copydesk's fix"}}},
                                     {"artifactChanges", Json::array({{{"artifactLocation", artifact},
                                                                       {"replacements", replacements}}})}}});
      }
      res["partialFingerprints"] = {{"copydeskFinding/v2", d.fingerprint}};
      results_.push_back(std::move(res));
    }
  }

  void end(const Summary&) override {
    Json driver;
    driver["name"] = "copydesk";
    driver["semanticVersion"] = COPYDESK_VERSION_STRING;
    driver["informationUri"] = "https://github.com/copydesk/copydesk";
    driver["rules"] = rules_;
    Json run;
    run["tool"] = {{"driver", driver}};
    std::string root = percent_encode(root_.generic_string());
    if (!root.ends_with("/")) root.push_back('/');
    run["originalUriBaseIds"] = {{"%SRCROOT%", {{"uri", "file://" + root}}}};
    run["columnKind"] = "utf16CodeUnits";
    run["results"] = results_;
    Json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = Json::array({run});
    out_ << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out_.flush();
  }

 private:
  static Json region(const document::FilePosition& a, const document::FilePosition& b) {
    // SARIF regions cannot end before they start; an empty range ends where it starts.
    std::uint32_t end_column = b.line == a.line && b.utf16_column < a.utf16_column ? a.utf16_column : b.utf16_column;
    return {{"startLine", a.line}, {"startColumn", a.utf16_column}, {"endLine", b.line}, {"endColumn", end_column}};
  }

  Json artifact_location(const std::string& path) const {
    fs::path p(path);
    std::error_code ec;
    if (path == "-") return {{"uri", "stdin"}, {"uriBaseId", "%SRCROOT%"}};
    if (p.is_absolute()) {
      fs::path rel = fs::relative(p, root_, ec);
      if (ec || rel.empty() || rel.string().starts_with("..")) return {{"uri", "file://" + percent_encode(p.generic_string())}};
      p = rel;
    }
    std::string s = p.lexically_normal().generic_string();
    if (s.starts_with("./")) s.erase(0, 2);
    return {{"uri", percent_encode(s)}, {"uriBaseId", "%SRCROOT%"}};
  }

  int rule_index(const std::string& id, Severity severity) {
    auto it = index_.find(id);
    if (it != index_.end()) return it->second;
    Json rule;
    rule["id"] = id;
    rule["name"] = camel(id);
    auto meta = metas_.find(id);
    std::string summary = meta != metas_.end() ? meta->second->summary
                          : id == "copydesk/suppression" ? "A suppression comment that names an unknown rule or is never closed."
                                                         : "A file copydesk could not read or check.";
    rule["shortDescription"] = {{"text", summary}};
    rule["fullDescription"] = {{"text", summary}};
    std::string doc = meta != metas_.end() && !meta->second->doc_url.empty()
                          ? meta->second->doc_url
                          : "https://github.com/copydesk/copydesk/blob/main/docs/rules/" + id + ".md";
    rule["helpUri"] = doc;
    rule["help"] = {{"text", summary + " See " + doc}, {"markdown", summary + " [Documentation](" + doc + ")"}};
    rule["defaultConfiguration"] = {
        {"level", level(meta != metas_.end() ? meta->second->default_severity : severity)}};
    int index = static_cast<int>(rules_.size());
    rules_.push_back(std::move(rule));
    index_[id] = index;
    return index;
  }

  std::ostream& out_;
  fs::path root_;
  std::map<std::string, const RuleMeta*, std::less<>> metas_;
  std::map<std::string, int> index_;
  Json rules_ = Json::array();
  Json results_ = Json::array();
};

}  // namespace

std::unique_ptr<Printer> make_sarif_printer(std::ostream& out, const PrinterOptions& options) {
  return std::make_unique<SarifPrinter>(out, options);
}

}  // namespace copydesk::printers

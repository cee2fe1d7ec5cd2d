// The format table and the summary line shared by the human formats.
#include "printers/printer.hpp"

#include <cerrno>
#include <cstring>
#include <ostream>

namespace copydesk::printers {

bool is_format(std::string_view format) {
  return format == "text" || format == "line" || format == "json" || format == "sarif" || format == "github" ||
         format == "checkstyle" || format == "rdjsonl" || format == "junit" || format == "codequality" ||
         format == "baseline";
}

std::unique_ptr<Printer> make_printer(std::string_view format, std::ostream& out, std::ostream& err,
                                      const PrinterOptions& options) {
  if (format == "text") return make_text_printer(out, err, options);
  if (format == "line") return make_line_printer(out, err, options);
  if (format == "json") return make_json_printer(out, options);
  if (format == "sarif") return make_sarif_printer(out, options);
  if (format == "github") return make_github_printer(out);
  if (format == "checkstyle") return make_checkstyle_printer(out);
  if (format == "rdjsonl") return make_rdjsonl_printer(out);
  if (format == "junit") return make_junit_printer(out);
  if (format == "codequality") return make_codequality_printer(out);
  if (format == "baseline") return make_baseline_printer(out, err);
  return nullptr;
}

bool output_ok(std::ostream& out, std::string_view what, std::ostream& err) {
  errno = 0;
  out.flush();
  if (out) return true;
  err << "copydesk: error: cannot write to " << what << (errno ? ": " : "") << (errno ? std::strerror(errno) : "")
      << '\n';
  return false;
}

std::string summary_line(const engine::Summary& s) {
  auto plural = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  if (s.diagnostics == 0 && s.failed_files == 0) return "No problems in " + plural(s.files, "file", "files");
  std::string line = plural(s.diagnostics, "problem", "problems") + " (" + plural(s.errors, "error", "errors") +
                     ", " + plural(s.warnings, "warning", "warnings") + ", " +
                     plural(s.suggestions, "suggestion", "suggestions") + ") in " +
                     plural(s.files, "file", "files");
  if (s.failed_files > 0) line += "; " + plural(s.failed_files, "file", "files") + " could not be checked";
  return line;
}

}  // namespace copydesk::printers

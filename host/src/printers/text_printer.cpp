// The human report: a header line, the source line with the range underlined, notes and fixes.
#include <algorithm>
#include <ostream>

#include "printers/printer.hpp"
#include "util/utf8.hpp"

namespace copydesk::printers {
namespace {

constexpr std::size_t kContext = 60;   // code points shown before the range on a long line
constexpr std::size_t kMaxShown = 160; // code points shown in all

struct Colors {
  const char* reset = "";
  const char* bold = "";
  const char* dim = "";
  const char* red = "";
  const char* yellow = "";
  const char* cyan = "";
  const char* green = "";
};

Colors colors(bool on) {
  if (!on) return {};
  return {"\033[0m", "\033[1m", "\033[2m", "\033[31m", "\033[33m", "\033[36m", "\033[32m"};
}

// Tabs become one space so the carets line up with the code-point columns.
std::string displayable(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out.push_back(c == '\t' ? ' ' : c);
  return out;
}

class TextPrinter final : public Printer {
 public:
  TextPrinter(std::ostream& out, std::ostream& err, const PrinterOptions& o)
      : out_(out), err_(err), c_(colors(o.color)), quiet_(o.quiet) {}

  void file(const engine::FileResult& r) override {
    if (r.error) err_ << c_.bold << r.path << c_.reset << ": " << c_.red << "error" << c_.reset << ": " << *r.error << '\n';
    for (const engine::OutDiagnostic& d : r.diagnostics) print(r, d);
  }

  void end(const engine::Summary& s) override {
    if (!quiet_ && (s.diagnostics > 0 || s.failed_files > 0)) out_ << c_.bold << summary_line(s) << c_.reset << '\n';
    out_.flush();
  }

 private:
  const char* severity_color(Severity s) const {
    return s == Severity::Error ? c_.red : s == Severity::Warning ? c_.yellow : c_.cyan;
  }

  void print(const engine::FileResult& r, const engine::OutDiagnostic& d) {
    out_ << c_.bold << r.path << ':' << d.start.line << ':' << d.start.column << c_.reset << ": "
         << severity_color(d.severity) << c_.bold << severity_name(d.severity) << c_.reset << ": " << c_.bold
         << d.message << c_.reset << ' ' << c_.dim << '[' << d.rule << ']' << c_.reset << '\n';
    if (r.source && d.start.line <= r.source->lines.line_count()) excerpt(*r.source, d);
    for (const engine::OutNote& n : d.notes)
      out_ << "   " << c_.cyan << "= note" << c_.reset << ": " << n.message << " (" << n.start.line << ':'
           << n.start.column << ")\n";
    if (d.fixes.size() == 1) {
      const engine::OutFix& f = d.fixes.front();
      out_ << "   " << c_.green << "= fix" << c_.reset << ": "
           << (f.replacement.empty() ? std::string("delete it") : "write \u201C" + f.replacement + "\u201D") << '\n';
    }
  }

  void excerpt(const engine::SourceFile& src, const engine::OutDiagnostic& d) {
    std::string_view line = src.lines.line_text(d.start.line);
    std::size_t col = d.start.column - 1;
    std::size_t width = d.end.line == d.start.line && d.end.column > d.start.column ? d.end.column - d.start.column : 1;
    if (d.end.line != d.start.line) width = std::max<std::size_t>(1, utf8::count_code_points(line) - col);
    // A very long line is shown as a window around the range.
    std::size_t total = utf8::count_code_points(line);
    std::size_t from = col > kContext ? col - kContext : 0;
    std::size_t shown = std::min(total - from, kMaxShown);
    std::size_t begin = 0, i = 0;
    for (std::size_t k = 0; k < from; ++k) utf8::next(line, begin);
    i = begin;
    for (std::size_t k = 0; k < shown && i < line.size(); ++k) utf8::next(line, i);
    std::string gutter = std::to_string(d.start.line);
    std::string pad(gutter.size(), ' ');
    out_ << ' ' << c_.dim << gutter << " |" << c_.reset << ' ' << (from > 0 ? "\u2026" : "")
         << displayable(line.substr(begin, i - begin)) << (from + shown < total ? "\u2026" : "") << '\n';
    std::size_t lead = col - from + (from > 0 ? 1 : 0);
    width = std::min(width, shown > col - from ? shown - (col - from) : std::size_t{1});
    out_ << ' ' << c_.dim << pad << " |" << c_.reset << ' ' << std::string(lead, ' ') << severity_color(d.severity)
         << std::string(std::max<std::size_t>(width, 1), '^') << c_.reset << '\n';
  }

  std::ostream& out_;
  std::ostream& err_;
  Colors c_;
  bool quiet_;
};

}  // namespace

std::unique_ptr<Printer> make_text_printer(std::ostream& out, std::ostream& err, const PrinterOptions& options) {
  return std::make_unique<TextPrinter>(out, err, options);
}

}  // namespace copydesk::printers

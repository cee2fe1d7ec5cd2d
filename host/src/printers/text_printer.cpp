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
      : out_(out), err_(err), c_(colors(o.color)), quiet_(o.quiet), terminal_(o.terminal) {}

  void file(const FileReport& r) override {
    if (r.error) err_ << c_.bold << r.path << c_.reset << ": " << c_.red << "error" << c_.reset << ": " << *r.error << '\n';
    for (const ReportDiagnostic& d : r.diagnostics) print(r, d);
  }

  void end(const Summary& s) override {
    // A clean run says so on a terminal (people need to see it ran); piped, clean output is empty.
    if (!quiet_ && (s.diagnostics > 0 || s.failed_files > 0 || terminal_))
      out_ << c_.bold << summary_line(s) << c_.reset << '\n';
    out_.flush();
  }

 private:
  const char* severity_color(Severity s) const {
    return s == Severity::Error ? c_.red : s == Severity::Warning ? c_.yellow : c_.cyan;
  }

  void print(const FileReport& r, const ReportDiagnostic& d) {
    out_ << c_.bold << r.path << ':' << d.start.line << ':' << d.start.column << c_.reset << ": "
         << severity_color(d.severity) << c_.bold << severity_name(d.severity) << c_.reset << ": " << c_.bold
         << d.message << c_.reset << ' ' << c_.dim << '[' << d.rule << ']' << c_.reset << '\n';
    if (r.source && d.start.line <= r.source->lines.line_count()) excerpt(*r.source, d);
    for (const ReportNote& n : d.notes)
      out_ << "   " << c_.cyan << "= note" << c_.reset << ": " << n.message << " (" << n.start.line << ':'
           << n.start.column << ")\n";
    // A safe fix is applied by `copydesk fix`; a suggestion only by `copydesk fix --unsafe`.
    if (d.fixes.size() == 1 && r.source)
      out_ << "   " << c_.green << (d.fixes.front().safe ? "= fix" : "= suggestion") << c_.reset << ": "
           << fix_text(*r.source, d) << (d.fixes.front().safe ? "" : " (fix --unsafe)") << '\n';
  }

  // "“ ,” → “,”": the diagnostic's text before and after its fix, when the fix lies inside it.
  static std::string fix_text(const document::SourceFile& src, const ReportDiagnostic& d) {
    const ReportFix& f = d.fixes.front();
    std::uint32_t begin = d.start.offset, end = d.end.offset;
    if (f.offset < begin || f.offset + f.length > end || end - begin > 200)
      return std::string("write `").append(f.replacement).append("`");
    std::string_view before = std::string_view(src.bytes).substr(begin, end - begin);
    std::string after(before);
    after.replace(f.offset - begin, f.length, f.replacement);
    // Built with append: GCC 12 gives a false -Wrestrict on "literal" + std::string.
    std::string shown = "`";
    shown.append(displayable(before)).append("` \u2192 `").append(displayable(after)).append("`");
    return shown;
  }

  // The source line with the range underlined. Works on byte offsets around the range only, so
  // a finding on a 10 MB line costs the window it shows, not the line.
  void excerpt(const document::SourceFile& src, const ReportDiagnostic& d) {
    std::string_view line = src.lines.line_text(d.start.line);
    std::size_t line_begin = static_cast<std::size_t>(line.data() - src.bytes.data());
    std::size_t pos = std::min<std::size_t>(d.start.offset - line_begin, line.size());
    std::size_t begin = pos;
    for (std::size_t k = 0; k < kContext && begin > 0; ++k) utf8::previous(line, begin);
    std::size_t end = begin;
    for (std::size_t k = 0; k < kMaxShown && end < line.size(); ++k) utf8::next(line, end);
    if (end < pos) end = pos;
    std::size_t range_end = d.end.line == d.start.line ? std::min<std::size_t>(d.end.offset - line_begin, end) : end;
    std::size_t lead = utf8::count_code_points(line.substr(begin, pos - begin)) + (begin > 0 ? 1 : 0);
    std::size_t width = range_end > pos ? utf8::count_code_points(line.substr(pos, range_end - pos)) : 1;
    std::string gutter = std::to_string(d.start.line);
    std::string pad(gutter.size(), ' ');
    out_ << ' ' << c_.dim << gutter << " |" << c_.reset << ' ' << (begin > 0 ? "\u2026" : "")
         << displayable(line.substr(begin, end - begin)) << (end < line.size() ? "\u2026" : "") << '\n';
    out_ << ' ' << c_.dim << pad << " |" << c_.reset << ' ' << std::string(lead, ' ') << severity_color(d.severity)
         << std::string(std::max<std::size_t>(width, 1), '^') << c_.reset << '\n';
  }

  std::ostream& out_;
  std::ostream& err_;
  Colors c_;
  bool quiet_, terminal_;
};

}  // namespace

std::unique_ptr<Printer> make_text_printer(std::ostream& out, std::ostream& err, const PrinterOptions& options) {
  return std::make_unique<TextPrinter>(out, err, options);
}

}  // namespace copydesk::printers

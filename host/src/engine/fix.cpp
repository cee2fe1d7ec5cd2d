// Fix mode: a diagnostic's one fix, if safe (or --unsafe), applied without overlap, re-checked
// until nothing more applies, written safely (safe_write.hpp); or shown as a diff.
#include "engine/fix.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>
#include <variant>

#include "engine/crash_guard.hpp"
#include "engine/safe_write.hpp"
#include "util/utf8.hpp"

namespace copydesk::engine {
namespace {

constexpr int kMaxPasses = 8;  // a fix that enables another: bounded
constexpr std::size_t kContext = 3;

std::vector<std::string_view> lines_of(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size() - 1;
    lines.push_back(s.substr(start, end - start + 1));
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::string apply_edits(std::string_view bytes, std::vector<Edit> edits, std::vector<Edit>& skipped,
                        std::vector<Edit>* taken) {
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.offset < b.offset; });
  bool crlf = bytes.find("\r\n") != std::string_view::npos;
  std::string out;
  out.reserve(bytes.size());
  std::uint32_t at = 0;  // end of the last edit taken
  for (Edit& e : edits) {
    // Overlapping an edit already taken: the first one wins, the other waits for the next pass.
    if (e.offset < at) {
      skipped.push_back(e);
      continue;
    }
    out.append(bytes.substr(at, e.offset - at));
    std::string replacement = e.replacement;
    if (crlf) {
      std::string converted;
      for (std::size_t i = 0; i < replacement.size(); ++i) {
        if (replacement[i] == '\n' && (i == 0 || replacement[i - 1] != '\r')) converted.push_back('\r');
        converted.push_back(replacement[i]);
      }
      replacement = converted;
    }
    out.append(replacement);
    at = e.offset + e.length;
    if (taken) taken->push_back({e.offset, e.length, replacement, e.rule});
  }
  out.append(bytes.substr(at));
  return out;
}

std::string unified_diff(const std::string& path, std::string_view before, std::string_view after) {
  std::vector<std::string_view> a = lines_of(before), b = lines_of(after);
  // Common head and tail; the middle is aligned line by line where it is small enough.
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  std::size_t n = a.size() - head - tail, m = b.size() - head - tail;
  // ops: ' ' keep, '-' delete, '+' insert, over the middle.
  std::vector<std::pair<char, std::string_view>> ops;
  if (n * m <= 4'000'000) {
    std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        lcs[i][j] = a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        ops.emplace_back(' ', a[head + i]);
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.emplace_back('-', a[head + i++]);
      } else {
        ops.emplace_back('+', b[head + j++]);
      }
    }
  } else {
    for (std::size_t i = 0; i < n; ++i) ops.emplace_back('-', a[head + i]);
    for (std::size_t j = 0; j < m; ++j) ops.emplace_back('+', b[head + j]);
  }
  // Surround with the unchanged head and tail, then cut hunks with context.
  std::vector<std::pair<char, std::string_view>> all;
  for (std::size_t i = 0; i < head; ++i) all.emplace_back(' ', a[i]);
  all.insert(all.end(), ops.begin(), ops.end());
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) all.emplace_back(' ', a[i]);
  std::ostringstream out;
  out << "--- a/" << path << "\n+++ b/" << path << "\n";
  std::size_t k = 0, line_a = 1, line_b = 1;
  while (k < all.size()) {
    if (all[k].first == ' ') {
      ++k, ++line_a, ++line_b;
      continue;
    }
    std::size_t start = k >= kContext ? k - kContext : 0;
    std::size_t end = k;
    std::size_t quiet = 0;
    while (end < all.size() && (all[end].first != ' ' || quiet < 2 * kContext)) {
      quiet = all[end].first == ' ' ? quiet + 1 : 0;
      ++end;
    }
    while (end > k && quiet > kContext) {
      --end;
      --quiet;
    }
    std::size_t back = k - start;
    std::size_t a_start = line_a - back, b_start = line_b - back, a_count = 0, b_count = 0;
    std::ostringstream body;
    for (std::size_t x = start; x < end; ++x) {
      body << all[x].first << all[x].second;
      if (!all[x].second.ends_with("\n")) body << "\n\\ No newline at end of file\n";
      if (all[x].first != '+') ++a_count;
      if (all[x].first != '-') ++b_count;
    }
    out << "@@ -" << a_start << "," << a_count << " +" << b_start << "," << b_count << " @@\n" << body.str();
    for (std::size_t x = k; x < end; ++x) {
      if (all[x].first != '+') ++line_a;
      if (all[x].first != '-') ++line_b;
    }
    k = end;
  }
  return out.str();
}

namespace {

// The edit without the bytes it leaves as they are at either end (",and" -> ", and" is a space
// put in after the comma): edits that touch one region then overlap less, and a fix that a fix
// made possible stays inside what the first check reported. Whole characters only; an edit with
// a line break is kept whole, as the file's line ends are applied to it later.
Edit minimal(std::string_view bytes, Edit e) {
  if (e.offset + e.length > bytes.size()) return e;
  std::string_view before = bytes.substr(e.offset, e.length), after = e.replacement;
  auto line_break = [](std::string_view s) { return s.find_first_of("\r\n") != std::string_view::npos; };
  if (line_break(before) || line_break(after)) return e;
  auto [head, tail] = utf8::shared_ends(before, after);
  e.offset += static_cast<std::uint32_t>(head);
  e.length -= static_cast<std::uint32_t>(head + tail);
  e.replacement = std::string(after.substr(head, after.size() - head - tail));
  return e;
}

}  // namespace

// The edits `fix` takes from one check of the file: a diagnostic's one fix, when the rule's
// `fix` setting and --unsafe allow it.
std::vector<Edit> chosen_edits(const FileResult& r, bool unsafe, std::string_view bytes) {
  std::vector<Edit> edits;
  for (const OutDiagnostic& d : r.diagnostics) {
    if (d.fixes.size() != 1 || d.fix_policy == config::FixPolicy::None) continue;
    const OutFix& f = d.fixes[0];
    if (f.safe || unsafe || d.fix_policy == config::FixPolicy::All)
      edits.push_back(minimal(bytes, {f.offset, f.length, f.replacement, d.rule}));
  }
  return edits;
}

// The byte regions of the file `fix` may change: what the first check reported (each diagnostic's
// range and its fixes'), kept in step with the edits of every pass. Later passes (a fix that was
// waiting behind an overlapping one, or one that a fix made possible) stay inside them, so the
// file never changes where the user was not shown a finding.
class Reported {
 public:
  explicit Reported(const FileResult& first) {
    for (const OutDiagnostic& d : first.diagnostics) {
      add(d.start.offset, d.end.offset);
      for (const OutFix& f : d.fixes) add(f.offset, f.offset + f.length);
    }
    std::sort(regions_.begin(), regions_.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged;
    for (const auto& r : regions_) {
      if (!merged.empty() && r.first <= merged.back().second) {
        merged.back().second = std::max(merged.back().second, r.second);
      } else {
        merged.push_back(r);
      }
    }
    regions_ = std::move(merged);
  }
  bool covers(const Edit& e) const {
    for (const auto& [begin, end] : regions_)
      if (e.offset >= begin && e.offset + e.length <= end) return true;
    return false;
  }
  /// Moves the regions as `taken` (sorted, not overlapping, each inside a region) change the bytes.
  void shift(const std::vector<Edit>& taken) {
    for (auto& [begin, end] : regions_) {
      std::int64_t begin_delta = 0, end_delta = 0;
      for (const Edit& e : taken) {
        std::int64_t delta = static_cast<std::int64_t>(e.replacement.size()) - e.length;
        if (e.offset + e.length <= begin && !(e.length == 0 && e.offset == begin)) begin_delta += delta;
        if (e.offset < end || (e.offset == end && e.length == 0 && begin == end)) end_delta += delta;
      }
      begin = static_cast<std::uint32_t>(begin + begin_delta);
      end = static_cast<std::uint32_t>(end + end_delta);
    }
  }

 private:
  void add(std::uint32_t begin, std::uint32_t end) { regions_.emplace_back(begin, end); }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> regions_;
};

// A text with the chosen fixes applied, pass after pass (up to kMaxPasses), and how many were;
// `refused` holds why the checker refused the text as given (binary, not UTF-8), if it did.
struct FixedText {
  std::string bytes;
  std::size_t applied = 0;
  std::optional<std::string> refused;
};

FixedText fixed_text(const std::string& name, std::string bytes, const CheckSettings& settings, bool unsafe) {
  std::size_t applied = 0;
  std::optional<Reported> reported;
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    FileResult r = check_bytes(name, bytes, settings);
    if (r.error && !reported) return {std::move(bytes), 0, r.error};
    if (r.error) break;
    if (!reported) reported.emplace(r);
    std::vector<Edit> edits = chosen_edits(r, unsafe, bytes), skipped, taken;
    std::erase_if(edits, [&](const Edit& e) { return !reported->covers(e); });
    if (edits.empty()) break;
    std::string next = apply_edits(bytes, edits, skipped, &taken);
    if (next == bytes) break;
    reported->shift(taken);
    applied += edits.size() - skipped.size();
    bytes = std::move(next);
    // Another pass: overlapping fixes get their turn, and a fix may have made another possible
    // ("so ,and": the space goes, then the comma gets its space after), inside what was reported.
  }
  return {std::move(bytes), applied, std::nullopt};
}

// `fix -`: standard input's text, fixed, on standard output (or the diff with --dry-run), as
// editors and formatters pipe it; what is left to fix is counted on standard error.
int fix_standard_input(const CheckOptions& options, const Prepared& prepared, bool dry_run, std::ostream& out,
                       std::ostream& err) {
  InputBytes input = read_input("-");
  if (input.error) {
    err << "copydesk: error: standard input: " << *input.error << "\n";
    return 2;
  }
  const std::string name = options.stdin_filename.empty() ? "-" : options.stdin_filename;
  const CheckSettings& settings = prepared.settings_for("-");
  auto [bytes, applied, refused] = fixed_text(name, input.bytes, settings, options.unsafe);
  if (refused) {  // binary, not UTF-8: goes through unchanged, with the reason
    err << "copydesk: error: " << name << ": " << *refused << "\n";
    if (!dry_run) out << input.bytes;
    return 2;
  }
  bool invalid = utf8::first_invalid(bytes).has_value();
  if (invalid) {
    err << "copydesk: error: " << name << ": the fixed text would not be valid UTF-8; left alone\n";
    bytes = input.bytes;
  }
  if (dry_run) {
    if (bytes != input.bytes) out << unified_diff(name, input.bytes, bytes);
  } else {
    out << bytes;
  }
  FileResult left = check_bytes(name, bytes, settings);
  const ConfigRun& run = prepared.run_for("-");
  std::size_t remaining = 0;
  bool fails = false;
  for (const OutDiagnostic& d : left.diagnostics) {
    if (d.severity < run.min_severity) continue;
    ++remaining;
    fails = fails || d.severity >= run.fail_on;
  }
  std::size_t count = invalid ? 0 : applied;
  if (!options.quiet)
    err << "copydesk: " << (dry_run ? "would apply " : "applied ") << count << (count == 1 ? " fix" : " fixes")
        << " to standard input; " << remaining << (remaining == 1 ? " finding" : " findings")
        << " left (copydesk check shows them)\n";
  if (invalid || left.error || prepared.load_failed) return 2;
  if (dry_run) return 0;  // as `fix --dry-run FILE`: the diff is the answer
  return fails ? 1 : 0;
}

int run_fix(const CheckOptions& options, bool dry_run, std::ostream& out, std::ostream& err) {
  RunGuard guard;  // a crash or an exit() during the run says what was running, exit 2
  std::optional<Prepared> prepared = prepare(options, err);
  if (!prepared) return 2;
  KeepUntilExit keep(prepared, options);
  const std::vector<Input>& inputs = prepared->inputs;
  if (inputs.empty()) {
    err << "copydesk: error: no files to fix\n";
    return 2;
  }
  bool standard_input = std::any_of(inputs.begin(), inputs.end(), [](const Input& i) { return i.path == "-"; });
  if (standard_input && inputs.size() > 1) {
    err << "copydesk: error: `fix -` writes the fixed text to standard output: give no other file with it\n";
    return 2;
  }
  if (standard_input) return fix_standard_input(options, *prepared, dry_run, out, err);
  bool failed = prepared->load_failed;
  std::size_t fixed_files = 0, applied_total = 0;
  for (const Input& input : inputs) {
    if (input.error) continue;  // check reports these below
    std::variant<FixTarget, std::string> opened = open_target(input.path);
    if (auto* problem = std::get_if<std::string>(&opened)) {
      err << "copydesk: error: " << input.path << ": " << *problem << "\n";
      failed = true;
      continue;
    }
    FixTarget& target = std::get<FixTarget>(opened);
    auto [bytes, applied, refused] = fixed_text(input.path, target.bytes, prepared->settings_for(input.path), options.unsafe);
    if (bytes == target.bytes) continue;
    if (utf8::first_invalid(bytes)) {
      err << "copydesk: error: " << input.path << ": the fixed text would not be valid UTF-8; left alone\n";
      failed = true;
      continue;
    }
    if (dry_run) {
      out << unified_diff(input.path, target.bytes, bytes);
      continue;
    }
    if (auto problem = write_fixed(target, bytes)) {
      err << "copydesk: error: " << input.path << ": " << *problem << "\n";
      failed = true;
      continue;
    }
    ++fixed_files;
    applied_total += applied;
  }
  if (dry_run) return failed ? 2 : 0;
  if (!options.quiet)
    err << "copydesk: applied " << applied_total << (applied_total == 1 ? " fix" : " fixes") << " in " << fixed_files
        << (fixed_files == 1 ? " file" : " files") << "\n";
  int status = run_check(options, out, err);
  return failed ? 2 : status;
}

}  // namespace copydesk::engine

// Fix mode: fixes that carry exactly one replacement, applied without overlap, re-checked until
// nothing more applies, written with a temp file and a rename; or shown as a diff.
#include "engine/fix.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace fs = std::filesystem;

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

std::optional<std::string> read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

// Writes through a temporary file in the same folder and renames it over the original, keeping
// the original's permissions: a crash leaves either the old file or the new one, never half.
std::optional<std::string> write_atomically(const std::string& path, const std::string& bytes) {
  fs::path target(path);
  fs::path temp = target;
  temp += ".copydesk-tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot create " + temp.string();
    out << bytes;
    out.flush();
    if (!out) return "cannot write " + temp.string();
  }
  std::error_code ec;
  fs::permissions(temp, fs::status(target, ec).permissions(), ec);
  fs::rename(temp, target, ec);
  if (ec) {
    fs::remove(temp, ec);
    return "cannot replace the file: " + ec.message();
  }
  return std::nullopt;
}

}  // namespace

std::string apply_edits(std::string_view bytes, std::vector<Edit> edits, std::vector<Edit>& skipped) {
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

int run_fix(const CheckOptions& options, bool dry_run, bool unsafe, std::ostream& out, std::ostream& err) {
  std::optional<Prepared> prepared = prepare(options, err);
  if (!prepared) return 2;
  bool failed = prepared->load_failed;
  std::size_t fixed_files = 0, applied_total = 0;
  for (const Input& input : prepared->inputs) {
    if (input.error || input.path == "-") continue;  // check reports these below
    std::optional<std::string> original = read_all(input.path);
    if (!original) continue;
    std::string bytes = *original;
    std::size_t applied = 0;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
      FileResult r = check_bytes(input.path, bytes, prepared->settings_for(input.path));
      if (r.error) break;
      std::vector<Edit> edits, skipped;
      for (const OutDiagnostic& d : r.diagnostics)
        // A suggestion (a spelling or name guess, a recase) is applied only when asked for.
        if (d.fixes.size() == 1 && (unsafe || d.fixes[0].safe)) edits.push_back({d.fixes[0].offset, d.fixes[0].length, d.fixes[0].replacement, d.rule});
      if (edits.empty()) break;
      std::string next = apply_edits(bytes, edits, skipped);
      if (next == bytes) break;
      applied += edits.size() - skipped.size();
      bytes = std::move(next);
      if (skipped.empty()) break;  // overlapping fixes get their turn on the next pass
    }
    if (bytes == *original) continue;
    if (dry_run) {
      out << unified_diff(input.path, *original, bytes);
      continue;
    }
    // Someone saved the file while we worked: their version wins.
    std::optional<std::string> now = read_all(input.path);
    if (!now || *now != *original) {
      err << "copydesk: error: " << input.path << ": changed on disk during the run; left alone\n";
      failed = true;
      continue;
    }
    if (auto problem = write_atomically(input.path, bytes)) {
      err << "copydesk: error: " << input.path << ": " << *problem << '\n';
      failed = true;
      continue;
    }
    ++fixed_files;
    applied_total += applied;
  }
  if (dry_run) return failed ? 2 : 0;
  if (!options.quiet)
    err << "copydesk: applied " << applied_total << " fixes in " << fixed_files << (fixed_files == 1 ? " file" : " files")
        << "\n";
  int status = run_check(options, out, err);
  return failed ? 2 : status;
}

}  // namespace copydesk::engine

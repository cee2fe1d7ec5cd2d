// --new-from-rev (git's changed lines) and --baseline (known fingerprints) for `check`.
#include "engine/finding_filter.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/fingerprint.hpp"

namespace copydesk::engine {
namespace {

namespace fs = std::filesystem;

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out.push_back(c);
  }
  return out + "'";
}

// Runs a git command in `folder`; its standard output, or nullopt when it fails.
std::optional<std::string> git(const std::string& folder, const std::string& args) {
  std::string command = "git -C " + shell_quote(folder) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  std::array<char, 65536> buffer;
  for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
  int status = pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

std::uint32_t parse_number(std::string_view s, std::size_t& i) {
  std::uint32_t n = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') n = n * 10 + static_cast<std::uint32_t>(s[i++] - '0');
  return n;
}

// git quotes unusual paths C-style ("a\303\251.md"); unquote them.
std::string unquote_git_path(std::string_view p) {
  if (p.size() < 2 || p.front() != '"') return std::string(p);
  std::string out;
  for (std::size_t i = 1; i + 1 < p.size(); ++i) {
    if (p[i] != '\\') {
      out.push_back(p[i]);
      continue;
    }
    char c = p[++i];
    if (c >= '0' && c <= '7') {
      int v = 0;
      for (int k = 0; k < 3 && i < p.size() && p[i] >= '0' && p[i] <= '7'; ++k) v = v * 8 + (p[i++] - '0');
      --i;
      out.push_back(static_cast<char>(v));
    } else {
      out.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
    }
  }
  return out;
}

}  // namespace

std::string normal_path(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) p = fs::absolute(path, ec);
  return p.lexically_normal().string();
}

ChangedLines ChangedLines::from_diff(const std::string& diff, const std::string& top) {
  ChangedLines c;
  c.top_ = top;
  std::string current;
  std::istringstream in(diff);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("+++ ", 0) == 0) {
      std::string_view p = std::string_view(line).substr(4);
      if (p == "/dev/null") {
        current.clear();
        continue;
      }
      std::string path = unquote_git_path(p);
      if (path.rfind("b/", 0) == 0) path.erase(0, 2);
      current = normal_path((fs::path(top) / path).string());
      c.ranges_[current];  // a changed file with only deletions is still known
    } else if (line.rfind("@@ ", 0) == 0 && !current.empty()) {
      std::size_t plus = line.find(" +");
      if (plus == std::string::npos) continue;
      std::size_t i = plus + 2;
      std::uint32_t start = parse_number(line, i), count = 1;
      if (i < line.size() && line[i] == ',') count = parse_number(line, ++i);
      if (count > 0) c.ranges_[current].push_back({start, start + count - 1});
    }
  }
  return c;
}

ChangedLines ChangedLines::since(const std::string& rev, const std::string& folder) {
  std::optional<std::string> top = git(folder, "rev-parse --show-toplevel");
  if (!top) throw FilterError("--new-from-rev: " + folder + " is not inside a git work tree");
  while (!top->empty() && (top->back() == '\n' || top->back() == '\r')) top->pop_back();
  if (!git(folder, "rev-parse --verify --quiet " + shell_quote(rev + "^{commit}")))
    throw FilterError("--new-from-rev: revision \"" + rev +
                      "\" is not in this repository (a shallow clone? fetch it first, e.g. git fetch --depth=50 "
                      "origin, or check out with fetch-depth: 0)");
  std::optional<std::string> diff =
      git(folder, "-c core.quotePath=true diff --no-color --no-ext-diff -U0 -M " + shell_quote(rev) + " --");
  if (!diff) throw FilterError("--new-from-rev: git diff against \"" + rev + "\" failed");
  ChangedLines c = from_diff(*diff, *top);
  if (std::optional<std::string> untracked = git(folder, "ls-files -z --others --exclude-standard --full-name :/")) {
    std::string_view rest = *untracked;
    for (std::size_t end; (end = rest.find('\0')) != std::string_view::npos; rest.remove_prefix(end + 1))
      c.whole_files_.insert(normal_path((fs::path(*top) / std::string(rest.substr(0, end))).string()));
  }
  return c;
}

bool ChangedLines::touches(const std::string& path, std::uint32_t first, std::uint32_t last) const {
  std::string p = normal_path(path);
  if (whole_files_.count(p)) return true;
  std::string_view relative(p);
  if (relative.rfind(top_, 0) != 0 || (relative.size() > top_.size() && relative[top_.size()] != '/'))
    return true;  // outside the work tree: git cannot say what is new
  auto it = ranges_.find(p);
  if (it == ranges_.end()) return false;
  for (auto [a, b] : it->second)
    if (a <= last && first <= b) return true;
  return false;
}

Baseline Baseline::load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FilterError("--baseline: cannot read " + file);
  Baseline b;
  try {
    nlohmann::json j = nlohmann::json::parse(in);
    if (!j.is_object() || j.value("version", 0) != 1 || !j.contains("findings") || !j["findings"].is_array())
      throw FilterError("--baseline: " + file + " is not a copydesk baseline (version 1 with a \"findings\" list)");
    for (const nlohmann::json& f : j["findings"])
      b.fingerprints_[normal_path(f.at("path").get<std::string>())].insert(f.at("fingerprint").get<std::string>());
  } catch (const nlohmann::json::exception& e) {
    throw FilterError("--baseline: " + file + ": " + e.what());
  }
  return b;
}

bool Baseline::knows(const std::string& path, const std::string& fingerprint) const {
  auto it = fingerprints_.find(normal_path(path));
  return it != fingerprints_.end() && it->second.count(fingerprint) > 0;
}

void FindingFilter::apply(FileResult& r) const {
  // The baseline first: its fingerprints count occurrences among all of the file's findings.
  if (baseline) {
    FingerprintCounter fingerprints;
    std::vector<OutDiagnostic> kept;
    for (OutDiagnostic& d : r.diagnostics)
      if (!baseline->knows(r.path, fingerprints.next(r, d))) kept.push_back(std::move(d));
    r.diagnostics = std::move(kept);
  }
  if (changed) {
    std::erase_if(r.diagnostics, [&](const OutDiagnostic& d) { return !changed->touches(r.path, d.start.line, d.end.line); });
  }
}

}  // namespace copydesk::engine

// Ignore files for folder walks: git's pattern syntax, ripgrep's precedence.
#include "engine/ignore.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace copydesk::engine {
namespace {

// One `[...]` class at pattern[p] (just past '['); advances p past ']'. Nullopt when unclosed.
std::optional<bool> match_class(std::string_view pattern, std::size_t& p, char c) {
  bool negate = p < pattern.size() && (pattern[p] == '!' || pattern[p] == '^');
  if (negate) ++p;
  bool matched = false;
  bool first = true;
  while (p < pattern.size() && (first || pattern[p] != ']')) {
    first = false;
    char lo = pattern[p];
    if (lo == '\\' && p + 1 < pattern.size()) lo = pattern[++p];
    ++p;
    char hi = lo;
    if (p + 1 < pattern.size() && pattern[p] == '-' && pattern[p + 1] != ']') {
      hi = pattern[p + 1];
      if (hi == '\\' && p + 2 < pattern.size()) hi = pattern[++p + 1];
      p += 2;
    }
    if (c >= lo && c <= hi) matched = true;
  }
  if (p >= pattern.size()) return std::nullopt;
  ++p;  // ']'
  return matched != negate;
}

bool match_from(std::string_view pattern, std::size_t p, std::string_view path, std::size_t s) {
  while (p < pattern.size()) {
    char c = pattern[p];
    if (c == '*') {
      bool segment_start = p == 0 || pattern[p - 1] == '/';
      if (p + 1 < pattern.size() && pattern[p + 1] == '*' && segment_start &&
          (p + 2 == pattern.size() || pattern[p + 2] == '/')) {
        if (p + 2 == pattern.size()) return true;  // "**" at the end: everything below
        // "**/": zero or more whole folders.
        for (std::size_t k = s; k <= path.size(); ++k)
          if ((k == s || path[k - 1] == '/') && match_from(pattern, p + 3, path, k)) return true;
        return false;
      }
      while (p < pattern.size() && pattern[p] == '*') ++p;
      for (std::size_t k = s;; ++k) {
        if (match_from(pattern, p, path, k)) return true;
        if (k >= path.size() || path[k] == '/') return false;
      }
    }
    if (s >= path.size()) return false;
    if (c == '?') {
      if (path[s] == '/') return false;
    } else if (c == '[') {
      std::size_t q = p + 1;
      std::optional<bool> m = path[s] == '/' ? std::optional<bool>(false) : match_class(pattern, q, path[s]);
      if (m.has_value()) {
        if (!*m) return false;
        p = q;
        ++s;
        continue;
      }
      if (path[s] != '[') return false;  // an unclosed '[' is a literal
    } else {
      if (c == '\\' && p + 1 < pattern.size()) c = pattern[++p];
      if (path[s] != c) return false;
    }
    ++p;
    ++s;
  }
  return s == path.size();
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return {};
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

constexpr const char* kIgnoreFiles[] = {".gitignore", ".ignore", ".copydeskignore"};  // weakest first

}  // namespace

bool wildmatch(std::string_view pattern, std::string_view path) { return match_from(pattern, 0, path, 0); }

IgnoreFile::IgnoreFile(std::string dir, std::string_view text) : dir_(std::move(dir)) {
  while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Trailing spaces go, unless escaped with a backslash.
    while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Pattern p;
    if (line[0] == '!') {
      p.negate = true;
      line.erase(0, 1);
    } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
      line.erase(0, 1);
    }
    if (!line.empty() && line.back() == '/') {
      p.dir_only = true;
      while (!line.empty() && line.back() == '/') line.pop_back();
    }
    if (line.empty()) continue;
    p.anchored = line.find('/') != std::string::npos;
    if (line[0] == '/') line.erase(0, 1);
    p.glob = std::move(line);
    patterns_.push_back(std::move(p));
  }
}

std::optional<bool> IgnoreFile::decide(std::string_view relative, bool is_dir) const {
  std::string_view name = relative.substr(relative.rfind('/') == std::string_view::npos ? 0 : relative.rfind('/') + 1);
  for (auto it = patterns_.rbegin(); it != patterns_.rend(); ++it) {
    if (it->dir_only && !is_dir) continue;
    if (wildmatch(it->glob, it->anchored ? relative : name)) return !it->negate;
  }
  return std::nullopt;
}

IgnoreStack IgnoreStack::above(const std::string& root) {
  // Folders from `root`'s parent up to the repository's top; none outside a repository.
  std::vector<fs::path> folders;
  std::error_code ec;
  fs::path dir = fs::path(root).lexically_normal();
  bool in_repository = fs::exists(dir / ".git", ec);
  for (fs::path up = dir; !in_repository && up.has_relative_path();) {
    up = up.parent_path();
    folders.push_back(up);
    if (fs::exists(up / ".git", ec)) in_repository = true;
  }
  IgnoreStack stack;
  if (!in_repository) return stack;
  for (auto it = folders.rbegin(); it != folders.rend(); ++it) stack = stack.with_folder(it->string());
  return stack;
}

IgnoreStack IgnoreStack::with_folder(const std::string& dir) const {
  IgnoreStack next = *this;
  for (const char* name : kIgnoreFiles) {
    std::error_code ec;
    fs::path file = fs::path(dir) / name;
    if (fs::is_regular_file(file, ec)) next.files_.emplace_back(dir, read_text(file));
  }
  return next;
}

bool IgnoreStack::ignored(const std::string& path, bool is_dir) const {
  // The nearest folder's strongest file that has an opinion decides.
  for (auto it = files_.rbegin(); it != files_.rend(); ++it) {
    const std::string& dir = it->dir();
    std::string_view rel(path);
    if (dir == "/") {
      rel.remove_prefix(1);
    } else {
      if (!rel.starts_with(dir) || rel.size() <= dir.size() || rel[dir.size()] != '/') continue;
      rel.remove_prefix(dir.size() + 1);
    }
    if (std::optional<bool> d = it->decide(rel, is_dir)) return *d;
  }
  return false;
}

}  // namespace copydesk::engine

// Line-independent finding fingerprints shared by the SARIF and Code Quality printers.
#include "engine/fingerprint.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace copydesk::engine {
namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

std::string FingerprintCounter::next(const FileResult& r, const OutDiagnostic& d) {
  // The flagged text, the whole line around it and where on that line it starts: a finding
  // keeps its fingerprint when lines above it change, and two findings of one rule on different
  // lines differ even when they flag the same characters.
  std::string context;
  if (r.source && d.start.offset <= d.end.offset && d.end.offset <= r.source->bytes.size()) {
    std::string_view bytes = r.source->bytes;
    std::size_t line_start = bytes.rfind('\n', d.start.offset == 0 ? 0 : d.start.offset - 1);
    line_start = (line_start == std::string_view::npos || d.start.offset == 0) ? 0 : line_start + 1;
    std::size_t line_end = bytes.find('\n', d.start.offset);
    if (line_end == std::string_view::npos) line_end = bytes.size();
    context.append(bytes.substr(d.start.offset, d.end.offset - d.start.offset))
        .append("\n")
        .append(std::to_string(d.start.offset - line_start))
        .append("\n")
        .append(bytes.substr(line_start, line_end - line_start));
  }
  std::string key = d.rule + '\n' + r.path + '\n' + context;
  int occurrence = seen_[key]++;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(fnv1a(key + '\n' + std::to_string(occurrence))));
  return hex;
}

}  // namespace copydesk::engine

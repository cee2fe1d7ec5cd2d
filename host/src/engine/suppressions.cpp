// Finds suppression directives and answers whether a finding on a line is suppressed.
#include "engine/suppressions.hpp"

#include <algorithm>
#include <set>

namespace copydesk::engine {
namespace {

constexpr std::string_view kPrefix = "copydesk-";

// Parses "copydesk-disable a/b c/d" (already trimmed); false if it is not a directive.
bool parse(std::string_view s, Directive& d) {
  if (!s.starts_with(kPrefix)) return false;
  s.remove_prefix(kPrefix.size());
  std::size_t end = s.find_first_of(" \t");
  std::string_view word = s.substr(0, end);
  if (word == "disable-next-line") {
    d.kind = Directive::DisableNextLine;
  } else if (word == "disable") {
    d.kind = Directive::Disable;
  } else if (word == "enable") {
    d.kind = Directive::Enable;
  } else {
    return false;
  }
  std::string_view rest = end == std::string_view::npos ? std::string_view() : s.substr(end);
  std::size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t' || rest[i] == ',')) ++i;
    std::size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != '\t' && rest[j] != ',') ++j;
    if (j > i) d.rules.emplace_back(rest.substr(i, j - i));
    i = j;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<Directive> find_directives_in(std::string_view bytes, document::InputFormat format) {
  std::vector<Directive> out;
  if (bytes.find(kPrefix) == std::string_view::npos) return out;
  document::LineIndex lines(bytes);
  // <!-- copydesk-... --> in any format.
  for (std::size_t at = bytes.find("<!--"); at != std::string_view::npos; at = bytes.find("<!--", at + 4)) {
    std::size_t close = bytes.find("-->", at + 4);
    if (close == std::string_view::npos) break;
    Directive d{};
    if (parse(trim(bytes.substr(at + 4, close - at - 4)), d)) {
      d.offset = static_cast<std::uint32_t>(at);
      d.length = static_cast<std::uint32_t>(close + 3 - at);
      d.line = lines.position(d.offset).line;
      out.push_back(std::move(d));
    }
  }
  // A line of its own in plain text.
  if (format == document::InputFormat::Text) {
    for (std::uint32_t line = 1; line <= lines.line_count(); ++line) {
      std::string_view text = lines.line_text(line);
      std::string_view t = trim(text);
      Directive d{};
      if (!t.starts_with("<!--") && parse(t, d)) {
        d.offset = static_cast<std::uint32_t>(t.data() - bytes.data());
        d.length = static_cast<std::uint32_t>(t.size());
        d.line = line;
        out.push_back(std::move(d));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Directive& a, const Directive& b) { return a.offset < b.offset; });
  return out;
}

Suppressions::Suppressions(std::vector<Directive> directives, const document::LineIndex& lines,
                           const std::function<bool(std::string_view)>& known)
    : directives_(std::move(directives)) {
  auto problem = [&](const Directive& d, std::string message) {
    OutDiagnostic o;
    o.rule = "copydesk/suppression";
    o.severity = Severity::Warning;
    o.start = lines.position(d.offset);
    o.end = lines.position(d.offset + d.length);
    o.message = std::move(message);
    problems_.push_back(std::move(o));
  };
  bool all_open = false;
  const Directive* all_opener = nullptr;
  std::vector<std::pair<std::string, const Directive*>> open;
  for (const Directive& d : directives_) {
    for (const std::string& r : d.rules)
      if (!known(r)) problem(d, "copydesk-" + std::string(d.kind == Directive::Enable ? "enable" : "disable") +
                                    " names an unknown rule \u201C" + r + "\u201D.");
    if (d.kind == Directive::Disable) {
      if (d.rules.empty()) {
        all_open = true;
        all_opener = &d;
      }
      for (const std::string& r : d.rules) open.emplace_back(r, &d);
    } else if (d.kind == Directive::Enable) {
      if (d.rules.empty()) {
        all_open = false;
        open.clear();
      }
      for (const std::string& r : d.rules)
        std::erase_if(open, [&](const auto& p) { return p.first == r; });
    }
  }
  if (all_open) problem(*all_opener, "copydesk-disable is never closed by a copydesk-enable.");
  std::set<const Directive*> reported;
  for (const auto& [rule, d] : open)
    if (reported.insert(d).second) problem(*d, "copydesk-disable " + rule + " is never closed by a copydesk-enable.");
}

bool Suppressions::suppressed(std::string_view rule, std::uint32_t line) const {
  bool all = false;
  std::set<std::string_view> off, on;  // rules off, and rules back on inside a general disable
  for (const Directive& d : directives_) {
    if (d.line >= line) break;
    bool names_rule = d.rules.empty() || std::find(d.rules.begin(), d.rules.end(), rule) != d.rules.end();
    switch (d.kind) {
      case Directive::DisableNextLine:
        if (d.line + 1 == line && names_rule) return true;
        break;
      case Directive::Disable:
        if (d.rules.empty()) {
          all = true;
          on.clear();
        } else if (names_rule) {
          off.insert(rule);
          on.erase(rule);
        }
        break;
      case Directive::Enable:
        if (d.rules.empty()) {
          all = false;
          off.clear();
          on.clear();
        } else if (names_rule) {
          off.erase(rule);
          on.insert(rule);
        }
        break;
    }
  }
  return off.count(rule) || (all && !on.count(rule));
}

}  // namespace copydesk::engine

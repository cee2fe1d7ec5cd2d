// Kebab-case names ("house-style", "no-cliches"): what plugin, pack and rule names must be.
#pragma once

#include <string>
#include <string_view>

namespace copydesk::util {

/// A lower-case letter, then lower-case letters and digits, in parts joined by single hyphens.
inline bool is_kebab(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z' || s.back() == '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

/// A name written otherwise, in kebab case: "X Pack" -> "x-pack", "A_b" -> "a-b".
inline std::string to_kebab(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (word) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace copydesk::util

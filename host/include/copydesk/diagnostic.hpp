// What a rule reports: a range, a message, notes pointing elsewhere, and fixes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "copydesk/text.hpp"

COPYDESK_NAMESPACE_BEGIN

enum class Severity : std::uint8_t { Suggestion = 0, Warning = 1, Error = 2 };

inline std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Suggestion: return "suggestion";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

struct Note {
  Range range;
  std::string message;
};

/// Replace `range` of the text with `replacement`. An empty range inserts.
/// A safe fix is certain (spacing, a doubled mark or word, an apostrophe's character, a weekday
/// computed from its date): `copydesk fix` applies it without asking. Any other fix is a
/// suggestion (a spelling or name guess, a recase, a style choice): applied only with `--unsafe`.
struct Fix {
  Range range;
  std::string replacement;
  bool safe = false;
};

struct Diagnostic {
  std::string rule;  ///< filled by the host
  Severity severity = Severity::Warning;  ///< filled by the host from meta and config
  Range range;
  std::string message;
  std::vector<Note> notes;
  std::vector<Fix> fixes;

  Diagnostic& note(Range r, std::string m) {
    notes.push_back({r, std::move(m)});
    return *this;
  }
  /// Attaches a suggested fix: shown to the user, applied only by `copydesk fix --unsafe`.
  Diagnostic& fix(Range r, std::string replacement) {
    fixes.push_back({r, std::move(replacement), false});
    return *this;
  }
  /// Attaches a certain fix, which `copydesk fix` applies without asking.
  Diagnostic& safe_fix(Range r, std::string replacement) {
    fixes.push_back({r, std::move(replacement), true});
    return *this;
  }
};

/// Handed to Rule::check. The reference report() returns stays valid until check returns.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual Diagnostic& report(Range range, std::string message) = 0;
};

COPYDESK_NAMESPACE_END

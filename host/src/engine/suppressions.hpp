// Inline suppressions: copydesk-disable / copydesk-enable / copydesk-disable-next-line, in
// Markdown and HTML comments, or on a line of their own in plain text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document/source.hpp"
#include "engine/result.hpp"

namespace copydesk::engine {

struct Directive {
  enum Kind { Disable, Enable, DisableNextLine } kind;
  std::vector<std::string> rules;  ///< empty: every rule
  std::uint32_t line = 0;          ///< 1-based line of the directive
  std::uint32_t offset = 0, length = 0;  ///< bytes of the directive in the file
};

/// Directives in the original bytes: inside `<!-- -->` for every format, and as a line of their
/// own in plain text.
std::vector<Directive> find_directives_in(std::string_view bytes, document::InputFormat format);

class Suppressions {
 public:
  /// `known` tells whether a rule id exists; misuse (an unknown id, a disable never closed) is
  /// reported through `problems()`.
  Suppressions(std::vector<Directive> directives, const document::LineIndex& lines,
               const std::function<bool(std::string_view)>& known);
  bool suppressed(std::string_view rule, std::uint32_t line) const;
  /// Diagnostics about the directives themselves (rule "copydesk/suppression").
  std::vector<OutDiagnostic> problems() const { return problems_; }

 private:
  std::vector<Directive> directives_;
  std::vector<OutDiagnostic> problems_;
};

}  // namespace copydesk::engine

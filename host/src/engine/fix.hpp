// `copydesk fix`: apply the safe fixes in place, atomically, then report what is left.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "engine/run.hpp"

namespace copydesk::engine {

struct Edit {
  std::uint32_t offset = 0, length = 0;  ///< bytes of the file
  std::string replacement;
  std::string rule;
};

/// Applies edits in offset order; an edit overlapping one already taken is skipped and returned
/// in `skipped`; those applied go in `taken` (if given), with the replacement as written. A
/// replacement's line breaks follow the file's (CRLF stays CRLF).
std::string apply_edits(std::string_view bytes, std::vector<Edit> edits, std::vector<Edit>& skipped,
                        std::vector<Edit>* taken = nullptr);

/// A unified diff of two versions of a file (3 lines of context).
std::string unified_diff(const std::string& path, std::string_view before, std::string_view after);

/// Exit status as for check, on what is left after fixing; 2 when a file could not be written.
/// Applies the safe fixes (Fix::safe); with options.unsafe, the suggested ones too.
int run_fix(const CheckOptions& options, bool dry_run, std::ostream& out, std::ostream& err);

}  // namespace copydesk::engine

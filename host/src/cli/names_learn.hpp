// `copydesk names learn ARCHIVE... -o FILE`: the house's actual spellings, learned from an archive.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "engine/session.hpp"

namespace copydesk::cli {

struct LearnOptions {
  engine::SessionOptions session;
  std::vector<std::string> archives;
  std::string output;          ///< "-" or empty: standard output
  std::size_t min_count = 3;   ///< a name must be seen this often in all to be learned
};

/// Writes a names registry: for each name spelled more than one way across the archive, the
/// majority form as `house` and the others as `variants`, with counts in a comment.
int names_learn(const LearnOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

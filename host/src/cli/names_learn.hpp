// `copydesk names learn|count|merge`: the house's actual spellings of names, learned from an
// archive — whole (`learn`), or as a map step per shard (`count`) and a reduce step (`merge`).
#pragma once

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/session.hpp"

namespace copydesk::cli {

/// What an archive says about names: per name group, each spelling and how often. Counts merge
/// by adding numbers and uniting sets, so merging is associative and commutative: the counts of
/// any split of an archive, merged in any order, equal the counts of the whole.
struct NameCounts {
  /// Spellings of one name group: lower-case form -> count, and form -> surface -> count.
  struct Group {
    std::map<std::string, std::size_t> by_form;
    std::map<std::string, std::map<std::string, std::size_t>> surfaces;
    std::size_t total = 0;
  };
  std::size_t files = 0;
  std::map<std::string, Group> groups;
  std::set<std::string> given_names;  ///< word keys seen as a given name before a surname
  std::set<std::string> lower_words;  ///< words seen in lower case: common words, not names

  void merge(const NameCounts& other);
};

struct LearnOptions {
  engine::SessionOptions session;
  std::vector<std::string> archives;  ///< learn/count: article files or folders; merge: counts files
  std::string output;                 ///< "-" or empty: standard output
  std::size_t min_count = 3;          ///< a name must be seen this often in all to be learned
};

/// `names learn`: count the archives, then merge (exactly `count` followed by `merge`). Writes a
/// names registry: for each name spelled more than one way, the majority form as `house` and the
/// others as `variants`, with counts in a comment.
int names_learn(const LearnOptions& options, std::ostream& out, std::ostream& err);
/// `names count`: the counts of one shard as JSON Lines (docs/scale.md).
int names_count(const LearnOptions& options, std::ostream& out, std::ostream& err);
/// `names merge`: counts files merged into one registry, byte-identical to `learn` on the union.
int names_merge(const LearnOptions& options, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

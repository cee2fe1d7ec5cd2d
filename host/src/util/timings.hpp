// `--timings`: CPU time per rule and per analysis, summed over the checking threads (ESLint's
// TIMING=1 does the same for its rules). Off unless a run turns it on; then each rule's check and
// each analysis provider is timed once per document, exclusive of the analyses it waited for.
#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>

namespace copydesk::util {

class Timings {
 public:
  enum class Kind { Rule, Analysis, Stage };

  /// The table the running check records into, or null when timings are off (the usual case).
  static Timings* active();
  /// Turns recording on into `table` (null turns it off). Not thread-safe: call before the
  /// checking threads start and after they stop.
  static void activate(Timings* table);

  /// Adds `elapsed` to the row of `name` (a rule id or an analysis id). Thread-safe.
  void add(Kind kind, std::string_view name, std::chrono::nanoseconds elapsed);
  /// The table, slowest first: milliseconds and share of all recorded time per row.
  void print(std::ostream& out) const;

  /// Times one rule's check, analysis provider or stage on this thread, into the active table
  /// (nothing when timings are off). A rule's time leaves out the analyses it was first to ask
  /// for; an analysis's leaves out the analyses its provider asked for in turn; a stage's is the
  /// wall time of the scope.
  class Scope {
   public:
    Scope(Kind kind, std::string_view name);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Timings* table_;
    Kind kind_;
    std::string_view name_;
    std::int64_t analysis_ns_before_ = 0;
    std::chrono::steady_clock::time_point start_;
  };

 private:
  struct Row {
    Kind kind;
    std::int64_t nanoseconds = 0;
    std::uint64_t calls = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Row, std::less<>> rows_;
};

}  // namespace copydesk::util

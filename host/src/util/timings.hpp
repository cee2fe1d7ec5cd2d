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

  /// Nanoseconds this thread has spent in analysis providers so far: a rule's own time is its
  /// elapsed time less what the analyses it asked for took.
  static std::int64_t analysis_nanoseconds_in_this_thread();

  /// Times a stage of the run on this thread (start-up, reading): wall time of the scope.
  class StageScope {
   public:
    explicit StageScope(std::string_view name);
    ~StageScope();
    StageScope(const StageScope&) = delete;
    StageScope& operator=(const StageScope&) = delete;

   private:
    Timings* table_;
    std::string_view name_;
    std::chrono::steady_clock::time_point start_;
  };

  /// Times one analysis provider on this thread, exclusive of the providers it asks for in turn.
  class AnalysisScope {
   public:
    explicit AnalysisScope(std::string_view id);
    ~AnalysisScope();
    AnalysisScope(const AnalysisScope&) = delete;
    AnalysisScope& operator=(const AnalysisScope&) = delete;

   private:
    Timings* table_;
    std::string_view id_;
    std::int64_t outer_nested_ = 0;
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

// `--timings`: the per-rule and per-analysis CPU time table.
#include "util/timings.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace copydesk::util {
namespace {
Timings* active_table = nullptr;
// Nanoseconds spent in providers on this thread: finished outermost providers plus, while a
// provider runs, the nested ones it waited for (Scope saves and restores it).
thread_local std::int64_t analysis_ns = 0;
}  // namespace

Timings* Timings::active() { return active_table; }
void Timings::activate(Timings* table) { active_table = table; }

void Timings::add(Kind kind, std::string_view name, std::chrono::nanoseconds elapsed) {
  std::lock_guard lock(mutex_);
  auto it = rows_.find(name);
  if (it == rows_.end()) it = rows_.emplace(std::string(name), Row{kind}).first;
  it->second.nanoseconds += elapsed.count();
  ++it->second.calls;
}

void Timings::print(std::ostream& out) const {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<std::string_view, const Row*>> rows;
  std::int64_t total = 0;
  for (const auto& [name, row] : rows_) {
    rows.emplace_back(name, &row);
    total += row.nanoseconds;
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second->nanoseconds > b.second->nanoseconds; });
  out << "Rule, analysis or (stage), time summed over threads   Time ms  Share       Calls\n";
  char line[160];
  for (const auto& [name, row] : rows) {
    std::string label = (row->kind == Kind::Analysis ? "analysis " : row->kind == Kind::Stage ? "(" : "") +
                        std::string(name) + (row->kind == Kind::Stage ? ")" : "");
    double ms = static_cast<double>(row->nanoseconds) / 1e6;
    double share = total > 0 ? 100.0 * static_cast<double>(row->nanoseconds) / static_cast<double>(total) : 0.0;
    std::snprintf(line, sizeof line, "%-50s %9.1f %5.1f%% %11llu\n", label.c_str(), ms, share,
                  static_cast<unsigned long long>(row->calls));
    out << line;
  }
  std::snprintf(line, sizeof line, "%-50s %9.1f\n", "total", static_cast<double>(total) / 1e6);
  out << line;
}

Timings::Scope::Scope(Kind kind, std::string_view name) : table_(active_table), kind_(kind), name_(name) {
  if (!table_) return;
  analysis_ns_before_ = analysis_ns;
  if (kind_ == Kind::Analysis) analysis_ns = 0;  // from here: the nested providers' time
  start_ = std::chrono::steady_clock::now();
}

Timings::Scope::~Scope() {
  if (!table_) return;
  std::int64_t elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - start_).count();
  std::int64_t own = elapsed;
  if (kind_ == Kind::Analysis) {
    own = elapsed - analysis_ns;
    analysis_ns = analysis_ns_before_ + elapsed;
  } else if (kind_ == Kind::Rule) {
    own = elapsed - (analysis_ns - analysis_ns_before_);
  }
  table_->add(kind_, name_, std::chrono::nanoseconds(own));
}

}  // namespace copydesk::util

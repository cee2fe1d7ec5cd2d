// Crash containment for a run: a plugin (or the host) that crashes, aborts or exits the process
// mid-run ends it with a message naming what was running and exit status 2, never a silent
// death or a clean-looking exit 0.
#pragma once

namespace copydesk::engine {

/// What the calling thread is doing, for the crash message. The pointers must stay valid while
/// the activity is current (they point into the rule catalog and the run's input list).
struct Activity {
  const char* stage = nullptr;   ///< "reading", "checking", "gathering", "loading plugins"
  const char* plugin = nullptr;  ///< plugin name, or null outside a rule
  const char* rule = nullptr;    ///< rule id, or null outside a rule
  const char* file = nullptr;    ///< input path, or null outside a file
};

/// Sets the calling thread's current activity for as long as it lives, then restores the previous one.
class ActivityScope {
 public:
  explicit ActivityScope(const Activity& activity);
  ~ActivityScope();
  ActivityScope(const ActivityScope&) = delete;
  ActivityScope& operator=(const ActivityScope&) = delete;

 private:
  Activity previous_;
};

/// Watches a run from construction to destruction (guards nest; the outermost one acts): installs handlers
/// for SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGABRT that print what was running and exit 2, and
/// exit()/quick_exit() guards that turn an exit during the run into exit status 2 with a message.
/// The process's own exit after the guard is gone is untouched. (_exit() cannot be intercepted.)
class RunGuard {
 public:
  RunGuard();
  ~RunGuard();
  RunGuard(const RunGuard&) = delete;
  RunGuard& operator=(const RunGuard&) = delete;
};

/// Gives the calling thread an alternate signal stack, so a stack overflow in it is reported too.
/// Call once at the start of each worker thread; the stack is freed when the thread ends.
void prepare_thread_for_crash_reports();

}  // namespace copydesk::engine

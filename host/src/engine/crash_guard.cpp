// Signal handlers and exit guards that name what was running when a run dies. In a signal
// handler only async-signal-safe calls are allowed: the message is built in a static buffer and
// written with write(2), and the process ends with _exit(2). Continuing after a crash is not
// safe (the plugin may have corrupted the heap), so the run stops there; isolating plugins in
// worker processes would need the whole Document serialised across the boundary for every rule.
#include "engine/crash_guard.hpp"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace copydesk::engine {
namespace {

thread_local Activity current;
std::atomic<int> guards{0};  // RunGuards alive: they nest (fix runs a check at its end)
std::atomic<bool> reporting{false};

constexpr int kSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};
struct sigaction previous_actions[sizeof(kSignals) / sizeof(kSignals[0])];

// A message assembled without allocating.
class Message {
 public:
  Message& operator<<(const char* s) {
    if (!s) s = "?";
    std::size_t n = std::strlen(s);
    if (n > sizeof(buffer_) - 1 - size_) n = sizeof(buffer_) - 1 - size_;
    std::memcpy(buffer_ + size_, s, n);
    size_ += n;
    return *this;
  }
  void write_out() const {
    std::size_t done = 0;
    while (done < size_) {
      ssize_t w = ::write(STDERR_FILENO, buffer_ + done, size_ - done);
      if (w <= 0) break;
      done += static_cast<std::size_t>(w);
    }
  }

 private:
  char buffer_[2048] = {};
  std::size_t size_ = 0;
};

// "in rule names/x of plugin "names" while checking a.txt"
void describe(Message& m, const Activity& a) {
  if (a.rule) {
    m << " in rule " << a.rule;
    if (a.plugin) m << " of plugin \"" << a.plugin << "\"";
  }
  if (a.stage) m << " while " << a.stage;
  if (a.file) m << " " << a.file;
}

const char* signal_name(int signal) {
  switch (signal) {
    case SIGSEGV: return "a segmentation fault";
    case SIGBUS: return "a bus error";
    case SIGILL: return "an illegal instruction";
    case SIGFPE: return "an arithmetic fault";
    case SIGABRT: return "an abort";
    default: return "a fatal signal";
  }
}

Message crash_message;  // not on the stack: the handler may run on a small alternate stack

extern "C" void on_fatal_signal(int signal) {
  // A second thread crashing at the same time waits to be ended by the first one's _exit.
  if (reporting.exchange(true)) {
    for (;;) pause();
  }
  Message& m = crash_message;
  m << "copydesk: error: " << signal_name(signal);
  describe(m, current);
  m << "; the run was stopped and its report is incomplete\n";
  m.write_out();
  _exit(2);
}

void on_exit_during_run() {
  if (guards.load() == 0) return;
  Message m;
  m << "copydesk: error: exit() was called";
  describe(m, current);
  m << " before the run finished; the report is incomplete\n";
  m.write_out();
  _exit(2);
}

extern "C" void on_exit_during_run_c() { on_exit_during_run(); }

}  // namespace

ActivityScope::ActivityScope(const Activity& activity) : previous_(current) { current = activity; }
ActivityScope::~ActivityScope() { current = previous_; }

void prepare_thread_for_crash_reports() {
  // 64 KiB: room for the handler above on top of a libc frame, whatever SIGSTKSZ says.
  constexpr std::size_t kSize = 64 * 1024;
  struct AltStack {
    std::unique_ptr<char[]> memory;
    ~AltStack() {
      if (!memory) return;
      stack_t off{};
      off.ss_flags = SS_DISABLE;
      sigaltstack(&off, nullptr);
    }
  };
  thread_local AltStack stack;
  if (stack.memory) return;
  stack.memory = std::make_unique<char[]>(kSize);
  stack_t ss{};
  ss.ss_sp = stack.memory.get();
  ss.ss_size = kSize;
  if (sigaltstack(&ss, nullptr) != 0) stack.memory.reset();
}

RunGuard::RunGuard() {
  prepare_thread_for_crash_reports();
  if (guards.fetch_add(1) > 0) return;
  static bool registered = [] {
    std::atexit(on_exit_during_run_c);
    std::at_quick_exit(on_exit_during_run_c);
    return true;
  }();
  (void)registered;
  struct sigaction action {};
  action.sa_handler = on_fatal_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_ONSTACK | SA_RESETHAND;
  for (std::size_t i = 0; i < std::size(kSignals); ++i) sigaction(kSignals[i], &action, &previous_actions[i]);
}

RunGuard::~RunGuard() {
  if (guards.fetch_sub(1) > 1) return;
  for (std::size_t i = 0; i < std::size(kSignals); ++i) sigaction(kSignals[i], &previous_actions[i], nullptr);
}

}  // namespace copydesk::engine

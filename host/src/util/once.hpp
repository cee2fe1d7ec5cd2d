// Runs a computation once for many threads, like std::call_once, without a system call.
#pragma once

#include <atomic>
#include <mutex>

namespace copydesk::util {

/// A flag that runs its function once (`Once::run`), whichever threads ask, as std::call_once
/// does: the others wait until it has run; a function that throws leaves the flag unset, so the
/// next caller runs it again. Why not std::call_once: glibc's pthread_once makes a futex system
/// call every time a flag is first set, waiters or not, and every document sets about a dozen
/// (one per analysis): 25,000 system calls on the corpus. This one takes a mutex that nobody else
/// holds, which costs no system call.
class Once {
 public:
  template <typename F>
  void run(F&& f) {
    if (done_.load(std::memory_order_acquire)) return;
    std::lock_guard lock(mutex_);
    if (done_.load(std::memory_order_relaxed)) return;
    f();
    done_.store(true, std::memory_order_release);
  }
  bool done() const { return done_.load(std::memory_order_acquire); }

 private:
  std::mutex mutex_;
  std::atomic<bool> done_{false};
};

}  // namespace copydesk::util

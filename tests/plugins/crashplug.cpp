// A deliberately broken plugin: each rule kills the process in its own way when the document
// holds its trigger word, so the host's crash containment can be tested end to end. It lives in
// tests/plugins/crashing, away from every default plugin folder.
#include <copydesk/plugin.hpp>

#include <csignal>
#include <cstdlib>

namespace {

using namespace copydesk;

bool holds(const Document& doc, std::string_view word) { return doc.text().find(word) != std::string_view::npos; }

/// Dereferences a null pointer on CRASH-SEGV.
class SegfaultRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "crashplug/segfault", .summary = "Segfaults on CRASH-SEGV (for host tests).",
            .default_severity = Severity::Error};
  }
  explicit SegfaultRule(const RuleContext&) {}
  // Not instrumented by UBSan: in a sanitizer build its null check would end the process first,
  // and the test is of the host's answer to a real segmentation fault.
  __attribute__((no_sanitize("undefined"))) void check(const Document& doc, Reporter&) override {
    if (!holds(doc, "CRASH-SEGV")) return;
    volatile int* nowhere = nullptr;
    *nowhere = 1;
  }
};

/// Calls abort() on CRASH-ABORT.
class AbortRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "crashplug/abort", .summary = "Aborts on CRASH-ABORT (for host tests).",
            .default_severity = Severity::Error};
  }
  explicit AbortRule(const RuleContext&) {}
  void check(const Document& doc, Reporter&) override {
    if (holds(doc, "CRASH-ABORT")) std::abort();
  }
};

/// Calls exit(0) on CRASH-EXIT, quick_exit(0) on CRASH-QUICK-EXIT: the run must not look clean.
class ExitRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "crashplug/exit", .summary = "Exits with status 0 on CRASH-EXIT (for host tests).",
            .default_severity = Severity::Error};
  }
  explicit ExitRule(const RuleContext&) {}
  void check(const Document& doc, Reporter&) override {
    if (holds(doc, "CRASH-QUICK-EXIT")) std::quick_exit(0);
    if (holds(doc, "CRASH-EXIT")) std::exit(0);
  }
};

/// Recurses without end on CRASH-STACK: a stack overflow inside a rule.
class StackRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "crashplug/stack-overflow", .summary = "Overflows the stack on CRASH-STACK (for host tests).",
            .default_severity = Severity::Error};
  }
  explicit StackRule(const RuleContext&) {}
  void check(const Document& doc, Reporter&) override {
    if (holds(doc, "CRASH-STACK")) depth(nullptr);
  }

 private:
  // Each frame hands its buffer to the next, so no compiler can fold the recursion into a loop.
  // The recursion never ends on purpose (it overflows the stack): tell g++ so.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winfinite-recursion"
  [[gnu::noinline]] static int depth(volatile char* parent) {
    volatile char frame[256];
    frame[0] = static_cast<char>(parent ? parent[0] + 1 : 0);
    return depth(frame) + frame[1];
  }
#pragma GCC diagnostic pop
};

void register_rules(Registry& registry) {
  registry.add<SegfaultRule>();
  registry.add<AbortRule>();
  registry.add<ExitRule>();
  registry.add<StackRule>();
}

}  // namespace

COPYDESK_PLUGIN("crashplug", "0.0.1", register_rules)

// A small plugin built against the public SDK only: proves loading, options, fixes and the
// rule tester, and has a rule that throws so the host's handling of it can be tested.
#include <copydesk/plugin.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

namespace {

using namespace copydesk;

/// Flags a configured word (default "flub") with a fix to a configured replacement.
class BannedWordRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/banned-word",
            .summary = "A word the house bans, with a fix to its replacement.",
            .default_severity = Severity::Warning,
            .fixable = true,
            .options = {{"word", OptionType::String, "\"flub\"", "The banned word"},
                        {"replacement", OptionType::String, "\"flop\"", "What to write instead"},
                        {"case", OptionType::String, "\"exact\"", "How to compare", {"exact", "ignore"}}}};
  }
  explicit BannedWordRule(const RuleContext& c)
      : word_(c.options.value<std::string>("word", meta().options)),
        replacement_(c.options.value<std::string>("replacement", meta().options)),
        ignore_case_(c.options.choice("case", meta().options) == "ignore") {
    if (word_.empty()) throw OptionError("word", "must not be empty");
  }
  void check(const Document& doc, Reporter& reporter) override {
    for (const Token& t : doc.tokens()) {
      if (!t.is_word() || !same(t.text)) continue;
      reporter.report(t.range, "Write \u201C" + replacement_ + "\u201D, not \u201C" + std::string(t.text) + "\u201D.")
          .fix(t.range, replacement_);
    }
  }

 private:
  bool same(std::string_view w) const {
    if (w.size() != word_.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      char a = w[i], b = word_[i];
      if (ignore_case_) {
        a = static_cast<char>(std::tolower(static_cast<unsigned char>(a)));
        b = static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
      }
      if (a != b) return false;
    }
    return true;
  }
  std::string word_, replacement_;
  bool ignore_case_;
};

/// Throws when the text contains "KABOOM": the host must report it and go on.
class ThrowsRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/throws", .summary = "Throws on the word KABOOM (for host tests).",
            .default_severity = Severity::Error};
  }
  explicit ThrowsRule(const RuleContext&) {}
  void check(const Document& doc, Reporter&) override {
    if (doc.text().find("KABOOM") != std::string_view::npos) throw std::runtime_error("boom from testplug");
  }
};

/// Reports one note-carrying diagnostic per name mention that repeats an earlier one.
class RepeatNameRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/repeat-name", .summary = "A name mentioned again (exercises notes).",
            .default_severity = Severity::Suggestion, .enabled_by_default = false};
  }
  explicit RepeatNameRule(const RuleContext&) {}
  void check(const Document& doc, Reporter& reporter) override {
    const auto& names = doc.names();
    for (std::size_t i = 0; i < names.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (doc.slice(names[j].range) == doc.slice(names[i].range)) {
          reporter.report(names[i].range, "\u201C" + std::string(doc.slice(names[i].range)) + "\u201D again.")
              .note(names[j].range, "first mentioned here");
          break;
        }
  }
};

/// On a text containing "STALL", creates the file named by option `ready_file`, then waits until
/// the file named by `release_file` exists (at most `ms` milliseconds; with no `release_file` it
/// simply sleeps `ms`), so a test can change the article meanwhile without guessing at timing.
/// Offers a safe fix of that word to "stall".
class StallRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/stall", .summary = "Stalls on the word STALL (for host tests).",
            .default_severity = Severity::Warning, .enabled_by_default = false, .fixable = true,
            .options = {{"ms", OptionType::Integer, "1500", "Longest stall, in milliseconds"},
                        {"ready_file", OptionType::String, "\"\"", "File created when the stall begins"},
                        {"release_file", OptionType::String, "\"\"", "File whose creation ends the stall"}}};
  }
  explicit StallRule(const RuleContext& c)
      : ms_(c.options.value<std::int64_t>("ms", meta().options)),
        ready_file_(c.options.value<std::string>("ready_file", meta().options)),
        release_file_(c.options.value<std::string>("release_file", meta().options)) {}
  void check(const Document& doc, Reporter& reporter) override {
    std::size_t at = doc.text().find("STALL");
    if (at == std::string_view::npos) return;
    if (!ready_file_.empty()) std::ofstream(ready_file_) << "stalling\n";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms_);
    if (release_file_.empty()) {
      std::this_thread::sleep_until(deadline);
    } else {
      while (!std::filesystem::exists(release_file_) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    Range r{static_cast<std::uint32_t>(at), 5};
    reporter.report(r, "Stalled here.").safe_fix(r, "stall");
  }

 private:
  std::int64_t ms_;
  std::string ready_file_;
  std::string release_file_;
};

/// Misbehaves on purpose: a safe fix that cuts the first multi-byte character in half, and one
/// that rewrites the whole first line of text, markup inside it included.
class CutterRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/cutter", .summary = "Offers fixes that cut characters (for host tests).",
            .default_severity = Severity::Warning, .enabled_by_default = false, .fixable = true};
  }
  explicit CutterRule(const RuleContext&) {}
  void check(const Document& doc, Reporter& reporter) override {
    std::string_view text = doc.text();
    for (std::uint32_t i = 0; i < text.size(); ++i)
      if (static_cast<unsigned char>(text[i]) >= 0xC0) {
        reporter.report({i, 2}, "Cuts a character.").safe_fix({i + 1, 1}, "x");
        break;
      }
    // The whole first line, across any markup inside it.
    std::size_t end = std::min(text.find('\n'), text.size());
    if (end > 1) reporter.report({0, static_cast<std::uint32_t>(end)}, "Rewrites the line.").safe_fix({0, static_cast<std::uint32_t>(end)}, "X");
  }
};

/// Attaches a fix without declaring itself fixable: the host must drop it and say so.
class UndeclaredFixRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/undeclared-fix", .summary = "Fixes without declaring it (for host tests).",
            .default_severity = Severity::Warning, .enabled_by_default = false};
  }
  explicit UndeclaredFixRule(const RuleContext&) {}
  void check(const Document& doc, Reporter& reporter) override {
    if (doc.text().size() >= 2) reporter.report({0, 1}, "Undeclared.").safe_fix({0, 1}, "Z");
  }
};

/// A cross-file rule for host tests: gather() records each document's article date (and throws
/// on the word GATHERFAIL); check() reports, at the start of each document, every date gathered.
class GatherProbeRule final : public Rule {
 public:
  static RuleMeta meta() {
    return {.id = "testplug/gather-probe", .summary = "Reports the dates gathered from every file (for host tests).",
            .default_severity = Severity::Suggestion, .enabled_by_default = false};
  }
  explicit GatherProbeRule(const RuleContext&) {}
  bool gathers() const override { return true; }
  void gather(const Document& doc) override {
    if (doc.text().find("GATHERFAIL") != std::string_view::npos) throw std::runtime_error("gather failed in testplug");
    std::lock_guard lock(mutex_);
    dates_.push_back(doc.metadata("date").empty() ? std::string("none") : std::string(doc.metadata("date")));
  }
  void check(const Document&, Reporter& reporter) override {
    std::lock_guard lock(mutex_);
    std::vector<std::string> dates = dates_;
    std::sort(dates.begin(), dates.end());
    std::string list;
    for (const std::string& d : dates) list += (list.empty() ? "" : ",") + d;
    reporter.report({0, 0}, "Dates gathered: " + list + ".");
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> dates_;
};

void register_rules(Registry& registry) {
  registry.add<GatherProbeRule>();
  registry.add<StallRule>();
  registry.add<CutterRule>();
  registry.add<UndeclaredFixRule>();
  registry.add<BannedWordRule>();
  registry.add<ThrowsRule>();
  registry.add<RepeatNameRule>();
}

}  // namespace

COPYDESK_PLUGIN("testplug", "1.2.3", register_rules)

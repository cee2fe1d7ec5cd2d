// Runs `check`: workers take files in turn; the main thread prints them in path order.
#include "engine/run.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iterator>
#include <iostream>
#include <mutex>
#include <thread>
#include <utility>

#include "analysis/analysis.hpp"
#include "engine/checker.hpp"
#include "engine/crash_guard.hpp"
#include "engine/finding_filter.hpp"
#include "engine/inputs.hpp"
#include "engine/rule_set.hpp"
#include "engine/report.hpp"
#include "printers/printer.hpp"
#include "util/date.hpp"
#include "util/timings.hpp"

namespace copydesk::engine {

bool report_load_errors(const plugins::RuleCatalog& catalog, std::ostream& err) {
  for (const std::string& e : catalog.errors) err << "copydesk: error: " << e << '\n';
  return !catalog.errors.empty();
}

namespace {

// The config a path is checked under: its folder's; standard input's is that of --stdin-filename
// or of the current folder.
const config::Config& config_of(const std::string& path, const CheckOptions& options, config::Resolver& configs) {
  if (path == "-")
    return options.stdin_filename.empty() ? configs.for_dir(std::filesystem::current_path())
                                          : configs.for_file(options.stdin_filename);
  return configs.for_input_file(path);  // inputs are never folders: the walk went into those
}

std::unique_ptr<ConfigRun> make_run(const config::Config& cfg, const CheckOptions& options, const Prepared& p) {
  auto run = std::make_unique<ConfigRun>();
  RuleSwitches switches{options.enable, options.disable, p.session->foreign_rules(cfg)};
  run->rules = std::make_unique<RuleSet>(cfg, p.session->catalog, std::move(switches), p.session->share_dir);
  run->settings.rules = run->rules.get();
  run->settings.language = options.language.empty() ? cfg.language : options.language;
  run->settings.date = options.date.empty() ? cfg.date : options.date;
  if (options.input_format) {
    const std::string& f = *options.input_format;
    run->settings.input_format = f == "md" || f == "markdown" ? document::InputFormat::Markdown
                                 : f == "html"                ? document::InputFormat::Html
                                                              : document::InputFormat::Text;
  }
  run->fail_on = options.fail_on.value_or(cfg.fail_on.value_or(Severity::Error));
  run->min_severity = options.min_severity.value_or(cfg.min_severity.value_or(Severity::Suggestion));
  return run;
}

}  // namespace

std::optional<Prepared> prepare(const CheckOptions& options, std::ostream& err) {
  if (options.paths.empty() && options.files_from.empty() && options.stdin_filename.empty()) {
    // Never the whole current folder by surprise: build trees and node_modules live there too.
    err << "copydesk: error: name the files or folders to " << options.command << ", e.g. `copydesk "
        << options.command << " .` or `copydesk " << options.command << " articles/` (or give --files-from FILE)\n";
    return std::nullopt;
  }
  if (std::optional<std::string> problem = options.date.empty() ? std::nullopt : util::date_problem(options.date)) {
    err << "copydesk: error: --date \"" << options.date << "\" " << *problem << '\n';
    return std::nullopt;
  }
  Prepared p;
  p.dictionary_listing_loader = std::jthread([] { analysis::load_dictionary_listing(); });
  p.configs = std::make_unique<config::Resolver>(options.session.config_path, presets_dir());
  std::vector<const config::Config*> used;
  try {
    std::vector<std::string> paths = options.paths;
    // With --stdin-filename and no path, standard input is what is checked (as editors call it).
    // With no path, `check` and `fix` refuse rather than guess: walking the current folder once
    // rewrote build trees and vendored files. Standard input named by --stdin-filename is fine.
    if (paths.empty() && options.files_from.empty()) {
      paths.push_back("-");  // --stdin-filename alone: standard input is what is checked
    }
    if (!options.stdin_filename.empty() && std::find(paths.begin(), paths.end(), "-") == paths.end())
      throw config::ConfigError({"--stdin-filename", 0, 0}, "names what \"-\" (standard input) stands for, but no \"-\" was given");
    p.inputs = collect_inputs(paths, options.files_from,
                              [&](const std::filesystem::path& dir) -> const config::Config& { return p.configs->for_dir(dir); });
    for (const Input& input : p.inputs) {
      const config::Config* c = &config_of(input.path, options, *p.configs);
      if (std::find(used.begin(), used.end(), c) == used.end()) used.push_back(c);
    }
    if (used.empty()) used.push_back(&p.configs->for_dir(std::filesystem::current_path()));
    ActivityScope loading({"loading plugins and rule packs", nullptr, nullptr, nullptr});
    p.session = std::make_unique<Session>(open_session(options.session, used));
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
  p.load_failed = report_load_errors(p.session->catalog, err);
  try {
    for (const config::Config* c : used) p.runs.emplace(c, make_run(*c, options, p));
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
  for (const Input& input : p.inputs) p.run_of[input.path] = p.runs.at(&config_of(input.path, options, *p.configs)).get();
  // The rules each input needs are made now, once per distinct option set: a rule that cannot
  // start is a config error reported before any file is checked.
  try {
    for (const Input& input : p.inputs) {
      if (input.error) continue;
      const std::string& name = input.path == "-" && !options.stdin_filename.empty() ? options.stdin_filename : input.path;
      for (const ActiveRule& rule : p.run_for(input.path).rules->for_path(name)) p.gathers = p.gathers || rule.rule->gathers();
    }
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
  return p;
}

namespace {

// Standard input named by --stdin-filename is read, reported and matched as that file.
const std::string& checked_name(const Input& input, const CheckOptions& options) {
  return input.path == "-" && !options.stdin_filename.empty() ? options.stdin_filename : input.path;
}

// Reads an input once (a pipe gives its bytes once) and builds its document.
BuiltDocument build_input(const Input& input, const Prepared& prepared, const CheckOptions& options) {
  BuiltDocument built;
  built.result.path = input.path;
  if (input.error) {
    built.result.error = input.error;
    return built;
  }
  util::Timings::Scope timing(util::Timings::Kind::Stage, "reading files and building documents");
  InputBytes bytes = read_input(input.path);
  if (bytes.error) {
    built.result.error = std::move(bytes.error);
    return built;
  }
  try {
    return build_document(checked_name(input, options), std::move(bytes.bytes), prepared.settings_for(input.path));
  } catch (const std::exception& e) {
    // Out of memory, most likely: this file fails, the others go on.
    built.result.error = std::string("internal error while checking the file: ") + e.what();
    return built;
  }
}

// Checks a built document; out of memory, most likely, fails this file and the others go on.
FileResult check_built(BuiltDocument built, const Input& input, const Prepared& prepared) {
  std::string path = built.result.path;
  try {
    return check_document(std::move(built), prepared.settings_for(input.path));
  } catch (const std::exception& e) {
    FileResult r;
    r.path = std::move(path);
    r.error = std::string("internal error while checking the file: ") + e.what();
    return r;
  }
}

}  // namespace

void keep_until_exit(Prepared prepared) {
  // A thread may not outlive the run: the exit would tear the process down around it.
  if (prepared.dictionary_listing_loader.joinable()) prepared.dictionary_listing_loader.join();
  static auto* kept = new std::vector<Prepared>();  // never freed: the process is about to end
  kept->push_back(std::move(prepared));
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  RunGuard guard;  // a crash or an exit() during the run says what was running, exit 2
  util::Timings timings;
  struct Activation {
    explicit Activation(util::Timings* table) { util::Timings::activate(table); }
    ~Activation() { util::Timings::activate(nullptr); }
  } activation(options.timings ? &timings : nullptr);
  std::optional<Prepared> prepared;
  {
    util::Timings::Scope timing(util::Timings::Kind::Stage, "start-up: config, plugins, packs");
    prepared = prepare(options, err);
  }
  if (!prepared) return 2;
  KeepUntilExit keep(prepared, options);
  Session& session = *prepared->session;
  bool failed = prepared->load_failed;
  const std::vector<Input>& inputs = prepared->inputs;
  FindingFilter filter;
  try {
    if (!options.new_from_rev.empty()) filter.changed = ChangedLines::since(options.new_from_rev, ".");
    if (!options.baseline.empty()) filter.baseline = Baseline::load(options.baseline);
  } catch (const FilterError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return 2;
  }

  printers::PrinterOptions popts;
  popts.quiet = options.quiet;
  popts.terminal = &out == &std::cout && isatty(1);
  popts.color = options.color == "always" || (options.color == "auto" && popts.terminal && std::getenv("NO_COLOR") == nullptr);
  popts.column_unit = options.column_unit == "byte"    ? printers::ColumnUnit::Byte
                      : options.column_unit == "utf16" ? printers::ColumnUnit::Utf16
                                                       : printers::ColumnUnit::CodePoint;
  for (const plugins::RuleEntry& e : session.catalog.rules) popts.rules.push_back(&e.meta);
  std::unique_ptr<printers::Printer> printer = printers::make_printer(options.format, out, err, popts);
  if (!printer) {
    err << "copydesk: error: unknown format \"" << options.format << "\"\n";
    return 2;
  }

  unsigned requested = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  unsigned jobs = std::min<unsigned>(requested, static_cast<unsigned>(std::max<std::size_t>(1, inputs.size())));
  // Fewer files than jobs (one big file): the spare threads share each large document's rules.
  for (auto& entry : prepared->runs) entry.second->settings.rule_threads = requested / jobs;

  // One pass reads each input once and builds its document once. When a rule compares files
  // (names.across_files), every document is built and gathered first and kept until checked.
  std::vector<std::optional<BuiltDocument>> built(inputs.size());
  if (prepared->gathers) {
    std::atomic<std::size_t> next_gather{0};
    auto gather = [&] {
      prepare_thread_for_crash_reports();
      for (std::size_t i; (i = next_gather.fetch_add(1)) < inputs.size();) {
        built[i] = build_input(inputs[i], *prepared, options);
        gather_document(*built[i], prepared->settings_for(inputs[i].path));
      }
    };
    std::vector<std::jthread> gatherers;
    for (unsigned j = 1; j < jobs; ++j) gatherers.emplace_back(gather);
    gather();
  }

  std::vector<std::optional<FileResult>> results(inputs.size());
  std::mutex mutex;
  std::condition_variable ready;
  // The file the printing thread waits for (guarded by `mutex`): a worker wakes it for that file
  // only, not for every file (each wake is a system call).
  std::size_t awaited = inputs.size();
  std::atomic<std::size_t> next{0};
  // Checks the next file nobody has taken; false when none is left.
  auto check_next = [&] {
    std::size_t i = next.fetch_add(1);
    if (i >= inputs.size()) return false;
    BuiltDocument document = built[i] ? std::move(*built[i]) : build_input(inputs[i], *prepared, options);
    built[i].reset();
    FileResult r = check_built(std::move(document), inputs[i], *prepared);
    std::lock_guard lock(mutex);
    results[i] = std::move(r);
    if (i == awaited) ready.notify_one();
    return true;
  };
  // The main thread is one of the `jobs` threads: it checks files too, and between two of its
  // own prints what is ready in order, so it sleeps only when no file is left to take (a thread
  // that only printed was woken once per file, a system call and a reschedule each).
  std::vector<std::jthread> workers;
  for (unsigned j = 1; j < jobs; ++j)
    workers.emplace_back([&] {
      prepare_thread_for_crash_reports();
      while (check_next()) {
      }
    });
  prepare_thread_for_crash_reports();

  printers::Summary summary;
  bool findings = false;
  auto print = [&](FileResult r, std::size_t i) {
    const ConfigRun& run = prepared->run_for(inputs[i].path);
    std::erase_if(r.diagnostics, [&](const OutDiagnostic& d) { return d.severity < run.min_severity; });
    filter.apply(r);
    ++summary.files;
    if (r.error) {
      ++summary.failed_files;
      failed = true;
    }
    failed = failed || r.internal_error;
    for (const OutDiagnostic& d : r.diagnostics) {
      ++summary.diagnostics;
      if (d.severity == Severity::Error) ++summary.errors;
      if (d.severity == Severity::Warning) ++summary.warnings;
      if (d.severity == Severity::Suggestion) ++summary.suggestions;
      findings = findings || d.severity >= run.fail_on;
    }
    printer->file(make_report(std::move(r), printer->wants_fingerprints()));
  };
  std::size_t printed = 0;
  // Prints the results ready in input order; with `wait`, waits for each until all are printed.
  auto print_in_order = [&](bool wait) {
    while (printed < inputs.size()) {
      FileResult r;
      {
        std::unique_lock lock(mutex);
        if (wait) {
          awaited = printed;
          ready.wait(lock, [&] { return results[printed].has_value(); });
        } else if (!results[printed]) {
          return;
        }
        r = std::move(*results[printed]);
        results[printed].reset();
      }
      print(std::move(r), printed);
      ++printed;
    }
  };
  printer->begin();
  while (check_next()) print_in_order(false);
  print_in_order(true);
  workers.clear();
  printer->end(summary);
  if (options.timings) timings.print(err);
  if (failed) return 2;
  return findings ? 1 : 0;
}

}  // namespace copydesk::engine

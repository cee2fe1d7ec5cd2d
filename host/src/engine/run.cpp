// Runs `check`: workers take files in turn; the main thread prints them in path order.
#include "engine/run.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

#include "engine/checker.hpp"
#include "engine/inputs.hpp"
#include "engine/rule_set.hpp"
#include "printers/printer.hpp"

namespace copydesk::engine {

bool report_load_errors(const plugins::RuleCatalog& catalog, std::ostream& err) {
  for (const std::string& e : catalog.errors) err << "copydesk: error: " << e << '\n';
  return !catalog.errors.empty();
}

std::optional<Prepared> prepare(const CheckOptions& options, std::ostream& err) {
  if (options.paths.empty() && options.files_from.empty()) {
    // Never the whole current folder by surprise: build trees and node_modules live there too.
    err << "copydesk: error: name the files or folders to check, e.g. `copydesk check .` or "
           "`copydesk check articles/` (or give --files-from FILE)\n";
    return std::nullopt;
  }
  Prepared p;
  p.session = std::make_unique<Session>();
  try {
    *p.session = open_session(options.session);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
  p.load_failed = report_load_errors(p.session->catalog, err);
  const config::Config& cfg = p.session->config;
  try {
    p.rules = std::make_unique<RuleSet>(cfg, p.session->catalog, RuleSwitches{options.enable, options.disable},
                                        p.session->share_dir);
  } catch (const config::ConfigError& e) {
    err << "copydesk: error: " << e.what() << '\n';
    return std::nullopt;
  }
  p.settings.rules = p.rules.get();
  p.settings.language = options.language.empty() ? cfg.language : options.language;
  p.settings.date = options.date.empty() ? cfg.date : options.date;
  if (options.input_format) {
    const std::string& f = *options.input_format;
    p.settings.input_format = f == "md" || f == "markdown" ? document::InputFormat::Markdown
                              : f == "html"                ? document::InputFormat::Html
                                                           : document::InputFormat::Text;
  }
  return p;
}

std::vector<Input> inputs_of(const CheckOptions& options, const config::Config& config) {
  return collect_inputs(options.paths, options.files_from, config.extensions, config.exclude, config.dir);
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  std::optional<Prepared> prepared = prepare(options, err);
  if (!prepared) return 2;
  Session& session = *prepared->session;
  const config::Config& cfg = session.config;
  bool failed = prepared->load_failed;
  const CheckSettings& settings = prepared->settings;
  Severity fail_on = options.fail_on.value_or(cfg.fail_on.value_or(Severity::Error));
  Severity min_severity = options.min_severity.value_or(cfg.min_severity.value_or(Severity::Suggestion));

  std::vector<Input> inputs = inputs_of(options, cfg);

  printers::PrinterOptions popts;
  popts.quiet = options.quiet;
  popts.color = options.color == "always" || (options.color == "auto" && &out == &std::cout && isatty(1) &&
                                              std::getenv("NO_COLOR") == nullptr);
  for (const plugins::RuleEntry& e : session.catalog.rules) popts.rules.push_back(&e.meta);
  std::unique_ptr<printers::Printer> printer = printers::make_printer(options.format, out, err, popts);
  if (!printer) {
    err << "copydesk: error: unknown format \"" << options.format << "\"\n";
    return 2;
  }

  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<std::size_t>(1, inputs.size())));

  // Rules that compare files (names.across_files) see every document first.
  if (prepared->rules->any_gathers()) {
    std::atomic<std::size_t> next_gather{0};
    auto gather = [&] {
      for (std::size_t i; (i = next_gather.fetch_add(1)) < inputs.size();)
        if (!inputs[i].error && inputs[i].path != "-") gather_file(inputs[i].path, settings);
    };
    std::vector<std::jthread> gatherers;
    for (unsigned j = 1; j < jobs; ++j) gatherers.emplace_back(gather);
    gather();
  }

  std::vector<std::optional<FileResult>> results(inputs.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      FileResult r;
      if (inputs[i].error) {
        r.path = inputs[i].path;
        r.error = inputs[i].error;
      } else {
        r = check_file(inputs[i].path, settings);
      }
      std::lock_guard lock(mutex);
      results[i] = std::move(r);
      ready.notify_all();
    }
  };
  // With one job the main thread does the work; otherwise it prints as the workers finish files.
  std::vector<std::jthread> workers;
  if (jobs > 1)
    for (unsigned j = 0; j < jobs; ++j) workers.emplace_back(work);
  else
    work();

  Summary summary;
  bool findings = false;
  printer->begin();
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    FileResult r;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return results[i].has_value(); });
      r = std::move(*results[i]);
      results[i].reset();
    }
    std::erase_if(r.diagnostics, [&](const OutDiagnostic& d) { return d.severity < min_severity; });
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
      findings = findings || d.severity >= fail_on;
    }
    printer->file(r);
  }
  workers.clear();
  printer->end(summary);
  if (failed) return 2;
  return findings ? 1 : 0;
}

}  // namespace copydesk::engine

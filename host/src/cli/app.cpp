// CLI11 definitions of every command. Parse errors become exit status 2, never CLI11's codes.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/explain.hpp"
#include "cli/init.hpp"
#include "cli/listing.hpp"
#include "cli/names_learn.hpp"
#include "cli/scaffold.hpp"
#include "cli/show_config.hpp"
#include "analysis/analysis.hpp"
#include "config/config.hpp"
#include "copydesk/version.hpp"
#include "engine/fix.hpp"
#include "engine/run.hpp"
#include "engine/session.hpp"
#include "engine/stream.hpp"
#include "printers/printer.hpp"
#include "lsp/server.hpp"
#include "serve/server.hpp"
#include "testing/fixture.hpp"
#include "util/did_you_mean.hpp"
#include "util/output_file.hpp"

namespace copydesk::cli {
namespace {

struct SeverityOption {
  std::string text;
  std::optional<Severity> value() const { return text.empty() ? std::nullopt : config::parse_severity(text); }
};

// A count that only makes sense from 1 up (`--min-count`): zero, negative and non-numeric values
// are refused before the command runs, naming the option (exit 2, as every usage error).
CLI::Validator count_of_at_least_one() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        bool digits = !value.empty() && value.size() <= 18 &&
                      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && std::stoull(value) >= 1) return {};
        return "must be a whole number of 1 or more, not \"" + value + "\"";
      },
      "COUNT >= 1");
}

// An option that takes exactly one value each time it is given (`--enable a --enable b`) or a
// comma list (`--enable a,b`); the words after it are never its values, so they stay paths.
CLI::Option* add_list_option(CLI::App* cmd, const std::string& name, std::vector<std::string>& values,
                             const std::string& description) {
  return cmd->add_option(name, values, description)
      ->expected(1)
      ->allow_extra_args(false)
      ->delimiter(',')
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_session_options(CLI::App* cmd, engine::SessionOptions& s, std::string& config) {
  cmd->add_option("--config", config, "Use this config file for every file instead of the nearest .copydesk.toml");
  add_list_option(cmd, "--plugin-path", s.plugin_paths, "Also load plugins from this folder or file (repeat, or a comma list)");
}

void add_switch_options(CLI::App* cmd, std::vector<std::string>& enable, std::vector<std::string>& disable) {
  add_list_option(cmd, "--enable", enable, "Turn a rule, or every rule of a plugin, on (repeat, or a comma list)");
  add_list_option(cmd, "--disable", disable, "Turn a rule, or every rule of a plugin, off (repeat, or a comma list)");
}

// `copydesk draft.md` is `copydesk check draft.md`; `copydesk --format line a.md` too. What is
// neither a command, an option nor a path gets "did you mean". Returns the arguments to parse,
// or nullopt after printing the error.
std::optional<std::vector<std::string>> with_command(std::vector<std::string> args,
                                                     const std::vector<std::string>& commands, std::ostream& err) {
  if (args.empty()) return args;
  const std::string& first = args.front();
  if (std::find(commands.begin(), commands.end(), first) != commands.end()) return args;
  bool option = first.size() > 1 && first.starts_with("-");
  if (option && (first == "--help" || first == "-h" || first == "--version")) return args;
  std::error_code ec;
  bool path = first == "-" || std::filesystem::exists(first, ec) || first.find_first_of("/.") != std::string::npos;
  if (option || path) {
    args.insert(args.begin(), "check");
    return args;
  }
  err << "copydesk: error: unknown command \"" << first << "\"";
  if (std::optional<std::string> hint = util::did_you_mean(first, commands)) err << "; did you mean \"" << *hint << "\"?";
  err << "\n(`copydesk help` lists the commands; to check a file of that name, write `copydesk check " << first
      << "`)\n";
  return std::nullopt;
}


// `copydesk baseline`: check with the baseline printer, then write the file whole (or not at all).
int write_baseline(engine::CheckOptions check, const std::string& output, std::ostream& out, std::ostream& err) {
  check.format = "baseline";
  std::ostringstream report;
  int status = engine::run_check(check, report, err);
  if (status == 2) return 2;
  if (std::optional<std::string> problem = util::write_output_file(output, std::move(report).str(), out)) {
    err << "copydesk: error: " << *problem << '\n';
    return 2;
  }
  if (output != "-") err << "copydesk: baseline written to " << output << '\n';
  return 0;
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  // The dictionary listing precompiled at build time (host/tools/make_listing.cpp), when it matches.
  analysis::use_precompiled_dictionary_listing(
      (std::filesystem::path(engine::share_dir()) / "analysis" / "listing.bin").string());
  CLI::App app{"copydesk: an editorial style and fact checker for news copy", "copydesk"};
  app.set_version_flag("--version", "copydesk " COPYDESK_VERSION_STRING " (plugin API " COPYDESK_STRINGIFY(
                                        COPYDESK_API_MAJOR) "." COPYDESK_STRINGIFY(COPYDESK_API_MINOR) ")");
  app.require_subcommand(1);
  app.footer("A path alone is `check`: `copydesk draft.md` = `copydesk check draft.md`.\n"
             "`copydesk help COMMAND` (or `copydesk COMMAND --help`) shows a command's options.");

  engine::CheckOptions check;
  std::string check_config, fail_on, min_severity;
  bool dry_run = false;
  CLI::App* check_cmd = app.add_subcommand("check", "Check files and folders and report problems");
  CLI::App* fix_cmd = app.add_subcommand("fix", "Apply the safe fixes in place, then report what is left");
  fix_cmd->add_flag("--dry-run", dry_run, "Print a unified diff instead of writing");
  fix_cmd->add_flag("--unsafe", check.unsafe, "Also apply suggestions (spelling, names, recasing), not only safe fixes");
  std::string baseline_output = ".copydesk-baseline.json";
  CLI::App* baseline_cmd = app.add_subcommand(
      "baseline", "Record the current findings so that `check --baseline FILE` reports only new ones");
  baseline_cmd->add_option("-o,--output", baseline_output, "Write the baseline here (default .copydesk-baseline.json)");
  check_cmd->add_option("--new-from-rev", check.new_from_rev,
                        "Report only findings on lines added or changed since this git revision");
  check_cmd->add_option("--baseline", check.baseline, "Leave out the findings recorded in this baseline file");
  for (CLI::App* cmd : {check_cmd, fix_cmd, baseline_cmd}) {
  cmd->add_option("paths", check.paths, "Files or folders; \"-\" reads standard input");
  add_session_options(cmd, check.session, check_config);
  cmd->add_option("--format", check.format, "Output format")
      ->check([](const std::string& name) {
        return printers::is_format(name) ? std::string() : "unknown format \"" + name + "\"";
      });
  cmd->add_option("--fail-on", fail_on, "Exit 1 when a finding is at least this severe (default: error)")
      ->check(CLI::IsMember({"suggestion", "warning", "error"}));
  cmd->add_option("--min-severity", min_severity, "Show only findings at least this severe")
      ->check(CLI::IsMember({"suggestion", "warning", "error"}));
  add_switch_options(cmd, check.enable, check.disable);
  cmd->add_option("--input-format", check.input_format, "Read every input as this format")
      ->check(CLI::IsMember({"txt", "md", "html"}));
  cmd->add_option("--stdin-filename", check.stdin_filename,
                  "The file that \"-\" stands for: its name picks the reader, config and overrides, and is reported");
  cmd->add_option("--column-unit", check.column_unit,
                  "What --format line's columns count: codepoint (default), byte (Vim's %c) or utf16")
      ->check(CLI::IsMember({"codepoint", "byte", "utf16"}));
  cmd->add_option("--files-from", check.files_from, "Also check the paths listed in this file (\"-\": stdin)");
  cmd->add_option("--jobs,-j", check.jobs, "Files checked at once (default: all cores)");
  cmd->add_option("--color", check.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--date", check.date, "The articles' date (YYYY-MM-DD) when they do not give one");
  cmd->add_option("--language", check.language, "en-US, en-GB or auto (overrides the config)")
      ->check(CLI::IsMember({"auto", "en-US", "en-GB"}));
  cmd->add_flag("--quiet,-q", check.quiet, "No summary line");
  cmd->add_flag("--timings", check.timings,
                "After the report, print to stderr the time each rule, analysis and stage took (summed over threads)");
  }

  engine::CheckOptions stream;
  std::string stream_config;
  CLI::App* stream_cmd = app.add_subcommand(
      "stream", "Check JSON Lines documents from standard input; one JSON result line per document");
  add_session_options(stream_cmd, stream.session, stream_config);
  add_switch_options(stream_cmd, stream.enable, stream.disable);
  stream_cmd->add_option("--jobs,-j", stream.jobs, "Documents checked at once (default: all cores)");
  stream_cmd->add_option("--date", stream.date, "The documents' date (YYYY-MM-DD) when a line gives none");
  stream_cmd->add_option("--language", stream.language, "en-US, en-GB or auto (overrides the config)")
      ->check(CLI::IsMember({"auto", "en-US", "en-GB"}));

  std::string scaffold_name, scaffold_dir;
  CLI::App* new_plugin_cmd =
      app.add_subcommand("new-plugin", "Start a plugin project from the installed template (CMake, a rule, tests, docs)");
  new_plugin_cmd->add_option("name", scaffold_name, "The plugin's name, kebab-case")->required();
  new_plugin_cmd->add_option("dir", scaffold_dir, "Where to write it (default: ./NAME)");
  CLI::App* new_rule_cmd =
      app.add_subcommand("new-rule", "Add a rule to the plugin project here: source, registration, fixture, doc page");
  new_rule_cmd->add_option("rule", scaffold_name, "RULE or PLUGIN/RULE, kebab-case")->required();
  new_rule_cmd->add_option("--dir", scaffold_dir, "The plugin project (default: the current folder)");

  engine::SessionOptions list_session;
  std::string list_config, rules_format = "text";
  CLI::App* rules_cmd = app.add_subcommand("rules", "List every loaded rule with its severity and options");
  add_session_options(rules_cmd, list_session, list_config);
  rules_cmd->add_option("--format", rules_format, "text or json")->check(CLI::IsMember({"text", "json"}));
  CLI::App* plugins_cmd = app.add_subcommand("plugins", "List every loaded plugin and its rules");
  add_session_options(plugins_cmd, list_session, list_config);

  std::string explain_id;
  CLI::App* explain_cmd = app.add_subcommand("explain", "Print a rule's page: what it finds, severity, options, examples");
  explain_cmd->add_option("rule", explain_id, "A rule id (punctuation/space-before) or a plugin id")->required();
  add_session_options(explain_cmd, list_session, list_config);

  ShowConfigOptions show;
  std::string show_config_path;
  CLI::App* config_cmd =
      app.add_subcommand("config", "Print the configuration that applies to a file: files read, every rule's state");
  config_cmd->add_option("path", show.path, "The file (or folder) to show it for (default: the current folder)");
  add_session_options(config_cmd, show.session, show_config_path);
  add_switch_options(config_cmd, show.enable, show.disable);

  engine::SessionOptions test_session;
  std::string test_config;
  std::vector<std::string> fixtures;
  bool no_default_plugins = false;
  CLI::App* test_cmd = app.add_subcommand("test-rules", "Run inline-expectation fixtures (see docs/writing-rules.md)");
  test_cmd->add_option("fixtures", fixtures, "Fixture files or folders")->required();
  add_session_options(test_cmd, test_session, test_config);
  test_cmd->add_flag("--no-default-plugins", no_default_plugins, "Load only the plugins given with --plugin-path");

  LearnOptions learn;
  std::string learn_config;
  CLI::App* names_cmd = app.add_subcommand("names", "Work with names registries");
  CLI::App* learn_cmd =
      names_cmd->add_subcommand("learn", "Learn the house spellings of names from an archive of articles");
  names_cmd->require_subcommand(1);
  learn_cmd->add_option("archives", learn.archives, "Folders or files of published articles")->required();
  learn_cmd->add_option("-o,--output", learn.output, "Write the registry here (default: standard output)");
  learn_cmd->add_option("--min-count", learn.min_count, "Learn only names seen at least this often (default 3)")
      ->check(count_of_at_least_one());
  add_session_options(learn_cmd, learn.session, learn_config);
  LearnOptions count, merge;
  std::string count_config;
  CLI::App* count_cmd = names_cmd->add_subcommand(
      "count", "The map step of `learn`: count the name spellings of one shard of an archive (JSON Lines)");
  count_cmd->add_option("archives", count.archives, "Folders or files of published articles")->required();
  count_cmd->add_option("-o,--output", count.output, "Write the counts here (default: standard output)");
  add_session_options(count_cmd, count.session, count_config);
  CLI::App* merge_cmd = names_cmd->add_subcommand(
      "merge", "The reduce step of `learn`: merge counts files (any split, any order) into a registry");
  merge_cmd->add_option("counts", merge.archives, "Files written by `copydesk names count`")->required();
  merge_cmd->add_option("-o,--output", merge.output, "Write the registry here (default: standard output)");
  merge_cmd->add_option("--min-count", merge.min_count, "Learn only names seen at least this often (default 3)")
      ->check(count_of_at_least_one());

  InitOptions init;
  CLI::App* init_cmd = app.add_subcommand("init", "Write a commented .copydesk.toml, for a house style with --style");
  init_cmd->add_option("--style", init.style, "A preset: ap, chicago, uk-press (rules/presets/)");
  init_cmd->add_flag("--force", init.force, "Overwrite an existing .copydesk.toml");

  // Editors: a language server on stdio, a local web page (host/src/lsp, host/src/serve).
  engine::CheckOptions editor;
  std::string editor_config;
  int port = serve::ServeOptions{}.port;
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "A language server (LSP 3.17) on standard input and output");
  lsp_cmd->add_flag("--stdio")->description("Talk over standard input and output (the default; editors often pass it)");
  CLI::App* serve_cmd = app.add_subcommand("serve", "A web page on 127.0.0.1 to check and fix a pasted draft");
  serve_cmd->add_option("--port", port, "Port to listen on (0: any free one)")->check(CLI::Range(0, 65535));
  for (CLI::App* cmd : {lsp_cmd, serve_cmd}) add_session_options(cmd, editor.session, editor_config);

  std::vector<std::string> help_topic;
  CLI::App* help_cmd = app.add_subcommand("help", "Show the commands, or one command's options");
  help_cmd->add_option("command", help_topic, "A command");

  // Taken before parsing: once a command is parsed, CLI11's help() describes that command.
  const std::string overview = app.help() + "\n";
  if (argc <= 1) {  // no command: the overview, as a usage error
    out << overview;
    return 2;
  }
  std::vector<std::string> commands;
  for (const CLI::App* c : app.get_subcommands([](CLI::App*) { return true; })) commands.push_back(c->get_name());
  std::optional<std::vector<std::string>> args = with_command({argv + std::min(argc, 1), argv + argc}, commands, err);
  if (!args) return 2;
  // A command whose own commands are required ("names learn"): an unknown one is named as such.
  if (args->size() >= 2 && !(*args)[1].starts_with("-")) {
    CLI::App* parent = nullptr;
    for (CLI::App* c : app.get_subcommands([](CLI::App*) { return true; }))
      if (c->get_name() == (*args)[0]) parent = c;
    if (parent && parent->get_require_subcommand_min() > 0) {
      std::vector<std::string> inner;
      for (const CLI::App* c : parent->get_subcommands([](CLI::App*) { return true; })) inner.push_back(c->get_name());
      if (std::find(inner.begin(), inner.end(), (*args)[1]) == inner.end()) {
        err << "copydesk: error: unknown command \"" << (*args)[0] << " " << (*args)[1] << "\"";
        if (std::optional<std::string> hint = util::did_you_mean((*args)[1], inner))
          err << "; did you mean \"" << (*args)[0] << " " << *hint << "\"?";
        err << "\n(`copydesk help " << (*args)[0] << "` lists them)\n";
        return 2;
      }
    }
  }
  try {
    std::reverse(args->begin(), args->end());  // CLI11 takes the vector last argument first
    app.parse(*args);
  } catch (const CLI::ParseError& e) {
    // Help and --version are "errors" with status 0; any other status becomes our usage error, 2.
    int status = app.exit(e, out, err);
    if (status != 0) err << "(run `copydesk help` for usage)\n";
    return status == 0 ? 0 : 2;
  }

  if (*help_cmd) {
    if (help_topic.empty()) {
      out << overview;
      return 0;
    }
    if (std::find(commands.begin(), commands.end(), help_topic.front()) == commands.end()) {
      err << "copydesk: error: unknown command \"" << help_topic.front() << "\"\n";
      return 2;
    }
    out << app.get_subcommand(help_topic.front())->help();
    return 0;
  }
  if (*check_cmd || *fix_cmd) {
    if (!check_config.empty()) check.session.config_path = check_config;
    check.fail_on = SeverityOption{fail_on}.value();
    check.min_severity = SeverityOption{min_severity}.value();
    check.command = *check_cmd ? "check" : "fix";
    check.process_exits_after = true;  // main returns the status next: skip the teardown
    return *check_cmd ? engine::run_check(check, out, err) : engine::run_fix(check, dry_run, out, err);
  }
  if (*baseline_cmd) {
    if (!check_config.empty()) check.session.config_path = check_config;
    check.command = "baseline";
    return write_baseline(check, baseline_output, out, err);
  }
  if (*stream_cmd) {
    if (!stream_config.empty()) stream.session.config_path = stream_config;
    return engine::run_stream(stream, std::cin, out, err);
  }
  if (*new_plugin_cmd) {
    const std::string share_dir = (std::filesystem::path(engine::executable_dir()).parent_path() / "share" / "copydesk").string();
    return new_plugin(scaffold_name, scaffold_dir, share_dir, out, err);
  }
  if (*new_rule_cmd) return new_rule(scaffold_name, scaffold_dir, out, err);
  if (*rules_cmd || *plugins_cmd || *explain_cmd) {
    if (!list_config.empty()) list_session.config_path = list_config;
    if (*explain_cmd) return explain(list_session, explain_id, out, err);
    return *rules_cmd ? list_rules(list_session, rules_format, out, err) : list_plugins(list_session, out, err);
  }
  if (*config_cmd) {
    if (!show_config_path.empty()) show.session.config_path = show_config_path;
    return show_config(show, out, err);
  }
  if (*learn_cmd) {
    if (!learn_config.empty()) learn.session.config_path = learn_config;
    return names_learn(learn, out, err);
  }
  if (*count_cmd) {
    if (!count_config.empty()) count.session.config_path = count_config;
    return names_count(count, out, err);
  }
  if (*merge_cmd) return names_merge(merge, out, err);
  if (*init_cmd) return init_config(init, out, err);
  if (*lsp_cmd || *serve_cmd) {
    if (!editor_config.empty()) editor.session.config_path = editor_config;
    if (*lsp_cmd) return lsp::serve_stdio({editor}, std::cin, out, err);
    return serve::serve_http({editor, "127.0.0.1", port}, out, err);
  }
  if (*test_cmd) {
    if (!test_config.empty()) test_session.config_path = test_config;
    test_session.default_plugins = !no_default_plugins;
    return testing::run_test_rules(test_session, fixtures, out, err);
  }
  return 2;
}

}  // namespace copydesk::cli

// CLI11 definitions of every command. Parse errors become exit status 2, never CLI11's codes.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/listing.hpp"
#include "cli/names_learn.hpp"
#include "cli/scaffold.hpp"
#include "config/config.hpp"
#include "copydesk/version.hpp"
#include "engine/fix.hpp"
#include "engine/run.hpp"
#include "engine/stream.hpp"
#include "printers/printer.hpp"
#include "testing/fixture.hpp"

namespace copydesk::cli {
namespace {

struct SeverityOption {
  std::string text;
  std::optional<Severity> value() const { return text.empty() ? std::nullopt : config::parse_severity(text); }
};

void add_session_options(CLI::App* cmd, engine::SessionOptions& s, std::string& config) {
  cmd->add_option("--config", config, "Use this config file instead of the nearest .copydesk.toml");
  cmd->add_option("--plugin-path", s.plugin_paths, "Also load plugins from this folder or file (repeatable)");
}


// `copydesk baseline`: check with the baseline printer into a temporary file, then rename it.
int write_baseline(engine::CheckOptions check, const std::string& output, std::ostream& err) {
  check.format = "baseline";
  std::string temporary = output + ".copydesk-new";
  int status;
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      err << "copydesk: error: cannot write " << temporary << '\n';
      return 2;
    }
    status = engine::run_check(check, file, err);
    file.flush();
    if (!file) {
      err << "copydesk: error: writing " << temporary << " failed\n";
      status = 2;
    }
  }
  if (status == 2) {
    std::remove(temporary.c_str());
    return 2;
  }
  if (std::rename(temporary.c_str(), output.c_str()) != 0) {
    err << "copydesk: error: cannot write " << output << '\n';
    std::remove(temporary.c_str());
    return 2;
  }
  err << "copydesk: baseline written to " << output << '\n';
  return 0;
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"copydesk: an editorial style and fact checker for news copy", "copydesk"};
  app.set_version_flag("--version", "copydesk " COPYDESK_VERSION_STRING " (plugin API " COPYDESK_STRINGIFY(
                                        COPYDESK_API_MAJOR) "." COPYDESK_STRINGIFY(COPYDESK_API_MINOR) ")");
  app.require_subcommand(1);

  engine::CheckOptions check;
  std::string check_config, fail_on, min_severity;
  bool dry_run = false;
  CLI::App* check_cmd = app.add_subcommand("check", "Check files and folders and report problems");
  CLI::App* fix_cmd = app.add_subcommand("fix", "Apply the safe fixes in place, then report what is left");
  fix_cmd->add_flag("--dry-run", dry_run, "Print a unified diff instead of writing");
  bool unsafe = false;
  fix_cmd->add_flag("--unsafe", unsafe, "Also apply suggested fixes (spelling and name guesses, recasing)");
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
  cmd->add_option("--enable", check.enable, "Turn a rule on (repeatable)");
  cmd->add_option("--disable", check.disable, "Turn a rule off (repeatable)");
  cmd->add_option("--input-format", check.input_format, "Read every input as this format")
      ->check(CLI::IsMember({"txt", "md", "html"}));
  cmd->add_option("--files-from", check.files_from, "Also check the paths listed in this file (\"-\": stdin)");
  cmd->add_option("--jobs,-j", check.jobs, "Files checked at once (default: all cores)");
  cmd->add_option("--color", check.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--date", check.date, "The articles' date (YYYY-MM-DD) when they do not give one");
  cmd->add_option("--language", check.language, "en-US, en-GB or auto (overrides the config)")
      ->check(CLI::IsMember({"auto", "en-US", "en-GB"}));
  cmd->add_flag("--quiet,-q", check.quiet, "No summary line");
  }

  engine::CheckOptions stream;
  std::string stream_config;
  CLI::App* stream_cmd = app.add_subcommand(
      "stream", "Check JSON Lines documents from standard input; one JSON result line per document");
  add_session_options(stream_cmd, stream.session, stream_config);
  stream_cmd->add_option("--enable", stream.enable, "Turn a rule on (repeatable)");
  stream_cmd->add_option("--disable", stream.disable, "Turn a rule off (repeatable)");
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
  learn_cmd->add_option("--min-count", learn.min_count, "Learn only names seen at least this often (default 3)");
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
  merge_cmd->add_option("--min-count", merge.min_count, "Learn only names seen at least this often (default 3)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and --version are "errors" with status 0; any other status becomes our usage error, 2.
    int status = app.exit(e, out, err);
    if (status != 0) err << "(run `copydesk --help` for usage)\n";
    return status == 0 ? 0 : 2;
  }

  if (*check_cmd || *fix_cmd) {
    if (!check_config.empty()) check.session.config_path = check_config;
    check.fail_on = SeverityOption{fail_on}.value();
    check.min_severity = SeverityOption{min_severity}.value();
    return *check_cmd ? engine::run_check(check, out, err) : engine::run_fix(check, dry_run, unsafe, out, err);
  }
  if (*baseline_cmd) {
    if (!check_config.empty()) check.session.config_path = check_config;
    return write_baseline(check, baseline_output, err);
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
  if (*rules_cmd || *plugins_cmd) {
    if (!list_config.empty()) list_session.config_path = list_config;
    return *rules_cmd ? list_rules(list_session, rules_format, out, err) : list_plugins(list_session, out, err);
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
  if (*test_cmd) {
    if (!test_config.empty()) test_session.config_path = test_config;
    test_session.default_plugins = !no_default_plugins;
    return testing::run_test_rules(test_session, fixtures, out, err);
  }
  return 2;
}

}  // namespace copydesk::cli

// CLI11 definitions of every command. Parse errors become exit status 2, never CLI11's codes.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/listing.hpp"
#include "cli/names_learn.hpp"
#include "config/config.hpp"
#include "copydesk/version.hpp"
#include "engine/fix.hpp"
#include "engine/run.hpp"
#include "lsp/server.hpp"
#include "serve/server.hpp"
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
  for (CLI::App* cmd : {check_cmd, fix_cmd}) {
  cmd->add_option("paths", check.paths, "Files or folders; \"-\" reads standard input");
  add_session_options(cmd, check.session, check_config);
  cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "line", "json", "sarif", "github", "checkstyle", "rdjsonl"}));
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

  // Editors: a language server on stdio, a local web page (host/src/lsp, host/src/serve).
  engine::CheckOptions editor;
  std::string editor_config;
  int port = serve::ServeOptions{}.port;
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "A language server (LSP 3.17) on standard input and output");
  lsp_cmd->add_flag("--stdio")->description("Talk over standard input and output (the default; editors often pass it)");
  CLI::App* serve_cmd = app.add_subcommand("serve", "A web page on 127.0.0.1 to check and fix a pasted draft");
  serve_cmd->add_option("--port", port, "Port to listen on (0: any free one)")->check(CLI::Range(0, 65535));
  for (CLI::App* cmd : {lsp_cmd, serve_cmd}) add_session_options(cmd, editor.session, editor_config);

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
    return *check_cmd ? engine::run_check(check, out, err) : engine::run_fix(check, dry_run, out, err);
  }
  if (*rules_cmd || *plugins_cmd) {
    if (!list_config.empty()) list_session.config_path = list_config;
    return *rules_cmd ? list_rules(list_session, rules_format, out, err) : list_plugins(list_session, out, err);
  }
  if (*learn_cmd) {
    if (!learn_config.empty()) learn.session.config_path = learn_config;
    return names_learn(learn, out, err);
  }
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

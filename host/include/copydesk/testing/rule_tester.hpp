// Runs rule fixtures from C++ tests (doctest, GoogleTest...) through the real copydesk binary,
// so a fixture is checked exactly as `copydesk test-rules` checks it. Header-only, POSIX.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

namespace copydesk::testing {

struct FixtureRun {
  int exit_status = -1;  ///< 0 all passed, 1 some failed, 2 a malformed fixture or a plugin error
  std::string output;    ///< the tester's report: what was unexpected or missing, ready to print
  bool passed() const { return exit_status == 0; }
};

namespace detail {
inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out.push_back(c);
  }
  return out + "'";
}
}  // namespace detail

/// Runs `copydesk test-rules` on fixture files or folders, loading the given plugin folders or
/// files too. `copydesk` is the executable (find_package(copydesk) sets COPYDESK_EXECUTABLE).
inline FixtureRun run_fixtures(const std::string& copydesk, const std::vector<std::string>& fixtures,
                               const std::vector<std::string>& plugin_paths = {}) {
  std::string command = detail::shell_quote(copydesk) + " test-rules";
  // Appended, not `" " + ...`: g++ 12 warns falsely (-Wrestrict) on a literal plus a temporary.
  for (const std::string& p : plugin_paths) command.append(" --plugin-path ").append(detail::shell_quote(p));
  for (const std::string& f : fixtures) command.append(" ").append(detail::shell_quote(f));
  command += " 2>&1";
  FixtureRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) {
    run.output = "cannot run " + copydesk;
    return run;
  }
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.output.append(buffer, n);
  int status = ::pclose(pipe);
  run.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

}  // namespace copydesk::testing

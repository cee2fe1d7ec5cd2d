// `copydesk new-plugin` and `copydesk new-rule`: start a plugin project from the installed template
// and add rules to it (source, registration, CMake source list, fixture, doc page) in one go.
#pragma once

#include <iosfwd>
#include <string>

namespace copydesk::cli {

/// Copies <share>/plugin-template to `dir` (default: ./NAME) as plugin NAME (kebab-case), renaming
/// the template's plugin, namespace, targets, rule ids, fixtures and doc folder. Refuses an
/// existing non-empty `dir`. Exit status 0, or 2 with a message.
int new_plugin(const std::string& name, std::string dir, const std::string& share_dir, std::ostream& out,
               std::ostream& err);

/// Adds rule `rule` ("RULE" or "PLUGIN/RULE", kebab-case) to the plugin project in `dir`: writes
/// src/<rule>_rule.cpp (a working rule that reports the words its `words` option lists), declares it
/// in src/rules.hpp, registers it in src/plugin.cpp and CMakeLists.txt at the `copydesk:register`
/// and `copydesk:sources` markers, and writes tests/fixtures/<plugin>/<rule>.txt and
/// docs/rules/<plugin>/<rule>.md. Exit status 0, or 2 with a message; nothing is written on error.
int new_rule(const std::string& rule, const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace copydesk::cli

#!/usr/bin/env bash
# Scaffolds a new rule in a plugin project laid out like examples/plugin-template:
#   scripts/new-rule.sh PLUGIN_DIR RULE_ID_PART
# writes src/<rule>_rule.cpp, declares it in src/rules.hpp, registers it in src/plugin.cpp, adds
# it to CMakeLists.txt, and writes a fixture (tests/fixtures/<plugin>/<rule>.txt) and a doc page
# (docs/rules/<plugin>/<rule>.md). The new rule works from the start: it reports the words its
# `words` option lists; change check() to make it yours.
set -euo pipefail
dir=${1:?usage: new-rule.sh PLUGIN_DIR RULE (kebab-case, e.g. no-cliches)}
rule=${2:?usage: new-rule.sh PLUGIN_DIR RULE}
[[ "$rule" =~ ^[a-z][a-z0-9]*(-[a-z0-9]+)*$ ]] || { echo "rule must be kebab-case: $rule" >&2; exit 2; }
plugin_cpp="$dir/src/plugin.cpp"
[ -f "$plugin_cpp" ] || { echo "$plugin_cpp not found: is $dir a plugin project?" >&2; exit 2; }
plugin=$(sed -n 's/^COPYDESK_PLUGIN("\([a-z0-9-]*\)".*/\1/p' "$plugin_cpp")
namespace=$(sed -n 's/^namespace \([a-z_][a-z0-9_]*\) {$/\1/p' "$dir/src/rules.hpp" | head -1)
[ -n "$plugin" ] && [ -n "$namespace" ] || { echo "cannot read the plugin name or namespace" >&2; exit 2; }
snake=${rule//-/_}
camel=$(echo "$rule" | sed -E 's/(^|-)([a-z])/\U\2/g')Rule
source="$dir/src/${snake}_rule.cpp"
[ -e "$source" ] && { echo "$source already exists" >&2; exit 2; }
grep -q 'copydesk:register' "$plugin_cpp" && grep -q 'copydesk:sources' "$dir/CMakeLists.txt" ||
  { echo "the copydesk:register / copydesk:sources markers are missing" >&2; exit 2; }

cat >"$source" <<CPP
// $plugin/$rule: words the house does not print.
#include "rules.hpp"

namespace $namespace {

using namespace copydesk;

RuleMeta $camel::meta() {
  return {.id = "$plugin/$rule",
          .summary = "A word the house does not print.",
          .default_severity = Severity::Warning,
          .options = {{"words", OptionType::StringList, "[\"very\"]", "Words to report (lower case)"}}};
}

$camel::$camel(const RuleContext& context) : words_(context.options.get_string_list("words", {"very"})) {}

void $camel::check(const Document& doc, Reporter& reporter) {
  for (const Token& t : doc.tokens()) {
    if (!t.is_word()) continue;
    std::string lower(t.text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const std::string& w : words_)
      if (lower == w) reporter.report(t.range, "The house does not print \u201C" + std::string(t.text) + "\u201D.");
  }
}

}  // namespace $namespace
CPP

python3 - "$dir/src/rules.hpp" "$camel" "$plugin" "$rule" <<'PY'
import sys
path, camel, plugin, rule = sys.argv[1:]
s = open(path).read()
decl = f"""/// {plugin}/{rule}: a word the house does not print.
class {camel} final : public copydesk::Rule {{
 public:
  static copydesk::RuleMeta meta();
  explicit {camel}(const copydesk::RuleContext& context);
  void check(const copydesk::Document& doc, copydesk::Reporter& reporter) override;

 private:
  std::vector<std::string> words_;
}};

"""
at = s.rindex("}  // namespace")
s = s[:at] + decl + s[at:]
if "#include <vector>" not in s:
    s = s.replace("#include <copydesk/rule.hpp>", "#include <copydesk/rule.hpp>\n#include <string>\n#include <vector>", 1)
open(path, "w").write(s)
PY
sed -i "s|^\(\s*\)// copydesk:register|\1registry.add<$namespace::$camel>();\n\1// copydesk:register|" "$plugin_cpp"
sed -i "s|^\(\s*\)# copydesk:sources|\1src/${snake}_rule.cpp\n\1# copydesk:sources|" "$dir/CMakeLists.txt"

mkdir -p "$dir/tests/fixtures/$plugin" "$dir/docs/rules/$plugin"
cat >"$dir/tests/fixtures/$plugin/$rule.txt" <<TXT
The harbour was very quiet.
                ^^^^ $plugin/$rule: The house does not print “very”.
Clean: a quiet harbour.
TXT
cat >"$dir/docs/rules/$plugin/$rule.md" <<MD
# $plugin/$rule

A word the house does not print.

- Default severity: warning. No fix.

| option | type | default | meaning |
| --- | --- | --- | --- |
| \`words\` | array of strings | \`["very"]\` | words to report (lower case) |

Fixtures: \`tests/fixtures/$plugin/$rule.txt\`.
MD
echo "created $plugin/$rule: $source, its fixture and doc page; rebuild and run ctest"

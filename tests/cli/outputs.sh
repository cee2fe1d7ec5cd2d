#!/usr/bin/env bash
# Every printer on one file with non-ASCII text before the flagged words; golden outputs.
. "$(dirname "$0")/lib.sh"
cd "$SRC/tests/cli" || exit 1
G=golden
P=(--plugin-path "$TEST_PLUGINS/good" --config /dev/null)
# --config /dev/null is not a regular file: use an empty config instead so no repo config applies.
: >"$WORK/empty.toml"
P=(--plugin-path "$TEST_PLUGINS/good" --config "$WORK/empty.toml" --enable testplug/repeat-name)

for fmt in text line json; do
  run "fmt-$fmt" check fixtures/unicode.txt --format "$fmt" --color never "${P[@]}"
  expect_rc "fmt-$fmt" 0
  expect_golden "fmt-$fmt" "$G/unicode.$fmt"
done

# Byte-identical from run to run, whatever the number of jobs.
run again check fixtures/unicode.txt --format json "${P[@]}" --jobs 1
cmp -s "$WORK/again.out" "$WORK/fmt-json.out" && pass || fail "json output differs between runs"

# Colour only when asked (stdout is not a terminal here).
run color check fixtures/unicode.txt --color always "${P[@]}"
expect_in color out $'\033['
expect_not_in fmt-text out $'\033['

# Exit codes: --fail-on and --min-severity.
run fail-warning check fixtures/unicode.txt --fail-on warning "${P[@]}"
expect_rc fail-warning 1
run fail-suggestion check fixtures/unicode.txt --fail-on suggestion --disable punctuation/space-before \
  --disable punctuation/doubled-word --disable testplug/banned-word "${P[@]}"
expect_rc fail-suggestion 1
run min-sev check fixtures/unicode.txt --min-severity warning --format line "${P[@]}"
expect_not_in min-sev out "testplug/repeat-name"
expect_in min-sev out "punctuation/space-before"

# Standard input is "-".
"$COPYDESK" check - --format line "${P[@]}" <fixtures/unicode.txt >"$WORK/stdin.out" 2>&1
grep -qF -- "-:1:" "$WORK/stdin.out" && pass || fail "stdin: no '-:1:' in output"

# The seed article: the space before a comma is found with its fix.
if [ -f "$SHARED/examples/seed-article.txt" ]; then
  run seed check "$SHARED/examples/seed-article.txt" --format json --config "$WORK/empty.toml"
  expect_in seed out '"rule": "punctuation/space-before"'
fi
finish

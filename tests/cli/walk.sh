#!/usr/bin/env bash
# Folder walking, extensions, hidden folders, --files-from, path order and the --jobs setting.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml" --format line)
mkdir -p "$WORK/t/b" "$WORK/t/.hidden" "$WORK/t/a"
for f in a/1.txt b/2.md a/3.markdown b/4.html .hidden/5.txt a/6.jpg a/7.htm; do
  printf 'Text , here.\n' >"$WORK/t/$f"
done
run walk check "$WORK/t" "${C[@]}" --jobs 2
expect_rc walk 0
lines=$(cut -d: -f1 "$WORK/walk.out" | sed "s|$WORK/t/||" | tr '\n' ' ')
[ "$lines" = "a/1.txt a/3.markdown a/7.htm b/2.md b/4.html " ] && pass || fail "walk order/extensions: $lines"

run named check "$WORK/t/a/6.jpg" "${C[@]}"
expect_in named out "6.jpg:1:5:"   # a file named on the command line is checked whatever its extension

printf '%s\n' "$WORK/t/b/2.md" "$WORK/t/deleted.md" "$WORK/t/a/1.txt" >"$WORK/list"
run files-from check --files-from "$WORK/list" "${C[@]}"
expect_rc files-from 0
[ "$(wc -l <"$WORK/files-from.out")" = 2 ] && pass || fail "files-from: expected 2 findings"
"$COPYDESK" check --files-from - "${C[@]}" <"$WORK/list" >"$WORK/ff-stdin.out" 2>&1
[ "$(wc -l <"$WORK/ff-stdin.out")" = 2 ] && pass || fail "files-from stdin: expected 2 findings"

# Many files, many jobs: same output as one job.
for i in $(seq 1 60); do printf 'Para %d , here.\n' "$i" >"$WORK/t/b/m$i.txt"; done
run j1 check "$WORK/t" "${C[@]}" --jobs 1
run j4 check "$WORK/t" "${C[@]}" --jobs 4
cmp -s "$WORK/j1.out" "$WORK/j4.out" && pass || fail "--jobs 4 output differs from --jobs 1"
# `exclude` globs in the config skip parts of a walk.
printf 'exclude = ["b/**", "a/3.markdown"]\nextensions = [".txt", ".md", ".markdown", ".html", ".htm"]\n' >"$WORK/t/.copydesk.toml"
(cd "$WORK/t" && "$COPYDESK" check . --format line >"$WORK/ex.out" 2>&1)
lines=$(cut -d: -f1 "$WORK/ex.out" | sort -u | tr '\n' ' ')
[ "$lines" = "a/1.txt a/7.htm " ] && pass || fail "exclude: $lines"
finish

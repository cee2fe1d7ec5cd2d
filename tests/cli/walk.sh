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

# Ignore files, the way git and ripgrep read them: nested files, negation, anchored and folder-only
# patterns; .ignore beats .gitignore and .copydeskignore beats both; .git and node_modules skipped.
R="$WORK/repo"
mkdir -p "$R/.git" "$R/node_modules/pkg" "$R/build" "$R/vendor/lib" "$R/docs/drafts" "$R/docs/sub/build" \
  "$R/notes" "$R/deep/a/b"
for f in top.md node_modules/pkg/README.md build/CMakeCache.txt vendor/lib/x.md docs/keep.md docs/drafts/d.md \
  docs/sub/build/inner.md docs/sub/page.md notes/n1.txt notes/n2.txt notes/keep-me.txt deep/a/b/c.md \
  docs/sub/plain.log.txt .git/HEAD.txt; do
  printf 'Text , here.\n' >"$R/$f"
done
printf '# build trees anywhere, vendor at the top only\nbuild/\n/vendor\nnotes/*.txt\n!notes/keep-me.txt\n*.log.txt\n' >"$R/.gitignore"
printf 'drafts/\n' >"$R/docs/.gitignore"
printf '!drafts/\n' >"$R/docs/.ignore"           # .ignore re-includes what .gitignore dropped
printf 'deep/**/c.md\n' >"$R/.copydeskignore"
(cd "$R" && "$COPYDESK" check . "${C[@]}" >"$WORK/ig.out" 2>"$WORK/ig.err")
lines=$(cut -d: -f1 "$WORK/ig.out" | sort -u | tr '\n' ' ')
[ "$lines" = "docs/drafts/d.md docs/keep.md docs/sub/page.md notes/keep-me.txt top.md " ] && pass || fail "ignore files: $lines"
# The repository's ignore files apply when a subfolder is walked too; a named file is always checked.
(cd "$R/docs" && "$COPYDESK" check sub "${C[@]}" >"$WORK/ig-sub.out" 2>&1)
lines=$(cut -d: -f1 "$WORK/ig-sub.out" | sort -u | tr '\n' ' ')
[ "$lines" = "sub/page.md " ] && pass || fail "ignore files from above: $lines"
run ig-named check "$R/build/CMakeCache.txt" "${C[@]}"
expect_in ig-named out "CMakeCache.txt:1:5:"

# No path: an error saying how to name a folder, for check and fix alike; nothing is written.
(cd "$R" && "$COPYDESK" check "${C[@]}" >"$WORK/nopath.out" 2>"$WORK/nopath.err"; echo $? >"$WORK/nopath.rc")
expect_rc nopath 2
expect_in nopath err "name the files or folders to check, e.g. \`copydesk check .\`"
(cd "$R" && "$COPYDESK" fix "${C[@]}" >"$WORK/nofix.out" 2>"$WORK/nofix.err"; echo $? >"$WORK/nofix.rc")
expect_rc nofix 2
expect_in nofix err "name the files or folders to fix, e.g. \`copydesk fix .\`"
grep -qF 'Text , here.' "$R/top.md" && pass || fail "fix with no path changed a file"

# A path matching nothing, a walk finding no file, an unreadable folder: reported, exit 2.
run missing check "$WORK/no-such-thing" "${C[@]}"
expect_rc missing 2
expect_in missing err "no-such-thing: error: no such file or directory"
mkdir -p "$WORK/empty-dir/sub"
printf 'x\n' >"$WORK/empty-dir/sub/image.jpg"
run emptywalk check "$WORK/empty-dir" "${C[@]}"
expect_rc emptywalk 2
expect_in emptywalk err "the folder has no file to check"
# (As root every folder is readable: the check runs as nobody when setpriv can drop to it.)
AS=()
[ "$(id -u)" = 0 ] && command -v setpriv >/dev/null && AS=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if [ "$(id -u)" != 0 ] || [ ${#AS[@]} -gt 0 ]; then
  L=$(mktemp -d /tmp/copydesk-locked.XXXXXX)
  mkdir -p "$L/inner" && printf 'Text , here.\n' >"$L/ok.txt" && cp "$WORK/empty.toml" "$L/empty.toml"
  chmod 755 "$L" && chmod 644 "$L/ok.txt" "$L/empty.toml" && chmod 000 "$L/inner"
  "${AS[@]}" "$COPYDESK" check "$L" --config "$L/empty.toml" --format line >"$WORK/locked.out" 2>"$WORK/locked.err"
  echo $? >"$WORK/locked.rc"
  chmod 755 "$L/inner"
  rm -rf "$L"
  expect_rc locked 2
  expect_in locked err "inner: error: cannot read the folder"
  expect_in locked out "ok.txt:1:5:"
fi
# A symlink beside its target in one walk: the file is checked once, under its own name; named
# on the command line, both are checked as asked.
mkdir "$WORK/links"
printf 'Text , here.\n' >"$WORK/links/real.md"
ln -s real.md "$WORK/links/alias.md"
(cd "$WORK/links" && "$COPYDESK" check . "${C[@]}" >"$WORK/links.out" 2>&1)
[ "$(grep -c 'space-before' "$WORK/links.out")" = 1 ] && grep -q '^real.md:' "$WORK/links.out" && pass ||
  fail "a symlinked file was checked twice in one walk: $(cat "$WORK/links.out")"
finish

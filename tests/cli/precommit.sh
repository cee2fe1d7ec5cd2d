#!/usr/bin/env bash
# The repository's .pre-commit-hooks.yaml run by pre-commit itself (Debian's pre-commit) against a
# temporary article repository that uses this checkout as its hook repository.
. "$(dirname "$0")/lib.sh"
command -v pre-commit >/dev/null || skip "pre-commit is not installed (apt-get install pre-commit)"
command -v git >/dev/null || skip "git is not installed"
export PATH="$(dirname "$COPYDESK"):$PATH" PRE_COMMIT_HOME="$WORK/pre-commit-home"
cd "$WORK" && mkdir articles && cd articles || exit 1
git init -q && git config user.email t@example.com && git config user.name test
printf 'The council met on Monday , and the the vote passed.\n' >story.md
printf 'key: value , with a comma\n' >settings.yaml
printf 'The harbour opened.\n' >clean.txt
git add . >/dev/null
# `try-repo` runs the hooks of a local checkout as it is now, uncommitted changes included.
pre-commit try-repo "$SRC" copydesk --all-files >"$WORK/check.out" 2>&1
echo $? >"$WORK/check.rc"; : >"$WORK/check.err"
expect_rc check 1
expect_in check out 'story.md:1:'
expect_not_in check out 'settings.yaml'
pre-commit try-repo "$SRC" copydesk --files clean.txt >"$WORK/clean.out" 2>&1
echo $? >"$WORK/clean.rc"; : >"$WORK/clean.err"
expect_rc clean 0
pre-commit try-repo "$SRC" copydesk-fix --files story.md >"$WORK/fix.out" 2>&1
echo $? >"$WORK/fix.rc"; : >"$WORK/fix.err"
expect_rc fix 1   # pre-commit fails a hook that changed files
grep -q 'Monday, and the vote passed.' story.md && pass || fail "copydesk-fix did not apply the safe fixes: $(cat story.md)"
grep -q 'value , with' settings.yaml && pass || fail "copydesk-fix touched a YAML file"
finish

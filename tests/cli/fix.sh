#!/usr/bin/env bash
# Fix mode: safe fixes applied in place without losing a byte; --dry-run prints a diff that applies.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml")
cd "$WORK" || exit 1
# A BOM, CRLF line ends, multi-byte characters around the fixes, and no final newline.
printf '\xEF\xBB\xBFThe port , opened; the the mayor spoke for 21/2 hours.\r\nCaf\xC3\xA9 , here \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D , done\r\nno final newline , here' >a.txt
chmod 640 a.txt
cp a.txt original.txt
run dry fix a.txt --dry-run --unsafe "${C[@]}"
expect_rc dry 0
cmp -s a.txt original.txt && pass || fail "--dry-run changed the file"
expect_in dry out "--- a/a.txt"
# The diff is a real one: GNU patch applies it to a copy.
cp original.txt copy.txt
sed 's|^--- a/a.txt|--- copy.txt|; s|^+++ b/a.txt|+++ copy.txt|' dry.out >fix.patch
patch -s copy.txt <fix.patch && pass || fail "patch does not apply"

# Without --unsafe only the certain fixes: the fraction (a guess) stays as written.
cp original.txt safe.txt
run safe fix safe.txt --format line "${C[@]}"
expect_in safe err "applied 5 fixes in 1 file"
grep -q '21/2 hours' safe.txt && pass || fail "a suggested fix was applied without --unsafe"
expect_in safe out "numbers/mangled-fraction"
run fix fix a.txt --format line --unsafe "${C[@]}"
expect_rc fix 0
expect_in fix err "applied 6 fixes in 1 file"
printf '\xEF\xBB\xBFThe port, opened; the mayor spoke for 2\xC2\xBD hours.\r\nCaf\xC3\xA9, here \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D, done\r\nno final newline, here' >expected.txt
cmp -s a.txt expected.txt && pass || { fail "fixed file differs"; od -c a.txt | head; }
cmp -s copy.txt expected.txt && pass || fail "the dry-run diff does not give the fixed file"
[ "$(stat -c %a a.txt)" = 640 ] && pass || fail "permissions not kept"
[ ! -e a.txt.copydesk-tmp ] && pass || fail "temp file left behind"

# Nothing left to fix: the file is not touched at all.
touch -d '2001-01-01' expected.txt
run again fix expected.txt "${C[@]}"
[ "$(stat -c %Y expected.txt)" = "$(date -d 2001-01-01 +%s)" ] && pass || fail "an unchanged file was rewritten"

# Overlapping fixes: the first wins in a pass; the rest is re-checked and fixed on the next.
printf 'A flub flub ends , here.\n' >overlap.txt
run overlap fix overlap.txt --format line --unsafe --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
[ "$(cat overlap.txt)" = "A flop ends, here." ] && pass || fail "overlap result: $(cat overlap.txt)"

# What is left is reported, with check's exit status.
printf 'On Tuesday, March 6, 2024 the port , opened.\n' >left.txt
run left fix left.txt --format line "${C[@]}"
expect_rc left 1
expect_in left out "left.txt:1:4: error: March 6, 2024 was a Wednesday"
expect_not_in left out "space-before"
finish

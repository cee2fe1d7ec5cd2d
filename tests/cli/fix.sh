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

# Plain `fix` applies the safe fixes only: the mangled fraction is a suggestion, left as it is.
cp original.txt safe.txt
run safe fix safe.txt --format line "${C[@]}"
expect_rc safe 0
expect_in safe err "applied 5 fixes in 1 file"
expect_in safe out "safe.txt:1:39: warning:"
grep -qF '21/2' safe.txt && pass || fail "a suggestion was applied without --unsafe"

run fix fix a.txt --unsafe --format line "${C[@]}"
expect_rc fix 0
expect_in fix err "applied 6 fixes in 1 file"
printf '\xEF\xBB\xBFThe port, opened; the mayor spoke for 2\xC2\xBD hours.\r\nCaf\xC3\xA9, here \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D, done\r\nno final newline, here' >expected.txt
cmp -s a.txt expected.txt && pass || { fail "fixed file differs"; od -c a.txt | head; }
cmp -s copy.txt expected.txt && pass || fail "the dry-run diff does not give the fixed file"
[ "$(stat -c %a a.txt)" = 640 ] && pass || fail "permissions not kept"
[ -z "$(ls -A | grep copydesk-)" ] && pass || fail "temp file left behind"

# Nothing left to fix: the file is not touched at all.
touch -d '2001-01-01' expected.txt
run again fix expected.txt "${C[@]}"
[ "$(stat -c %Y expected.txt)" = "$(date -d 2001-01-01 +%s)" ] && pass || fail "an unchanged file was rewritten"

# Overlapping fixes: the first wins in a pass; the rest is re-checked and fixed on the next.
printf 'A flub flub ends , here.\n' >overlap.txt
run overlap fix overlap.txt --unsafe --format line --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
[ "$(cat overlap.txt)" = "A flop ends, here." ] && pass || fail "overlap result: $(cat overlap.txt)"

# A fix that makes another possible: the space before the comma goes, then the comma gets its
# space after, in one run (the second fix is inside what the first check reported).
printf 'He said so ,and left.\nThe line ,ok\r\n' >chained.txt
run chained fix chained.txt --format line "${C[@]}"
[ "$(cat chained.txt)" = "$(printf 'He said so, and left.\nThe line, ok\r')" ] && pass || fail "chained fixes: $(od -c chained.txt)"
run chained-after check chained.txt --format line "${C[@]}"
expect_rc chained-after 0

# Fixes are cut to the characters they change, never inside a multi-byte character.
printf 'Caf\xc3\xa9 owners say so ,and more.\n' >chars.txt
run chars fix chars.txt --format line "${C[@]}"
[ "$(cat chars.txt)" = "$(printf 'Caf\xc3\xa9 owners say so, and more.')" ] && pass || fail "chained fixes beside UTF-8: $(cat chars.txt)"

# `fix -`: standard input, fixed, on standard output; the count on standard error; --dry-run a diff.
printf 'He said so ,and the goverment left.\n' >stdin-in.txt
run stdin-fix fix - --stdin-filename piped.txt "${C[@]}" <stdin-in.txt
expect_rc stdin-fix 0
[ "$(cat stdin-fix.out)" = "He said so, and the goverment left." ] && pass || fail "fix - output: $(cat stdin-fix.out)"
expect_in stdin-fix err "applied 2 fixes to standard input; 1 finding left"
run stdin-unsafe fix - --unsafe "${C[@]}" <stdin-in.txt
[ "$(cat stdin-unsafe.out)" = "He said so, and the government left." ] && pass || fail "fix - --unsafe output: $(cat stdin-unsafe.out)"
run stdin-diff fix - --dry-run "${C[@]}" <stdin-in.txt
expect_in stdin-diff out "+He said so, and the goverment left."
expect_in stdin-diff err "would apply 2 fixes"
printf 'ab\000cd , ef.\n' >stdin-binary.txt
run stdin-binary fix - "${C[@]}" <stdin-binary.txt
expect_rc stdin-binary 2
expect_in stdin-binary err "copydesk: error: -: "
cmp -s stdin-binary.out stdin-binary.txt && pass || fail "fix - changed input it refused"
run stdin-other fix - chained.txt "${C[@]}" <stdin-in.txt
expect_rc stdin-other 2
expect_in stdin-other err "give no other file with it"

# A rule's `fix` setting: "all" applies its suggestions without --unsafe, "none" never applies.
printf 'A flub here , now.\n' >policy.txt
printf '[rules."testplug/banned-word"]\nfix = "all"\n[rules."punctuation/space-before"]\nfix = "none"\n' >policy.toml
run policy fix policy.txt --unsafe --format line --plugin-path "$TEST_PLUGINS/good" --config policy.toml
[ "$(cat policy.txt)" = "A flop here , now." ] && pass || fail "fix policy result: $(cat policy.txt)"
printf '[rules."testplug/banned-word"]\nfix = "sometimes"\n' >bad-policy.toml
run bad-policy check policy.txt --plugin-path "$TEST_PLUGINS/good" --config bad-policy.toml
expect_rc bad-policy 2
expect_in bad-policy err 'bad-policy.toml:2:7: `fix` must be "safe", "all" or "none"'

# The report says which fixes are safe: text marks suggestions, JSON has "safe".
printf 'A flub here , now.\n' >marks.txt
run marks check marks.txt --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
expect_in marks out '= suggestion: `flub` → `flop` (fix --unsafe)'
expect_in marks out '= fix: ` ,` → `,`'
run marks-json check marks.txt --format json --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
expect_in marks-json out '"safe": false'
expect_in marks-json out '"safe": true'

# What is left is reported, with check's exit status.
printf 'On Tuesday, March 6, 2024 the port , opened.\n' >left.txt
run left fix left.txt --format line "${C[@]}"
expect_rc left 1
expect_in left out "left.txt:1:4: error: March 6, 2024 was a Wednesday"
expect_not_in left out "space-before"
finish

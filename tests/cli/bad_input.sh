#!/usr/bin/env bash
# Bad input: invalid UTF-8, binary, empty, a 10 MB single line, a missing file, a rule that throws.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml")
printf 'Good text , here.\n' >"$WORK/good.txt"
printf 'Line one.\nBad \xFF byte.\n' >"$WORK/bad-utf8.txt"
printf 'PK\x03\x04\x00\x00binary' >"$WORK/binary.txt"
: >"$WORK/empty.txt"

run utf8 check "$WORK/bad-utf8.txt" "$WORK/good.txt" --format line "${C[@]}"
expect_rc utf8 2
expect_in utf8 err "invalid UTF-8 at byte offset 14 (line 2, column 5"
expect_in utf8 out "good.txt:1:10:"   # the other file is still checked

run utf8-json check "$WORK/bad-utf8.txt" --format json "${C[@]}"
expect_in utf8-json out '"error": "invalid UTF-8 at byte offset 14'

run binary check "$WORK/binary.txt" --format line "${C[@]}"
expect_rc binary 2
expect_in binary err "binary file (NUL byte at offset 4)"

run empty check "$WORK/empty.txt" "${C[@]}"
expect_rc empty 0

run missing check "$WORK/nope.txt" "${C[@]}"
expect_rc missing 2
expect_in missing err "no such file or directory"

# A 10 MB single line (2 MB under the sanitizers: still a column past 2^20): checked, the finding
# at its exact column, the excerpt clipped.
size=$([ -n "${SANITIZED:-}" ] && echo 2000000 || echo 9999990)
python3 -c "
import sys
words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa '
line = (words * 180000)[:int(sys.argv[2])] + ' , end.'
open(sys.argv[1], 'w').write(line + '\n')" "$WORK/huge.txt" "$size"
run huge check "$WORK/huge.txt" --format line "${C[@]}"
expect_rc huge 0
expect_in huge out "huge.txt:1:$((size + 1)): warning: Remove the space before"
run huge-text check "$WORK/huge.txt" --format text --color never "${C[@]}"
[ "$(wc -c <"$WORK/huge-text.out")" -lt 2000 ] && pass || fail "huge line excerpt is not clipped"

# CRLF and a BOM change no position.
printf '\xEF\xBB\xBFFirst line , here.\r\nSecond , line.\r\n' >"$WORK/crlf.txt"
run crlf check "$WORK/crlf.txt" --format line "${C[@]}"
expect_in crlf out "crlf.txt:1:11:"
expect_in crlf out "crlf.txt:2:7:"

# A rule that throws becomes a diagnostic of its own; the other rules and files go on; exit 2.
printf 'KABOOM and a flub , here.\n' >"$WORK/throws.txt"
run throws check "$WORK/throws.txt" "$WORK/good.txt" --format line --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
expect_rc throws 2
expect_in throws out "internal error: the rule failed on this file and was skipped: boom from testplug [testplug/throws]"
expect_in throws out "[testplug/banned-word]"
expect_in throws out "good.txt:1:10:"
finish

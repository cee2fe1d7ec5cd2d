#!/usr/bin/env bash
# Inline suppressions: disable/enable with and without rule ids, next-line, and their misuse.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
cat >"$WORK/s.txt" <<'TXT'
The port , opened.
copydesk-disable punctuation/space-before
The port , opened again, and the the mayor spoke.
copydesk-enable punctuation/space-before
The port , closed.
<!-- copydesk-disable-next-line -->
The the port , closed again.
copydesk-disable
The the port , shut.
copydesk-enable punctuation/doubled-word
The the port , shut again.
copydesk-enable
The harbour , reopened.
copydesk-disable-next-line punctuation/doubled-word
The the quay , reopened.
copydesk-disable punctuation/no-such-rule
TXT
run s check "$WORK/s.txt" --format line --config "$WORK/empty.toml"
expect_in s out "s.txt:1:9: warning: Remove the space before"
expect_not_in s out "s.txt:3:9:"
expect_in s out "s.txt:3:30: warning: “the” is repeated."
expect_in s out "s.txt:5:9:"
expect_not_in s out "s.txt:7:"
expect_not_in s out "s.txt:9:"
expect_in s out "s.txt:11:1: warning: “the” is repeated."
expect_not_in s out "s.txt:11:13"
expect_in s out "s.txt:13:12:"
expect_not_in s out "s.txt:15:1:"
expect_in s out "s.txt:15:13:"
expect_in s out "s.txt:16:1: warning: copydesk-disable names an unknown rule “punctuation/no-such-rule”. [copydesk/suppression]"
expect_in s out "s.txt:16:1: warning: copydesk-disable punctuation/no-such-rule is never closed by a copydesk-enable. [copydesk/suppression]"
finish

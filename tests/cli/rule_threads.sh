#!/usr/bin/env bash
# One large document (256 KB or more) with cores to spare: its rules share the threads. The report
# is byte for byte what one thread gives, and a rule that crashes on such a thread is still named.
. "$(dirname "$0")/lib.sh"
# ~300 KB of copy with faults of several plugins in every paragraph.
python3 - "$WORK/big.txt" <<'PY'
import sys
paragraph = ("The the council of Tarrowby met on Tuesday , and Mr. Quill said the plan recieved praise. "
             "Councillor Imogen Wrathall called it a good colour; Wrathal agreed that the color was right.\n\n")
with open(sys.argv[1], "w") as f:
    for i in range(1500):
        f.write(f"Section {i}. " + paragraph)
PY
size=$(wc -c <"$WORK/big.txt")
[ "$size" -ge 262144 ] || { fail "the test document is only $size bytes"; finish; }
run one check "$WORK/big.txt" --format json --jobs 1
run four check "$WORK/big.txt" --format json --jobs 4
expect_rc one 0
expect_rc four 0
if [ "$(grep -o '"rule"' "$WORK/one.out" | wc -l)" -ge 3000 ]; then pass; else fail "too few findings: $(grep -o '"rule"' "$WORK/one.out" | wc -l)"; fi
if cmp -s "$WORK/one.out" "$WORK/four.out"; then pass; else fail "--jobs 4 changed the report of one big file"; diff "$WORK/one.out" "$WORK/four.out" | head; fi
# A rule crashing on a helper thread: the crash guard still names plugin, rule and file.
cp "$WORK/big.txt" "$WORK/crash.txt"
printf 'A line with CRASH-SEGV in it.\n' >>"$WORK/crash.txt"
run crash check "$WORK/crash.txt" --jobs 4 --format line --plugin-path "$TEST_PLUGINS/crashing"
expect_rc crash 2
expect_in crash err "copydesk: error: a segmentation fault in rule crashplug/segfault of plugin \"crashplug\" while checking $WORK/crash.txt"
finish

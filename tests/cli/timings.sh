#!/usr/bin/env bash
# --timings: the report is unchanged; standard error gets one row per rule that ran, per analysis
# computed and per stage, with times that add up to the total line.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/articles"
printf 'The the mayor of Tarrowby opened the bridge on Tuesday , and Mr. Quill said it recieved praise.\n\nMr Quill left.\n' \
  >"$WORK/articles/one.txt"
printf '# Harbour\n\nThe harbour reopened on Friday.\n' >"$WORK/articles/two.md"
run plain check "$WORK/articles" --format line
run timed check "$WORK/articles" --format line --timings
expect_rc plain 0
expect_rc timed 0
if cmp -s "$WORK/plain.out" "$WORK/timed.out"; then pass; else fail "--timings changed the report"; diff "$WORK/plain.out" "$WORK/timed.out" | head; fi
expect_in timed err "Rule, analysis or (stage)"
expect_in timed err "(start-up: config, plugins, packs)"
expect_in timed err "(reading files and building documents)"
expect_in timed err "analysis copydesk.structure"
expect_in timed err "spelling/misspelling"
expect_in timed err "punctuation/doubled-word"
# Each rule ran once per document: the calls column says 2; the rows add up to the total.
if awk '$1 == "spelling/misspelling" && $NF == 2 { found = 1 } END { exit !found }' "$WORK/timed.err"; then pass; else
  fail "spelling/misspelling should have 2 calls"; cat "$WORK/timed.err"; fi
# Each row is rounded to 0.1 ms: the sum may differ from the total by 0.05 ms a row.
if awk '$1 == "total" { total = $2; next } /%/ { sum += $(NF - 2); rows++ } END {
    d = sum - total; if (d < 0) d = -d; exit !(total > 0 && rows > 0 && d <= 0.05 * rows + 0.05) }' "$WORK/timed.err"; then pass; else
  fail "the rows do not add up to the total"; cat "$WORK/timed.err"; fi
# Without --timings nothing is printed to standard error.
if [ -s "$WORK/plain.err" ]; then fail "standard error without --timings: $(head -3 "$WORK/plain.err")"; else pass; fi
# fix takes it too: the table is the check that follows the fixes.
run fixed fix "$WORK/articles" --timings
expect_in fixed err "(start-up: config, plugins, packs)"
expect_in fixed err "punctuation/doubled-word"
finish

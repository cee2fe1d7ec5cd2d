#!/usr/bin/env bash
# Gating pull requests: JUnit (jenkinsci xunit XSD via ../shared/clients), GitLab Code Quality
# (our schema from GitLab's documented format, python3-jsonschema), GitHub's annotation limit,
# --new-from-rev (git's changed lines, renames, a missing revision) and --baseline.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
cd "$WORK" || exit 1
printf 'The port , opened.\nThe the mayor & the “council” met.\n' >a.txt
printf 'A clean line.\n' >clean.txt

# JUnit: one suite per file, one failing case per finding, a passing case for a clean file.
run junit check a.txt clean.txt --format junit --config empty.toml
expect_rc junit 0
expect_in junit out '<testsuite name="a.txt" tests="2" failures="2"'
expect_in junit out '<testcase name="copydesk" classname="clean.txt"'
# The validator needs the clients installed (../shared/clients/install.sh; .ci/run does it).
clients="${CLIENTS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-clients}"
if command -v xmllint >/dev/null && [ -f "$SHARED/schemas/junit-10.xsd" ] && [ -d "$clients/node_modules" ]; then
  cp junit.out out.xml
  if bash "$SHARED/clients/validate-junit.sh" out.xml >v.log 2>&1; then pass; else fail "JUnit XSD"; cat v.log; fi
else
  echo "note: xmllint, the JUnit XSD or the clients missing; the schema check of JUnit is skipped"
fi

# GitLab Code Quality: valid against the schema; fingerprints survive a line added above.
run cq check a.txt --format codequality --config empty.toml
expect_in cq out '"check_name": "punctuation/space-before"'
expect_in cq out '"severity": "minor"'
python3 -c 'import jsonschema' 2>/dev/null || skip "python3-jsonschema is not installed"
cp cq.out cq.json
if python3 "$SRC/tests/schemas/validate_json.py" "$SRC/tests/schemas/gitlab-codequality.schema.json" cq.json >v.log 2>&1
then pass; else fail "Code Quality schema"; cat v.log; fi
echo '[{"description": "no location"}]' >bad.json
python3 "$SRC/tests/schemas/validate_json.py" "$SRC/tests/schemas/gitlab-codequality.schema.json" bad.json >/dev/null 2>&1 &&
  fail "the Code Quality schema accepts a report without check_name or location" || pass
grep -o '"fingerprint": "[0-9a-f]*"' cq.out >fp1
sed -i '1i A new first line.' a.txt
"$COPYDESK" check a.txt --format codequality --config empty.toml | grep -o '"fingerprint": "[0-9a-f]*"' >fp2
cmp -s fp1 fp2 && pass || fail "Code Quality fingerprints moved with the lines"
[ "$(sort -u fp1 | wc -l)" = "$(wc -l <fp1)" ] && pass || fail "Code Quality fingerprints are not unique"

# GitHub shows 10 annotations of a level per step: the rest are plain lines and the end says so.
for i in $(seq 1 14); do echo "Line $i: the port , opened."; done >many.txt
run gh check many.txt --format github --config empty.toml
[ "$(grep -c '^::warning ' gh.out)" = 10 ] && pass || fail "expected 10 warning annotations: $(grep -c '^::warning ' gh.out)"
expect_in gh out 'many.txt:11:'
expect_in gh out 'copydesk: 4 findings are printed above as plain lines'
expect_in gh out '--format sarif'

# --new-from-rev: only lines added or changed since the revision; renames followed.
command -v git >/dev/null || skip "git is not installed"
mkdir repo && cd repo || exit 1
git init -q && git config user.email t@example.com && git config user.name test
printf 'Old line , one.\nA calm line.\nOld line , three.\n' >story.txt
printf 'Untouched the the line.\n' >old.txt
printf 'Moved , line.\nSecond calm line.\nThird calm line.\nFourth calm line.\nFifth calm line.\n' >before.txt
git add . && git commit -qm base
printf 'Old line , one.\nA changed line , now.\nOld line , three.\n' >story.txt
git mv before.txt after.txt
printf 'Moved , line.\nSecond line , edited.\nThird calm line.\nFourth calm line.\nFifth calm line.\n' >after.txt
printf 'Brand new , file.\n' >new.txt
run nfr check . --format line --config ../empty.toml --new-from-rev HEAD
expect_rc nfr 0
expect_in nfr out 'story.txt:2:'
expect_not_in nfr out 'story.txt:1:'
expect_not_in nfr out 'story.txt:3:'
expect_not_in nfr out 'old.txt'
expect_in nfr out 'after.txt:2:'
expect_not_in nfr out 'after.txt:1:'
expect_in nfr out 'new.txt:1:'
run nfr_missing check . --format line --config ../empty.toml --new-from-rev 0123456789abcdef0123456789abcdef01234567
expect_rc nfr_missing 2
expect_in nfr_missing err 'is not in this repository'
git commit -qam second
cd .. && git clone -q --depth 1 "file://$WORK/repo" shallow && cd shallow || exit 1
run shallow check . --format line --config ../empty.toml --new-from-rev HEAD~1
expect_rc shallow 2
expect_in shallow err 'shallow clone'
cd "$WORK" || exit 1
run not_git check a.txt --format line --config empty.toml --new-from-rev HEAD
expect_rc not_git 2
expect_in not_git err 'not inside a git work tree'

# --baseline: `copydesk baseline` records today's findings; check then reports only new ones.
mkdir legacy && cd legacy || exit 1
printf 'The port , opened.\nThe the mayor spoke.\n' >one.txt
run base baseline . -o base.json --config ../empty.toml
expect_rc base 0
expect_in base err 'baseline written to base.json'
run after_base check . --format line --config ../empty.toml --baseline base.json --fail-on suggestion
expect_rc after_base 0
[ ! -s "$WORK/after_base.out" ] && pass || fail "findings left after the baseline: $(cat "$WORK/after_base.out")"
sed -i '1i A new line , with a fault.' one.txt
run new_finding check . --format line --config ../empty.toml --baseline base.json --fail-on suggestion
expect_rc new_finding 1
expect_in new_finding out 'one.txt:1:'
[ "$(wc -l <"$WORK/new_finding.out")" = 1 ] && pass || fail "old findings came back: $(cat "$WORK/new_finding.out")"
echo '{"findings": 3}' >broken.json
run bad_base check . --config ../empty.toml --baseline broken.json
expect_rc bad_base 2
expect_in bad_base err 'not a copydesk baseline'
run no_base check . --config ../empty.toml --baseline missing.json
expect_rc no_base 2

# -o: "-" is standard output; a FIFO is written into, never replaced; a symlink stays a link and
# its target gets the baseline; a folder is an error with nothing written.
run base_stdout baseline . -o - --config ../empty.toml
expect_in base_stdout out '"findings"'
[ ! -e ./- ] && pass || fail "-o - wrote a file named -"
mkfifo base.fifo
cat base.fifo >base.fifo.out &
reader=$!
run base_fifo baseline . -o base.fifo --config ../empty.toml
wait $reader
expect_rc base_fifo 0
[ -p base.fifo ] && grep -q '"findings"' base.fifo.out && pass || fail "the FIFO was replaced or not written"
printf '{}' >base-real.json
ln -s base-real.json base-link.json
run base_link baseline . -o base-link.json --config ../empty.toml
[ -L base-link.json ] && grep -q '"findings"' base-real.json && pass || fail "the symlink was replaced"
mkdir base-dir
run base_dir baseline . -o base-dir --config ../empty.toml
expect_rc base_dir 2
expect_in base_dir err 'base-dir: is a folder'
[ -z "$(ls -A base-dir)" ] && [ -z "$(ls -A | grep copydesk-)" ] && pass || fail "a temporary file was left behind"
mkdir undecodable && printf 'x\xff\n' >undecodable/bin.txt
run base_bad baseline undecodable -o base-bad.json --config ../empty.toml
expect_rc base_bad 2
expect_in base_bad err 'undecodable/bin.txt: error: invalid UTF-8'
finish

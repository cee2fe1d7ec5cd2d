#!/usr/bin/env bash
# SARIF, GitHub annotations, checkstyle and rdjsonl checked by third-party validators
# (../shared/clients: the OASIS schema, GitHub's upload-sarif check, Microsoft's SARIF Multitool,
# @actions/core, reviewdog's schema, xmllint). Skipped, loudly, when the clients are not installed.
. "$(dirname "$0")/lib.sh"
CLIENTS=$(cd "$SHARED/clients" 2>/dev/null && pwd -P)  # physical path: node resolves modules from it
PREFIX="${CLIENTS_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-clients}"
if [ -z "$CLIENTS" ] || [ ! -f "$CLIENTS/validate-sarif.sh" ]; then
  skip "the third-party clients' scripts are not at $SHARED/clients"
fi
if [ ! -d "$PREFIX/node_modules" ] || ! command -v node >/dev/null; then
  skip "third-party clients not installed (bash $CLIENTS/install.sh)"
fi
: >"$WORK/empty.toml"
mkdir -p "$WORK/dir, with: odd%chars"
cp "$SRC/tests/cli/fixtures/unicode.txt" "$WORK/dir, with: odd%chars/article.txt"
printf 'The port , opened; the the mayor spoke of 21/2 hours.\nMr. Okafor and Mr Lopez met.\n' >"$WORK/second.txt"
cd "$WORK" || exit 1
FILES=("dir, with: odd%chars/article.txt" second.txt "$SRC/tests/cli/fixtures/formats/article.md")

run sarif check "${FILES[@]}" --format sarif --config empty.toml
cp "$WORK/sarif.out" "$WORK/out.sarif"
if bash "$CLIENTS/validate-sarif.sh" "$WORK/out.sarif" >"$WORK/v.log" 2>&1; then pass; else fail "SARIF validators"; cat "$WORK/v.log"; fi
grep -q '"columnKind": "utf16CodeUnits"' out.sarif && pass || fail "columnKind"
grep -q '"uriBaseId": "%SRCROOT%"' out.sarif && pass || fail "uriBaseId"
grep -q '"partialFingerprints"' out.sarif && pass || fail "partialFingerprints"
grep -q '"fixes"' out.sarif && pass || fail "fixes"
# Fingerprints do not move when a line is added above the findings.
{ echo "A new first line."; cat second.txt; } >second2.txt
"$COPYDESK" check second.txt --format sarif --config empty.toml | grep -o '"copydeskFinding/v2": "[0-9a-f]*"' >fp1
sed -i '1i A new first line.' second.txt
"$COPYDESK" check second.txt --format sarif --config empty.toml | grep -o '"copydeskFinding/v2": "[0-9a-f]*"' >fp2
cmp -s fp1 fp2 && pass || fail "fingerprints moved with the lines"

printf 'x\xff\n' >undecodable.txt  # a file that cannot be checked is an ERROR record, not silence
run rd check "${FILES[@]}" undecodable.txt --format rdjsonl --config empty.toml
expect_rc rd 2
expect_in rd out '"path":"undecodable.txt"},"severity":"ERROR","code":{"value":"copydesk/input"}'
cp rd.out out.rdjsonl
if bash "$CLIENTS/validate-rdjson.sh" out.rdjsonl >v.log 2>&1; then pass; else fail "rdjsonl validator"; cat v.log; fi

run cs check "${FILES[@]}" --format checkstyle --config empty.toml
cp cs.out out.xml
if bash "$CLIENTS/validate-checkstyle.sh" out.xml >v.log 2>&1; then pass; else fail "checkstyle validator"; cat v.log; fi

# GitHub: byte for byte what @actions/core prints for the same annotations.
run gh check "${FILES[@]}" --format github --config empty.toml
"$COPYDESK" check "${FILES[@]}" --format json --config empty.toml |
  jq -c '.files[] as $f | $f.diagnostics[] | {level: (if .severity == "error" then "error" elif .severity == "warning" then "warning" else "notice" end), message, title: .rule, file: $f.path, line, endLine: .end_line, col: .column, endColumn: .end_column}' >annotations.jsonl
# GitHub shows 10 annotations of a level per step; past that the printer writes plain lines.
jq -c 'select(true)' annotations.jsonl | awk '{ match($0, /"level":"[a-z]*"/); l = substr($0, RSTART, RLENGTH); if (++n[l] <= 10) print }' >shown.jsonl
bash "$CLIENTS/gha-commands.sh" ref <shown.jsonl >ref.txt 2>v.log
grep '^::' gh.out >gh.commands
if cmp -s ref.txt gh.commands; then pass; else fail "github output differs from @actions/core"; diff ref.txt gh.commands | head; fi
bash "$CLIENTS/gha-commands.sh" parse <gh.out >parsed.jsonl 2>>v.log
grep -q '"file":"dir, with: odd%chars/article.txt"' parsed.jsonl && pass || fail "runner does not read the file back: $(head -2 parsed.jsonl)"
finish

#!/usr/bin/env bash
# Editors: `-` with --stdin-filename (reader, config and overrides from the name), and the column
# unit of --format line, checked against Neovim's own quickfix parser when Neovim is installed.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/repo/drafts"
cat >"$WORK/repo/.copydesk.toml" <<TOML
[[overrides]]
files = ["drafts/**"]
rules."punctuation/space-before" = { severity = "error" }
TOML
# Markdown: the code span is not prose, so only the sentence's space is reported.
md='# Heading

Run `ls , -l` now , then.
'
printf '%s' "$md" | "$COPYDESK" check - --stdin-filename "$WORK/repo/drafts/note.md" --format line \
  >"$WORK/named.out" 2>"$WORK/named.err"
echo $? >"$WORK/named.rc"
expect_rc named 1
expect_in named out "$WORK/repo/drafts/note.md:3:18: error: Remove the space before"
expect_not_in named out ":3:8:"
# --stdin-filename alone means standard input; with paths but no "-" it is a usage error.
printf 'Text , here.\n' | "$COPYDESK" check --stdin-filename "$WORK/repo/drafts/alone.txt" --format line \
  >"$WORK/alone.out" 2>&1
expect_in alone out "drafts/alone.txt:1:5: error"
run no-dash check "$WORK/repo" --stdin-filename x.md
expect_rc no-dash 2
expect_in no-dash err 'no "-" was given'
# Without the name: plain text, the current folder's config, reported as "-".
(cd "$WORK" && printf '%s' "$md" | "$COPYDESK" check - --format line >"$WORK/plain.out" 2>&1)
expect_in plain out "-:3:18: warning"
expect_in plain out "-:3:8: warning"

# Columns: code points by default; bytes and UTF-16 units on request.
printf '“Quoted” text , here. 😀 x , y.\nPlain , line.\n' >"$WORK/q.txt"
for unit in codepoint byte utf16; do
  run "col-$unit" check "$WORK/q.txt" --format line --column-unit "$unit"
done
run col-default check "$WORK/q.txt" --format line
expect_in col-default out "q.txt:1:14: warning"
expect_in col-codepoint out "q.txt:1:14: warning"
expect_in col-codepoint out "q.txt:1:26: warning"
expect_in col-byte out "q.txt:1:18: warning"
expect_in col-byte out "q.txt:1:33: warning"
expect_in col-utf16 out "q.txt:1:14: warning"
expect_in col-utf16 out "q.txt:1:27: warning"
expect_in col-byte out "q.txt:2:6: warning"
run col-bad check "$WORK/q.txt" --format line --column-unit bytes
expect_rc col-bad 2

# The documented Vim errorformat, through Neovim's quickfix: the cursor lands on the problem.
if ! command -v "${NVIM:-nvim}" >/dev/null || [ ! -f "$SHARED/clients/qf-check.lua" ]; then
  finish || exit 1  # what ran above still counts
  echo "SKIPPED: the Neovim quickfix check: nvim is not installed (apt-get install neovim), or the clients' qf-check.lua is not at $SHARED/clients"
  exit 77
fi
EFM='%f:%l:%c: %trror: %m,%f:%l:%c: %tarning: %m,%f:%l:%c: suggestion: %m'
QF_INPUT="$WORK/col-byte.out" QF_EFM="$EFM" timeout 60 "${NVIM:-nvim}" --headless -u NONE -i NONE \
  -c "luafile $SHARED/clients/qf-check.lua" >"$WORK/qf.out" 2>"$WORK/qf.err"
expect_in qf out '"cursor_on": " , her"'
expect_in qf out '"cursor_on": " , y."'
expect_in qf out '"cursor_on": " , lin"'
expect_not_in qf out 'error:'
# With code-point columns the cursor misses on a line with curly quotes: the unit matters.
QF_INPUT="$WORK/col-codepoint.out" QF_EFM="$EFM" timeout 60 "${NVIM:-nvim}" --headless -u NONE -i NONE \
  -c "luafile $SHARED/clients/qf-check.lua" >"$WORK/qf-cp.out" 2>&1
expect_not_in qf-cp out '"cursor_on": " , her"'
finish

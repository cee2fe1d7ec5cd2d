#!/usr/bin/env bash
# What a newcomer meets around the checks: a summary on a terminal even when clean, test-rules
# that finds no fixture fails, and plugins found in the layouts distributions install to.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
: >"$WORK/empty.toml"
printf 'Clean copy.\n' >"$WORK/ok.txt"
printf 'Text , here.\n' >"$WORK/bad.txt"

# A clean run on a terminal says so; piped, it prints nothing (scripts see no noise).
if command -v script >/dev/null; then
  script -qec "'$COPYDESK' check '$WORK/ok.txt' --config '$WORK/empty.toml' --color never" /dev/null >"$WORK/tty.out" 2>&1
  expect_in tty out "No problems in 1 file"
else
  echo "note: script(1) missing, terminal summary not checked"
fi
run piped check "$WORK/ok.txt" --config "$WORK/empty.toml"
expect_rc piped 0
if [ -s "$WORK/piped.out" ]; then fail "a clean piped run printed something"; else pass; fi
run quiet-findings check "$WORK/bad.txt" --config "$WORK/empty.toml"
expect_in quiet-findings out "1 problem (0 errors, 1 warning, 0 suggestions) in 1 file"

# test-rules: a folder with no fixture is an error, not a pass.
mkdir -p "$WORK/no-fixtures"
printf 'notes\n' >"$WORK/no-fixtures/README"
run nofix test-rules "$WORK/no-fixtures"
expect_rc nofix 2
expect_in nofix err "no fixture or rule pack found in $WORK/no-fixtures"

# The same plugin folder twice (or the default one named again) is not an error.
run twice check "$WORK/bad.txt" --config "$WORK/empty.toml" --plugin-path "$TEST_PLUGINS/good" \
  --plugin-path "$TEST_PLUGINS/good" --plugin-path "$BUILD/lib/copydesk/plugins" --format line
expect_rc twice 0
expect_not_in twice err "already loaded"
expect_in twice out "bad.txt:1:5: warning"

# Install layouts: GNUInstallDirs lib, lib64, Debian's multiarch lib/<triplet>, another
# triplet, under a /usr-like prefix. The binary finds its plugins relative to itself.
cmake --install "$BUILD" --prefix "$WORK/usr" >/dev/null || { fail "cmake --install failed"; finish; exit 1; }
triplet=$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
current="lib/copydesk"
for layout in lib64 "lib/$triplet" lib/riscv64-linux-gnu lib; do
  if [ "$current" != "$layout/copydesk" ]; then
    mkdir -p "$WORK/usr/$layout"
    mv "$WORK/usr/$current" "$WORK/usr/$layout/copydesk"
    current="$layout/copydesk"
  fi
  COPYDESK="$WORK/usr/bin/copydesk" run "layout-${layout//\//-}" plugins --config "$WORK/empty.toml"
  expect_rc "layout-${layout//\//-}" 0
  expect_in "layout-${layout//\//-}" out "$WORK/usr/$layout/copydesk/plugins/punctuation.so"
done
COPYDESK="$WORK/usr/bin/copydesk" run installed-explain explain punctuation/space-before --config "$WORK/empty.toml"
expect_in installed-explain out "## Examples"

# Nothing found: check and plugins fail and say where they looked.
mv "$WORK/usr/lib/copydesk" "$WORK/usr/lib/elsewhere"
COPYDESK="$WORK/usr/bin/copydesk" run none-check check "$WORK/bad.txt" --config "$WORK/empty.toml"
expect_rc none-check 2
expect_in none-check err "the shipped plugins were not found beside the executable; looked in $WORK/usr/lib/copydesk/plugins"
expect_in none-check err "$WORK/usr/lib64/copydesk/plugins"
COPYDESK="$WORK/usr/bin/copydesk" run none-plugins plugins --config "$WORK/empty.toml"
expect_rc none-plugins 2
expect_in none-plugins err "no plugin loaded. Looked for the shipped plugins in:"
expect_in none-plugins err "    $WORK/usr/lib/$triplet/copydesk/plugins"
finish

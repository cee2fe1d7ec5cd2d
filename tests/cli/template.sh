#!/usr/bin/env bash
# The SDK from outside the tree: install copydesk, build examples/plugin-template against the
# prefix, scaffold a second rule, run the template's tests, and load the plugin.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cmake --install "$BUILD" --prefix "$WORK/prefix" >/dev/null || { fail "install"; finish; exit 1; }
cp -r "$SRC/examples/plugin-template" "$WORK/plugin"
bash "$SRC/scripts/new-rule.sh" "$WORK/plugin" house-words >"$WORK/scaffold.log" 2>&1 && pass || { fail "new-rule.sh"; cat "$WORK/scaffold.log"; }
[ -f "$WORK/plugin/docs/rules/example/house-words.md" ] && pass || fail "no doc page"
if cmake -S "$WORK/plugin" -B "$WORK/plugin/build" -DCMAKE_PREFIX_PATH="$WORK/prefix" >"$WORK/cfg.log" 2>&1 &&
   cmake --build "$WORK/plugin/build" -j2 >"$WORK/build.log" 2>&1; then pass; else
  fail "the template does not build against the installed SDK"; tail -20 "$WORK/cfg.log" "$WORK/build.log"; finish; exit 1
fi
(cd "$WORK/plugin/build" && ctest --output-on-failure >"$WORK/ctest.log" 2>&1) && pass || { fail "template tests"; tail -30 "$WORK/ctest.log"; }
printf 'The harbour was very quiet!\n' >"$WORK/a.txt"
: >"$WORK/empty.toml"
COPYDESK="$WORK/prefix/bin/copydesk" run load check "$WORK/a.txt" --format line --config "$WORK/empty.toml" \
  --plugin-path "$WORK/plugin/build/plugins"
expect_in load out "[example/no-exclamation]"
expect_in load out "[example/house-words]"
COPYDESK="$WORK/prefix/bin/copydesk" run plugins plugins --plugin-path "$WORK/plugin/build/plugins" --config "$WORK/empty.toml"
expect_in plugins out "example 0.1.0  (API 1.1"
# The broken plugins are still refused by the installed binary.
COPYDESK="$WORK/prefix/bin/copydesk" run broken check "$WORK/a.txt" --plugin-path "$TEST_PLUGINS/broken" --config "$WORK/empty.toml"
expect_rc broken 2
expect_in broken err "was built for copydesk plugin API 99.0"
finish

#!/usr/bin/env bash
# A plugin and pack author with only an installed copydesk: `copydesk new-plugin` from the installed
# prefix, `copydesk new-rule`, build against the prefix, the project's own tests (with and without
# doctest), the plugin loaded, SARIF helpUri pointing at the author's page, bad names refused; then
# a house pack with every kind, tested and used, and a pack extending the shipped one.
. "$(dirname "$0")/lib.sh"
: "${BUILD:?}"
cmake --install "$BUILD" --prefix "$WORK/prefix" >/dev/null || { fail "install"; finish; exit 1; }
CD="$WORK/prefix/bin/copydesk"
[ -f "$WORK/prefix/share/copydesk/plugin-template/CMakeLists.txt" ] && pass || fail "the template is not installed"
cd "$WORK" || exit 1
"$CD" new-plugin house-style >new.log 2>&1 && pass || { fail "new-plugin"; cat new.log; }
[ -f house-style/src/plugin.cpp ] && grep -q 'COPYDESK_PLUGIN("house-style"' house-style/src/plugin.cpp && pass ||
  fail "new-plugin did not name the plugin"
[ -f house-style/tests/fixtures/house-style/no-exclamation.strict.txt ] && pass || fail "fixtures not renamed"
[ -f house-style/docs/rules/house-style/no-exclamation.md ] && pass || fail "doc page not renamed"
grep -rq 'example' house-style && fail "the template's name is left: $(grep -rn example house-style | head -3)" || pass
(cd house-style && "$CD" new-rule house-words >../rule.log 2>&1) && pass || { fail "new-rule"; cat rule.log; }
"$CD" new-rule house-style/no-passive --dir house-style >rule2.log 2>&1 && pass || { fail "new-rule PLUGIN/RULE --dir"; cat rule2.log; }
run wrong_plugin new-rule other/rule --dir house-style
expect_rc wrong_plugin 2
run again new-rule house-words --dir house-style
expect_rc again 2
run bad_name new-plugin Bad_Name
expect_rc bad_name 2
run not_empty new-plugin house-style
expect_rc not_empty 2
# An author builds with copydesk's own compiler (the ABI tag must match): g++, or clang in CI's sanitizer tree.
CXX_OF_BUILD=(-DCMAKE_CXX_COMPILER="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$BUILD/CMakeCache.txt")")
if cmake -S house-style -B house-style/build -DCMAKE_PREFIX_PATH="$WORK/prefix" "${CXX_OF_BUILD[@]}" -DCOPYDESK_WERROR=ON >cfg.log 2>&1 &&
   cmake --build house-style/build -j2 >build.log 2>&1; then pass; else
  fail "the new plugin does not build against the installed SDK"; tail -20 cfg.log build.log; finish; exit 1
fi
# The author's plugin exports the handshake alone (copydesk_add_plugin's version script).
exports=$(nm -D --defined-only house-style/build/plugins/*.so | awk '{print $NF}')
[ "$exports" = copydesk_plugin_handshake ] && pass || fail "the template's plugin exports more than the handshake: $(echo "$exports" | head -3)"
(cd house-style/build && ctest --output-on-failure >"$WORK/ctest.log" 2>&1) && pass || { fail "the plugin's own tests"; tail -30 "$WORK/ctest.log"; }
grep -q 'fixtures' ctest.log && pass || fail "the fixtures test did not run"
# Without doctest the project still configures and runs its fixtures.
if cmake -S house-style -B nodoctest -DCMAKE_PREFIX_PATH="$WORK/prefix" "${CXX_OF_BUILD[@]}" -DCMAKE_DISABLE_FIND_PACKAGE_doctest=ON >cfg2.log 2>&1 &&
   cmake --build nodoctest -j2 >build2.log 2>&1 && (cd nodoctest && ctest >"$WORK/ctest2.log" 2>&1); then pass; else
  fail "the plugin needs doctest"; tail -10 cfg2.log build2.log ctest2.log; fi
grep -q 'doctest not found' cfg2.log && pass || fail "no word that the C++ test is skipped"
printf 'The harbour was very quiet!\n' >a.txt
: >empty.toml
COPYDESK="$CD" run load check a.txt --format line --config empty.toml --plugin-path house-style/build/plugins
expect_in load out "[house-style/no-exclamation]"
expect_in load out "[house-style/house-words]"
COPYDESK="$CD" run sarif check a.txt --format sarif --config empty.toml --plugin-path house-style/build/plugins
expect_in sarif out "\"helpUri\": \"file://$WORK/house-style/docs/rules/house-style/no-exclamation.md\""
COPYDESK="$CD" run plugins plugins --plugin-path house-style/build/plugins --config empty.toml
expect_in plugins out "house-style 0.1.0  (API 2.0"
# A failing fixture prints the caret line to paste, verbatim.
printf 'Stop!\nA calm line.\n' >house-style/tests/fixtures/house-style/no-exclamation.paste.txt
COPYDESK="$CD" run paste test-rules --no-default-plugins --plugin-path house-style/build/plugins house-style/tests/fixtures/house-style/no-exclamation.paste.txt
expect_rc paste 1
expect_in paste out "paste this line under line 1:"
grep -qx '    ^ house-style/no-exclamation: News copy does not exclaim: end the sentence with a full stop. => "."' paste.out &&
  pass || fail "the caret line is not ready to paste: $(cat paste.out)"
# test-rules on a folder with nothing to test is an error.
mkdir nothing && run nothing test-rules nothing
expect_rc nothing 2
# The old script is a thin wrapper.
COPYDESK="$CD" bash "$SRC/scripts/new-rule.sh" house-style via-script >wrap.log 2>&1 && [ -f house-style/src/via_script_rule.cpp ] &&
  pass || { fail "scripts/new-rule.sh"; cat wrap.log; }
# A house pack with every kind, from the installed binary alone, as docs/rule-packs.md writes it.
house_pack_project desk && cd desk || exit 1
COPYDESK="$CD" run pack_selftest test-rules house/desk.toml
expect_rc pack_selftest 0
expect_in pack_selftest out "PASS house/desk.toml (19 examples)"
cat >story.txt <<'TEXT'
The IMF said on Monday that it would utilise a blockbuster deal, a mega-merger, to help. The International Monetary Fund (IMF) sent an email and then an e-mail and then an email, and posted it on Youtube.

It was very, very cold. A significant rise came before a significant fall. Neither the mayor or the council spoke, and the council met on Monday and agreed that the harbour would close in March.
TEXT
COPYDESK="$CD" run pack_check check story.txt --format line
expect_rc pack_check 0
for id in plain-words banned-words one-spelling brands very abbreviations echo long-sentence neither-or; do
  expect_in pack_check out "[desk/$id]"
done
expect_in pack_check out "story.txt:1:5: warning: “IMF” is used before it is spelled out. [desk/abbreviations]"
expect_in pack_check out "“e-mail” here, “email” elsewhere: one spelling per story. [desk/one-spelling]"
# A pack that extends the shipped house pack: overrides one rule, adds another.
cat >house/more.toml <<'TOML'
extends = "house"

[[rule]]
id = "misused"
kind = "substitution"
message = "House error: write “{replacement}”."
swap = { "alot" = "a lot" }
examples = { flag = ["It rained alot."], pass = ["It rained a lot."] }

[[rule]]
id = "newsroom-words"
kind = "existence"
message = "Avoid “{match}”."
tokens = ["slammed"]
TOML
printf 'It rained alot. Critics slammed it.\n' >more.txt
COPYDESK="$CD" run extends check more.txt --format line
expect_in extends out "more.txt:1:11: warning: House error: write “a lot”. [house/misused]"
expect_in extends out "[house/newsroom-words]"
COPYDESK="$CD" run extends_rules rules
expect_in extends_rules out "house/newsroom-words"
expect_in extends_rules out "house/wordiness"
COPYDESK="$CD" run extends_selftest test-rules house
expect_rc extends_selftest 0
cd "$WORK" || exit 1
# The broken plugins are still refused by the installed binary.
COPYDESK="$CD" run broken check a.txt --plugin-path "$TEST_PLUGINS/broken" --config empty.toml
expect_rc broken 2
expect_in broken err "was built for copydesk plugin API 100.0"
finish

#!/usr/bin/env bash
# Plugin loading: listing, the broken plugins refused clearly, the good ones still running.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml")
printf 'A flub , here.\n' >"$WORK/a.txt"

run list plugins --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
expect_rc list 0
expect_in list out "punctuation 0.2.0  (API 2.0"
expect_in list out "testplug 1.2.3  (API 2.0"
expect_in list out "testplug/banned-word"

run rules rules --plugin-path "$TEST_PLUGINS/good" "${C[@]}"
expect_in rules out "testplug/banned-word  [warning, fixable]"
expect_in rules out "option case (string, default \"exact\"; one of exact ignore)"
run rules-json rules --format json "${C[@]}"
expect_in rules-json out '"id": "punctuation/space-before"'

run broken check "$WORK/a.txt" --plugin-path "$TEST_PLUGINS/broken" --plugin-path "$TEST_PLUGINS/good" \
  --format line "${C[@]}"
expect_rc broken 2
expect_in broken err "wrong_major.so: plugin \"wrongmajor\" was built for copydesk plugin API 100.0, but this copydesk provides API 2.0"
expect_in broken err "wrong_abi.so: plugin \"wrongabi\" was built with ABI \"msvc-19/msvc-stl\""
expect_in broken err "no_entry.so: not a copydesk plugin: no \`copydesk_plugin_handshake\` entry point"
expect_in broken out "[testplug/banned-word]"       # the good plugins still run
expect_in broken out "[punctuation/space-before]"

printf 'not an ELF file' >"$WORK/fake.so"
run fake check "$WORK/a.txt" --plugin-path "$WORK/fake.so" "${C[@]}"
expect_rc fake 2
expect_in fake err "fake.so: not a loadable library"

run nodir check "$WORK/a.txt" --plugin-path "$WORK/no-such-dir" "${C[@]}"
expect_rc nodir 2
expect_in nodir err "no-such-dir: plugin folder not found"
finish

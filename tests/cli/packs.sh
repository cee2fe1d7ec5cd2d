#!/usr/bin/env bash
# Declarative rule packs: loaded from the config, listed beside plugin rules, self-tested, and
# errors that point at the file, line and column.
. "$(dirname "$0")/lib.sh"
cd "$WORK" || exit 1
mkdir -p house
cat >house/pack.toml <<'TOML'
pack = "desk"
[[rule]]
id = "banned"
kind = "existence"
message = "The desk does not print “{match}”."
tokens = ["blockbuster deal"]
regex = ["\\bmega-?\\w+"]
examples = { flag = ["A blockbuster deal.", "A megadeal."], pass = ["A deal."] }
TOML
printf 'rule_packs = ["house/*.toml"]\n' >.copydesk.toml
printf 'It was a blockbuster deal, a mega-merger.\n' >a.txt
run check check a.txt --format line
expect_in check out "a.txt:1:10: warning: The desk does not print “blockbuster deal”. [desk/banned]"
expect_in check out "a.txt:1:30: warning: The desk does not print “mega-merger”. [desk/banned]"
run rules rules
expect_in rules out "desk/banned  [warning]"
expect_in rules out "house/wordiness"
run selftest test-rules house/pack.toml
expect_rc selftest 0
expect_in selftest out "PASS house/pack.toml (3 examples)"

bad() {  # bad NAME EXPECTED
  printf 'rule_packs = ["%s"]\n' "$SRC/tests/packs/$1.toml" >bad.toml
  run "$1" check a.txt --config bad.toml
  expect_rc "$1" 2
  expect_in "$1" err "$2"
}
bad malformed "$SRC/tests/packs/malformed.toml:7:16: \`swap\` must be a string"
bad unknown-key "$SRC/tests/packs/unknown-key.toml:8:10: unknown key \`colour\` in [[rule]]"
bad bad-kind "$SRC/tests/packs/bad-kind.toml:2:1: rule \"x\" needs a \`kind\`"
bad broken-toml "$SRC/tests/packs/broken-toml.toml:2:"
printf 'rule_packs = ["nowhere/*.toml"]\n' >none.toml
run none check a.txt --config none.toml
expect_rc none 2
expect_in none err "matches no file"
finish

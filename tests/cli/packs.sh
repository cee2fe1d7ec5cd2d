#!/usr/bin/env bash
# Declarative rule packs: loaded from the config, listed beside plugin rules, self-tested, and
# errors that point at the file, line and column.
. "$(dirname "$0")/lib.sh"
house_pack_project "$WORK" && cd "$WORK" || exit 1
printf 'It was a blockbuster deal, a mega-merger.\n' >a.txt
run check check a.txt --format line
expect_in check out "a.txt:1:10: warning: The desk does not print “blockbuster deal”. [desk/banned-words]"
expect_in check out "a.txt:1:30: warning: The desk does not print “mega-merger”. [desk/banned-words]"
run rules rules
expect_in rules out "desk/banned-words  [warning]"
expect_in rules out "house/wordiness"
run selftest test-rules house/desk.toml
expect_rc selftest 0
expect_in selftest out "PASS house/desk.toml (19 examples)"

bad() {  # bad NAME EXPECTED
  printf 'rule_packs = ["%s"]\n' "$SRC/tests/packs/$1.toml" >bad.toml
  run "$1" check a.txt --config bad.toml
  expect_rc "$1" 2
  expect_in "$1" err "$2"
}
bad malformed "$SRC/tests/packs/malformed.toml:7:16: \`swap\` must be a string"
bad unknown-key "$SRC/tests/packs/unknown-key.toml:8:10: unknown key \`colour\` in [[rule]]"
bad bad-kind "$SRC/tests/packs/bad-kind.toml:4:8: unknown kind \"subst\" (did you mean \"substitution\"?): the kinds are substitution, existence, consistency, capitalization, occurrence, conditional, repetition, metric or sequence"
bad pack-name "$SRC/tests/packs/pack-name.toml:1:8: pack name \"X Pack\" must be kebab-case (lower-case letters, digits and hyphens, e.g. \"x-pack\")"
bad rule-id "$SRC/tests/packs/rule-id.toml:3:6: rule id \"A_b\" must be kebab-case"
bad duplicate-id "$SRC/tests/packs/duplicate-id.toml:9:6: rule id \"x\" is used twice in this pack (first at $SRC/tests/packs/duplicate-id.toml:3:6)"
bad wrong-kind-key "$SRC/tests/packs/wrong-kind-key.toml:8:7: \`max\` is not a key of a conditional rule; a conditional rule takes \`id\`"
bad second-house "$SRC/tests/packs/second-house.toml:1:8: a pack named \"house\" is already loaded from"
bad second-house "write extends = \"house\" instead of pack = \"house\""
bad extends-unknown "$SRC/tests/packs/extends-unknown.toml:1:11: extends \"nowhere\", but no pack of that name is loaded (the packs: \"house\")"
bad bad-formula "$SRC/tests/packs/bad-formula.toml:6:11: bad \`formula\`: unknown variable \"sentnces\""
bad sequence-tag "$SRC/tests/packs/sequence-tag.toml:6:19: copydesk has no part-of-speech tagger"
bad broken-toml "$SRC/tests/packs/broken-toml.toml:2:"
# A bad pack stops the run before any file is touched: `fix` writes nothing.
printf 'It rained alot.\n' >keep.txt
cp keep.txt keep.orig
printf 'rule_packs = ["house/*.toml", "%s"]\n' "$SRC/tests/packs/bad-kind.toml" >mixed.toml
run mixed fix keep.txt --unsafe --config mixed.toml
expect_rc mixed 2
cmp -s keep.orig keep.txt && pass || fail "a bad pack let fix write keep.txt"
run control fix keep.txt --unsafe
cmp -s keep.orig keep.txt && fail "the control run did not fix keep.txt" || pass
# A consistency rule's own message is used.
cat >house/forms.toml <<'TOML'
pack = "forms"
[[rule]]
id = "one-spelling"
kind = "consistency"
message = "“{match}” here, “{replacement}” elsewhere."
either = [["email", "e-mail"]]
TOML
printf 'An email, an e-mail and an email.\n' >forms.txt
run forms check forms.txt --format line
expect_in forms out "forms.txt:1:14: warning: “e-mail” here, “email” elsewhere. [forms/one-spelling]"
printf 'rule_packs = ["nowhere/*.toml"]\n' >none.toml
run none check a.txt --config none.toml
expect_rc none 2
expect_in none err "matches no file"
finish

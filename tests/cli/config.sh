#!/usr/bin/env bash
# Configuration: discovery by walking up, options validated with positions, overrides, switches.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/repo/articles/drafts" "$WORK/repo/articles/live"
printf 'A flub , here.\n' >"$WORK/repo/articles/live/a.txt"
printf 'A flub , here.\n' >"$WORK/repo/articles/drafts/b.txt"
cat >"$WORK/repo/.copydesk.toml" <<TOML
plugin_paths = ["$TEST_PLUGINS/good"]
[rules."testplug/banned-word"]
replacement = "flap"
severity = "error"
[[overrides]]
files = ["articles/drafts/**"]
rules."punctuation/space-before" = { enabled = false }
TOML

(cd "$WORK/repo/articles" && "$COPYDESK" check . --format line >"$WORK/walk.out" 2>"$WORK/walk.err"; echo $? >"$WORK/walk.rc")
expect_rc walk 1
expect_in walk out "live/a.txt:1:3: error: Write “flap”, not “flub”. [testplug/banned-word]"
expect_in walk out "live/a.txt:1:7: warning: Remove the space before"
expect_not_in walk out "drafts/b.txt:1:7"
expect_in walk out "drafts/b.txt:1:3: error"

bad() {  # bad NAME TOML EXPECTED-MESSAGE
  printf '%s\n' "$2" >"$WORK/$1.toml"
  run "$1" check "$WORK/repo/articles/live/a.txt" --config "$WORK/$1.toml" --plugin-path "$TEST_PLUGINS/good"
  expect_rc "$1" 2
  expect_in "$1" err "$3"
}
bad unknown-key 'colour = 1' "$WORK/unknown-key.toml:1:1: unknown key \`colour\`"
bad unknown-rule $'[rules."punctuation/space-befor"]\nenabled = true' 'unknown rule "punctuation/space-befor"'
bad unknown-option $'[rules."testplug/banned-word"]\nwurd = "x"' "$WORK/unknown-option.toml:2:8: rule \"testplug/banned-word\" has no option \`wurd\` (it takes: word, replacement, case)"
bad bad-choice $'[rules."testplug/banned-word"]\ncase = "loud"' "$WORK/bad-choice.toml:2:8: testplug/banned-word.case: must be one of \"exact\", \"ignore\", not \"loud\""
bad bad-type $'[rules."testplug/banned-word"]\nword = 3' "$WORK/bad-type.toml:2:8: testplug/banned-word.word: must be a string"
bad rule-rejects $'[rules."testplug/banned-word"]\nword = ""' "testplug/banned-word.word: must not be empty"
bad malformed $'[rules\nx = 1' "$WORK/malformed.toml:1:7: invalid TOML"
bad severity $'fail_on = "loud"' "$WORK/severity.toml:1:11:"

# Several errors in one config: every one is reported in one run, each with its file:line:column.
printf 'language = "fr"\nbogus = 1\n[rules."titles/capitalization"]\nseverity = "loud"\n[[overrides]]\nfiles = "x"\n' \
  >"$WORK/several.toml"
run several check "$WORK/repo/articles/live/a.txt" --config "$WORK/several.toml"
expect_rc several 2
expect_in several err "copydesk: error: $WORK/several.toml:1:12: \`language\` must be"
expect_in several err "$WORK/several.toml:2:1: unknown key \`bogus\`"
expect_in several err "$WORK/several.toml:4:12: \`severity\` must be"
expect_in several err "$WORK/several.toml:6:9: \`files\` must be an array of strings"
[ "$(grep -c "several.toml:" "$WORK/several.err")" = 4 ] && pass || fail "several: expected 4 error lines: $(cat "$WORK/several.err")"

# Several bad rules and options: every one is reported in one run too (unknown rules, unknown
# options, values of the wrong type, and a rule that refuses its value when it is made).
printf '[rules."punctuation/space-befor"]\nenabled = true\n[rules."testplug/banned-word"]\nwurd = "x"\nword = 3\n[rules."structure/residue"]\nmax_words = "many"\n' \
  >"$WORK/several-rules.toml"
run several-rules check "$WORK/repo/articles/live/a.txt" --config "$WORK/several-rules.toml" --plugin-path "$TEST_PLUGINS/good"
expect_rc several-rules 2
expect_in several-rules err "several-rules.toml:1:1: unknown rule \"punctuation/space-befor\""
expect_in several-rules err "several-rules.toml:4:8: rule \"testplug/banned-word\" has no option \`wurd\`"
expect_in several-rules err "several-rules.toml:5:8: testplug/banned-word.word: must be a string"
expect_in several-rules err "several-rules.toml:7:13: structure/residue.max_words: must be an integer"
printf '[rules."structure/residue"]\nmax_words = 0\n[rules."structure/duplicate-paragraph"]\nmin_words = -2\n' >"$WORK/refused.toml"
run refused check "$WORK/repo/articles/live/a.txt" --config "$WORK/refused.toml"
expect_rc refused 2
expect_in refused err "refused.toml:2:13: structure/residue.max_words: must be a whole number of 1 or more, not 0"
expect_in refused err "refused.toml:4:13: structure/duplicate-paragraph.min_words: must be a whole number of 1 or more, not -2"

# A value a rule refuses in an override no file meets is reported too, with the top level's.
printf '[rules."structure/residue"]\nmax_words = 0\n[[overrides]]\nfiles = ["nothing-matches/*.md"]\n[overrides.rules."structure/residue"]\nmax_words = -4\n' >"$WORK/unmet.toml"
run unmet check "$WORK/repo/articles/live/a.txt" --config "$WORK/unmet.toml"
expect_rc unmet 2
expect_in unmet err "unmet.toml:2:13: structure/residue.max_words: must be a whole number of 1 or more, not 0"
expect_in unmet err "unmet.toml:6:13: structure/residue.max_words: must be a whole number of 1 or more, not -4"

run missing-config check "$WORK/repo/articles/live/a.txt" --config "$WORK/none.toml"
expect_rc missing-config 2
expect_in missing-config err "none.toml: config file not found"

run enable-unknown check "$WORK/repo/articles/live/a.txt" --enable nope/rule --config "$WORK/repo/.copydesk.toml"
expect_rc enable-unknown 2
expect_in enable-unknown err 'unknown rule or plugin "nope/rule"'

run disable check "$WORK/repo/articles/live/a.txt" --disable testplug/banned-word --format line \
  --config "$WORK/repo/.copydesk.toml"
expect_rc disable 0
expect_not_in disable out "banned-word"

# Zones: a rule limited to or kept out of a zone.
printf 'Harbour Deal , Signed\n\nThe port , opened on Tuesday.\n' >"$WORK/zones.txt"
printf '[rules."punctuation/space-before"]\nskip_zones = ["headline"]\n' >"$WORK/skip.toml"
run skip check "$WORK/zones.txt" --format line --config "$WORK/skip.toml"
expect_not_in skip out "zones.txt:1:"
expect_in skip out "zones.txt:3:9:"
printf '[rules."punctuation/space-before"]\nzones = ["headline"]\n' >"$WORK/only.toml"
run only check "$WORK/zones.txt" --format line --config "$WORK/only.toml"
expect_in only out "zones.txt:1:13:"
expect_not_in only out "zones.txt:3:"
bad bad-zone $'[rules."punctuation/space-before"]\nzones = ["sidebar"]' "$WORK/bad-zone.toml:2:9: \`zones\` names an unknown zone \"sidebar\""

# Vocabulary: accepted and rejected words, extra dictionaries, and a missing one.
printf 'The plan was alright, said Okonkwo, and the warehose was wrkd.\n' >"$WORK/vocab.txt"
printf '[vocabulary]\naccept = ["wrkd"]\nreject = ["alright"]\n' >"$WORK/vocab.toml"
run vocab check "$WORK/vocab.txt" --format line --config "$WORK/vocab.toml"
expect_in vocab out "“alright” is on the house's list of words to avoid."
expect_not_in vocab out "wrkd"
expect_in vocab out "“warehose” is not in the dictionary"
# An accepted word in lower case is accepted capitalised too (opening a sentence), as Hunspell's
# own word lists are; a word accepted with a capital is not accepted in lower case.
printf 'Recieve the parcels, the courier said. Staff recieve them daily. The Tarrowbie office and the tarrowbie office.\n' >"$WORK/vocab-case.txt"
printf '[vocabulary]\naccept = ["recieve", "Tarrowbie"]\n' >"$WORK/vocab-case.toml"
run vocab-case check "$WORK/vocab-case.txt" --format line --config "$WORK/vocab-case.toml"
expect_not_in vocab-case out "ecieve"
expect_not_in vocab-case out "“Tarrowbie”"
# A rejected word is reported with accents too, in any capitalisation, possessive or hyphenated.
printf 'The café was shut. Café owners, the CAFÉ sign and the naive clerk left. Naive-ish.\nThe brexiteer’s view.\n' >"$WORK/reject.txt"
printf '[vocabulary]\nreject = ["café", "Naive", "Brexiteer"]\n' >"$WORK/reject.toml"
run reject check "$WORK/reject.txt" --format line --config "$WORK/reject.toml"
expect_in reject out "1:5: warning: “café” is on the house's list of words to avoid."
expect_in reject out "“Café” is on the house's list of words to avoid."
expect_in reject out "“CAFÉ” is on the house's list of words to avoid."
expect_in reject out "“naive” is on the house's list of words to avoid."
expect_in reject out "“Naive-ish” is on the house's list of words to avoid."
expect_in reject out "“brexiteer’s” is on the house's list of words to avoid."
printf '2\nwarehose\nwrkd\n' >"$WORK/house.dic"
printf 'dictionaries = ["house.dic"]\n' >"$WORK/dic.toml"
run dic check "$WORK/vocab.txt" --format line --config "$WORK/dic.toml"
expect_not_in dic out "warehose"
printf 'dictionaries = ["missing.dic"]\n' >"$WORK/nodic.toml"
run nodic check "$WORK/vocab.txt" --config "$WORK/nodic.toml"
expect_rc nodic 2
expect_in nodic err "missing.dic: dictionary not found"

run usage check --format nonsense
expect_rc usage 2
finish

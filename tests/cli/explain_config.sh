#!/usr/bin/env bash
# `copydesk explain RULE` prints the rule's page; `copydesk config PATH` the configuration that
# applies to that file: the files read and every rule's resolved state and options.
. "$(dirname "$0")/lib.sh"
cd "$WORK" || exit 1
: >empty.toml

run page explain punctuation/space-before --config empty.toml
expect_rc page 0
expect_in page out "# punctuation/space-before"
expect_in page out "Default severity: warning"
expect_in page out "## Options"
expect_in page out "## Examples"
run short explain space-before --config empty.toml
expect_rc short 2
expect_in short err 'did you mean "punctuation/space-before"?'
run typo explain punctuation/space-befor --config empty.toml
expect_in typo err 'did you mean "punctuation/space-before"?'
run plugin explain titles --config empty.toml
expect_rc plugin 0
expect_in plugin out "titles/courtesy-title"
# A rule without a page (an out-of-tree plugin): its metadata, options and defaults.
run meta explain testplug/banned-word --plugin-path "$TEST_PLUGINS/good" --config empty.toml
expect_rc meta 0
expect_in meta out "# testplug/banned-word"
expect_in meta out "Default severity: warning"
expect_in meta out '| `case` | string | `"exact"` |'

mkdir -p repo/drafts
printf 'A text.\n' >repo/drafts/a.md
cat >repo/.copydesk.toml <<TOML
fail_on = "warning"
[rules."punctuation/space-before"]
french = true
[[overrides]]
files = ["drafts/**"]
rules."punctuation/doubled-word" = "off"
TOML
printf '[rules."punctuation/space-before"]\nseverity = "error"\n' >repo/drafts/.copydesk.toml
run show config repo/drafts/a.md
expect_rc show 0
expect_in show out "$WORK/repo/.copydesk.toml"
expect_in show out "$WORK/repo/drafts/.copydesk.toml"
expect_in show out "fail_on: warning"
expect_in show out "punctuation/space-before  error"
expect_in show out "    french = true  (config)"
expect_in show out "punctuation/doubled-word  off"
expect_in show out "facts/weekday-date  error"
run show-root config repo
expect_in show-root out "punctuation/doubled-word  warning"
expect_in show-root out "punctuation/space-before  warning"
run show-forced config repo/drafts/a.md --config empty.toml
expect_in show-forced out "(--config)"
expect_in show-forced out "punctuation/space-before  warning"
run show-switch config repo/drafts/a.md --disable punctuation
expect_in show-switch out "punctuation/space-before  off"
mkdir -p /tmp/copydesk-noconfig-$$ && printf 'x\n' >/tmp/copydesk-noconfig-$$/a.txt
run show-none config /tmp/copydesk-noconfig-$$/a.txt
expect_in show-none out "config files: none"
rm -rf /tmp/copydesk-noconfig-$$
finish

#!/usr/bin/env bash
# Each file gets the nearest .copydesk.toml above it (walking up from the file, not the current
# folder); nested configs merge over their parents'; `root = true` stops the walk; --config wins.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/repo/drafts/deep" "$WORK/repo/wire" "$WORK/repo/solo" "$WORK/elsewhere"
for f in repo/a.md repo/drafts/b.md repo/drafts/deep/c.md repo/wire/d.md repo/drafts/deep/skip-e.md repo/solo/f.md; do
  printf 'A flub , here.\n' >"$WORK/$f"
done
cat >"$WORK/repo/.copydesk.toml" <<TOML
plugin_paths = ["$TEST_PLUGINS/good"]
exclude = ["drafts/deep/skip-*.md"]
[rules."testplug/banned-word"]
severity = "error"
[[overrides]]
files = ["drafts/**"]
rules."testplug/banned-word" = { replacement = "flap" }
TOML
printf '[rules.punctuation]\nenabled = false\n' >"$WORK/repo/drafts/.copydesk.toml"
printf 'root = true\n[rules."testplug/banned-word"]\nenabled = false\n' >"$WORK/repo/wire/.copydesk.toml"
printf 'root = true\nlanguage = "en-GB"\n' >"$WORK/repo/solo/.copydesk.toml"

# From another folder: the files' configs apply, not the current folder's (which has none).
(cd "$WORK/elsewhere" && "$COPYDESK" check ../repo --format line >"$WORK/walk.out" 2>"$WORK/walk.err"; echo $? >"$WORK/walk.rc")
expect_rc walk 1
expect_in walk out "../repo/a.md:1:3: error: Write “flop”, not “flub”. [testplug/banned-word]"
expect_in walk out "../repo/a.md:1:7: warning: Remove the space before"
# Nested: the parent's severity and its override (anchored at the parent's folder) still apply,
# and the nested config switches the punctuation plugin off.
expect_in walk out "../repo/drafts/b.md:1:3: error: Write “flap”, not “flub”."
expect_in walk out "../repo/drafts/deep/c.md:1:3: error: Write “flap”"
expect_not_in walk out "drafts/b.md:1:7"
expect_not_in walk out "drafts/deep/c.md:1:7"
# The parent's exclude glob still skips files below the nested config.
expect_not_in walk out "skip-e.md"
# root = true: nothing from above (the severity), its own switch off.
expect_not_in walk out "wire/d.md:1:3"
expect_in walk out "../repo/wire/d.md:1:7: warning: Remove the space before"
# A plugin folder another config names does not reach a config that does not name it.
expect_not_in walk out "solo/f.md:1:3"
expect_in walk out "../repo/solo/f.md:1:7: warning: Remove the space before"

# One file named directly, from elsewhere, gets its own config too.
(cd "$WORK/elsewhere" && "$COPYDESK" check ../repo/drafts/b.md --format line >"$WORK/one.out" 2>&1)
expect_in one out "b.md:1:3: error: Write “flap”"

# --config overrides every file's own.
printf '[rules."punctuation/space-before"]\nseverity = "error"\n' >"$WORK/forced.toml"
run forced check "$WORK/repo" --format line --config "$WORK/forced.toml"
expect_not_in forced out "banned-word"
expect_in forced out "drafts/b.md:1:7: error: Remove the space before"
expect_in forced out "drafts/deep/skip-e.md:1:7: error"

# A broken nested config stops the run with its position, before anything is checked.
printf 'colour = 1\n' >"$WORK/repo/drafts/deep/.copydesk.toml"
run broken check "$WORK/repo" --format line
expect_rc broken 2
expect_in broken err "$WORK/repo/drafts/deep/.copydesk.toml:1:1: unknown key \`colour\`"
expect_not_in broken out "a.md"
printf 'root = "yes"\n' >"$WORK/repo/drafts/deep/.copydesk.toml"
run bad-root check "$WORK/repo"
expect_in bad-root err "\`root\` must be true or false"
finish

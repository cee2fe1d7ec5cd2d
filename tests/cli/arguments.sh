#!/usr/bin/env bash
# The command line a newcomer types: options take one value (repeat or comma list) and never a
# path; a path alone means check; mistyped commands get "did you mean"; plugin ids switch rules.
. "$(dirname "$0")/lib.sh"
cd "$WORK" || exit 1
: >empty.toml
printf 'A flub , here.\n' >a.md
printf 'The the cat , sat.\n' >b.md
P=(--plugin-path "$TEST_PLUGINS/good")

# Options before the paths do not swallow them: both files are checked, nothing else.
run enable check --enable testplug/banned-word a.md b.md --format line --config empty.toml "${P[@]}"
expect_in enable out "a.md:1:3: warning: Write “flop”, not “flub”. [testplug/banned-word]"
expect_in enable out "b.md:1:12: warning: Remove the space before"
expect_not_in enable err "unknown rule"
run enable-eq check --enable=testplug/banned-word a.md --format line --config empty.toml "${P[@]}"
expect_in enable-eq out "[testplug/banned-word]"
expect_not_in enable-eq out "b.md"
run plugin-path check --plugin-path "$TEST_PLUGINS/good" a.md b.md --format line --config empty.toml
expect_rc plugin-path 0
expect_in plugin-path out "a.md:1:3: warning: Write “flop”"
expect_in plugin-path out "b.md:1:"
expect_not_in plugin-path err "not a loadable library"

# Repeated, and comma lists; a plugin id stands for all its rules.
run repeat check a.md b.md --disable punctuation/space-before --disable punctuation/doubled-word --format line --config empty.toml
expect_not_in repeat out "[punctuation/space-before]"
run comma check a.md b.md --disable punctuation/space-before,punctuation/doubled-word --format line --config empty.toml
expect_not_in comma out "[punctuation/"
run plugin-off check a.md b.md --disable punctuation --format line --config empty.toml
expect_rc plugin-off 0
expect_not_in plugin-off out "[punctuation/"
run plugin-on-rule check a.md b.md --disable punctuation --enable punctuation/space-before --format line --config empty.toml
expect_in plugin-on-rule out "[punctuation/space-before]"
run typo-plugin check a.md --disable punctuatoin --config empty.toml
expect_rc typo-plugin 2
expect_in typo-plugin err 'unknown rule or plugin "punctuatoin"; did you mean "punctuation"?'
# The same in the config: a plugin's table switches all its rules.
printf '[rules.punctuation]\nenabled = false\n' >plugin-off.toml
run config-plugin-off check a.md b.md --format line --config plugin-off.toml
expect_not_in config-plugin-off out "[punctuation/"
printf 'rules.punctuation = "off"\n' >plugin-off-short.toml
run config-plugin-short check a.md b.md --format line --config plugin-off-short.toml
expect_not_in config-plugin-short out "[punctuation/"
printf '[rules.nosuchplugin]\nenabled = false\n' >bad-plugin.toml
run config-bad-plugin check a.md --config bad-plugin.toml
expect_rc config-bad-plugin 2
expect_in config-bad-plugin err 'bad-plugin.toml:1:1: unknown plugin "nosuchplugin"'

# A path alone means check; so do options first; "-" is standard input.
run bare a.md --format line --config empty.toml
expect_rc bare 0
expect_in bare out "a.md:1:7: warning: Remove the space before"
run bare-options --format line a.md --config empty.toml
expect_in bare-options out "a.md:1:7:"
printf 'Text , here.\n' | "$COPYDESK" - --format line --config empty.toml >stdin.out 2>stdin.err
expect_in stdin out "-:1:5: warning"
run missing-file no-such-file.md --config empty.toml
expect_rc missing-file 2
expect_in missing-file err "no-such-file.md: error: no such file or directory"

# A mistyped command is not a path: "did you mean", exit 2, nothing checked.
run typo chek a.md
expect_rc typo 2
expect_in typo err 'unknown command "chek"; did you mean "check"?'
run nonsense frobnicate
expect_rc nonsense 2
expect_in nonsense err 'unknown command "frobnicate"'
expect_not_in nonsense err "did you mean"

# help, help COMMAND, and no command at all.
run help help
expect_rc help 0
expect_in help out "check"
expect_in help out "explain"
expect_in help out "A path alone is \`check\`"
run help-check help check
expect_rc help-check 0
expect_in help-check out "--stdin-filename"
run help-unknown help nonsense
expect_rc help-unknown 2
run nothing
expect_rc nothing 2
expect_in nothing out "Subcommands:"
# A mistyped command under a command ("names cout"): named, with "did you mean".
run names-typo names cout x
expect_rc names-typo 2
expect_in names-typo err 'unknown command "names cout"; did you mean "names count"?'
finish

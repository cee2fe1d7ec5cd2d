#!/usr/bin/env bash
# Presets and `copydesk init`: the default profile stays quiet on house choices; a preset enforces
# them, with messages that name the choice; the project's config wins over its preset.
. "$(dirname "$0")/lib.sh"
mkdir -p "$WORK/news"
cat >"$WORK/news/story.txt" <<'TXT'
Ferry strike ends after three weeks

The ferry strike in Port Velmar ended on Tuesday after the crews and the operator agreed a new rota in order to keep 3 boats running.

The President welcomed the deal. Mr. Okafor, who led the crews, said the rota was fair.
TXT

# The default profile: none of the house choices is reported.
(cd "$WORK/news" && "$COPYDESK" check story.txt --format line >"$WORK/default.out" 2>"$WORK/default.err"; echo $? >"$WORK/default.rc")
expect_rc default 0
expect_not_in default out "titles/"
expect_not_in default out "house/wordiness"
expect_not_in default out "numbers/ap-numerals"

# init without a style: a commented starter that names the presets and sets nothing.
(cd "$WORK/news" && "$COPYDESK" init >"$WORK/init.out" 2>"$WORK/init.err"; echo $? >"$WORK/init.rc")
expect_rc init 0
expect_in init out "wrote .copydesk.toml"
if grep -q '^# preset = "ap" .*ap, chicago, uk-press' "$WORK/news/.copydesk.toml"; then pass; else fail "init: no commented preset line"; fi
if grep -v '^#' "$WORK/news/.copydesk.toml" | grep -q '[a-z]'; then fail "init: the starter sets a key"; else pass; fi

# An existing file is kept unless --force.
(cd "$WORK/news" && "$COPYDESK" init --style ap >"$WORK/again.out" 2>"$WORK/again.err"; echo $? >"$WORK/again.rc")
expect_rc again 2
expect_in again err ".copydesk.toml already exists; use --force to overwrite it"
(cd "$WORK/news" && "$COPYDESK" init --style nope --force >"$WORK/nope.out" 2>"$WORK/nope.err"; echo $? >"$WORK/nope.rc")
expect_rc nope 2
expect_in nope err 'unknown style "nope" (shipped: ap, chicago, uk-press)'
(cd "$WORK/news" && "$COPYDESK" init --style ap --force >"$WORK/ap-init.out" 2>"$WORK/ap-init.err"; echo $? >"$WORK/ap-init.rc")
expect_rc ap-init 0
if grep -q '^preset = "ap"$' "$WORK/news/.copydesk.toml" && grep -q '^# \[rules."titles/courtesy-title"\]' "$WORK/news/.copydesk.toml"; then pass; else
  fail "init --style ap: no preset key or no commented preset content"; fi

# The ap preset through the written config: AP's choices, named in the messages.
(cd "$WORK/news" && "$COPYDESK" check story.txt --format line >"$WORK/ap.out" 2>"$WORK/ap.err"; echo $? >"$WORK/ap.rc")
expect_rc ap 0
expect_in ap out 'story.txt:5:5: warning: A formal title standing alone is lower case in this house style (standalone = "lower"): “president”. [titles/capitalization]'
expect_in ap out 'AP style uses no courtesy title outside quotations: write “Okafor”. [titles/courtesy-title]'
expect_in ap out 'AP style spells out numbers under 10: write “three”. [numbers/ap-numerals]'

# The project's own keys win over its preset's.
printf 'preset = "ap"\n[rules."titles/courtesy-title"]\nstyle = "us"\n' >"$WORK/news/.copydesk.toml"
(cd "$WORK/news" && "$COPYDESK" check story.txt --format line >"$WORK/over.out" 2>"$WORK/over.err"; echo $? >"$WORK/over.rc")
expect_rc over 0
expect_not_in over out "titles/courtesy-title"
expect_in over out "[titles/capitalization]"

# uk-press: British choices; chicago: title-case headlines and Chicago's numerals; a list merges in order.
printf 'preset = "uk-press"\n' >"$WORK/uk.toml"
run uk check "$WORK/news/story.txt" --format line --config "$WORK/uk.toml"
expect_rc uk 0
expect_in uk out "[titles/courtesy-title]"
expect_not_in uk out "[titles/capitalization]"
printf 'preset = ["uk-press", "chicago"]\n' >"$WORK/chicago.toml"
run chicago check "$WORK/news/story.txt" --format line --config "$WORK/chicago.toml"
expect_rc chicago 0
expect_in chicago out 'This headline is not in title case; the house style is title case (style = "title"): “Ferry Strike Ends After Three Weeks”. [titles/headline-case]'
expect_in chicago out 'Chicago style spells out numbers up to one hundred: write “three”. [numbers/ap-numerals]'
expect_in chicago out 'Write “to” rather than “in order to”. [house/wordiness]'

# Errors name the file, line and column.
printf 'language = "en-US"\npreset = "times"\n' >"$WORK/bad.toml"
run bad check "$WORK/news/story.txt" --config "$WORK/bad.toml"
expect_rc bad 2
expect_in bad err "$WORK/bad.toml:2:10: unknown preset \"times\" (shipped: ap, chicago, uk-press)"
printf 'preset = 3\n' >"$WORK/bad2.toml"
run bad2 check "$WORK/news/story.txt" --config "$WORK/bad2.toml"
expect_rc bad2 2
expect_in bad2 err "$WORK/bad2.toml:1:10: \`preset\` must be a string"
finish

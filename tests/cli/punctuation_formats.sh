#!/usr/bin/env bash
# Each punctuation rule on the same fault as plain text, Markdown and HTML, with entities (&quot;,
# &#160;, &nbsp;, &amp;, numeric quotes and dashes) beside the fault: `check` reports it in every
# format and `fix --unsafe` writes the expected text, keeping every entity whole.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
cd "$WORK" || exit 1
# rule <TAB> the fault, written with entities <TAB> the text after the fix
cat >cases.tsv <<'CASES'
space-before	The &quot;deal&quot; , he said, was done &amp; signed.	The &quot;deal&quot;, he said, was done &amp; signed.
missing-space-after	In 2019,the council &amp; the board met on Jan.5 at No.10.	In 2019, the council &amp; the board met on Jan. 5 at No. 10.
apostrophe	The mayor&#8216;s office &amp; the council''s plan.	The mayor's office &amp; the council's plan.
quote-spacing	&#8220; We listened,&#8221;said Bakker &amp; left.	&#8220;We listened,&#8221; said Bakker &amp; left.
one-sided-space	The company disputed&#8212; and then&nbsp;appealed.	The company disputed &#8212; and then&nbsp;appealed.
doubled-word	They called it the &#8220;the best deal&#8221; &amp; left.	They called it &#8220;the best deal&#8221; &amp; left.
possessive	Jansen&#8217; office &amp; the port were shut.	Jansen&#8217;s office &amp; the port were shut.
quote-character	He said &#39;&#39;We are ready&#39;&#39; &amp; left.	He said "We are ready" &amp; left.
ly-hyphen	The newly-appointed&nbsp;mediator &amp; the mayor met.	The newly appointed&nbsp;mediator &amp; the mayor met.
compound-modifier	A 58 year old&#160;father &amp; his son left.	A 58-year-old&#160;father &amp; his son left.
doubled	The end,, &amp; more.	The end, &amp; more.
CASES
# The three files of each case, and the three expected results (plain text decodes the entities).
python3 - cases.tsv <<'PY'
import html, sys
for line in open(sys.argv[1], encoding="utf-8"):
    rule, fault, fixed = line.rstrip("\n").split("\t")
    for ext, wrap in (("md", "{}"), ("html", "<p>{}</p>")):
        open(f"{rule}.{ext}", "w", encoding="utf-8").write(wrap.format(fault) + "\n")
        open(f"{rule}.{ext}.want", "w", encoding="utf-8").write(wrap.format(fixed) + "\n")
    open(f"{rule}.txt", "w", encoding="utf-8").write(html.unescape(fault) + "\n")
    open(f"{rule}.txt.want", "w", encoding="utf-8").write(html.unescape(fixed) + "\n")
PY
while IFS=$'\t' read -r rule _ _; do
  for ext in txt md html; do
    run "$rule-$ext" check "$rule.$ext" --format line --config empty.toml
    expect_in "$rule-$ext" out "[punctuation/$rule]"
  done
done <cases.tsv
"$COPYDESK" fix ./*.txt ./*.md ./*.html --unsafe --quiet --config empty.toml >/dev/null 2>fix.err
while IFS=$'\t' read -r rule _ _; do
  for ext in txt md html; do
    if cmp -s "$rule.$ext" "$rule.$ext.want"; then pass; else
      fail "$rule.$ext after fix: $(cat "$rule.$ext") (expected $(cat "$rule.$ext.want"))"
    fi
  done
done <cases.tsv
finish

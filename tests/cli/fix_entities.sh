#!/usr/bin/env bash
# Fixes in source coordinates: entities and escapes edited whole, fixes across markup or cutting a
# UTF-8 character dropped, and on every rule fixture (as .txt, .md and .html) `fix --unsafe`
# changes bytes only inside the reported ranges and leaves valid UTF-8.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
C=(--config "$WORK/empty.toml")
G=(--plugin-path "$TEST_PLUGINS/good")
cd "$WORK" || exit 1

# The cases from issue 18: no entity is ever cut.
printf '<p>Salt &amp; pepper , then &#38; more , and &nbsp;, a &quot;quoted&quot; word , end.</p>\n' >e.html
printf 'Salt &amp; pepper , then &#38; more , and a &quot;quoted&quot; word , end \\* here .\n' >e.md
run e-check check e.html e.md --format line "${C[@]}"
expect_in e-check out "e.html:1:21: warning: Remove the space before"   # after &amp;: byte-exact columns
expect_in e-check out "e.md:1:18: warning: Remove the space before"
run e-fix fix e.html e.md --unsafe "${C[@]}"
[ "$(cat e.html)" = '<p>Salt &amp; pepper, then &#38; more, and, a &quot;quoted&quot; word, end.</p>' ] && pass ||
  fail "html entities: $(cat e.html)"
[ "$(cat e.md)" = 'Salt &amp; pepper, then &#38; more, and a &quot;quoted&quot; word, end \* here.' ] && pass ||
  fail "markdown entities: $(cat e.md)"

# A fix that changes the length (a misspelling corrected) rewrites only the characters it
# changes: an entity in the word stays an entity ("goverment&rsquo;s" -> "government&rsquo;s").
printf '<p>Officials in Marlow said the goverment&rsquo;s plan and the commitee&#8217;s view.</p>\n' >sp.html
printf 'Officials said the goverment&rsquo;s plan.\n' >sp.md
run sp-fix fix sp.html sp.md --unsafe "${C[@]}"
[ "$(cat sp.html)" = '<p>Officials in Marlow said the government&rsquo;s plan and the committee&#8217;s view.</p>' ] && pass ||
  fail "entity in a corrected word (html): $(cat sp.html)"
[ "$(cat sp.md)" = 'Officials said the government&rsquo;s plan.' ] && pass || fail "entity in a corrected word (md): $(cat sp.md)"

# A fix that keeps the length in characters (a heading recased) rewrites only the characters it
# changes: entities and inline markup inside the range stay as they were in the file.
cat >recase.html <<'HTML'
<h1>Harbour crews begin the winter repairs</h1>
<h2>Pier Rebuilt at a Cost of &pound;3.4m &amp; <em>Reopened</em> Today</h2>
<p>The pier reopened on Monday.</p>
<h2>Ferry timetable changes next week</h2>
HTML
run recase fix recase.html --unsafe "${C[@]}"
grep -qF '<h2>Pier rebuilt at a cost of &pound;3.4m &amp; <em>reopened</em> today</h2>' recase.html && pass ||
  fail "recasing rewrote entities or markup: $(sed -n 2p recase.html)"

# A fix across markup, or one cutting a character in two, is dropped with a note, never written.
printf '<p>Caf\xC3\xA9 <b>bold</b> words.</p>\n' >cut.html
cp cut.html cut.orig
run cut fix cut.html --enable testplug/cutter --format json "${G[@]}" "${C[@]}"
cmp -s cut.html cut.orig && pass || fail "a cutting fix was written: $(cat cut.html)"
expect_in cut out "cuts a UTF-8 character in two; the host refused it"
expect_in cut out "no fix offered: it would cut an entity or markup in the file"

# A rule that attaches fixes without declaring RuleMeta::fixable: dropped, reported, exit 2.
printf 'Some words here.\n' >undeclared.txt
# Markdown: text the writer escaped twice ("&amp;lt;br>", "&amp;#35;") is fixed to text, never to
# markup: the characters that open markup are backslash-escaped in the file.
printf 'Use &amp;lt;br> here.\n\n&amp;#35; not a heading\n\nThe &amp;#42;new&amp;#42; plan\n' >twice.md
run twice fix twice.md "${C[@]}"
[ "$(cat twice.md)" = "$(printf 'Use \\<br> here.\n\n\\# not a heading\n\nThe \\*new\\* plan')" ] && pass || fail "markdown escapes: $(cat twice.md)"

# HTML: a legacy reference without its semicolon ("&copy b") before another reference keeps
# the positions after it right, and the fix edits the second reference's bytes only.
printf '<p>A &copy b &amp;mdash; x.</p>\n' >legacy.html
run legacy check legacy.html --format line "${C[@]}"
expect_in legacy out "legacy.html:1:14: warning: “&mdash;” is an HTML character reference left in the text"
run legacy-fix fix legacy.html "${C[@]}"
[ "$(cat legacy.html)" = "<p>A &copy b — x.</p>" ] && pass || fail "legacy reference fix: $(cat legacy.html)"

run undeclared fix undeclared.txt --enable testplug/undeclared-fix --format line "${G[@]}" "${C[@]}"
expect_rc undeclared 2
expect_in undeclared out "the rule testplug/undeclared-fix attached fixes but does not declare itself fixable"
[ "$(cat undeclared.txt)" = "Some words here." ] && pass || fail "an undeclared fix was written"

# Every fixture, as plain text, Markdown and HTML (with entities for &, <, >, quotes and NBSP):
# the fixed file keeps every byte outside the ranges the check reported, and is valid UTF-8.
mkdir corpus
python3 - "$SRC/tests/rules" corpus <<'PY'
import html, pathlib, sys
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for i, f in enumerate(sorted(src.rglob("*.txt"))):
    text = f.read_text(encoding="utf-8")
    stem = f"{i:03d}-{f.stem.replace('.', '-')}"
    (out / f"{stem}.txt").write_text(text, encoding="utf-8")
    (out / f"{stem}.md").write_text(text, encoding="utf-8")
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "\n".join("<p>" + html.escape(p, quote=True).replace("\u00a0", "&nbsp;").replace("&#x27;", "&#39;") + "</p>"
                     for p in paras)
    (out / f"{stem}.html").write_text("<html><body>\n" + body + "\n</body></html>\n", encoding="utf-8")
PY
cp -r corpus before
"$COPYDESK" check corpus --format json "${C[@]}" >report.json 2>/dev/null
"$COPYDESK" fix corpus --unsafe --quiet "${C[@]}" >/dev/null 2>fix-corpus.err
python3 - before corpus report.json <<'PY' >verify.out
import json, pathlib, re, sys
before, after, report = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), json.load(open(sys.argv[3]))
ranges = {}
for f in report["files"]:
    spans = [(d["offset"], d["offset"] + d["length"]) for d in f["diagnostics"]]
    spans += [(x["offset"], x["offset"] + x["length"]) for d in f["diagnostics"] for x in d["fixes"]]
    ranges[pathlib.Path(f["path"]).name] = sorted(spans)
bad = checked = changed = 0
for a in sorted(before.iterdir()):
    old, new = a.read_bytes(), (after / a.name).read_bytes()
    checked += 1
    try:
        new.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{a.name}: not valid UTF-8 after fix: {e}"); bad += 1; continue
    if old == new:
        continue
    changed += 1
    # Merge the reported ranges; the bytes between them must come through unchanged and in order.
    merged = []
    for s, e in ranges.get(a.name, []):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pieces, at = [], 0
    for s, e in merged:
        pieces.append(old[at:s]); at = e
    pieces.append(old[at:])
    pattern = b"(?s)\\A" + b".*?".join(re.escape(p) for p in pieces) + b"\\Z"
    if not re.match(pattern, new):
        print(f"{a.name}: changed outside the reported ranges"); bad += 1
print(f"checked {checked} files, {changed} changed, {bad} bad")
PY
grep -q "checked [1-9][0-9]* files, [1-9][0-9]* changed, 0 bad" verify.out && pass || { fail "fixture fixes:"; head -20 verify.out; }
cat verify.out
grep -q "error" fix-corpus.err && fail "fix on the fixtures: $(head -3 fix-corpus.err)" || pass
finish

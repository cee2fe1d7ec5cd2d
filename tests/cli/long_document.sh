#!/usr/bin/env bash
# A document of 3 MiB or more is checked in parts of at most 1 MiB (docs/architecture.md, "Long
# documents"). Each finding is still reported once, at its own line and column, in plain text
# (LF and CRLF), Markdown (code spans and blocks stay unchecked in every part) and HTML; fix
# writes every fix of every part; and memory stays bounded by the part, not the document (for
# Markdown too, which its reader parses in pieces).
. "$(dirname "$0")/lib.sh"

# make FORMAT PATH: ~3.6 MB with a doubled word in every tenth paragraph; writes the expected
# "line:column" of each doubled word, one per line, to PATH.expected.
make() {
  python3 - "$1" "$2" <<'PY'
import sys
fmt, path = sys.argv[1], sys.argv[2]
nl = "\r\n" if fmt == "crlf" else "\n"
lines, expected = [], []
if fmt == "html":
    lines.append("<html><body>")
lines.append("<h1>Harwick budget hearings</h1>" if fmt == "html" else "Harwick budget hearings")
lines.append("")
for i in range(40000):
    # "Zoë" puts a two-byte character before the fault: columns count code points.
    doubled = "the " if i % 10 == 0 else ""
    body = f"Zo\u00eb Marsh said the {doubled}committee in Harwick reviewed budget line {i} before the vote."
    if fmt == "md" and i % 97 == 0:
        lines.append(f"Her note `the the {i}` was quoted as written.")
    elif fmt == "md" and i % 101 == 0:
        lines += ["```", f"the the {i}", "```"]
    elif fmt == "html":
        lines.append(f"<p>Zo&euml; Marsh said the {doubled}committee in Harwick reviewed budget line {i} before the vote.</p>")
        if doubled:
            expected.append(f"{len(lines)}:{len('<p>Zo&euml; Marsh said ') + 1}")
    else:
        lines.append(body)
        if doubled:
            expected.append(f"{len(lines)}:{len('Zoë Marsh said ') + 1}")
    lines.append("")
if fmt == "html":
    lines.append("</body></html>")
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write(nl.join(lines) + nl)
with open(path + ".expected", "w") as f:
    f.write("\n".join(expected) + "\n")
PY
}

# found NAME: the "line:column" of each doubled-word finding in NAME's line output.
found() {
  grep -F '[punctuation/doubled-word]' "$WORK/$1.out" | sed -E 's/^[^:]*:([0-9]+):([0-9]+):.*/\1:\2/'
}

for fmt in txt crlf md html; do
  ext=$fmt
  [ "$fmt" = crlf ] && ext=txt
  doc="$WORK/long-$fmt.$ext"
  make "$fmt" "$doc"
  size=$(wc -c <"$doc")
  [ "$size" -ge 3145728 ] || { fail "$fmt: the test document is only $size bytes"; continue; }
  run "$fmt" check "$doc" --format line --jobs 2
  expect_rc "$fmt" 0
  if diff <(found "$fmt") "$doc.expected" >"$WORK/$fmt.diff"; then pass; else
    fail "$fmt: doubled words reported at other places than written ($(wc -l <"$doc.expected") expected)"
    head -10 "$WORK/$fmt.diff"
  fi
  # One thread gives the same report as two (parts are checked in order of the text).
  run "$fmt-one" check "$doc" --format line --jobs 1
  if cmp -s "$WORK/$fmt.out" "$WORK/$fmt-one.out"; then pass; else fail "$fmt: --jobs 1 changed the report"; fi
done

# The same paragraphs as a short document: its findings for them are the long one's.
head -c 400000 "$WORK/long-txt.txt" | sed '$d' >"$WORK/short.txt"
run short check "$WORK/short.txt" --format line
found short >"$WORK/short.found"
if [ "$(wc -l <"$WORK/short.found")" -gt 300 ] && cmp -s "$WORK/short.found" <(head -n "$(wc -l <"$WORK/short.found")" "$WORK/long-txt.txt.expected"); then
  pass
else
  fail "the short document's doubled words differ from the long one's"
fi

# fix writes the fixes of every part, and leaves the CRLF line ends as they were.
cp "$WORK/long-crlf.txt" "$WORK/to-fix.txt"
run fix fix "$WORK/to-fix.txt"
expect_rc fix 0
python3 - "$WORK/long-crlf.txt" "$WORK/to-fix.txt" <<'PY' >"$WORK/fixcheck.out" 2>&1
import sys
before = open(sys.argv[1], "rb").read()
after = open(sys.argv[2], "rb").read()
assert after == before.replace(b"said the the committee", b"said the committee"), "fixed file is not the original with each doubled word removed"
assert after.count(b"\r\n") == before.count(b"\r\n"), "line ends changed"
print("ok")
PY
if grep -qx ok "$WORK/fixcheck.out"; then pass; else fail "fix on a long CRLF file: $(cat "$WORK/fixcheck.out")"; fi

# Memory grows with a part, not with the document: a 14-17 MB file, plain text or Markdown (whose
# parser reads it in pieces), stays under 4 x its size + 60 MB (the sanitizers' shadow memory
# makes the figure meaningless there).
if [ -z "${SANITIZED:-}" ]; then
  for ext in txt md; do
    for i in 1 2 3 4; do cat "$WORK/long-$ext.$ext"; done >"$WORK/long4.$ext"
    peak=$(python3 - "$COPYDESK" "$WORK/long4.$ext" <<'PY'
import resource, subprocess, sys
subprocess.run([sys.argv[1], "check", sys.argv[2], "--format", "line", "--quiet"], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KB
PY
)
    size_kb=$(( $(wc -c <"$WORK/long4.$ext") / 1024 ))
    bound=$(( 4 * size_kb + 60 * 1024 ))
    if [ "$peak" -le "$bound" ]; then pass; else fail "a $size_kb KB .$ext document took $peak KB at peak (bound $bound KB)"; fi
  done
fi
finish

#!/usr/bin/env bash
# `copydesk stream`: JSON Lines in, one result line per document in input order, bad lines as
# error lines, results equal to `check` on the whole corpus, and GNU parallel driving shards.
. "$(dirname "$0")/lib.sh"
cd "$WORK" || exit 1
echo 'extensions = [".txt"]' >cfg.toml
{
  echo '{"id": "one", "text": "The port , opened. The the mayor spoke."}'
  echo 'not json at all'
  echo '{"id": 2, "text": "# A heading\n\nA calm , line.", "format": "md"}'
  echo ''
  echo '{"id": "bad-date", "text": "A line.", "date": "2024-02-30"}'
  echo '{"id": "no-text"}'
  echo '[1, 2]'
  echo '{"id": "fmt", "text": "x", "format": "docx"}'
  echo '{"id": "dated", "text": "On Tuesday, May 8, 2013, the port opened.", "path": "news/a.txt"}'
} >mixed.jsonl
run mixed stream --config cfg.toml <mixed.jsonl
expect_rc mixed 0
[ "$(wc -l <mixed.out)" = 8 ] && pass || fail "expected 8 result lines, got $(wc -l <mixed.out)"
python3 - "$WORK/mixed.out" <<'PY' && pass || fail "stream results"
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
ids = [l["id"] for l in lines]
assert ids == ["one", None, 2, "bad-date", "no-text", None, "fmt", "dated"], ids
assert {d["rule"] for d in lines[0]["diagnostics"]} >= {"punctuation/space-before", "punctuation/doubled-word"}, lines[0]
assert lines[0]["error"] is None and lines[0]["path"] == "one"
assert lines[1]["line"] == 2 and "not a JSON document" in lines[1]["error"] and lines[1]["diagnostics"] == []
assert lines[2]["diagnostics"][0]["line"] == 3, lines[2]
assert "YYYY-MM-DD" in lines[3]["error"]
assert "text" in lines[4]["error"]
assert lines[5]["line"] == 7 and "JSON object" in lines[5]["error"]
assert "txt, md or html" in lines[6]["error"]
assert lines[7]["path"] == "news/a.txt"
assert any(d["rule"] == "facts/weekday-date" for d in lines[7]["diagnostics"]), lines[7]
PY
run badcfg stream --config missing.toml </dev/null
expect_rc badcfg 2

# The whole corpus: stream and check say exactly the same thing.
CORPUS="$SHARED/corpus/wikinews-en"
[ -d "$CORPUS" ] || skip "corpus not found at $CORPUS"
# (A sanitizer build takes every fourth article: still several of GNU parallel's blocks below.)
articles=("$CORPUS"/*.txt)
if [ -n "${SANITIZED:-}" ]; then
  for i in "${!articles[@]}"; do [ $((i % 4)) -eq 0 ] || unset "articles[$i]"; done
  articles=("${articles[@]}")
fi
python3 "$SRC/tests/scale/to_jsonl.py" "${articles[@]}" >corpus.jsonl
"$COPYDESK" stream --config cfg.toml <corpus.jsonl >streamed.jsonl 2>stream.err || fail "stream on the corpus: $(cat stream.err)"
"$COPYDESK" check "${articles[@]}" --config cfg.toml --format json >checked.json 2>/dev/null
if python3 "$SRC/tests/scale/same_results.py" streamed.jsonl checked.json >same.log; then pass; else fail "stream differs from check"; cat same.log; fi
# Input order is output order.
[ "$(python3 -c 'import json,sys; print("\n".join(json.loads(l)["id"] for l in open(sys.argv[1])))' streamed.jsonl)" = \
  "$(for a in "${articles[@]}"; do basename "$a"; done)" ] && pass || fail "output order differs from input order"

# GNU parallel: shards of the stream on several processes, kept in order, same lines.
if command -v parallel >/dev/null; then
  parallel --will-cite --pipe --keep-order --block 300k -j 2 "$COPYDESK" stream --jobs 1 --config cfg.toml \
    <corpus.jsonl >parallel.jsonl 2>parallel.err
  cmp -s parallel.jsonl streamed.jsonl && pass || fail "GNU parallel shards differ from one stream: $(head -2 parallel.err)"
else
  echo "note: GNU parallel is not installed; its recipe is not tested here"
fi

# Without --config, a document's path finds its folder's config (nested configs merged), as
# `check` on that file would; a document without a path gets the current folder's.
mkdir -p nested/drafts
printf '[rules."punctuation/doubled-word"]\nseverity = "error"\n' >nested/.copydesk.toml
printf '[rules.punctuation]\nspace-before = "off"\n' >nested/drafts/.copydesk.toml
printf 'Oslo , Norway said the the.\n' >nested/drafts/x.md
(cd nested && "$COPYDESK" check drafts/x.md --format json >../nested-check.json 2>/dev/null)
printf '{"id":"x","text":"Oslo , Norway said the the.\\n","path":"drafts/x.md"}\n' >nested.jsonl
(cd nested && "$COPYDESK" stream <../nested.jsonl >../nested-stream.jsonl 2>../nested.err)
python3 - nested-check.json nested-stream.jsonl <<'PY' && pass || fail "stream and check disagree under nested configs"
import json, sys
checked = json.load(open(sys.argv[1]))["files"][0]["diagnostics"]
streamed = json.loads(open(sys.argv[2]).readline())["diagnostics"]
rules = sorted(d["rule"] for d in streamed)
assert checked == streamed, (checked, streamed)
assert rules == ["punctuation/doubled-word"], rules
assert streamed[0]["severity"] == "error"
PY
finish

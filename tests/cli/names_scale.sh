#!/usr/bin/env bash
# `names learn` as map and reduce: `names count` per shard, `names merge` of the counts gives a
# registry byte-identical to learning the whole archive, for any split and any merge order; GNU
# parallel runs the map step; bad counts and outputs are errors.
. "$(dirname "$0")/lib.sh"
CORPUS="$SHARED/corpus/wikinews-en"
[ -d "$CORPUS" ] || skip "corpus not found at $CORPUS"
cd "$WORK" || exit 1
echo 'extensions = [".txt"]' >cfg.toml
ls "$CORPUS"/*.txt >all.txt
# A sanitizer build (SANITIZED) learns from every fourth article: the same code, a quarter of the time.
[ -n "${SANITIZED:-}" ] && { awk 'NR % 4 == 1' all.txt >quarter.txt; mv quarter.txt all.txt; }
run learn names learn $(cat all.txt) --config cfg.toml -o whole.toml
expect_rc learn 0
[ "$(grep -c '^\[\[name\]\]' whole.toml)" -gt 10 ] && pass || fail "the corpus should give a registry: $(head -3 whole.toml)"
split -n r/3 all.txt shard.   # round robin: each shard takes every third file
for s in shard.aa shard.ab shard.ac; do
  "$COPYDESK" names count $(cat $s) --config cfg.toml -o "$s.jsonl" 2>>count.err || fail "names count $s"
done
run merge1 names merge shard.aa.jsonl shard.ab.jsonl shard.ac.jsonl -o merged1.toml
expect_rc merge1 0
cmp -s whole.toml merged1.toml && pass || fail "count+merge differs from learn: $(diff whole.toml merged1.toml | head -5)"
run merge2 names merge shard.ac.jsonl shard.aa.jsonl shard.ab.jsonl -o merged2.toml
cmp -s whole.toml merged2.toml && pass || fail "the merge order changes the registry"
# Another split (contiguous halves), counts of counts: still the same.
half=$(($(wc -l <all.txt) / 2))
head -n "$half" all.txt >half1; tail -n +"$((half + 1))" all.txt >half2
"$COPYDESK" names count $(cat half1) --config cfg.toml >h1.jsonl 2>/dev/null
"$COPYDESK" names count $(cat half2) --config cfg.toml >h2.jsonl 2>/dev/null
"$COPYDESK" names merge h1.jsonl h2.jsonl >merged3.toml 2>/dev/null
cmp -s whole.toml merged3.toml && pass || fail "a second split gives another registry"
# GNU parallel as the map step, two shards at a time.
if command -v parallel >/dev/null; then
  parallel --will-cite -j 2 --xargs -n 400 "$COPYDESK" names count --config cfg.toml -o 'par.{#}.jsonl' {} <all.txt 2>par.err
  "$COPYDESK" names merge par.*.jsonl >merged4.toml 2>/dev/null
  cmp -s whole.toml merged4.toml && pass || fail "GNU parallel map step gives another registry: $(head -2 par.err)"
else
  echo "note: GNU parallel is not installed; its recipe is not tested here"
fi
# Errors: a file that is not counts, a bad line, an output that is a folder.
echo '{"group": "x"}' >nohead.jsonl
run nohead names merge nohead.jsonl
expect_rc nohead 2
expect_in nohead err 'no header line'
{ head -1 shard.aa.jsonl; echo 'not json'; } >badline.jsonl
run badline names merge badline.jsonl
expect_rc badline 2
expect_in badline err 'badline.jsonl:2:'
mkdir folder
run folder names learn "$CORPUS/wn10-0001.txt" -o folder
expect_rc folder 2
expect_in folder err 'cannot be written'
[ ! -e folder.copydesk-new ] && pass || fail "a temporary file was left beside the output"
finish

#!/usr/bin/env bash
# Benchmark: every shipped rule over ../shared/corpus, several runs, then one article from a cold
# start (beside `hunspell -l`), start-up with a large config, one ~5 MB file on one thread and on
# every core, and one ~50 MB file (is the cost linear? is memory bounded?). Prints files/s, MB/s
# and peak memory.
# Usage: bench/run.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
RUNS=${2:-5}
BIN=$BUILD/bin/copydesk
CORPUS=${CORPUS:-../shared/corpus/wikinews-en}
[ -x "$BIN" ] || { echo "build first: $BIN not found" >&2; exit 2; }
[ -d "$CORPUS" ] || { echo "corpus not found: $CORPUS" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
echo 'extensions = [".txt"]' >"$TMP/empty.toml"  # the articles, not the corpus's SOURCE.md
inputs=("$CORPUS"/*.txt)
files=${#inputs[@]}
bytes=$(cat "$CORPUS"/*.txt | wc -c)

timed() {  # timed OUT-PREFIX CMD...: wall seconds and peak KB into OUT-PREFIX.{s,kb}
  /usr/bin/time -f "%e %M" -o "$1.time" "${@:2}" >/dev/null 2>&1 || true
  read -r s kb < <(tail -n 1 "$1.time")  # "Command exited with non-zero status" may come first
  echo "$s" >"$1.s"
  echo "$kb" >"$1.kb"
}

best=999999
peak=0
for i in $(seq 1 "$RUNS"); do
  timed "$TMP/run$i" "$BIN" check "$CORPUS" --format line --config "$TMP/empty.toml"
  s=$(cat "$TMP/run$i.s")
  kb=$(cat "$TMP/run$i.kb")
  best=$(awk -v a="$best" -v b="$s" 'BEGIN { print (b < a ? b : a) }')
  peak=$(( kb > peak ? kb : peak ))
done
findings=$("$BIN" check "$CORPUS" --format line --config "$TMP/empty.toml" 2>/dev/null | wc -l || true)
echo "corpus: $files files, $bytes bytes, $findings findings"
awk -v s="$best" -v f="$files" -v b="$bytes" -v kb="$peak" -v r="$RUNS" 'BEGIN {
  printf "  best of %d: %.3f s  %.0f files/s  %.2f MB/s  peak %.1f MB\n", r, s, f / s, b / s / 1e6, kb / 1024 }'

# What each plugin costs: the corpus again without it (best of the runs).
for plugin in spelling names; do
  without=()
  while read -r id _; do without+=(--disable "$id"); done < <("$BIN" rules --config "$TMP/empty.toml" | grep "^$plugin/")
  bestw=999999
  for i in $(seq 1 "$RUNS"); do
    timed "$TMP/w$plugin$i" "$BIN" check "$CORPUS" --format line --config "$TMP/empty.toml" "${without[@]}"
    bestw=$(awk -v a="$bestw" -v b="$(cat "$TMP/w$plugin$i.s")" 'BEGIN { print (b < a ? b : a) }')
  done
  awk -v all="$best" -v w="$bestw" -v p="$plugin" 'BEGIN {
    printf "  without %s: %.3f s (its share of the full check: %.0f%%)\n", p, w, (all - w) * 100 / all }'
done

one=${inputs[0]}
bestone=999999999
for i in $(seq 1 "$RUNS"); do  # nanosecond clock: /usr/bin/time rounds to 10 ms
  t0=$(date +%s%N)
  "$BIN" check "$one" --format line --config "$TMP/empty.toml" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  bestone=$(( (t1 - t0) < bestone ? (t1 - t0) : bestone ))
done
awk -v ns="$bestone" -v f="$one" 'BEGIN { printf "one article from a cold start (%s): %.1f ms\n", f, ns / 1e6 }'

# The same article through `hunspell -l` (as ../shared/peers/run.sh runs it): the floor a cold
# start is compared with.
if command -v hunspell >/dev/null; then
  besthun=999999999
  for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N)
    hunspell -d en_US -l "$one" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    besthun=$(( (t1 - t0) < besthun ? (t1 - t0) : besthun ))
  done
  awk -v ns="$besthun" -v c="$bestone" 'BEGIN { printf "  hunspell -l on it: %.1f ms (copydesk / hunspell: %.2f)\n", ns / 1e6, c / ns }'
fi

# Start-up with 12 [[overrides]] and a 200,000-word [vocabulary] on one tiny file: rules are
# made only for the override combinations the file meets.
python3 bench/big_config.py 12 200000 >"$TMP/big-config.toml"
printf 'The mayor of Tarrowby opened the bridge on Tuesday.\n' >"$TMP/tiny.txt"
beststart=999999999
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s%N)
  "$BIN" check "$TMP/tiny.txt" --format line --config "$TMP/big-config.toml" >/dev/null 2>&1 || true
  t1=$(date +%s%N)
  beststart=$(( (t1 - t0) < beststart ? (t1 - t0) : beststart ))
done
awk -v ns="$beststart" 'BEGIN { printf "start-up, 12 overrides and a 200,000-word vocabulary, one tiny file: %.1f ms\n", ns / 1e6 }'

# ~5 MB in one file: the corpus concatenated.
cat "$CORPUS"/*.txt >"$TMP/big.txt"
timed "$TMP/big" "$BIN" check "$TMP/big.txt" --format line --config "$TMP/empty.toml" --jobs 1
awk -v s="$(cat "$TMP/big.s")" -v b="$(wc -c <"$TMP/big.txt")" -v kb="$(cat "$TMP/big.kb")" 'BEGIN {
  printf "one %.1f MB file, one thread: %.3f s  %.2f MB/s  peak %.1f MB\n", b / 1e6, s, b / s / 1e6, kb / 1024 }'
# The same file on every core: its rules share the threads (docs/architecture.md).
timed "$TMP/bigall" "$BIN" check "$TMP/big.txt" --format line --config "$TMP/empty.toml"
awk -v s="$(cat "$TMP/bigall.s")" -v b="$(wc -c <"$TMP/big.txt")" -v kb="$(cat "$TMP/bigall.kb")" 'BEGIN {
  printf "one %.1f MB file, all cores: %.3f s  %.2f MB/s  peak %.1f MB\n", b / 1e6, s, b / s / 1e6, kb / 1024 }'
# Ten times that in one file: linear time? Peak memory beside 4 x the file + 60 MB (issue 13's bound).
for i in $(seq 1 10); do cat "$TMP/big.txt"; done >"$TMP/big10.txt"
rm -f "$TMP/big.txt"
timed "$TMP/big10" "$BIN" check "$TMP/big10.txt" --format line --config "$TMP/empty.toml"
awk -v s="$(cat "$TMP/big10.s")" -v b="$(wc -c <"$TMP/big10.txt")" -v kb="$(cat "$TMP/big10.kb")" 'BEGIN {
  printf "one %.1f MB file, all cores: %.3f s  %.2f MB/s  peak %.1f MB (4 x size + 60 MB = %.0f MB)\n",
    b / 1e6, s, b / s / 1e6, kb / 1024, 4 * b / 1048576 + 60 }'
rm -f "$TMP/big10.txt"

# The streaming mode (docs/scale.md): the corpus as JSON Lines, once and twenty times over (~108 MB:
# does memory stay bounded by the window, not the stream?).
python3 tests/scale/to_jsonl.py "$CORPUS"/*.txt >"$TMP/corpus.jsonl"
for i in $(seq 1 20); do cat "$TMP/corpus.jsonl"; done >"$TMP/corpus20.jsonl"
timed "$TMP/stream" "$BIN" stream --config "$TMP/empty.toml" <"$TMP/corpus.jsonl"
timed "$TMP/stream20" "$BIN" stream --config "$TMP/empty.toml" <"$TMP/corpus20.jsonl"
timed "$TMP/stream1" "$BIN" stream --config "$TMP/empty.toml" --jobs 1 <"$TMP/corpus.jsonl"
awk -v s="$(cat "$TMP/stream.s")" -v s1="$(cat "$TMP/stream1.s")" -v f="$files" -v kb="$(cat "$TMP/stream.kb")" \
  -v s20="$(cat "$TMP/stream20.s")" -v kb20="$(cat "$TMP/stream20.kb")" -v b20="$(wc -c <"$TMP/corpus20.jsonl")" 'BEGIN {
  printf "stream: %.0f documents/s on all cores (%.0f on one), peak %.1f MB; %.0f MB of JSON Lines: %.1f s, peak %.1f MB\n",
    f / s, f / s1, kb / 1024, b20 / 1e6, s20, kb20 / 1024 }'

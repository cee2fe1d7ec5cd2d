#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan) and runs each one for SECONDS from a seed
# corpus of our own fixtures, examples, documented configs and packs, and past findings.
# Usage: fuzz/run.sh [SECONDS-PER-TARGET (default 12)] [TARGET...]   (docs/fuzzing.md)
# FUZZ_BUILD names the build tree (default build-fuzz/); one already configured with
# COPYDESK_FUZZ=ON (CI's build-asan/) is used as it is. Exit status 1 when a target found a
# crash, a leak, a hang, a UBSan report or an uncaught exception; the input is in <tree>/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-12}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_text_reader fuzz_markdown_reader fuzz_html_reader fuzz_config fuzz_pack fuzz_check)
out=${FUZZ_BUILD:-build-fuzz}
if ! grep -qx 'COPYDESK_FUZZ:BOOL=ON' "$out/CMakeCache.txt" 2>/dev/null; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCOPYDESK_FUZZ=ON -DCOPYDESK_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
fi
cmake --build "$out" -j2 --target "${targets[@]}" >"$out/fuzz-build.log" 2>&1 || { tail -30 "$out/fuzz-build.log"; exit 2; }

# Seeds: every fixture and example as a document; for fuzz_check each one again behind the byte
# that picks its reader (0 text, 1 Markdown, 2 HTML; +4 gives the article a date, +8 takes the
# cross-file path, +16 checks it in parts, +48 in parts on two threads). Inputs that once found a
# bug (tests/fuzz-regressions/) are seeds too.
seeds=$out/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{text,markdown,html,config,pack,check} "$out/crashes"
n=0
while IFS= read -r f; do
  n=$((n + 1))
  case "$f" in
    *.md | *.markdown) kind=markdown byte=1 ;;
    *.html | *.htm) kind=html byte=2 ;;
    *) kind=text byte=0 ;;
  esac
  cp "$f" "$seeds/$kind/$n"
  { printf "\\$(printf %03o $byte)"; cat "$f"; } >"$seeds/check/$n"
  { printf "\\$(printf %03o $((byte + 4)))"; cat "$f"; } >"$seeds/check/$n-dated"
  { printf "\\$(printf %03o $((byte + 8)))"; cat "$f"; } >"$seeds/check/$n-across"
  { printf "\\$(printf %03o $((byte + 16)))"; cat "$f"; } >"$seeds/check/$n-parts"
  { printf "\\$(printf %03o $((byte + 48)))"; cat "$f"; } >"$seeds/check/$n-parts-threads"
done < <(find tests/rules examples tests/cli -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' -o -name '*.html' -o -name '*.htm' \) -size -64k | sort)
# Configs and packs: the shipped ones, the broken ones the tests use, and each TOML block of the docs.
cp rules/presets/*.toml "$seeds/config/"
cp rules/packs/*.toml tests/packs/*.toml "$seeds/pack/"
toml_blocks() {  # FILE DIR: each ```toml block of a Markdown file as a file of its own
  awk -v dir="$2" -v stem="$(basename "$1" .md)" '
    /^```toml/ { inside = 1; n++; file = dir "/" stem "-" n ".toml"; next }
    /^```/ { inside = 0; next }
    inside { print > file }' "$1"
}
toml_blocks docs/configuration.md "$seeds/config"
toml_blocks docs/rule-packs.md "$seeds/pack"
seed_of() {  # TARGET: the seed folder it reads
  case $1 in
    fuzz_text_reader) echo text ;; fuzz_markdown_reader) echo markdown ;; fuzz_html_reader) echo html ;;
    fuzz_config) echo config ;; fuzz_pack) echo pack ;; *) echo check ;;
  esac
}
for dir in tests/fuzz-regressions/*/; do
  [ -d "$dir" ] || continue
  t=$(basename "$dir")
  cp "$dir"* "$seeds/$(seed_of "$t")/"
done

status=0
for t in "${targets[@]}"; do
  seed=$(seed_of "$t")
  mkdir -p "$out/corpus/$t"
  # The corpus the run grows is kept in <tree>/corpus/ for the next run; the seeds are read only.
  if ! "$out/bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" "$out/corpus/$t" "$seeds/$seed" >"$out/$t.log" 2>&1; then
    status=1
    echo "$t: FOUND A PROBLEM (input in $out/crashes/; log $out/$t.log):"
    grep -m1 -A16 -E '^==[0-9]+==ERROR|runtime error|deadly signal|uncaught|fuzz finding|Timeout|out-of-memory' "$out/$t.log" || tail -20 "$out/$t.log"
  fi
  stat() { grep -m1 -oE "stat::$1: *[0-9]+" "$out/$t.log" | grep -oE '[0-9]+$' || echo '?'; }
  echo "$t: $(stat number_of_executed_units) inputs in ${seconds}s ($(stat average_exec_per_sec)/s)," \
    "$(stat new_units_added) new; $(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$out/$t.log" | tail -1 || echo 'cov: ?')"
done
exit $status

#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan+UBSan) in build-fuzz/ and runs each one for SECONDS
# from a seed corpus of our own fixtures, examples and documented configs and packs.
# Usage: fuzz/run.sh [SECONDS-PER-TARGET (default 12)] [TARGET...]   (docs/fuzzing.md)
# Exit status 1 when a target found a crash, a leak, a hang or an uncaught exception; the input
# that did it is in build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-12}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_text_reader fuzz_markdown_reader fuzz_html_reader fuzz_config fuzz_pack fuzz_check)
out=build-fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$out" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DCOPYDESK_FUZZ=ON \
  -DCOPYDESK_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$out" -j2 --target "${targets[@]}" >"$out/build.log" 2>&1 || { tail -30 "$out/build.log"; exit 2; }

# Seeds: every fixture and example as a document; for fuzz_check each one again behind the byte
# that picks its reader (0 text, 1 Markdown, 2 HTML; +4 gives the article a date).
seeds=$out/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{text,markdown,html,config,pack,check} "$out/crashes"
n=0
while IFS= read -r f; do
  n=$((n + 1))
  case "$f" in
    *.md | *.markdown) kind=markdown byte='\001' ;;
    *.html | *.htm) kind=html byte='\002' ;;
    *) kind=text byte='\000' ;;
  esac
  cp "$f" "$seeds/$kind/$n"
  { printf "$byte"; cat "$f"; } >"$seeds/check/$n"
  { printf '\004'; cat "$f"; } >"$seeds/check/$n-dated"
done < <(find tests/rules examples tests/cli -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' -o -name '*.html' -o -name '*.htm' \) -size -64k)
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

status=0
for t in "${targets[@]}"; do
  case $t in
    fuzz_text_reader) seed=text ;; fuzz_markdown_reader) seed=markdown ;; fuzz_html_reader) seed=html ;;
    fuzz_config) seed=config ;; fuzz_pack) seed=pack ;; *) seed=check ;;
  esac
  mkdir -p "$out/corpus/$t"
  # The corpus the run grows is kept in build-fuzz/corpus/ for the next run; the seeds are read only.
  if ! "$out/bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="$out/crashes/$t-" "$out/corpus/$t" "$seeds/$seed" >"$out/$t.log" 2>&1; then
    status=1
    echo "$t: FOUND A PROBLEM (input in $out/crashes/; log $out/$t.log):"
    grep -m1 -A12 -E '^==[0-9]+==ERROR|runtime error|deadly signal|uncaught|Timeout|out-of-memory' "$out/$t.log" || tail -20 "$out/$t.log"
  fi
  echo "$t: $(grep -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$out/$t.log" | grep -oE '[0-9]+$' || echo '?') inputs in ${seconds}s," \
    "$(grep -m1 -oE 'stat::new_units_added: *[0-9]+' "$out/$t.log" | grep -oE '[0-9]+$' || echo '?') new"
done
exit $status

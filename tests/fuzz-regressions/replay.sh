#!/usr/bin/env bash
# Every input a fuzz target once failed on (tests/fuzz-regressions/<target>/*) through the real
# binary, as the target fed it: a report or a clear error naming the file, exit 0, 1 or 2, never
# a crash, a sanitizer report, an internal error or a hang; a good file beside it is still
# reported. (A fuzz build also replays them through the targets: fuzz.replay.* in CTest.)
. "$SRC/tests/cli/lib.sh"
: >"$WORK/empty.toml"
printf 'Hello the the world.\n' >"$WORK/other.txt"
plugins=$(cd "$BUILD/lib/copydesk/plugins" && ls ./*.so | sed 's|^\./||; s|\.so$||' | paste -sd,)
# Every rule on, the ones off by default too: the fuzz_check target runs them all.
ALL=(--enable "$plugins")

# replay NAME FILE WANT ARGS...: runs copydesk with a time limit, then checks the outcome. WANT
# is what must name the failing input in a per-file error (exit 2).
replay() {
  local name=$1 file=$2; shift 2
  timeout -k 5 120 "$COPYDESK" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
  local rc=$?
  case $rc in
    0 | 1) pass ;;
    2) if grep -qF -- "$file" "$WORK/$name.err"; then pass; else fail "$name: exit 2 without an error naming $file"; fi ;;
    *) fail "$name: exit status $rc (a crash, a sanitizer report or a hang)" ;;
  esac
  if grep -qE 'internal error|runtime error|Sanitizer' "$WORK/$name.out" "$WORK/$name.err"; then
    fail "$name: internal error or sanitizer report"
  else
    pass
  fi
  sed 's/^/    err: /' "$WORK/$name.err" | head -5
}
# The document targets: the good file is still reported whatever the fuzzed one did.
replay_document() {
  local name=$1 file=$2; shift 2
  replay "$name" "$file" check "$file" "$WORK/other.txt" --format line --config "$WORK/empty.toml" "$@"
  expect_in "$name" out "other.txt:1:7:"
}

n=0
for input in "$SRC"/tests/fuzz-regressions/*/*; do
  [ -f "$input" ] || continue
  n=$((n + 1))
  target=$(basename "$(dirname "$input")")
  name=$target-$(basename "$input")
  echo "== $target/$(basename "$input")"
  case $target in
    fuzz_text_reader) replay_document "$name" "$input" --input-format txt "${ALL[@]}" ;;
    fuzz_markdown_reader) replay_document "$name" "$input" --input-format md "${ALL[@]}" ;;
    fuzz_html_reader) replay_document "$name" "$input" --input-format html "${ALL[@]}" ;;
    fuzz_config) replay "$name" "$input" check "$WORK/other.txt" --config "$input" ;;
    fuzz_pack)
      # The pack's own examples through its rules, as the target runs them.
      replay "$name" "$input" test-rules "$input" ;;
    fuzz_check)
      # The first byte picks the reader (0 text, 1 Markdown, 2 HTML), +4 a date, +8 the cross-file path.
      selector=$(od -An -tu1 -N1 "$input" | tr -d ' ')
      formats=(txt md html txt)
      doc="$WORK/$name.doc"
      tail -c +2 "$input" >"$doc"
      args=(--input-format "${formats[$((selector & 3))]}" "${ALL[@]}")
      [ $((selector & 4)) -ne 0 ] && args+=(--date 2024-02-29)
      if [ $((selector & 8)) -ne 0 ]; then
        printf '[rules."names/inconsistent-spelling"]\nacross_files = true\n' >"$WORK/across.toml"
        replay "$name" "$doc" check "$doc" "$WORK/other.txt" --format line --config "$WORK/across.toml" "${args[@]}"
        expect_in "$name" out "other.txt:1:7:"
      else
        replay_document "$name" "$doc" "${args[@]}"
      fi
      ;;
    *) fail "$input: no fuzz target is called $target" ;;
  esac
done
[ "$n" -gt 0 ] || fail "no regression input found under tests/fuzz-regressions/"
finish

#!/usr/bin/env bash
# `copydesk names learn`: learn an archive's house spellings, then enforce them with check.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
mkdir -p "$WORK/archive"
for i in 1 2 3 4 5; do
  printf 'Mayor Ingrid Haddadi opened session %d. Haddadi said the harbour would stay open.\n' "$i" \
    >"$WORK/archive/story$i.txt"
done
printf 'Mayor Ingrid Hadadi opened the last session.\n' >"$WORK/archive/story6.txt"
run learn names learn "$WORK/archive" -o "$WORK/learned.toml" --config "$WORK/empty.toml"
expect_rc learn 0
expect_in learn err "learned 2 names from 6 files"
grep -qF 'house = "Haddadi"' "$WORK/learned.toml" && pass || fail "learned registry lacks Haddadi: $(cat "$WORK/learned.toml")"
grep -qF 'variants = ["Hadadi"]' "$WORK/learned.toml" && pass || fail "learned registry lacks the variant"

printf '[rules."names/house-spelling"]\nenabled = true\nregistries = ["%s"]\n' "$WORK/learned.toml" >"$WORK/house.toml"
printf 'The council thanked Mayor Hadadi for her work.\n' >"$WORK/planted.txt"
run planted check "$WORK/planted.txt" --format line --config "$WORK/house.toml"
expect_in planted out "planted.txt:1:27: warning: The house spelling is “Haddadi”. [names/house-spelling]"

run stdout names learn "$WORK/archive" --config "$WORK/empty.toml"
expect_in stdout out "[[name]]"
run missing names learn "$WORK/nowhere" --config "$WORK/empty.toml"
expect_rc missing 2

# A count that makes no sense is refused before anything is read, naming the option (exit 2).
for bad in -3 0 abc 2.5; do
  run "mincount$bad" names learn "$WORK/archive" --min-count "$bad" --config "$WORK/empty.toml"
  expect_rc "mincount$bad" 2
  expect_in "mincount$bad" err "--min-count: must be a whole number of 1 or more, not \"$bad\""
done
printf '{"total":3}\n' >"$WORK/counts.jsonl"
run mergecount names merge "$WORK/counts.jsonl" --min-count -1
expect_rc mergecount 2
expect_in mergecount err "--min-count: must be a whole number of 1 or more, not \"-1\""
run mincount1 names learn "$WORK/archive" --min-count 1 --config "$WORK/empty.toml"
expect_rc mincount1 0

# Across files: a story package agrees with itself when names.across_files is on.
mkdir -p "$WORK/package"
printf 'Foreign Minister Yevgeniy Marchenko arrived. Marchenko spoke.\n' >"$WORK/package/main.txt"
printf 'Yevgeniy Marchenko met the mayor.\n' >"$WORK/package/sidebar.txt"
printf 'Yevgeny Marchenko, right, shakes hands with the mayor.\n' >"$WORK/package/caption.txt"
printf '[rules."names/inconsistent-spelling"]\nacross_files = true\n' >"$WORK/across.toml"
run across check "$WORK/package" --format line --config "$WORK/across.toml"
expect_in across out "caption.txt:1:1: warning: “Yevgeny” is spelled “Yevgeniy” 2 times in the other files of this run."
expect_not_in across out "main.txt"
run alone check "$WORK/package" --format line --config "$WORK/empty.toml"
expect_not_in alone out "names/inconsistent-spelling"

# On the real corpus: a registry comes out, and a variant planted in a new article is caught.
CORPUS="$SHARED/corpus/wikinews-en"
if [ -d "$CORPUS" ]; then
  printf 'extensions = [".txt"]\n' >"$WORK/txt.toml"
  run corpus names learn "$CORPUS" -o "$WORK/corpus.toml" --config "$WORK/txt.toml"
  expect_rc corpus 0
  [ "$(grep -c '^\[\[name\]\]' "$WORK/corpus.toml")" -ge 20 ] && pass || fail "corpus registry has too few names"
  printf '[rules."names/house-spelling"]\nenabled = true\nregistries = ["%s"]\n' "$WORK/corpus.toml" >"$WORK/corpus-house.toml"
  printf 'The bank president, Robert Zoelick, spoke first.\n' >"$WORK/planted2.txt"
  run planted2 check "$WORK/planted2.txt" --format line --config "$WORK/corpus-house.toml"
  expect_in planted2 out "The house spelling is “Zoellick”."
fi
finish

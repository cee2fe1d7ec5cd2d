#!/usr/bin/env bash
# Precision on professionally edited copy: every shipped rule's findings per 1,000 words on
# ../shared/corpus must stay under its ceiling. Prints the table so closing notes can quote it.
set -u
: "${COPYDESK:?}" "${SRC:?}"
CORPUS=${CORPUS:-${SHARED:-$SRC/../shared}/corpus/wikinews-en}
if [ ! -d "$CORPUS" ]; then
  echo "corpus not found at $CORPUS; skipping"
  exit 0
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# Only the articles: the corpus folder also holds its SOURCE.md.
echo 'extensions = [".txt"]' >"$out.toml"
"$COPYDESK" check "$CORPUS" --format line --config "$out.toml" --quiet >"$out" 2>/dev/null
words=$(cat "$CORPUS"/*.txt | wc -w)
# Default ceiling 0.5 per 1,000 words; rules listed here have their own (with the reason in docs).
declare -A ceiling=()
# The punctuation rules of issue 15 (real-copy typography): 0.1 each.
for r in apostrophe possessive quote-character quote-spacing one-sided-space compound-modifier unit-modifier ly-hyphen; do
  ceiling[punctuation/$r]=0.1
done
# Issue 14 and 15 follow-ups: glued words (a lost space) and abbreviations with and without stops.
ceiling[spelling/glued-words]=0.1
ceiling[names/abbreviation-stops]=0.1
# HTML left in the text: none in edited copy.
ceiling[structure/markup-residue]=0.1
status=0
printf '%-36s %8s %10s\n' rule findings per1000w
while read -r count rule; do
  rate=$(awk -v c="$count" -v w="$words" 'BEGIN { printf "%.3f", c * 1000 / w }')
  limit=${ceiling[$rule]:-0.5}
  flag=""
  if awk -v r="$rate" -v l="$limit" 'BEGIN { exit !(r > l) }'; then flag="  ABOVE $limit"; status=1; fi
  printf '%-36s %8d %10s%s\n' "$rule" "$count" "$rate" "$flag"
done < <(grep -o '\[[a-z-]*/[a-z-]*\]$' "$out" | tr -d '[]' | sort | uniq -c | sort -rn)
echo "words: $words"
part1_words=$(cat "$CORPUS"/wn1920-*.txt 2>/dev/null | wc -w)
part1=$(grep -c 'wn1920-.*\[spelling/misspelling\]$' "$out" || true)
[ "$part1_words" -gt 0 ] && awk -v c="$part1" -v w="$part1_words" 'BEGIN { printf "spelling/misspelling on Part 1 (Unicode intact): %d in %d words, %.2f per 1,000\n", c, w, c * 1000 / w }'
# The names plugin's rules together: at most 0.15 findings per 1,000 words (issue 14's gate; most
# of what remains on this corpus are real misspellings of names, e.g. "Burlusconi", "Petraus").
names=$(grep -c '\[names/[a-z-]*\]$' "$out" || true)
awk -v c="$names" -v w="$words" 'BEGIN { printf "names/* together: %d, %.3f per 1,000 words (ceiling 0.15)\n", c, c * 1000 / w }'
awk -v c="$names" -v w="$words" 'BEGIN { exit !(c * 1000 / w > 0.15) }' && status=1
# titles/* together stay under 0.15 per 1,000 words: title case is a house choice, and the default
# profile reports only an article that disagrees with itself or is positively American.
titles=$(grep -c '\[titles/[a-z-]*\]$' "$out" || true)
awk -v c="$titles" -v w="$words" 'BEGIN { r = c * 1000 / w; printf "titles/* together: %d, %.3f per 1,000 words (ceiling 0.15)\n", c, r; exit !(r <= 0.15) }' || status=1
# spelling/* and usage/* on Part 1 (Unicode intact): each rule at most 0.3 per 1,000 words. Part 2
# is left out of this gate: its lost characters make real misspellings ("Franois", "dont").
if [ "$part1_words" -gt 0 ]; then
  while read -r count rule; do
    awk -v c="$count" -v w="$part1_words" -v r="$rule" 'BEGIN { rate = c * 1000 / w; above = rate > 0.3; printf "%s on Part 1: %d, %.3f per 1,000%s\n", r, c, rate, (above ? "  ABOVE 0.3" : ""); exit above }' || status=1
  done < <(grep -o 'wn1920-.*\[\(spelling\|usage\)/[a-z-]*\]$' "$out" | grep -o '\[[a-z-]*/[a-z-]*\]$' | tr -d '[]' | sort | uniq -c | sort -rn)
fi
exit $status

#!/usr/bin/env bash
# The spelling plugin's precompiled word table (plugins/spelling/word_table.hpp):
#  1. it gives Hunspell's own verdict for every word of the examples, the rule fixtures and the
#     SCOWL word lists (with CORPUS=1: every word of ../shared/corpus), in four capitalisations;
#  2. through the real binary, a copydesk whose table is missing, damaged or built from other
#     dictionaries falls back to Hunspell and reports exactly the same findings.
set -euo pipefail
: "${BUILD:?}" "${COPYDESK:?}" "${SRC:?}"
TOOL="$BUILD/tools/make_word_table"
TABLE="$BUILD/share/copydesk/spelling/words.bin"
LISTS=("$SRC"/dictionaries/*.dic)
[ -x "$TOOL" ] && [ -f "$TABLE" ] || { echo "FAIL: $TOOL or $TABLE not built"; exit 1; }

if [ "${CORPUS:-0}" = 1 ]; then
  corpus="$SRC/../shared/corpus"
  [ -d "$corpus" ] || { echo "SKIPPED: no corpus at $corpus"; exit 77; }
  mapfile -t texts < <(find "$corpus" -type f -name '*.txt')
  "$TOOL" --verify "$TABLE" /usr/share/hunspell "${LISTS[@]}" -- "${texts[@]}"
  exit
fi

mapfile -t texts < <(find "$SRC/examples" "$SRC/tests/rules" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \))
"$TOOL" --verify "$TABLE" /usr/share/hunspell "${LISTS[@]}" -- "${texts[@]}" \
  /usr/share/dict/american-english-small /usr/share/dict/british-english-small

# A copy of the installation layout whose table we can break: same binary, plugins and data.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/share/copydesk/spelling"
cp "$COPYDESK" "$tmp/bin/copydesk"
ln -s "$BUILD/lib" "$tmp/lib"
for entry in "$BUILD"/share/copydesk/*; do
  [ "$(basename "$entry")" = spelling ] || ln -s "$(readlink -f "$entry")" "$tmp/share/copydesk/$(basename "$entry")"
done
# Misspellings, a British spelling, hyphenated and capitalised words, and a name typo.
cat >"$tmp/article.txt" <<'TEXT'
Councillors in Tarrowby said on Tuesday they would recieve the well-known report next week.
The Chancelor of the county, Imogen Wrathall, called the plan a good colour for the town.
Wrathall said the harbour-front scheme was "realy" the ministerannounced priority. Wrathal agreed.
TEXT
run() { "$1" check "$tmp/article.txt" examples/ --format line 2>&1 | sed "s#$tmp/##" || true; }
cd "$SRC"
expected=$(run "$COPYDESK")
grep -q "recieve" <<<"$expected" || { echo "FAIL: the article's misspelling was not reported:"; echo "$expected"; exit 1; }
for state in missing damaged stale; do
  case $state in
    missing) rm -f "$tmp/share/copydesk/spelling/words.bin" ;;
    damaged) head -c 5000 "$TABLE" >"$tmp/share/copydesk/spelling/words.bin" ;;
    stale) printf '1\nzzyzx\n' >"$tmp/extra.dic"  # built with a list this installation does not have
           "$TOOL" "$tmp/share/copydesk/spelling/words.bin" /usr/share/hunspell "${LISTS[@]}" "$tmp/extra.dic" >/dev/null ;;
  esac
  got=$(run "$tmp/bin/copydesk")
  if [ "$got" != "$expected" ]; then
    echo "FAIL: with the word table $state, the findings differ:"
    diff <(echo "$expected") <(echo "$got") || true
    exit 1
  fi
  echo "ok: word table $state: Hunspell gives the same $(grep -c . <<<"$expected") findings"
done

#!/usr/bin/env bash
# The lists precompiled at build time: the spelling plugin's word table
# (plugins/spelling/word_table.hpp) and the host's dictionary listing (analysis/listing.bin).
#  1. The word table gives Hunspell's own verdict for every word of the examples, the rule
#     fixtures and the SCOWL word lists (with CORPUS=1: every word of ../shared/corpus and every
#     entry of en_US.dic and en_GB.dic), in four capitalisations;
#  2. through the real binary, a copydesk whose table or listing is missing, damaged or made from
#     other lists falls back to Hunspell or the lists and reports exactly the same findings.
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
  # The corpus, and every entry of the two dictionaries themselves (accented words too).
  "$TOOL" --verify "$TABLE" /usr/share/hunspell "${LISTS[@]}" -- "${texts[@]}" /usr/share/hunspell/en_US.dic \
    /usr/share/hunspell/en_GB.dic
  exit
fi

mapfile -t texts < <(find "$SRC/examples" "$SRC/tests/rules" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \))
"$TOOL" --verify "$TABLE" /usr/share/hunspell "${LISTS[@]}" -- "${texts[@]}" \
  /usr/share/dict/american-english-small /usr/share/dict/british-english-small

# A copy of the installation layout whose table we can break: same binary, plugins and data.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
LISTING="$BUILD/share/copydesk/analysis/listing.bin"
[ -f "$LISTING" ] || { echo "FAIL: $LISTING not built"; exit 1; }
mkdir -p "$tmp/bin" "$tmp/share/copydesk/spelling" "$tmp/share/copydesk/analysis"
cp "$COPYDESK" "$tmp/bin/copydesk"
ln -s "$BUILD/lib" "$tmp/lib"
for entry in "$BUILD"/share/copydesk/*; do
  case "$(basename "$entry")" in
    spelling | analysis) ;;
    *) ln -s "$(readlink -f "$entry")" "$tmp/share/copydesk/$(basename "$entry")" ;;
  esac
done
restore() {
  rm -f "$tmp/share/copydesk/spelling/words.bin" "$tmp/share/copydesk/analysis/listing.bin"
  cp "$TABLE" "$tmp/share/copydesk/spelling/words.bin"
  cp "$LISTING" "$tmp/share/copydesk/analysis/listing.bin"
}
restore
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
# One byte changed in the middle of a file (the checksum refuses it).
flip() { local size; size=$(stat -c %s "$1"); printf '\x00' | dd of="$1" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null; }
for state in missing damaged stale flipped fifo listing-missing listing-damaged listing-flipped listing-fifo; do
  restore
  case $state in
    flipped) flip "$tmp/share/copydesk/spelling/words.bin" ;;
    fifo) rm -f "$tmp/share/copydesk/spelling/words.bin"; mkfifo "$tmp/share/copydesk/spelling/words.bin" ;;
    listing-flipped) flip "$tmp/share/copydesk/analysis/listing.bin" ;;
    listing-fifo) rm -f "$tmp/share/copydesk/analysis/listing.bin"; mkfifo "$tmp/share/copydesk/analysis/listing.bin" ;;
    missing) rm -f "$tmp/share/copydesk/spelling/words.bin" ;;
    damaged) head -c 5000 "$TABLE" >"$tmp/share/copydesk/spelling/words.bin" ;;
    stale) printf '1\nzzyzx\n' >"$tmp/extra.dic"  # built with a list this installation does not have
           "$TOOL" "$tmp/share/copydesk/spelling/words.bin" /usr/share/hunspell "${LISTS[@]}" "$tmp/extra.dic" >/dev/null ;;
    listing-missing) rm -f "$tmp/share/copydesk/analysis/listing.bin" ;;
    listing-damaged) head -c 3000 "$LISTING" >"$tmp/share/copydesk/analysis/listing.bin" ;;
  esac
  got=$(timeout 60 "$tmp/bin/copydesk" check "$tmp/article.txt" examples/ --format line 2>&1 | sed "s#$tmp/##" || true)
  if [ "$got" != "$expected" ]; then
    echo "FAIL: with the word table or listing $state, the findings differ:"
    diff <(echo "$expected") <(echo "$got") || true
    exit 1
  fi
  echo "ok: $state: the same $(grep -c . <<<"$expected") findings"
done

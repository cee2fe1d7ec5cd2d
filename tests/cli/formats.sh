#!/usr/bin/env bash
# Markdown and HTML inputs: prose checked at its exact place in the file, markup and code not;
# front matter feeds the analysis; suppressions in comments.
. "$(dirname "$0")/lib.sh"
cd "$SRC/tests/cli" || exit 1
: >"$WORK/empty.toml"
for f in article.md article.html; do
  run "$f" check "fixtures/formats/$f" --format line --config "$WORK/empty.toml"
  expect_golden "$f" "golden/$f.line"
done
# The front matter's date anchors the facts rules: "Today, Tuesday" in a story dated Wednesday.
expect_in article.md out "facts/relative-weekday"
# Markup and code are never checked.
expect_not_in article.md out "ignored"
# --input-format overrides the extension.
cp fixtures/formats/article.md "$WORK/article.txt"
run forced check "$WORK/article.txt" --input-format md --format line --config "$WORK/empty.toml"
[ "$(sed "s|$WORK/article.txt|fixtures/formats/article.md|" "$WORK/forced.out")" = "$(cat golden/article.md.line)" ] && pass || fail "--input-format md differs"
finish

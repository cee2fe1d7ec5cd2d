#!/usr/bin/env bash
# Readers are total: Markdown that cmark positions oddly (a lazy continuation line with no final
# newline: cmark gives it the list item's column, past the line's end) is checked, not lost, and
# the other files of the run are still reported.
. "$(dirname "$0")/lib.sh"
cd "$WORK" || exit 1
: >empty.toml
i=0
for s in '- "\nb' '- "a\nb' '> "\nb' '1. "\nb' '- *"\nb' '- \xe2\x80\x9c\nb' '- a\n  b\nc' '>> "x\ny'; do
  i=$((i + 1))
  printf -- "$s" >"lazy$i.md"
done
printf 'The port , opened.\n' >good.txt
run lazy check lazy*.md good.txt --format line --config empty.toml --jobs 1
expect_rc lazy 0
expect_not_in lazy err "internal error"
expect_in lazy out "good.txt:1:9:"
expect_in lazy out "lazy1.md:1:3: warning: This quotation is never closed."
run lazy_parallel check lazy*.md good.txt --format json --config empty.toml
expect_rc lazy_parallel 0
[ "$(grep -c '"path"' "$WORK/lazy_parallel.out")" = 9 ] && pass || fail "every file is in the report: $(grep -c '"path"' "$WORK/lazy_parallel.out")"
finish

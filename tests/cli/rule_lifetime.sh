#!/usr/bin/env bash
# Rule lifetime: a cross-file rule gathers the very documents it checks (--date included, a
# failing gather reported), overrides beyond twelve work, nested configs keep their own rules.
. "$(dirname "$0")/lib.sh"
: >"$WORK/empty.toml"
P=(--plugin-path "$TEST_PLUGINS/good" --config "$WORK/empty.toml" --enable testplug/gather-probe --format line)
mkdir -p "$WORK/pkg"
printf 'Main story.\n' >"$WORK/pkg/a.txt"
printf -- '---\ndate: 2019-03-04\n---\nSidebar.\n' >"$WORK/pkg/b.md"

# The --date fallback reaches gather() as it reaches check() (the old gather pass dropped it).
run date check "$WORK/pkg" --date 2020-01-02 "${P[@]}"
expect_in date out "a.txt:1:1: suggestion: Dates gathered: 2019-03-04,2020-01-02."
run nodate check "$WORK/pkg" "${P[@]}"
expect_in nodate out "Dates gathered: 2019-03-04,none."

# A gather() that throws is that rule's failure on that file, reported, exit 2 (it was swallowed).
printf 'GATHERFAIL here.\n' >"$WORK/pkg/c.txt"
run fails check "$WORK/pkg" --date 2020-01-02 "${P[@]}"
expect_rc fails 2
expect_in fails out "c.txt:1:1: error: internal error: the rule failed on this file and was skipped: gather failed in testplug [testplug/gather-probe]"
expect_in fails out "a.txt:1:1: suggestion: Dates gathered: 2019-03-04,2020-01-02."
rm "$WORK/pkg/c.txt"

# Standard input is read once and gathered like a file.
run stdin check - --stdin-filename "$WORK/pkg/s.txt" --date 2021-05-06 "${P[@]}" <"$WORK/pkg/a.txt"
expect_in stdin out "s.txt:1:1: suggestion: Dates gathered: 2021-05-06."

# More than twelve [[overrides]]: each file gets the rules its globs say; only the combinations
# met are resolved.
mkdir -p "$WORK/many"
{
  for i in $(seq 0 15); do printf '[[overrides]]\nfiles = ["s%d/**"]\nrules."punctuation/space-before" = { severity = "error" }\n' "$i"; done
  printf '[[overrides]]\nfiles = ["s15/**"]\nrules."punctuation/space-before" = { enabled = false }\n'
} >"$WORK/many/.copydesk.toml"
mkdir -p "$WORK/many/s3" "$WORK/many/s15"
printf 'A word , here.\n' >"$WORK/many/s3/x.txt"
printf 'A word , here.\n' >"$WORK/many/s15/y.txt"
printf 'A word , here.\n' >"$WORK/many/z.txt"
run many check "$WORK/many" --format line
expect_in many out "s3/x.txt:1:7: error:"
expect_in many out "z.txt:1:7: warning:"
expect_not_in many out "y.txt"

# A bad option value in an override no file meets is still reported, at its line.
printf '[[overrides]]\nfiles = ["nowhere/**"]\nrules."names/inconsistent-spelling" = { min_fuzzy_length = "six" }\n' >"$WORK/bad.toml"
run badopt check "$WORK/pkg/a.txt" --config "$WORK/bad.toml"
expect_rc badopt 2
expect_in badopt err "bad.toml:3:"
expect_in badopt err "min_fuzzy_length: must be an integer"
# A value the rule's constructor refuses is reported at its line when a file meets it.
printf '[rules."names/inconsistent-spelling"]\nmin_fuzzy_length = 2\n' >"$WORK/range.toml"
run range check "$WORK/pkg/a.txt" --config "$WORK/range.toml"
expect_rc range 2
expect_in range err "range.toml:2:"
expect_in range err "min_fuzzy_length: must be a whole number of 3 or more, not 2"
# Counts that make no sense are refused at their line (a negative one used to wrap to a huge size).
while IFS='|' read -r name rule key value column least; do
  printf '[rules."%s"]\n%s = %s\n' "$rule" "$key" "$value" >"$WORK/$name.toml"
  run "$name" check "$WORK/pkg/a.txt" --config "$WORK/$name.toml"
  expect_rc "$name" 2
  expect_in "$name" err "$name.toml:2:$column: $rule.$key: must be a whole number of $least or more, not $value"
done <<'CASES'
negative|names/inconsistent-spelling|min_fuzzy_length|-1|20|3
zero|structure/residue|max_words|0|13|1
few|structure/duplicate-paragraph|min_words|-4|13|1
CASES

# Nested configs: a sub-folder's config keeps its own rules and options.
mkdir -p "$WORK/nest/sub"
printf '[rules."punctuation/space-before"]\nseverity = "error"\n' >"$WORK/nest/sub/.copydesk.toml"
: >"$WORK/nest/.copydesk.toml"
printf 'A word , here.\n' >"$WORK/nest/top.txt"
printf 'A word , here.\n' >"$WORK/nest/sub/low.txt"
run nested check "$WORK/nest" --format line
expect_in nested out "top.txt:1:7: warning:"
expect_in nested out "low.txt:1:7: error:"
finish

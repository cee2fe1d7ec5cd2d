# Every option default is written once, in the rule's OptionSpec: the table of each rule's page
# under docs/rules/ must show that same default (in its options table, or as "`name` (default
# `value`)"), and every declared option must be documented.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || exit 77

printf "" >"$WORK/empty.toml"
run rules rules --format json --config "$WORK/empty.toml"
expect_rc rules 0
python3 - "$WORK/rules.out" "$SRC/docs/rules" >"$WORK/check.out" <<'PY'
import json, os, re, sys
rules = json.load(open(sys.argv[1]))["rules"]
docs = sys.argv[2]
problems, checked = [], 0
for rule in rules:
    page = os.path.join(docs, rule["id"] + ".md")
    if not os.path.exists(page):
        continue  # a rule pack's rule: documented in its pack
    rows = {}
    for line in open(page, encoding="utf-8"):
        m = re.match(r"\|\s*`([^`]+)`\s*\|[^|]*\|\s*`([^`]*)`\s*\|", line)
        if m:
            rows[m.group(1)] = m.group(2)
        # The prose form: "Options: `lists` (default `["usage-a-an.toml"]`)".
        for name, default in re.findall(r"`([a-z_]+)` \(default `([^`]*)`\)", line):
            rows.setdefault(name, default)
    for option in rule["options"]:
        checked += 1
        if option["name"] not in rows:
            problems.append(f'{rule["id"]}: option {option["name"]} is not in the table of {page}')
        elif rows[option["name"]] != option["default"]:
            problems.append(f'{rule["id"]}: {option["name"]} defaults to {option["default"]}, '
                            f'but {page} says {rows[option["name"]]}')
print(f"checked {checked} options")
for p in problems:
    print("MISMATCH " + p)
PY
if grep -q "^MISMATCH" "$WORK/check.out"; then fail "$(grep '^MISMATCH' "$WORK/check.out")"; else pass; fi
if grep -q "^checked [1-9]" "$WORK/check.out"; then pass; else fail "no option was checked: $(cat "$WORK/check.out")"; fi
finish

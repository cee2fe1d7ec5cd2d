#!/usr/bin/env bash
# Every [[name]] entry of each shipped registry (rules/names/*.toml) tests itself: its `flag`
# example must be reported by names/house-spelling with a fix to the house form, its `pass`
# example must not be. (tests/lib/entry_selftest.py)
set -u
: "${COPYDESK:?}" "${SRC:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
for REG in "$SRC"/rules/names/*.toml; do
  NAME=$(basename "$REG" .toml)
  PYTHONPATH="$SRC/tests/lib" python3 - "$COPYDESK" "$REG" "$WORK/$NAME" "$NAME" <<'PY' || status=1
import sys, tomllib
import entry_selftest
copydesk, registry, work, name = sys.argv[1:5]
cases = []
for i, e in enumerate(tomllib.load(open(registry, "rb"))["name"]):
    entry_selftest.missing(e, ["flag", "pass"], f"entry {i + 1} ({e.get('house')})")
    cases.append({"text": e["flag"], "rule": "names/house-spelling", "expect": "flag", "fix": e["house"], "what": e["house"]})
    cases.append({"text": e["pass"], "rule": "names/house-spelling", "expect": "clean", "what": e["house"]})
config = f'[rules."names/house-spelling"]\nenabled = true\nregistries = ["names/{name}.toml"]\n'
sys.exit(0 if entry_selftest.run(copydesk, work, cases, config, name) else 1)
PY
done
# Each preset's names section, read as a config, enforces its own registry; no config enforces none.
printf 'Reporters asked Muammar Gaddafi about Kim Jong-un and the Koran.\n' >"$WORK/preset.txt"
: >"$WORK/empty.toml"
for case in "ap|Moammar Gadhafi|Kim Jong Un|Quran" "uk-press|Qur'an"; do
  IFS='|' read -r preset want1 want2 want3 <<<"$case"
  got=$("$COPYDESK" check "$WORK/preset.txt" --format line --config "$SRC/rules/presets/$preset.toml")
  for want in "$want1" "$want2" "$want3"; do
    [ -z "$want" ] || grep -qF "The house spelling is “$want”." <<<"$got" || { echo "preset $preset: no “$want” in: $got"; status=1; }
  done
done
got=$("$COPYDESK" check "$WORK/preset.txt" --format line --config "$WORK/empty.toml")
[ -z "$got" ] || { echo "default profile imposed a house spelling: $got"; status=1; }
exit $status

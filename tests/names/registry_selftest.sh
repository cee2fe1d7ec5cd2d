#!/usr/bin/env bash
# Every [[name]] entry of each shipped registry (rules/names/*.toml) tests itself: its `flag`
# example must be reported by names/house-spelling with a fix to the house form, its `pass`
# example must not be.
set -u
: "${COPYDESK:?}" "${SRC:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0
for REG in "$SRC"/rules/names/*.toml; do
  NAME=$(basename "$REG" .toml)
  mkdir -p "$WORK/$NAME"
  python3 - "$REG" "$WORK/$NAME" <<'PY' || exit 1
import sys, tomllib, json
reg = tomllib.load(open(sys.argv[1], "rb"))
cases = []
for i, e in enumerate(reg["name"]):
    for kind in ("flag", "pass"):
        if kind not in e:
            print(f"entry {i + 1} ({e.get('house')}): no `{kind}` example"); sys.exit(1)
        path = f"{sys.argv[2]}/{i:04d}-{kind}.txt"
        open(path, "w").write(e[kind] + "\n")
        cases.append({"path": path, "kind": kind, "house": e["house"]})
json.dump(cases, open(f"{sys.argv[2]}/cases.json", "w"))
PY
  printf '[rules."names/house-spelling"]\nenabled = true\nregistries = ["names/%s.toml"]\n' "$NAME" >"$WORK/$NAME.cfg.toml"
  "$COPYDESK" check "$WORK/$NAME" --format json --config "$WORK/$NAME.cfg.toml" >"$WORK/$NAME.json"
  python3 - "$WORK/$NAME" "$WORK/$NAME.json" "$NAME" <<'PY' || status=1
import sys, json
work = sys.argv[1]
cases = json.load(open(f"{work}/cases.json"))
out = {f["path"]: f for f in json.load(open(sys.argv[2]))["files"]}
passed = failed = 0
for c in cases:
    diags = [d for d in out[c["path"]]["diagnostics"] if d["rule"] == "names/house-spelling"]
    text = open(c["path"]).read().strip()
    if c["kind"] == "flag":
        ok = len(diags) == 1 and len(diags[0]["fixes"]) == 1 and diags[0]["fixes"][0]["replacement"] == c["house"]
    else:
        ok = not diags
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {c['kind']}: {text!r} -> {[(d['message'], d['fixes']) for d in diags]}")
print(f"{sys.argv[3]}: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
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

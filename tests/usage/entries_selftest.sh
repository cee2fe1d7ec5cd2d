#!/usr/bin/env bash
# Every entry of the usage plugin's shipped lists tests itself: its `example` must be reported
# once by its rule, with a fix (the entry's `replace`, or the other article for a [[sound]]); the
# example of a [[sound]] that takes either article must stay clean.
set -u
: "${COPYDESK:?}" "${SRC:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$SRC/rules" "$WORK" <<'PY'
import sys, tomllib, json
rules, work = sys.argv[1], sys.argv[2]
lists = [("usage-a-an.toml", "sound", "usage/a-an"),
         ("usage-closed-compounds.toml", "compound", "usage/closed-compound"),
         ("usage-confusables.toml", "confusable", "usage/confusable")]
cases = []
for file, table, rule in lists:
    for i, e in enumerate(tomllib.load(open(f"{rules}/{file}", "rb"))[table]):
        if "example" not in e:
            print(f"{file}: entry {i + 1} has no `example`"); sys.exit(1)
        path = f"{work}/{table}-{i:03d}.txt"
        open(path, "w").write(e["example"] + "\n")
        cases.append({"path": path, "rule": rule, "replace": e.get("replace"), "what": e.get("words", e.get("prefix")),
                      "clean": e.get("sound") == "either"})
json.dump(cases, open(f"{work}/cases.json", "w"))
PY
[ $? -eq 0 ] || exit 1
: >"$WORK/empty.toml"
"$COPYDESK" check "$WORK" --format json --config "$WORK/empty.toml" >"$WORK/out.json"
python3 - "$WORK" <<'PY'
import sys, json
work = sys.argv[1]
out = {f["path"]: f for f in json.load(open(f"{work}/out.json"))["files"]}
passed = failed = 0
for c in json.load(open(f"{work}/cases.json")):
    diags = [d for d in out.get(c["path"], {"diagnostics": []})["diagnostics"] if d["rule"] == c["rule"]]
    fixes = [f["replacement"] for d in diags for f in d["fixes"]]
    want = c["replace"]
    if c["clean"]:
        ok = not diags
    else:
        ok = len(diags) == 1 and len(fixes) == 1 and (want is None or fixes[0].lower() == want.lower())
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {c['rule']} {c['what']!r}: {open(c['path']).read().strip()!r} -> {[(d['message'], d['fixes']) for d in diags]}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY

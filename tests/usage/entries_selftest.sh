#!/usr/bin/env bash
# Every entry of the usage plugin's shipped lists tests itself: its `example` must be reported
# once by its rule, with a fix (the entry's `replace`, or the other article for a [[sound]]); the
# example of a [[sound]] that takes either article must stay clean. (tests/lib/entry_selftest.py)
set -u
: "${COPYDESK:?}" "${SRC:?}"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PYTHONPATH="$SRC/tests/lib" python3 - "$COPYDESK" "$SRC/rules" "$WORK" <<'PY'
import sys, tomllib
import entry_selftest
copydesk, rules, work = sys.argv[1:4]
lists = [("usage-a-an.toml", "sound", "usage/a-an"),
         ("usage-closed-compounds.toml", "compound", "usage/closed-compound"),
         ("usage-confusables.toml", "confusable", "usage/confusable")]
cases = []
for file, table, rule in lists:
    for i, e in enumerate(tomllib.load(open(f"{rules}/{file}", "rb"))[table]):
        entry_selftest.missing(e, ["example"], f"{file}: entry {i + 1}")
        cases.append({"text": e["example"], "rule": rule, "expect": "clean" if e.get("sound") == "either" else "flag",
                      "fix": e.get("replace"), "fold": True, "what": e.get("words", e.get("prefix"))})
sys.exit(0 if entry_selftest.run(copydesk, work, cases, "", "usage lists") else 1)
PY

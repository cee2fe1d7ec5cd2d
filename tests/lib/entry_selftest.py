"""Data-file entries that test themselves, through the real binary: each case's example text goes
in a file of its own, one `copydesk check --format json` run checks them all, and every case must
be reported by its rule once with the expected fix ("flag") or not at all ("clean").

Used by tests/usage/entries_selftest.sh (the usage lists) and tests/names/registry_selftest.sh
(the shipped names registries). A case is a dict:
  text   the example sentence
  rule   the rule id that must (or must not) report it
  expect "flag" or "clean"
  fix    for "flag": the one fix's replacement, or None for any fix
  fold   compare `fix` without case (a fix may keep the sentence's capital)
  what   how the case is named in a failure
"""
import json
import os
import subprocess
import sys


def run(copydesk, work, cases, config_text, label):
    """Checks `cases` with a config of `config_text`; prints failures and a count; True when all pass."""
    os.makedirs(work, exist_ok=True)
    for i, case in enumerate(cases):
        case["path"] = os.path.join(work, f"{i:04d}-{case['expect']}.txt")
        with open(case["path"], "w") as f:
            f.write(case["text"] + "\n")
    config = os.path.join(work, "selftest.cfg.toml")
    with open(config, "w") as f:
        f.write(config_text)
    result = subprocess.run([copydesk, "check", work, "--format", "json", "--config", config],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        print(f"{label}: copydesk check failed ({result.returncode}): {result.stderr}")
        return False
    out = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    passed = failed = 0
    for case in cases:
        diags = [d for d in out.get(case["path"], {"diagnostics": []})["diagnostics"] if d["rule"] == case["rule"]]
        if case["expect"] == "clean":
            ok = not diags
        else:
            fixes = [f["replacement"] for d in diags for f in d["fixes"]]
            want = case.get("fix")
            same = (lambda a, b: a.lower() == b.lower()) if case.get("fold") else (lambda a, b: a == b)
            ok = len(diags) == 1 and len(fixes) == 1 and (want is None or same(fixes[0], want))
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {case['rule']} {case['expect']} {case.get('what')!r}: {case['text']!r} -> "
                  f"{[(d['message'], d['fixes']) for d in diags]}")
    print(f"{label}: {passed} passed, {failed} failed")
    return failed == 0


def missing(entry, keys, where):
    """Exits with a message when `entry` lacks one of `keys` (every shipped entry carries its examples)."""
    for key in keys:
        if key not in entry:
            print(f"{where}: no `{key}` example")
            sys.exit(1)

#!/usr/bin/env python3
"""Compares `copydesk stream` output with `copydesk check --format json` on the same files:
same_results.py STREAM.jsonl CHECK.json. Exit 1 and a description of the first differences."""
import json
import sys

streamed = {}
for line in open(sys.argv[1], encoding="utf-8"):
    doc = json.loads(line)
    streamed[doc["path"]] = doc
checked = {f["path"]: f for f in json.load(open(sys.argv[2], encoding="utf-8"))["files"]}
problems = []
if set(streamed) != set(checked):
    problems.append(f"different files: only streamed {sorted(set(streamed) - set(checked))[:3]}, "
                    f"only checked {sorted(set(checked) - set(streamed))[:3]}")
for path in sorted(set(streamed) & set(checked)):
    if streamed[path]["diagnostics"] != checked[path]["diagnostics"] or streamed[path]["error"] != checked[path]["error"]:
        problems.append(f"{path}: stream and check disagree")
for p in problems[:10]:
    print(p)
findings = sum(len(d["diagnostics"]) for d in streamed.values())
print(f"{len(streamed)} documents, {findings} findings compared")
sys.exit(1 if problems else 0)

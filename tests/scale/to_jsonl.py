#!/usr/bin/env python3
"""Writes files as copydesk stream input, one JSON document a line: to_jsonl.py FILE... > docs.jsonl.
Each line is {"id": <file name>, "path": <path as given>, "text": <contents>}."""
import json
import os
import sys

for path in sys.argv[1:]:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    print(json.dumps({"id": os.path.basename(path), "path": path, "text": text}, ensure_ascii=False))

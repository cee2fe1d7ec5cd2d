#!/usr/bin/env python3
"""Validate a JSON document against a JSON Schema (python3-jsonschema): validate_json.py SCHEMA FILE."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft7Validator(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
for error in errors:
    print(f"{sys.argv[2]}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
sys.exit(1 if errors else 0)

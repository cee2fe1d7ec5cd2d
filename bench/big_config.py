#!/usr/bin/env python3
"""Writes a config with N [[overrides]] and W invented vocabulary words (bench/run.sh: start-up).

Usage: big_config.py OVERRIDES WORDS > config.toml
"""
import sys

overrides, words = int(sys.argv[1]), int(sys.argv[2])
letters = "bcdfghjklmnpqrstvwxz"


def word(i):
    # An invented word per number: "Zor" + the number spelled in consonants, so none is English.
    out = ""
    while True:
        out += letters[i % len(letters)]
        i //= len(letters)
        if i == 0:
            return "Zor" + out


print('extensions = [".txt"]')
print("[vocabulary]")
print("accept = [" + ", ".join('"%s"' % word(i) for i in range(words)) + "]")
rules = ["names/inconsistent-spelling", "punctuation/doubled-word", "spelling/misspelling"]
for i in range(overrides):
    print()
    print("[[overrides]]")
    print('files = ["section%d/**"]' % i)
    rule = rules[i % len(rules)]
    print('rules."%s" = { severity = "%s" }' % (rule, ["warning", "error", "suggestion"][i % 3]))

#!/usr/bin/env python3
"""The host's layers, checked against CMake's own link graph.

Reads the layers file the build writes (build/layers.txt: one line per layer target,
`target|sources|link libraries`), and fails when
  - the links between layers form a cycle, or
  - a file of one layer includes a header of a layer it does not link (directly or through the
    layers it links), e.g. a printer including an engine header, or
  - a public SDK header (host/include/copydesk) includes a host header.
A header belongs to the layer of the .cpp beside it with the same name, else to the layer that
owns most of its folder's .cpp files.

Usage: check_layers.py LAYERS_FILE HOST_DIR
       check_layers.py --self-test   (a printer including an engine header must fail the check)
"""
import os
import re
import sys
import tempfile
from collections import Counter

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def read_layers(path, host_src):
    sources, links = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            target, srcs, libs = line.split("|")
            files = []
            for s in srcs.split(";"):
                if not s:
                    continue
                s = os.path.normpath(s if os.path.isabs(s) else os.path.join(host_src, "..", s))
                files.append(s)
            sources[target] = files
            links[target] = [l for l in libs.split(";") if l]
    layers = set(sources)
    for t in links:
        links[t] = [l for l in links[t] if l in layers]
    return sources, links


def closure(links, start):
    seen, stack = set(), list(links[start])
    while stack:
        t = stack.pop()
        if t not in seen:
            seen.add(t)
            stack.extend(links[t])
    return seen


def check(layers_file, host_dir):
    host_src = os.path.join(host_dir, "src")
    sources, links = read_layers(layers_file, host_src)
    problems = []
    reach = {t: closure(links, t) for t in sources}
    for t in sorted(sources):
        if t in reach[t]:
            problems.append(f"{t} links itself through {', '.join(sorted(reach[t]))}: the layers form a cycle")

    owner_of_cpp = {}
    folder_votes = {}
    for t, files in sources.items():
        for f in files:
            rel = os.path.relpath(f, host_src)
            if rel.startswith(".."):
                continue  # a generated file in the build tree: its folder's .cpp files decide
            if rel.endswith(".cpp"):
                owner_of_cpp[rel[:-4]] = t
                folder_votes.setdefault(os.path.dirname(rel), Counter())[t] += 1

    def owner(header):
        stem = os.path.splitext(header)[0]
        if stem in owner_of_cpp:
            return owner_of_cpp[stem]
        votes = folder_votes.get(os.path.dirname(header))
        return votes.most_common(1)[0][0] if votes else None

    def scan(path, layer):
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except FileNotFoundError:
            return  # a generated file
        for inc in INCLUDE.findall(text):
            if inc.startswith("copydesk/"):
                continue  # the SDK: every layer links it
            o = owner(inc)
            if o is None:
                problems.append(f"{os.path.relpath(path, host_dir)} includes \"{inc}\", which belongs to no layer")
            elif o != layer and o not in reach[layer]:
                problems.append(f"{os.path.relpath(path, host_dir)} ({layer}) includes \"{inc}\" of {o}, "
                                f"which {layer} does not link")

    for t, files in sources.items():
        for f in files:
            if f.endswith(".cpp"):
                scan(f, t)
    for root, _, names in os.walk(host_src):
        for n in names:
            if n.endswith(".hpp"):
                rel = os.path.relpath(os.path.join(root, n), host_src)
                o = owner(rel)
                if o is None:
                    problems.append(f"src/{rel} belongs to no layer (no .cpp of a layer in its folder)")
                else:
                    scan(os.path.join(root, n), o)

    sdk = os.path.join(host_dir, "include", "copydesk")
    for root, _, names in os.walk(sdk):
        for n in names:
            path = os.path.join(root, n)
            with open(path, encoding="utf-8") as f:
                for inc in INCLUDE.findall(f.read()):
                    if not inc.startswith("copydesk/"):
                        problems.append(f"{os.path.relpath(path, host_dir)} (the public SDK) includes host header \"{inc}\"")
    return problems


def self_test():
    with tempfile.TemporaryDirectory() as d:
        host = os.path.join(d, "host")
        for rel, text in {
            "src/engine/run.cpp": '#include "engine/run.hpp"\n#include "printers/printer.hpp"\n',
            "src/engine/run.hpp": "#pragma once\n",
            "src/printers/printer.cpp": '#include "printers/printer.hpp"\n',
            "src/printers/printer.hpp": '#pragma once\n#include "engine/run.hpp"\n',
            "include/copydesk/rule.hpp": "#pragma once\n",
        }.items():
            os.makedirs(os.path.dirname(os.path.join(host, rel)), exist_ok=True)
            with open(os.path.join(host, rel), "w", encoding="utf-8") as f:
                f.write(text)
        layers = os.path.join(d, "layers.txt")
        with open(layers, "w", encoding="utf-8") as f:
            f.write(f"copydesk_printers|{host}/src/printers/printer.cpp|copydesk::sdk\n"
                    f"copydesk_engine|{host}/src/engine/run.cpp|copydesk_printers;copydesk::sdk\n")
        problems = check(layers, host)
        if not any("printers/printer.hpp (copydesk_printers) includes \"engine/run.hpp\"" in p for p in problems):
            print("self-test: a printer including an engine header was not caught:", problems)
            return 1
        with open(layers, "w", encoding="utf-8") as f:
            f.write(f"copydesk_printers|{host}/src/printers/printer.cpp|copydesk_engine\n"
                    f"copydesk_engine|{host}/src/engine/run.cpp|copydesk_printers\n")
        if not any("cycle" in p for p in check(layers, host)):
            print("self-test: a cycle between layers was not caught")
            return 1
    print("self-test: both faults caught")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print(p)
    if problems:
        return 1
    print("layers: no include crosses a layer it does not link; no cycle")
    return 0


if __name__ == "__main__":
    sys.exit(main())

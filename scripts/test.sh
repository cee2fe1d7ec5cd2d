#!/usr/bin/env bash
# Quick start 2: set everything up, build, and run the whole test suite through CTest.
# With SANITIZE=1 it also builds and tests an ASan+UBSan build in build-asan/.
set -euo pipefail
cd "$(dirname "$0")/.."
# Warnings are errors here (COPYDESK_WERROR): CI and the README run this script.
bash scripts/build.sh -DCOPYDESK_WERROR=ON
(cd build && ctest --output-on-failure -j2)
if [ "${SANITIZE:-0}" = 1 ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCOPYDESK_SANITIZE=ON -DCOPYDESK_WERROR=ON >/dev/null
  cmake --build build-asan -j2
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j2 -E corpus)
fi

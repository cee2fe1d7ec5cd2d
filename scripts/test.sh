#!/usr/bin/env bash
# Quick start 2: set everything up, build, and run the whole test suite through CTest.
# With SANITIZE=1 (CI) it also builds build-asan/ with clang-14 under ASan+UBSan, the libFuzzer
# targets in the same tree, runs every test there, and gives each fuzz target a short run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Warnings are errors here (COPYDESK_WERROR): CI and the README run this script.
bash scripts/build.sh -DCOPYDESK_WERROR=ON
(cd build && ctest --output-on-failure -j2)
if [ "${SANITIZE:-0}" = 1 ]; then
  # clang only for this tree (libFuzzer needs it); the Release build above stays on g++ 12.
  for p in clang-14 libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
  done
  if [ -n "${missing:-}" ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing:$missing"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
  # One sanitizer tree for the tests and the fuzz targets (docs/fuzzing.md): -O1 keeps ASan's
  # runs quick, line tables alone keep the stacks readable.
  grep -q '^CMAKE_CXX_COMPILER:.*=/usr/bin/clang++-14$' build-asan/CMakeCache.txt 2>/dev/null || rm -rf build-asan
  cmake -S . -B build-asan -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" -DCOPYDESK_SANITIZE=ON -DCOPYDESK_FUZZ=ON \
    -DCOPYDESK_WERROR=ON >/dev/null
  cmake --build build-asan -j2
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j2 -E corpus)
  # Each fuzz target for 12 s (72 s in all) from our seeds; a finding fails the run.
  FUZZ_BUILD=build-asan bash fuzz/run.sh 12
fi

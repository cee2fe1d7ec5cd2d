#!/usr/bin/env bash
# Quick start 1: set everything up, build, and check the example articles.
# Exit status is copydesk's: 1 means it found problems, which the examples are written to have.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh || exit 2
./build/bin/copydesk check examples/ --fail-on error

#!/usr/bin/env bash
# Installs the Debian packages copydesk needs to build and test. Idempotent and quiet when
# everything is already there. Run as root (or with sudo available).
set -euo pipefail
packages=(cmake g++ make pkg-config libboost-dev libtomlplusplus-dev libhunspell-dev hunspell-en-us
  hunspell-en-gb miscfiles wamerican-small wbritish-small zlib1g-dev doctest-dev nlohmann-json3-dev libcli11-dev
  libutf8proc-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev libcpp-httplib-dev libre2-dev python3
  neovim)  # neovim: tests/cli/stdin_columns.sh checks the Vim errorformat in its quickfix
# Packaging (cpack -G DEB needs dpkg-shlibdeps) and the CI recipes' tests: pre-commit, a JSON Schema
# validator for GitLab Code Quality reports, git for --new-from-rev, GNU parallel for the scale recipes.
packages+=(dpkg-dev pre-commit python3-jsonschema git parallel)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

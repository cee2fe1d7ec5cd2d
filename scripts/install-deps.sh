#!/usr/bin/env bash
# Installs the Debian packages copydesk needs to build and test. Idempotent and quiet when
# everything is already there. Run as root (or with sudo available).
set -euo pipefail
packages=(cmake g++ make pkg-config libboost-dev libtomlplusplus-dev libhunspell-dev hunspell-en-us
  hunspell-en-gb doctest-dev nlohmann-json3-dev libcli11-dev libutf8proc-dev libcmark-gfm-dev
  libcmark-gfm-extensions-dev libgumbo-dev libcpp-httplib-dev python3)
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

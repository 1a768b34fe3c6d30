#!/usr/bin/env bash
# Debian packages the tests drive besides Slurm: Chromium (docs site test) and Node/npm
# (MCP Inspector CLI, conformance suite). Needs root; without it, says what is missing and
# leaves those tests to skip.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v npm >/dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system_packages.sh: not root; missing ${missing[*]} (the tests that need them will skip)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"

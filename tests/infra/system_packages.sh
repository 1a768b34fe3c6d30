#!/usr/bin/env bash
# Debian packages the tests drive besides Slurm: Chromium (docs site test), Node/npm
# (MCP Inspector CLI, conformance suite) and HAProxy (replicas behind a load balancer). Needs
# root; without it, says what is missing and leaves those tests to skip.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v npm >/dev/null || missing+=(nodejs npm)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)  # tests/ops/test_replicas.py
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system_packages.sh: not root; missing ${missing[*]} (the tests that need them will skip)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# no init system here: keep postinst scripts from starting services (haproxy)
[ -e /usr/sbin/policy-rc.d ] || { printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; }
apt-get install -y -q --no-install-recommends "${missing[@]}"

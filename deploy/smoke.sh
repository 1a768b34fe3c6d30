#!/usr/bin/env bash
# make smoke: run the image (podman, runc) and check it as a client would:
# health endpoint, 401 without a token, tools/list with one, configuration from a mounted
# labgate.toml plus environment, Host checks with LABGATE_ALLOWED_HOSTS, non-root user, and
# refusals to start without auth or without LABGATE_ALLOWED_HOSTS.
set -euo pipefail
IMAGE=${IMAGE:-localhost/labgate:latest}
PORT=${PORT:-18080}
TOKEN="smoke-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
URL="http://127.0.0.1:$PORT"
RUN=(podman --runtime runc run --network host --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
# a container expected to refuse to start: if it serves instead, stop it and fail
REFUSE=(timeout 60 "${RUN[@]}" --rm)
work=$(mktemp -d)
cid=""
cleanup() { [ -n "$cid" ] && podman rm -f -t 2 "$cid" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "smoke: FAIL: $*" >&2; [ -n "$cid" ] && podman logs "$cid" 2>&1 | tail -20 >&2; exit 1; }
start=$(date +%s.%N)

# A mounted labgate.toml that enables MLflow only; ClearML is also set in the environment,
# so finding no clearml_* tool proves the file was read.
cat > "$work/labgate.toml" <<'TOML'
[server]
toolsets = ["mlflow"]

[[mlflow]]
url = "http://127.0.0.1:9"
TOML
chmod 644 "$work/labgate.toml"

HOSTS="127.0.0.1:*,localhost:*,labgate.smoke.example"

# 1. no token: it must refuse to serve 0.0.0.0
if "${REFUSE[@]}" -e LABGATE_ALLOWED_HOSTS="$HOSTS" "$IMAGE" --port "$PORT" >"$work/noauth.log" 2>&1; then
  fail "started without LABGATE_TOKEN"
fi
grep -q "without auth" "$work/noauth.log" || fail "no auth refusal message: $(cat "$work/noauth.log")"

# 2. no LABGATE_ALLOWED_HOSTS: 0.0.0.0 would accept any Host, so it must refuse, naming the flag
if "${REFUSE[@]}" -e LABGATE_TOKEN="$TOKEN" "$IMAGE" --port "$PORT" >"$work/nohosts.log" 2>&1; then
  fail "started without LABGATE_ALLOWED_HOSTS"
fi
grep -q -- "--allowed-hosts" "$work/nohosts.log" || fail "no Host refusal message: $(cat "$work/nohosts.log")"

cid=$("${RUN[@]}" -d \
  -e LABGATE_TOKEN="$TOKEN" -e LABGATE_PORT="$PORT" \
  -e LABGATE_ALLOWED_HOSTS="$HOSTS" \
  -e LABGATE_CONFIG=/etc/labgate/labgate.toml \
  -e CLEARML_API_HOST=http://127.0.0.1:9 -e CLEARML_API_ACCESS_KEY=k -e CLEARML_API_SECRET_KEY=s \
  -v "$work/labgate.toml:/etc/labgate/labgate.toml:ro" \
  "$IMAGE" --port "$PORT" 2>"$work/run.log") || fail "podman run: $(cat "$work/run.log")"

for _ in $(seq 100); do
  curl -fsS "$URL/healthz" >"$work/health.json" 2>/dev/null && break
  [ "$(podman inspect -f '{{.State.Running}}' "$cid")" = true ] || fail "container exited"
  sleep 0.2
done
grep -q '"status":"ok"' "$work/health.json" || fail "healthz: $(cat "$work/health.json")"
ready=$(date +%s.%N)

rpc() {  # rpc OUTFILE [curl args...] -> HTTP status
  local out=$1; shift
  curl -sS -o "$out" -w '%{http_code}' -X POST "$URL/mcp" \
    -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
    -H 'MCP-Protocol-Version: 2025-06-18' \
    --data '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}' "$@"
}

code=$(rpc "$work/noauth.json"); [ "$code" = 401 ] || fail "no token: HTTP $code, want 401"
code=$(rpc "$work/bad.json" -H "Authorization: Bearer wrong"); [ "$code" = 401 ] || fail "wrong token: HTTP $code"
code=$(rpc "$work/evil.json" -H "Authorization: Bearer $TOKEN" -H 'Host: evil.example')
[ "$code" = 421 ] || fail "foreign Host header: HTTP $code, want 421"
code=$(rpc "$work/named.json" -H "Authorization: Bearer $TOKEN" -H 'Host: labgate.smoke.example')
[ "$code" = 200 ] || fail "Host from LABGATE_ALLOWED_HOSTS: HTTP $code, want 200"
code=$(curl -sS -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "$URL/healthz")
[ "$code" = 200 ] || fail "/healthz with a foreign Host: HTTP $code (probes send the pod IP)"
code=$(rpc "$work/tools.json" -H "Authorization: Bearer $TOKEN"); [ "$code" = 200 ] || fail "tools/list: HTTP $code"

python3 - "$work/tools.json" <<'PY' || fail "tools/list content"
import json, sys
names = [t["name"] for t in json.load(open(sys.argv[1]))["result"]["tools"]]
assert "search_operations" in names and any(n.startswith("mlflow_") for n in names), names
assert not any(n.startswith("clearml_") for n in names), "labgate.toml toolsets ignored"
print(f"smoke: tools/list with token: {len(names)} tools")
PY
uid=$(podman exec "$cid" id -u); [ "$uid" = 10001 ] || fail "runs as uid $uid"
# the image's HEALTHCHECK command itself (podman cannot schedule it here without systemd)
podman healthcheck run "$cid" 2>/dev/null || fail "HEALTHCHECK failed"
size=$(podman image inspect "$IMAGE" --format '{{.Size}}')
python3 -c "print(f'smoke: OK in {$ready - $start:.1f} s to healthy; uid $uid; refuses to start without token or allowed hosts; 401 without token; foreign Host refused; HEALTHCHECK ok; image {$size/1e6:.0f} MB')"

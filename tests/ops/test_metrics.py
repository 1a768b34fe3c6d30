"""What an operator watches: Prometheus metrics behind the same auth as /mcp (or public, or on a
port of their own), request ids from the client to the backend and back, JSON log lines."""

from __future__ import annotations

import json
import re
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.conftest import free_port
from tests.ops.helpers import HEADERS, call_jobs, succeeded


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one series in Prometheus text format."""
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        found = re.fullmatch(rf"{name}(?:\{{(.*)\}})? (\S+)", line)
        if found and ",".join(sorted((found.group(1) or "").split(","))) == want:
            return float(found.group(2))
    return None


def scrape(url: str, **headers: str) -> str:
    resp = httpx.get(url + "/metrics", headers={"Authorization": HEADERS["Authorization"],
                                                 **headers})  # fmt: skip
    assert resp.status_code == 200, resp.text
    return resp.text


def test_metrics_count_calls_backend_errors_retries_bytes_and_truncations(fake, serve):
    lg = serve()
    assert httpx.get(lg.url + "/metrics").status_code == 401  # the same auth as /mcp
    foreign = httpx.get(lg.url + "/metrics", headers={**HEADERS, "Host": "evil.example"})
    assert foreign.status_code == 421  # and the same Host check
    fake.status = 200
    post = lambda body: httpx.post(lg.url + "/mcp", json=body, headers=HEADERS, timeout=30)
    assert succeeded(post(call_jobs()))
    fake.status = 503  # an idempotent read: three attempts, then the error
    failed = post(call_jobs(2))
    assert failed.json()["result"]["isError"]
    secret = {"name": "slurm_get_jobs", "arguments": {"update_time": "ARG-VALUE-77"}}
    post({"jsonrpc": "2.0", "id": 3, "method": "tools/call",
          "params": {"name": "call_operation", "arguments": secret}})  # fmt: skip
    post({"jsonrpc": "2.0", "id": 4, "method": "tools/call",
          "params": {"name": "no_such_tool_x", "arguments": {}}})  # fmt: skip
    fake.status, fake.delay = 200, 1.0
    with ThreadPoolExecutor(1) as pool:
        slow = pool.submit(post, call_jobs(5))
        while fake.in_flight < 1:
            time.sleep(0.02)
        during = scrape(lg.url)
        assert succeeded(slow.result())
    assert sample(during, "labgate_active_sessions") == 1
    assert sample(during, "labgate_backend_requests_in_flight", backend="slurm") == 1

    text = scrape(lg.url)
    tool = {"tool": "call_operation"}
    assert sample(text, "labgate_tool_calls_total", **tool, outcome="ok") == 2
    assert sample(text, "labgate_tool_calls_total", **tool, outcome="error") == 2
    assert sample(text, "labgate_tool_duration_seconds_count", **tool) == 4
    assert sample(text, "labgate_tool_answer_bytes_total", **tool) > 100
    assert sample(text, "labgate_backend_errors_total", backend="slurm", status="503") == 6
    assert sample(text, "labgate_backend_retries_total", backend="slurm") == 4
    assert sample(text, "labgate_backend_duration_seconds_count", backend="slurm") >= 8
    assert sample(text, "labgate_active_sessions") == 0
    assert "ARG-VALUE-77" not in text and "no_such_tool_x" not in text
    labels = set(re.findall(r"(\w+)=\"", text))
    assert labels <= {"tool", "outcome", "backend", "status", "limit", "le"}, labels


def test_byte_cap_truncations_are_counted(fake, serve):
    lg = serve(env={"LABGATE_BYTE_CAP": "1000"})
    fake.jobs = 50
    resp = httpx.post(lg.url + "/mcp", json=call_jobs(), headers=HEADERS, timeout=30)
    assert '\\"truncated\\":true' in resp.text
    text = scrape(lg.url)
    assert sample(text, "labgate_tool_truncations_total", tool="call_operation") == 1


def test_metrics_public_or_on_their_own_port(fake, serve, tmp_path):
    conf = tmp_path / "labgate.toml"
    conf.write_text("[server]\nmetrics_public = true\n")
    port = free_port()
    lg = serve("--config", str(conf), "--metrics-port", str(port))
    public = httpx.get(lg.url + "/metrics", headers={"Host": "10.0.0.7:8000"})
    assert public.status_code == 200 and "labgate_tool_calls" in public.text
    deadline = time.monotonic() + 15
    while True:  # the probes started with the server: backend_up shows without any /readyz
        text = httpx.get(f"http://127.0.0.1:{port}/metrics").text
        if sample(text, "labgate_backend_up", backend="slurm") == 1 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert sample(text, "labgate_backend_up", backend="slurm") == 1
    assert sample(text, "labgate_draining") == 0


def test_request_id_goes_to_the_backend_and_back(fake, serve):
    lg = serve()
    mine = httpx.post(lg.url + "/mcp", json=call_jobs(), timeout=30,
                      headers={**HEADERS, "X-Request-ID": "trace-abc-123"})  # fmt: skip
    made = httpx.post(lg.url + "/mcp", json=call_jobs(), headers=HEADERS, timeout=30)
    odd = httpx.post(lg.url + "/mcp", json=call_jobs(), timeout=30,
                     headers={**HEADERS, "X-Request-ID": "bad id\twith spaces"})  # fmt: skip
    assert mine.headers["x-request-id"] == "trace-abc-123"
    assert re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])
    assert re.fullmatch(r"[0-9a-f]{32}", odd.headers["x-request-id"])  # replaced, not echoed
    assert fake.request_ids == ["trace-abc-123", made.headers["x-request-id"],
                                odd.headers["x-request-id"]]  # fmt: skip


def test_json_logs_carry_the_request_id(fake, serve):
    lg = serve("--log-format", "json", env={"LABGATE_LOG_LEVEL": "INFO"})
    httpx.post(lg.url + "/mcp", json=call_jobs(), timeout=30,
               headers={**HEADERS, "X-Request-ID": "trace-json-9"})  # fmt: skip
    lg.stop()
    lines = [ln for ln in lg.log.read_text().splitlines() if ln.startswith("{")]
    records = [json.loads(ln) for ln in lines]
    calls = [r for r in records if r["logger"] == "labgate.calls"]
    assert calls and calls[0]["request_id"] == "trace-json-9", records
    assert calls[0]["tool"] == "call_operation" and calls[0]["outcome"] == "ok"
    assert calls[0]["duration_ms"] > 0 and calls[0]["time"].endswith("+00:00")

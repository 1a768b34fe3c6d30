"""labgate's Trackio tools beside Trackio's own MCP server, on the same live Trackio 0.43.0
(`trackio show --mcp-server`, data logged with Trackio's Python API, tests/infra/trackio_seed.py),
in one run: tools/list bytes and tokens, and a metric-window call (labgate's `trackio_metric`
vs Trackio's `get_metric_values` around the same step), both over streamable HTTP from the same
client, interleaved, each ÷ an empty fastmcp tool call timed in the same loop.

Skipped, with the reason, when Trackio's venv cannot be built (`make infra` builds it).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import httpx
import orjson

from bench.common import HEADERS, ROOT, HttpServer, call_body, rpc, summary_ms
from bench.overhead import check, empty_fastmcp

PLAIN = {k: v for k, v in HEADERS.items() if k != "Authorization"}


def _server_module():
    sys.path.insert(0, str(ROOT / "tests" / "infra"))
    import trackio_server

    return trackio_server


def _post(client: httpx.Client, url: str, body: bytes, headers: dict) -> httpx.Response:
    resp = client.post(url, content=body, headers=headers)
    resp.raise_for_status()
    return resp


def _tools_bytes(client: httpx.Client, url: str, headers: dict) -> tuple[int, int]:
    """(tools, bytes of the `tools` array as a client receives it) of one tools/list."""
    init = rpc("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                              "clientInfo": {"name": "bench", "version": "0"}})  # fmt: skip
    resp = _post(client, url, init, headers)
    session = resp.headers.get("mcp-session-id")
    h = {**headers, **({"mcp-session-id": session} if session else {})}
    if session:
        note = b'{"jsonrpc":"2.0","method":"notifications/initialized"}'
        client.post(url, content=note, headers=h)
    text = _post(client, url, rpc("tools/list", id_=2), h).text
    if text.startswith("event:") or "data:" in text[:20]:
        text = next(line[5:] for line in text.splitlines() if line.startswith("data:"))
    tools = orjson.loads(text)["result"]["tools"]
    return len(tools), len(orjson.dumps(tools)), h


def measure(calls: int = 100) -> dict:
    ts = _server_module()
    try:
        ts.ensure_venv(ts.DEFAULT_VENV)
    except Exception as exc:  # noqa: BLE001 - reported as the reason to skip
        return {"skipped": f"Trackio's venv is not available ({str(exc)[:160]}): make infra"}
    with tempfile.TemporaryDirectory(prefix="labgate-trackio-bench-") as tmp:
        server = ts.TrackioServer(Path(tmp))
        with server:
            seed = server.seed()
            project, run = seed["project"], "lr-high"
            env = {"HOME": "/nonexistent", "TRACKIO_URL": server.url}
            with HttpServer(env, "--toolsets", "trackio") as lg, empty_fastmcp() as empty:
                return _compare(server.url + "/mcp/", lg.url + "/mcp", empty + "/mcp", project,
                                run, calls)  # fmt: skip


def _compare(theirs: str, ours: str, empty: str, project: str, run: str, calls: int) -> dict:
    steps = {"step_min": 10, "step_max": 30}
    our_call = call_body("trackio_metric", {"project": project, "run": run,
                                            "metric": "train/loss", **steps})  # fmt: skip
    their_call = call_body("get_metric_values", {"project": project, "run": run,
                                                 "metric_name": "train/loss",
                                                 "around_step": 20, "window": 11})  # fmt: skip
    ping = call_body("ping", {"x": 1})
    with httpx.Client(timeout=60) as client:
        our_n, our_bytes, _ = _tools_bytes(client, ours, HEADERS)
        their_n, their_bytes, their_headers = _tools_bytes(client, theirs, PLAIN)
        mine, them, floor = [], [], []
        for i in range(calls + 10):
            t0 = time.perf_counter()
            check(_post(client, ours, our_call, HEADERS))
            t1 = time.perf_counter()
            _post(client, theirs, their_call, their_headers)
            t2 = time.perf_counter()
            check(_post(client, empty, ping, PLAIN))
            t3 = time.perf_counter()
            if i >= 10:
                mine.append(t1 - t0)
                them.append(t2 - t1)
                floor.append(t3 - t2)
    m, t, f = summary_ms(mine), summary_ms(them), summary_ms(floor)
    return {
        "what": "trackio_metric (steps 10-30 of train/loss) vs Trackio MCP get_metric_values",
        "labgate": {
            "tools": our_n,
            "tools_bytes": our_bytes,
            "call": m,
            "ratio_to_floor": round(m["p50_ms"] / f["p50_ms"], 2),
        },  # fmt: skip
        "trackio_mcp": {
            "tools": their_n,
            "tools_bytes": their_bytes,
            "call": t,
            "ratio_to_floor": round(t["p50_ms"] / f["p50_ms"], 2),
        },  # fmt: skip
        "empty_fastmcp_tool": f,
    }

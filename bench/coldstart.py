"""Cold start: process start to the first successful tools/list over stdio."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time

from bench.common import PY, ROOT, fake_env

INIT = {
    "jsonrpc": "2.0",
    "id": 0,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "bench", "version": "0"},
    },
}


def _line(obj: dict) -> bytes:
    return (json.dumps(obj) + "\n").encode()


def once(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds to the tools/list answer, and the number of tools in it."""
    full = {**os.environ, **env, "PYTHONDONTWRITEBYTECODE": "1"}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=full, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        proc.stdin.write(_line(INIT))
        proc.stdin.write(_line({"jsonrpc": "2.0", "method": "notifications/initialized"}))
        proc.stdin.write(_line({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}))
        proc.stdin.flush()
        for raw in proc.stdout:
            msg = json.loads(raw)
            if msg.get("id") == 1:
                elapsed = time.perf_counter() - t0
                return elapsed, len(msg["result"]["tools"])
        raise RuntimeError("server closed stdout before answering tools/list")
    finally:
        proc.kill()
        proc.wait()


# The floor: an empty fastmcp server over stdio (what fastmcp's own imports cost).
EMPTY = [
    PY,
    "-c",
    "import fastmcp; fastmcp.FastMCP('empty').run(transport='stdio', show_banner=False)",
]


def measure(runs: int = 5) -> dict:
    cmd = [PY, "-m", "labgate", "serve"]
    once(cmd, fake_env())  # warm the OS page cache and .pyc files
    times, floor, tools = [], [], 0
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        t, tools = once(cmd, fake_env())
        times.append(t)
        floor.append(once(EMPTY, fake_env())[0])
    return {
        "runs": runs,
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "tools": tools,
        "empty_fastmcp_median_s": round(statistics.median(floor), 3),
        "goal_s": 1.5,
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))

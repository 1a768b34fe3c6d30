"""Shared bits of the benchmarks: the fake-backend environment, subprocess servers, RSS, stats."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PY = sys.executable
TOKEN = "bench-token-0123456789"


def fake_env(url: str = "http://127.0.0.1:9") -> dict[str, str]:
    """Every backend configured (each adapter's placeholder configuration), every one pointing
    at `url` (nothing listens on :9)."""
    from labgate.backends import adapters

    env = {"HOME": "/nonexistent"}
    for a in adapters().values():
        for key, value in a.example_env.items():
            env[key] = url if value.startswith("http") else "bench-secret"
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident set size of one process (VmRSS), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    """q-th percentile (0..100), nearest-rank on sorted data."""
    data = sorted(values)
    k = max(0, min(len(data) - 1, round(q / 100 * (len(data) - 1))))
    return data[k]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 3),
        "p99_ms": round(pct(ms, 99), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
    }


class HttpServer:
    """`labgate serve --transport http` in a subprocess (stateless, bearer token)."""

    def __init__(self, env: dict[str, str], *args: str, cpus: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [PY, "-m", "labgate", "serve", "--transport", "http", "--port", str(self.port), *args]
        if cpus:
            cmd = ["taskset", "-c", cpus, *cmd]
        full = {**os.environ, **env, "LABGATE_TOKEN": TOKEN, "PYTHONDONTWRITEBYTECODE": "1"}
        self.proc = subprocess.Popen(
            cmd, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT
        )

    def __enter__(self) -> HttpServer:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"labgate exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                httpx.get(f"{self.url}/healthz", timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise TimeoutError("labgate HTTP server did not start")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


HEADERS = {
    "Authorization": f"Bearer {TOKEN}",
    "Accept": "application/json, text/event-stream",
    "Content-Type": "application/json",
}


def rpc(method: str, params: dict | None = None, id_: int = 1) -> bytes:
    return json.dumps(
        {"jsonrpc": "2.0", "id": id_, "method": method, "params": params or {}}
    ).encode()


def call_body(name: str, arguments: dict, id_: int = 1) -> bytes:
    return rpc("tools/call", {"name": name, "arguments": arguments}, id_)


def merge_results(key: str, value: object) -> None:
    """Write one key of bench/results.json, keeping every other key (other benchmarks own them)."""
    data = json.loads(RESULTS.read_text()) if RESULTS.is_file() else {}
    data[key] = value
    RESULTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


def interleaved(
    steps: dict[str, tuple[Callable[[], httpx.Response], Callable[[httpx.Response], object]]],
    calls: int,
    warmup: int = 10,
) -> tuple[dict[str, list[float]], dict[str, httpx.Response]]:
    """Each step's request timed in turn, round after round, so machine noise hits all alike.
    A step is (send, check): only `send` is timed, its answer is checked after; the last answer
    of each step is returned beside the timings."""
    times: dict[str, list[float]] = {name: [] for name in steps}
    last: dict[str, httpx.Response] = {}
    for i in range(warmup + calls):
        for name, (send, check) in steps.items():
            t0 = time.perf_counter()
            last[name] = send()
            took = time.perf_counter() - t0
            check(last[name])
            if i >= warmup:  # warm-up: connections, first-call imports, validator caches
                times[name].append(took)
    return times, last


def added(direct: list[float], via: list[float], floor: list[float]) -> dict:
    """What labgate adds over the direct call at p50, and that as a multiple of the floor."""
    d, v, f = summary_ms(direct), summary_ms(via), summary_ms(floor)
    more = round(v["p50_ms"] - d["p50_ms"], 3)
    return {
        "direct": d,
        "labgate": v,
        "empty_fastmcp_tool": f,
        "added_p50_ms": more,
        "added_p99_ms": round(v["p99_ms"] - d["p99_ms"], 3),
        "ratio_p50": round(v["p50_ms"] / d["p50_ms"], 2),
        "added_over_floor_p50": round(more / f["p50_ms"], 2),
    }

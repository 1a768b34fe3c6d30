"""Figures against Slurm 24.11's own slurmrestd (tests/infra/slurm24.sh: root, and the build
`make infra` caches in .cache/slurm-24.11; otherwise skipped, with the reason printed).

- `slurm_list_jobs` over the real slurmrestd (data_parser v0.0.42, JWT) with 20 jobs in the queue
  vs `GET /slurm/v0.0.42/jobs/` sent straight to it; beside it the same pair through
  `labgate slurm-shim` over the same cluster's CLI (so both answer about the same 20 jobs).
- `where_to_submit` over 1 cluster (the real slurmrestd) and over 3 (it, the shim over the same
  cluster, and a fake shim answering from memory as in bench/placement.py), p50. Backend
  requests are counted in a separate, untimed call through a counting proxy in front of each
  cluster (labgate's /metrics does not count the shim's extension requests, e.g. estimates).
- The floor, measured in the same loop with the same client: an empty fastmcp tool call over
  streamable HTTP. Every figure is also given as a multiple of it, since this machine's speed
  moves 2-3x from one day to the next.

Uses the cluster in /tmp/labgate-slurm24 (or $LABGATE_SLURM24_STATE) if it is running (its
finished jobs then add to the answer; the result says how many jobs there were), else a fresh
one in /tmp/labgate-slurm24-bench (the ports are the same: one 24.11 cluster at a time), stopped
and removed after. The 20 `sleep` jobs are cancelled at the end. Run it with no live
test driving that cluster (`flock /tmp/labgate-live.lock make bench`).
"""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.common import (
    HEADERS,
    ROOT,
    HttpServer,
    added,
    call_body,
    free_port,
    interleaved,
    summary_ms,
)
from bench.overhead import check, empty_fastmcp, ok
from bench.shim_bench import TOKEN as SHIM_TOKEN
from bench.shim_bench import shim

SCRIPT = ROOT / "tests" / "infra" / "slurm24.sh"
SHARED = os.environ.get("LABGATE_SLURM24_STATE", "/tmp/labgate-slurm24")
OWN = "/tmp/labgate-slurm24-bench"
CACHE = Path(os.environ.get("LABGATE_SLURM24_CACHE", ROOT / ".cache" / "slurm-24.11"))
JOBS_PATH = "/slurm/v0.0.42/jobs/"
QUEUE = 20
RUNS = 25  # where_to_submit calls per setting (after 2 warm-up calls)
PLACE = {"gpus": 1, "time_limit": "2:00:00"}


def unavailable() -> str | None:
    """Why Slurm 24.11 cannot run here, or None."""
    if os.geteuid() != 0:
        return "the local Slurm 24.11 cluster needs root"
    if not (CACHE / "prefix" / ".labgate-built").is_file():
        return f"Slurm 24.11 is not built in {CACHE} (`make infra` builds it, ~6 min)"
    return None


def _script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )


@contextlib.contextmanager
def cluster():
    """(CLI environment, slurmrestd URL, state directory) of a running 24.11 cluster."""
    shared = _script("status", SHARED).returncode == 0
    state = SHARED if shared else OWN
    if not shared:
        shutil.rmtree(OWN, ignore_errors=True)
    env_out = _script("env", state).stdout if shared else ""
    if "SLURMRESTD_URL" not in env_out:
        done = _script("start", state, "--restd", str(free_port()))
        if done.returncode != 0:
            if not shared:
                _script("stop", state)
            raise RuntimeError(f"slurm24.sh start failed: {done.stderr[-300:]}")
        env_out = _script("env", state).stdout
    env = {k: v for k, v in os.environ.items() if k != "SLURM_JWT"}
    for name, value in re.findall(r"^export (\w+)=(.*)$", env_out, re.M):
        env[name] = shlex.split(value)[0].replace("$PATH", env.get("PATH", ""))
    try:
        yield env, env["SLURMRESTD_URL"], state
    finally:
        if not shared:
            _script("stop", state)
            shutil.rmtree(OWN, ignore_errors=True)


def queue_up(env: dict[str, str], jobs: int) -> list[str]:
    ids = []
    for i in range(jobs):
        cmd = [
            "sbatch",
            "--parsable",
            "-J",
            f"bench24-{i}",
            "-o",
            "/dev/null",
            "--wrap",
            "sleep 900",
        ]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=30)
        ids.append(done.stdout.strip().split(";")[0])
    return ids


@contextlib.contextmanager
def fake_shim():
    """A shim that answers every path from memory (bench/placement.py's cluster)."""
    from pytest_httpserver import HTTPServer

    from bench.placement import _cluster_state

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request(re.compile(".*")).respond_with_json(_cluster_state())
    server.start()
    try:
        yield server.url_for("/").rstrip("/")
    finally:
        server.stop()


def config(clusters: list[tuple[str, str, str, str]]) -> Path:
    """labgate.toml with one [[slurm]] per (name, url, user, kind); tokens in the environment."""
    path = Path(tempfile.mkdtemp(prefix="bench-slurm24-")) / "labgate.toml"
    path.write_text("".join(
        f'[[slurm]]\nname = "{n}"\nurl = "{u}"\nuser = "{who}"\nkind = "{k}"\n'
        f'token_env = "BENCH_TOKEN_{n.upper()}"\n\n'
        for n, u, who, k in clusters
    ))  # fmt: skip
    return path


class _Counting(http.server.BaseHTTPRequestHandler):
    """Forwards every request to `server.target` and counts it."""

    def _forward(self) -> None:
        size = int(self.headers.get("Content-Length") or 0)
        skip = {"host", "content-length", "connection"}
        headers = {k: v for k, v in self.headers.items() if k.lower() not in skip}
        answer = self.server.client.request(
            self.command, self.server.target + self.path,
            content=self.rfile.read(size) if size else None, headers=headers,
        )  # fmt: skip
        self.server.count += 1
        self.send_response(answer.status_code)
        drop = {"content-length", "transfer-encoding", "connection", "content-encoding"}
        for k, v in answer.headers.items():
            if k.lower() not in drop:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_POST = do_DELETE = _forward

    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def counting(target: str):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    server.target, server.count, server.client = target, 0, httpx.Client(timeout=60)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.client.close()


def backend_calls(clusters: list[tuple[str, str, str, str]], env: dict[str, str]) -> dict:
    """Requests one where_to_submit sends to each cluster, through counting proxies."""
    with contextlib.ExitStack() as stack:
        proxies = [stack.enter_context(counting(url)) for _, url, _, _ in clusters]
        proxied = [(n, f"http://127.0.0.1:{p.server_port}", who, k)
                   for (n, _, who, k), p in zip(clusters, proxies, strict=True)]  # fmt: skip
        with HttpServer(env, "--config", str(config(proxied)), "--toolsets", "slurm") as server:
            with httpx.Client(timeout=60) as client:
                resp = client.post(server.url + "/mcp", content=call_body("where_to_submit", PLACE),
                                   headers=HEADERS)  # fmt: skip
                check(resp)
        return {n: p.count for (n, *_), p in zip(clusters, proxies, strict=True)}


def list_jobs(servers, direct, floor_url: str, calls: int) -> dict:
    """Interleaved: per cluster, the direct GET and slurm_list_jobs through labgate; the floor."""
    plain = {k: v for k, v in HEADERS.items() if k != "Authorization"}
    ping = call_body("ping", {"x": 1})
    with httpx.Client(timeout=60) as client:
        steps: dict = {}
        for name, (url, headers) in direct.items():
            body = call_body("slurm_list_jobs", {"cluster": name})
            steps[f"{name}_direct"] = (
                lambda u=url + JOBS_PATH, h=headers: client.get(u, headers=h),
                ok,
            )
            steps[f"{name}_labgate"] = (
                lambda b=body: client.post(servers + "/mcp", content=b, headers=HEADERS),
                check,
            )
        steps["floor"] = (
            lambda: client.post(floor_url + "/mcp", content=ping, headers=plain),
            check,
        )
        times, last = interleaved(steps, calls)
    out: dict = {"floor": summary_ms(times["floor"])}
    for name in direct:
        answer = last[f"{name}_direct"]
        both = added(times[f"{name}_direct"], times[f"{name}_labgate"], times["floor"])
        del both["empty_fastmcp_tool"]  # once, as "floor"
        out[name] = {
            "jobs": len(answer.json()["jobs"]),
            "answer_bytes": len(answer.content),
            **both,
        }
    return out


def where_to_submit(server: HttpServer, floor_url: str, runs: int) -> dict:
    plain = {k: v for k, v in HEADERS.items() if k != "Authorization"}
    body, ping = call_body("where_to_submit", PLACE), call_body("ping", {"x": 1})
    times, floor, ranked, unreachable = [], [], 0, []
    with httpx.Client(timeout=60) as client:
        for i in range(runs + 2):
            t0 = time.perf_counter()
            resp = client.post(server.url + "/mcp", content=body, headers=HEADERS)
            t1 = time.perf_counter()
            check(resp)
            t2 = time.perf_counter()
            check(client.post(floor_url + "/mcp", content=ping, headers=plain))
            t3 = time.perf_counter()
            if i >= 2:
                times.append(t1 - t0)
                floor.append(t3 - t2)
            answer = json.loads(resp.json()["result"]["content"][0]["text"])
            ranked = len(answer["ranked"])
            unreachable = answer.get("unreachable") or []
    t, f = summary_ms(times), summary_ms(floor)
    return {
        "p50_ms": t["p50_ms"],
        "p99_ms": t["p99_ms"],
        "floor_p50_ms": f["p50_ms"],
        "p50_over_floor": round(t["p50_ms"] / f["p50_ms"], 2),
        "ranked": ranked,
        "unreachable": len(unreachable),
        "runs": runs,
    }


def measure(calls: int = 100) -> dict:
    why = unavailable()
    if why:
        print(f"bench: slurmrestd figures skipped: {why}", file=sys.stderr)
        return {"skipped": why}
    out: dict = {
        "what": "Slurm 24.11.5's slurmrestd (v0.0.42, rest_auth/jwt) and labgate slurm-shim over "
        "the same cluster; floor: an empty fastmcp tool call, same client, same loop"
    }
    with cluster() as (env, restd_url, state), shim(env) as shim_url, fake_shim() as fake_url:
        user = env.get("LABGATE_SLURM24_USER", "labgate-user")
        token = _script("token", user, "3600", state).stdout.strip()
        if not token:
            raise RuntimeError(f"slurm24.sh token {user} gave no token")
        tokens = {
            "BENCH_TOKEN_REAL": token,
            "BENCH_TOKEN_SHIM": SHIM_TOKEN,
            "BENCH_TOKEN_FAKE": "fake",
        }
        real = ("real", restd_url, user, "slurmrestd")
        three = [real, ("shim", shim_url, "root", "shim"), ("fake", fake_url, "root", "shim")]
        direct = {
            "real": (restd_url, {"X-SLURM-USER-NAME": user, "X-SLURM-USER-TOKEN": token}),
            "shim": (shim_url, {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": SHIM_TOKEN}),
        }
        ids: list[str] = []
        env_lg = {"HOME": "/nonexistent", **tokens}
        try:
            ids = queue_up(env, QUEUE)
            with (
                empty_fastmcp() as floor_url,
                HttpServer(env_lg, "--config", str(config([real])), "--toolsets", "slurm") as one,
                HttpServer(env_lg, "--config", str(config(three)), "--toolsets", "slurm") as many,
            ):  # fmt: skip
                out["list_jobs"] = list_jobs(many.url, direct, floor_url, calls)
                out["where_to_submit"] = {
                    "1": where_to_submit(one, floor_url, RUNS),
                    "3": where_to_submit(many, floor_url, RUNS),
                }
            for n, clusters in (("1", [real]), ("3", three)):
                calls_by = backend_calls(clusters, env_lg)
                out["where_to_submit"][n]["backend_calls"] = sum(calls_by.values())
                out["where_to_submit"][n]["backend_calls_by_cluster"] = calls_by
        finally:
            if ids:
                subprocess.run(["scancel", *ids], env=env, capture_output=True, check=False)
    out["load_1m"], out["when"] = round(os.getloadavg()[0], 2), time.strftime("%Y-%m-%d %H:%M")
    return out


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))

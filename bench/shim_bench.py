"""Call overhead against the real Slurm shim: `labgate slurm-shim` on the local Slurm 22.05
cluster (tests/infra/slurm_cluster.sh; root on Debian), `GET /slurm/v0.0.42/jobs/` sent straight
to the shim vs the same operation through labgate over streamable HTTP, interleaved.

Starts the cluster when it is not running (and stops it again), or reports why it was skipped.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import subprocess
import time

import httpx

from bench.common import HEADERS, PY, ROOT, HttpServer, call_body, free_port, summary_ms
from bench.overhead import JOBS, check

SCRIPT = ROOT / "tests" / "infra" / "slurm_cluster.sh"
STATE = os.environ.get("LABGATE_SLURM_STATE", "/tmp/labgate-slurm")
TOKEN = "bench-shim-token"
CALL = ("call_operation", {"name": "slurm_get_jobs", "arguments": {}})


def _script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )


@contextlib.contextmanager
def cluster_env():
    """The cluster's CLI environment; the cluster runs for the duration."""
    running = _script("status", STATE).returncode == 0
    if not running:
        for step in (("install",), ("start", STATE)):
            done = _script(*step)
            if done.returncode != 0:
                raise RuntimeError(f"slurm_cluster.sh {step[0]} failed: {done.stderr[-300:]}")
    env = {k: v for k, v in os.environ.items() if k != "SLURM_JWT"}
    exports = _script("env", STATE).stdout
    for name, value in re.findall(r"^export (\w+)=(.*)$", exports, re.MULTILINE):
        env[name] = shlex.split(value)[0]
    try:
        yield env
    finally:
        if not running:
            _script("stop", STATE)


@contextlib.contextmanager
def shim(env: dict[str, str]):
    port = free_port()
    cmd = [PY, "-m", "labgate", "slurm-shim", "--listen", f"127.0.0.1:{port}", "--user", "root"]
    proc = subprocess.Popen(
        cmd, env=env | {"LABGATE_SHIM_TOKEN": TOKEN}, cwd=ROOT, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/openapi.json", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        else:
            raise RuntimeError("the Slurm shim did not start")
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def overhead(server: HttpServer, shim_url: str, calls: int) -> dict:
    body = call_body(*CALL)
    headers = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": TOKEN}
    direct, via = [], []
    with httpx.Client(timeout=60) as client:
        for i in range(calls + 10):
            t0 = time.perf_counter()
            client.get(shim_url + JOBS, headers=headers).raise_for_status()
            t1 = time.perf_counter()
            check(client.post(server.url + "/mcp", content=body, headers=HEADERS))
            t2 = time.perf_counter()
            if i >= 10:
                direct.append(t1 - t0)
                via.append(t2 - t1)
    d, v = summary_ms(direct), summary_ms(via)
    return {
        "what": "GET /slurm/v0.0.42/jobs/ on the real shim (squeue on Slurm 22.05), direct vs labgate",
        "direct": d,
        "labgate": v,
        "added_p50_ms": round(v["p50_ms"] - d["p50_ms"], 3),
        "added_p99_ms": round(v["p99_ms"] - d["p99_ms"], 3),
        "ratio_p50": round(v["p50_ms"] / d["p50_ms"], 2),
        "goal_added_p50_ms": 3.0,
    }


def measure(calls: int = 100) -> dict:
    if os.geteuid() != 0:
        return {"skipped": "the local Slurm cluster needs root (Debian 12)"}
    with cluster_env() as env, shim(env) as url:
        labgate_env = {"HOME": "/nonexistent", "LABGATE_SLURM_URL": url, "SLURM_JWT": TOKEN}
        labgate_env["LABGATE_SLURM_USER"] = "root"
        with HttpServer(labgate_env, "--toolsets", "slurm") as server:
            return overhead(server, url, calls)

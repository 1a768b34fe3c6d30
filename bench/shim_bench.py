"""Call overhead against the real Slurm shim: `labgate slurm-shim` on the local Slurm 22.05
cluster (tests/infra/slurm_cluster.sh; root on Debian), `GET /slurm/v0.0.42/jobs/` sent straight
to the shim vs the same operation through labgate over streamable HTTP, interleaved.

The queue is made for the measurement: a fresh cluster in its own state directory (2 s to
start), then QUEUES jobs submitted (`sleep`, cancelled afterwards), so the answer has the same
size on every run. With the test cluster already running, that one is used (its finished jobs
add to the answer; the result says how many jobs there were).
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import subprocess
import time

import httpx

from bench.common import PY, ROOT, HttpServer, added, free_port
from bench.overhead import JOBS, empty_fastmcp, three_way

SCRIPT = ROOT / "tests" / "infra" / "slurm_cluster.sh"
SHARED = os.environ.get("LABGATE_SLURM_STATE", "/tmp/labgate-slurm")
OWN = "/tmp/labgate-slurm-bench"
QUEUES = (3, 20)  # jobs in the queue: a few (~12 KB answer), and more than the 20 KB cap
TOKEN = "bench-shim-token"


def _script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=600, check=False
    )


@contextlib.contextmanager
def cluster_env():
    """The cluster's CLI environment; the cluster runs for the duration."""
    state = SHARED if _script("status", SHARED).returncode == 0 else OWN
    started = state == OWN
    if started:
        shutil.rmtree(OWN, ignore_errors=True)
        for step in (("install",), ("start", OWN)):
            done = _script(*step)
            if done.returncode != 0:
                raise RuntimeError(f"slurm_cluster.sh {step[0]} failed: {done.stderr[-300:]}")
    env = {k: v for k, v in os.environ.items() if k != "SLURM_JWT"}
    exports = _script("env", state).stdout
    for name, value in re.findall(r"^export (\w+)=(.*)$", exports, re.MULTILINE):
        env[name] = shlex.split(value)[0]
    try:
        yield env
    finally:
        if started:
            _script("stop", OWN)
            shutil.rmtree(OWN, ignore_errors=True)


def queue_up(env: dict[str, str], jobs: int, ids: list[str]) -> None:
    """Submit sleeping jobs until `ids` holds `jobs` of them."""
    while len(ids) < jobs:
        cmd = [
            "sbatch",
            "--parsable",
            "-J",
            f"bench-{len(ids)}",
            "-o",
            "/dev/null",
            "--wrap",
            "sleep 900",
        ]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=30)
        ids.append(done.stdout.strip().split(";")[0])


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


def overhead(server: HttpServer, shim_url: str, empty: str, calls: int) -> dict:
    """Direct, through labgate and, as the floor, an empty fastmcp tool call, interleaved: the
    figure is the p50 labgate adds over the direct call, as a multiple of the floor's p50."""
    headers = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": TOKEN}
    with httpx.Client(timeout=60) as client:
        times, last = three_way(client, (shim_url + JOBS, headers), server.url, empty, calls)
    answer = last["direct"]
    out = added(times["direct"], times["labgate"], times["floor"])
    return {"jobs": len(answer.json()["jobs"]), "answer_bytes": len(answer.content), **out}


def measure(calls: int = 100) -> dict:
    if os.geteuid() != 0:
        return {"skipped": "the local Slurm cluster needs root (Debian 12)"}
    out: dict = {"what": "GET /slurm/v0.0.42/jobs/ on the real shim (squeue, Slurm 22.05)"}
    with cluster_env() as env, shim(env) as url:
        labgate_env = {"HOME": "/nonexistent", "LABGATE_SLURM_URL": url, "SLURM_JWT": TOKEN}
        labgate_env["LABGATE_SLURM_USER"] = "root"
        ids: list[str] = []
        try:
            with HttpServer(labgate_env, "--toolsets", "slurm") as server, empty_fastmcp() as empty:
                for jobs in QUEUES:
                    queue_up(env, jobs, ids)
                    out[f"queue_{jobs}"] = overhead(server, url, empty, calls)
        finally:
            if ids:
                subprocess.run(["scancel", *ids], env=env, capture_output=True, check=False)
    out["goal_added_p50_ms"] = 3.0
    out["goal_added_over_floor"] = 1.25  # on the 20-job answer (77 KB)
    return out

"""Live tests against a real single-node Slurm 22.05 cluster (tests/infra/slurm_cluster.sh).

Run with `LABGATE_LIVE_SLURM=1 pytest -m live tests/live/test_slurm_cluster.py` as root on
Debian 12. The session fixture installs the packages if needed, starts the cluster (with
slurmrestd on 127.0.0.1) and stops it afterwards unless it was already running.
`UPDATE_SLURM_SAMPLES=1` rewrites the trimmed `--json` samples in tests/infra/slurm/samples/.
"""

from __future__ import annotations

import base64
import json
import os
import re
from pathlib import Path

import httpx
import pytest

from tests.conftest import SlurmCluster

pytestmark = pytest.mark.live

INFRA = Path(__file__).resolve().parents[1] / "infra"
SAMPLES = INFRA / "slurm" / "samples"


# The session fixture `slurm_cluster` and `SlurmCluster` live in tests/conftest.py (shared
# with tests/slurm/, the Slurm tool tests).


def _save_sample(name: str, doc: dict) -> None:
    if os.environ.get("UPDATE_SLURM_SAMPLES") == "1":
        SAMPLES.mkdir(parents=True, exist_ok=True)
        (SAMPLES / name).write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _same_layout(live: dict, item: dict, sample_name: str, list_key: str) -> None:
    """`live` and its `item` have the keys of the committed 22.05 sample and its one item.

    Some keys depend on the state (squeue's `job_resources` only for running jobs), so the
    item must be in the same state as the sample's.
    """
    sample = json.loads((SAMPLES / sample_name).read_text())
    assert set(live) == set(sample)
    assert set(item) == set(sample[list_key][0])


def _trim(doc: dict, list_key: str, item: dict) -> dict:
    return {**doc, list_key: [item]}


def test_failed_batch_job_reaches_sacct(slurm_cluster: SlurmCluster, tmp_path: Path) -> None:
    out = tmp_path / "exit3.out"
    job_id = slurm_cluster.sbatch(
        "--job-name=exit3", "--wrap", "echo hello-labgate; exit 3", out=out
    )
    state, exit_code, waited = slurm_cluster.wait_done(job_id)
    print(f"submit -> terminal in sacct: {waited:.2f} s")
    assert (state, exit_code) == ("FAILED", "3:0")
    assert out.read_text() == "hello-labgate\n"

    doc = slurm_cluster.json("sacct", "-j", str(job_id))
    assert doc["meta"]["plugin"]["type"] == "openapi/dbv0.0.38"
    (job,) = doc["jobs"]
    assert job["job_id"] == job_id and job["state"]["current"] == "FAILED"
    # Slurm 22.05 defect: `sacct --json` (dbv0.0.38) reports {"status": "SUCCESS",
    # "return_code": 0} for this job although `sacct` says 3:0; a shim must not trust it.
    assert set(job["exit_code"]) == {"status", "return_code"}
    assert job["exit_code"]["return_code"] in (0, 3)
    job["steps"] = [s for s in job["steps"] if s["step"]["name"] == "batch"]
    _save_sample("sacct.dbv0.0.38.json", _trim(doc, "jobs", job))
    _same_layout(doc, job, "sacct.dbv0.0.38.json", "jobs")


def test_squeue_and_sinfo_json(slurm_cluster: SlurmCluster, tmp_path: Path) -> None:
    job_id = slurm_cluster.sbatch(
        "--job-name=sleeper", "--wrap", "sleep 30", out=tmp_path / "sleep.out"
    )
    try:
        slurm_cluster.wait_running(job_id)
        # 22.05: squeue/sinfo --json ignore every filter option (sacct --json honours them).
        doc = slurm_cluster.json("squeue", "-j", str(job_id))
        assert doc["meta"]["plugin"]["type"] == "openapi/v0.0.38"
        (job,) = [j for j in doc["jobs"] if j["job_id"] == job_id]
        assert job["partition"] == "debug" and job["job_state"] == "RUNNING"
        _save_sample("squeue.v0.0.38.json", _trim(doc, "jobs", job))
        _same_layout(doc, job, "squeue.v0.0.38.json", "jobs")
    finally:
        slurm_cluster.run("scancel", str(job_id))

    doc = slurm_cluster.json("sinfo")
    (node,) = doc["nodes"]
    assert node["cpus"] == 8 and node["gres"] == "gpu:fake:2"
    assert sorted(node["partitions"]) == ["debug", "gpu"]
    _save_sample("sinfo.v0.0.38.json", doc)
    _same_layout(doc, node, "sinfo.v0.0.38.json", "nodes")


def test_gpu_job_sees_fake_gpus(slurm_cluster: SlurmCluster, tmp_path: Path) -> None:
    cmd = "echo CVD=$CUDA_VISIBLE_DEVICES"
    one = slurm_cluster.sbatch("-p", "gpu", "--gres=gpu:1", "--wrap", cmd, out=tmp_path / "1.out")
    typed = slurm_cluster.sbatch(
        "-p", "gpu", "--gres=gpu:fake:2", "--wrap", cmd, out=tmp_path / "2.out"
    )
    assert slurm_cluster.wait_done(one)[:2] == ("COMPLETED", "0:0")
    assert slurm_cluster.wait_done(typed)[:2] == ("COMPLETED", "0:0")
    assert (tmp_path / "1.out").read_text() == "CVD=0\n"
    assert (tmp_path / "2.out").read_text() == "CVD=0,1\n"


def test_one_cpu_jobs_run_side_by_side(slurm_cluster: SlurmCluster, tmp_path: Path) -> None:
    ids = [slurm_cluster.sbatch("--wrap", "sleep 20", out=tmp_path / f"{i}.out") for i in range(4)]
    try:
        slurm_cluster.wait_running(*ids)  # 4 jobs at once on a 2-core machine (CPUs=8)
    finally:
        slurm_cluster.run("scancel", *map(str, ids))


TEST_ONLY = re.compile(
    r"sbatch: Job (?P<id>\d+) to start at (?P<start>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)"
    r" using (?P<cpus>\d+) processors on nodes (?P<nodes>\S+) in partition (?P<part>\S+)\n"
)


def test_test_only_prints_start_estimate(slurm_cluster: SlurmCluster, tmp_path: Path) -> None:
    def estimate(*args: str) -> re.Match[str]:
        res = slurm_cluster.run("sbatch", "--test-only", *args, "--wrap", "true")
        assert res.stdout == ""  # the estimate is on stderr; it uses up a job id
        match = TEST_ONLY.fullmatch(res.stderr)
        assert match, res.stderr
        return match

    now = estimate("-p", "gpu", "--gres=gpu:fake:1")
    assert (now["cpus"], now["part"]) == ("1", "gpu")

    # With both GPUs held by a job limited to 5 minutes, the estimate is that job's end.
    hog = slurm_cluster.sbatch(
        "-p", "gpu", "--gres=gpu:fake:2", "--time=5", "--wrap", "sleep 60", out=tmp_path / "hog.out"
    )
    try:
        slurm_cluster.wait_running(hog)
        end = slurm_cluster.run("squeue", "-h", "-j", str(hog), "-o", "%e").stdout.strip()
        assert estimate("-p", "gpu", "--gres=gpu:1")["start"] == end
    finally:
        slurm_cluster.run("scancel", str(hog))

    bad = slurm_cluster.run(
        "sbatch", "--test-only", "-p", "gpu", "--gres=gpu:nope:1", "--wrap", "true", check=False
    )
    assert bad.returncode == 1
    assert "Requested node configuration is not available" in bad.stderr


def test_scontrol_token(slurm_cluster: SlurmCluster) -> None:
    res = slurm_cluster.run("scontrol", "token", "username=root", "lifespan=600")
    name, _, token = res.stdout.strip().partition("=")
    assert name == "SLURM_JWT"
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    assert claims["sun"] == "root" and claims["exp"] - claims["iat"] == 600

    headers = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": token}
    with httpx.Client(base_url=slurm_cluster.restd_url, trust_env=False, timeout=10) as http:
        ping = http.get("/slurm/v0.0.38/ping", headers=headers)
        assert ping.status_code == 200 and ping.json()["pings"][0]["ping"] == "UP"
        assert http.get("/slurm/v0.0.38/ping").status_code == 401

"""Runs ↔ jobs on the real backends (LABGATE_LIVE_MLFLOW=1 LABGATE_LIVE_SLURM=1): a job submitted
with `track` logs a metric to the MLflow run labgate created (python3's urllib against MLflow's
REST API, from MLFLOW_RUN_ID and MLFLOW_TRACKING_URI: no mlflow package on the node), and the
link is followed both ways; a submission Slurm refuses leaves the run FAILED with Slurm's reason;
hostile tags on a real run are reported, never followed; `lab_overview` shows it all.

Expected values come from what the test itself did (the script, the metric it logs, Slurm's
refusal), never from labgate's code.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from contextlib import asynccontextmanager

import httpx
import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.conftest import CANARY

pytestmark = pytest.mark.live
WORKDIR = "/tmp/labgate-shim-jobs"
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT"}

SCRIPT = r"""#!/bin/bash
env | sort > env.$SLURM_JOB_ID.txt
python3 - <<'PY'
import json, os, time, urllib.request
uri, run = os.environ["MLFLOW_TRACKING_URI"], os.environ["MLFLOW_RUN_ID"]
def post(path, body):
    req = urllib.request.Request(f"{uri}/api/2.0/mlflow/{path}", data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10).read()
now = lambda: int(time.time() * 1000)
post("runs/update", {"run_id": run, "status": "RUNNING"})
for step, loss in enumerate([0.9, 0.5, 0.25]):
    post("runs/log-metric", {"run_id": run, "key": "loss", "value": loss, "timestamp": now(), "step": step})
post("runs/update", {"run_id": run, "status": "FINISHED", "end_time": now()})
PY
echo "logged to $MLFLOW_RUN_ID"
"""


@asynccontextmanager
async def labgate(mlflow_url: str, shim, **switches):
    env = {"HOME": "/nonexistent", "MLFLOW_TRACKING_URI": mlflow_url,
           # a token MLflow (no auth here) ignores: it must reach no job and no tag
           "MLFLOW_TRACKING_TOKEN": CANARY,
           "LABGATE_SLURM_URL": shim.url, "SLURM_JWT": shim.token, "LABGATE_SLURM_USER": "root"}  # fmt: skip
    os.makedirs(WORKDIR, mode=0o755, exist_ok=True)
    mcp, _ = create(load(env=env, toolsets=("mlflow", "slurm"), **switches))
    async with Client(mcp) as client:
        yield client


async def call(client, name: str, args: dict) -> dict:
    return answer(await client.call_tool(name, args))


def rest(url: str, path: str, body: dict) -> dict:
    r = httpx.post(f"{url}/api/2.0/mlflow/{path}", json=body, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()


async def test_tracked_job_logs_to_its_run_and_links_both_ways(mlflow_server, slurm_shim) -> None:
    experiment = f"lg-track-{uuid.uuid4().hex[:8]}"
    async with labgate(mlflow_server.url, slurm_shim, allow_write=True) as c:
        sub = await call(c, "slurm_submit_job", {
            "script": SCRIPT, "name": "lg-tracked", "workdir": WORKDIR, "time_limit": "5",
            "track": {"mlflow": {"experiment": experiment, "run_name": "tracked-1"}}})  # fmt: skip
        job_id = str(sub["job_id"])
        (run,) = sub["runs"]
        run_id = run["ref"].removeprefix("mlflow:")
        assert run["env"] == ["MLFLOW_EXPERIMENT_ID", "MLFLOW_RUN_ID", "MLFLOW_TRACKING_URI"]
        assert "tag_error" not in run, run

        job = await call(c, "slurm_get_job", {"job_id": job_id, "wait_s": 90})
        assert job["state"] == "COMPLETED", job
        got = await call(c, "mlflow_get_run", {"run_id": run_id})
        # what the job's own script logged and set
        assert got["status"] == "FINISHED" and got["name"] == "tracked-1"
        assert got["metrics"]["loss"] == {"value": 0.25, "step": 2}
        assert got["tags"]["labgate.slurm.job_id"] == job_id
        assert got["tags"]["labgate.slurm.cluster"] == "default"
        assert got["tags"]["labgate.job"] == f"slurm@default:{job_id}"
        assert got["tags"]["labgate.submit"].startswith("sbatch --time=5")
        assert "lg-tracked" in got["tags"]["labgate.submit"]
        env = open(f"{WORKDIR}/env.{job_id}.txt").read()
        assert f"MLFLOW_RUN_ID={run_id}\n" in env
        assert f"MLFLOW_TRACKING_URI={mlflow_server.url}\n" in env
        assert CANARY not in env and CANARY not in str(got["tags"])

        # run → job: state, node, log tail
        up = await call(c, "lab_overview", {"ref": f"mlflow:{run_id}"})
        assert up["run"]["status"] == "FINISHED"
        (linked,) = up["jobs"]
        assert linked["ref"] == f"slurm:{job_id}" and linked["via"] == "tag labgate.job"
        assert linked["state"] == "COMPLETED" and linked["nodes"]
        assert f"logged to {run_id}" in linked["log_tail"]["text"]

        # job → runs
        down = await call(c, "lab_overview", {"ref": f"slurm:{job_id}"})
        assert down["job"]["state"] == "COMPLETED"
        assert [r["ref"] for r in down["runs"]] == [f"mlflow:{run_id}"]
        assert down["runs"][0]["status"] == "FINISHED"


async def test_a_refused_submission_leaves_the_run_failed_with_the_reason(
    mlflow_server, slurm_shim
) -> None:
    experiment = f"lg-refused-{uuid.uuid4().hex[:8]}"
    async with labgate(mlflow_server.url, slurm_shim, allow_write=True) as c:
        with pytest.raises(ToolError) as err:  # more memory than the node has: sbatch refuses
            await call(c, "slurm_submit_job", {
                "script": "#!/bin/bash\ntrue\n", "workdir": WORKDIR, "memory_mb": 10**8,
                "track": {"mlflow": {"experiment": experiment, "run_name": "never-ran"}}})  # fmt: skip
        found = await call(c, "mlflow_search_runs", {
            "filter": "attributes.run_name = 'never-ran'", "fields": ["info", "data.tags"]})  # fmt: skip
        runs = [r for r in found["items"] if r["info"]["experiment_id"]]
        runs = [
            r for r in runs if any(t["key"] == "labgate.submit_error" for t in r["data"]["tags"])
        ]
        assert len(runs) >= 1
        run = runs[0]
        assert run["info"]["status"] == "FAILED" and run["info"]["end_time"]
        reason = {t["key"]: t["value"] for t in run["data"]["tags"]}["labgate.submit_error"]
        assert reason.startswith("labgate: submission failed:")
        assert "memory" in reason.lower() or "node configuration" in reason.lower(), reason
        assert str(err.value).split(":")[0] in reason

        overview = await call(c, "lab_overview", {"user": "*", "hours": 1})
        failed = {f["ref"]: f for f in overview["failed"]}
        ref = f"mlflow:{run['info']['run_id']}"
        assert ref in failed and failed[ref]["reason"].startswith("labgate: submission failed")


async def test_hostile_tags_are_reported_not_followed(mlflow_server, slurm_shim) -> None:
    exp = rest(
        mlflow_server.url, "experiments/create", {"name": f"lg-hostile-{uuid.uuid4().hex[:8]}"}
    )
    tags = [
        {"key": "labgate.job", "value": "slurm@elsewhere:42"},  # a cluster not configured here
        {"key": "labgate.slurm.job_id", "value": "1; scancel -u root"},  # not a job id
        {"key": "SLURM_JOB_ID", "value": "7" * 5000},  # huge
    ]
    run = rest(mlflow_server.url, "runs/create",
               {"experiment_id": exp["experiment_id"], "start_time": int(time.time() * 1000), "tags": tags})  # fmt: skip
    run_id = run["run"]["info"]["run_id"]
    async with labgate(mlflow_server.url, slurm_shim) as c:
        out = await call(c, "lab_overview", {"ref": f"mlflow:{run_id}"})
    jobs = {j["via"]: j for j in out["jobs"]}
    assert 'cluster "elsewhere" is not configured here' in jobs["tag labgate.job"]["error"]
    assert "not a Slurm job id" in jobs["tag labgate.slurm.job_id"]["error"]
    huge = jobs["tag SLURM_JOB_ID"]
    assert "not a Slurm job id" in huge["error"] and len(huge["job"]) < 300
    assert all("state" not in j for j in out["jobs"])  # nothing was fetched
    assert len(str(out)) < 3000


async def test_overview_of_the_real_cluster_and_tracker(mlflow_server, slurm_shim) -> None:
    async with labgate(
        mlflow_server.url, slurm_shim, allow_write=True, allow_destructive=True
    ) as c:
        submit = {"workdir": WORKDIR, "time_limit": "5"}
        running = (await call(c, "slurm_submit_job", {
            "script": "#!/bin/bash\nsleep 120\n", "name": "lg-ov-sleep", **submit}))["job_id"]  # fmt: skip
        failed = (await call(c, "slurm_submit_job", {
            "script": "#!/bin/bash\necho boom >&2\nexit 3\n", "name": "lg-ov-fail", **submit}))["job_id"]  # fmt: skip
        try:
            await call(c, "slurm_get_job", {"job_id": str(failed), "wait_s": 60})
            for _ in range(50):  # accounting catches up within a second or so
                started = time.monotonic()
                out = await call(c, "lab_overview", {"user": "*", "hours": 1})
                took = time.monotonic() - started
                refs = {f["ref"]: f for f in out["failed"]}
                if f"slurm:{failed}" in refs and f"slurm:{running}" in {
                    r["ref"] for r in out["running"]
                }:
                    break
                time.sleep(0.2)
            assert refs[f"slurm:{failed}"]["reason"] == "exited with code 3"
            assert refs[f"slurm:{failed}"]["name"] == "lg-ov-fail"
            assert "errors" not in out, out.get("errors")
            size = len(json.dumps(out))
            print(f"lab_overview: {size} B, {took * 1000:.0f} ms, totals {out['totals']}")
            assert size < 20_000
            # the ref is what the job's own tools and lab_overview(ref=...) take
            up = await call(c, "lab_overview", {"ref": f"slurm:{failed}"})
            assert up["job"]["state"] == "FAILED" and up["job"]["exit_code"] == "3:0"
        finally:
            await call(c, "slurm_cancel_job", {"job_id": str(running)})

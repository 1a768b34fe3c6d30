"""Every curated Slurm tool and `where_to_submit` through labgate's MCP server against Slurm
24.11's own slurmrestd (data_parser v0.0.42), configured as `[[slurm]] kind = "slurmrestd"`.

Live with LABGATE_LIVE_SLURMRESTD=1 (tests/conftest.py `slurm24` builds and starts the cluster),
otherwise replayed from tests/cassettes/slurmrestd. The assertions are those of
test_slurm_tools.py (the shim): the same cluster layout, submitted scripts and exit codes.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager

import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.conftest import SLURMRESTD_LIVE
from tests.slurm.test_slurm_tools import TERMINAL, call, wait_state
from tests.slurm.test_slurm_tools import submit as submit_to

pytestmark = [pytest.mark.usefixtures("slurmrestd_cassette")] + (
    [pytest.mark.live] if SLURMRESTD_LIVE else []
)
CLUSTER = "real"
# The daemon's jobs run as its user; a directory of their own, so that a slurm-<id>.out left in
# /tmp by the 22.05 cluster's job of the same id (another owner) cannot make them fail.
WORKDIR = "/tmp/labgate-restd-jobs"


async def submit(client, name: str, script: str, **resources) -> int:
    return await submit_to(client, name, script, workdir=WORKDIR, **resources)


def config(backend, tmp_path, name: str = CLUSTER) -> str:
    """A [[slurm]] table for the real daemon (the token stays in the environment)."""
    return (
        f'[[slurm]]\nname = "{name}"\nurl = "{backend.url}"\nuser = "{backend.user}"\n'
        'token_env = "SLURMRESTD_TOKEN"\nkind = "slurmrestd"\n'
    )


@asynccontextmanager
async def labgate(backend, tmp_path, extra: str = "", **switches):
    path = tmp_path / "labgate.toml"
    path.write_text(config(backend, tmp_path) + extra)
    env = {"HOME": "/nonexistent", "SLURMRESTD_TOKEN": backend.token}
    if getattr(backend, "mode", "live") != "replay":  # other live tests pass a plain namespace
        os.makedirs(WORKDIR, exist_ok=True)
        os.chmod(WORKDIR, 0o1777)  # sticky and world-writable, like /tmp
    mcp, _ = create(load(path, env=env, toolsets=("slurm",), **switches))
    async with Client(mcp) as client:
        yield client


async def test_read_tools_describe_the_test_cluster(slurmrestd_backend, tmp_path) -> None:
    async with labgate(slurmrestd_backend, tmp_path) as c:
        names = {t.name for t in await c.list_tools()}
        health = await call(c, "slurm_cluster_health", {})
        parts = {p["name"]: p for p in (await call(c, "slurm_list_partitions", {}))["partitions"]}
        nodes = await call(c, "slurm_list_nodes", {})
    assert {"slurm_list_jobs", "slurm_get_job", "slurm_list_partitions", "slurm_list_nodes",
            "slurm_cluster_health", "where_to_submit"} <= names  # fmt: skip
    assert not {"slurm_submit_job", "slurm_cancel_job"} & names  # read-only by default
    assert health["up"] is True and health["slurm"].startswith("24.11")
    assert health["controllers"][0]["pinged"] == "UP"
    assert "jobs_running" in health["scheduler"] and "diag_error" not in health
    # tests/infra/slurm24.sh: the layout of slurm_cluster.sh (debug + gpu over one node,
    # 2 fake GPUs, 8 CPUs of which each partition may use 4).
    assert set(parts) == {"debug", "gpu"}
    for p in parts.values():
        assert (p["state"], p["cpus_total"], p["gpus_total"]) == ("UP", 4, {"fake": 2})
        assert p["nodes"] == p["nodes_up"] == 1 and p["max_time_min"] is None
    (node,) = nodes["items"]
    assert node["cpus"] == 8 and node["gres"] == "gpu:fake:2"
    assert sorted(node["partitions"]) == ["debug", "gpu"]


async def test_submit_list_cancel_history(slurmrestd_backend, tmp_path) -> None:
    be = slurmrestd_backend
    async with labgate(be, tmp_path, allow_write=True, allow_destructive=True) as c:
        done = await submit(c, "lg-exit3", "#!/bin/bash\necho hello-labgate\nsleep 3\nexit 3\n")
        doomed = await submit(c, "lg-cancel", "#!/bin/bash\nsleep 300\n")
        listed = await call(c, "slurm_list_jobs", {"name": "lg-", "user": be.user})
        assert {done, doomed} <= {j["job_id"] for j in listed["items"]}, listed

        running = await wait_state(c, be, doomed, {"RUNNING"})
        assert (running["user"], running["partition"], running["cpus"]) == (be.user, "debug", 1)
        cancelled = await call(c, "slurm_cancel_job", {"job_id": str(doomed)})
        assert cancelled["cancelled"] is True

        finished = await wait_state(c, be, done, TERMINAL)
        assert (finished["state"], finished["exit_code"]) == ("FAILED", "3:0")
        assert finished["stdout"] == f"{WORKDIR}/slurm-{done}.out"
        # The output tail is a shim extension: a plain slurmrestd says so instead of failing.
        out = await call(c, "slurm_get_job", {"job_id": str(done), "output": "stdout"})
        assert "plain slurmrestd" in out["output"]["error"] and out["state"] == "FAILED"

        for _ in range(100):  # accounting catches up within a second or so
            hist = await call(c, "slurm_list_jobs", {"history": True, "name": "lg-"})
            rows = {r["job_id"]: r for r in hist["items"]}
            if (
                {done, doomed} <= set(rows)
                and rows[doomed]["state"] == "CANCELLED"
                and rows[done]["state"] == "FAILED"
            ):
                break
            await be.pause(0.2)
    assert (rows[done]["state"], rows[done]["exit_code"]) == ("FAILED", "3:0")
    assert rows[done]["user"] == be.user and rows[done]["elapsed_s"] >= 3
    assert rows[doomed]["state"] == "CANCELLED"
    assert rows[doomed]["exit_code"] != "3:0"


async def test_where_to_submit_prefers_the_free_partition(slurmrestd_backend, tmp_path) -> None:
    be = slurmrestd_backend
    async with labgate(be, tmp_path, allow_write=True, allow_destructive=True) as c:
        fill: list[int] = []
        try:
            for _ in range(4):  # debug may use 4 CPUs of the node
                script = "#!/bin/bash\nsleep 300\n"
                fill.append(await submit(c, "lg-fill", script, partition="debug", time_limit="10"))
            for job in fill:
                await wait_state(c, be, job, {"RUNNING"})
            answer = await call(c, "where_to_submit", {"cpus": 1, "time_limit": "30"})
            too_big = await call(c, "where_to_submit", {"gpus": 3})
        finally:
            for job in fill:
                await call(c, "slurm_cancel_job", {"job_id": str(job)})
    ranked = answer["ranked"]
    assert [(r["cluster"], r["partition"]) for r in ranked] == [
        (CLUSTER, p) for p in ("gpu", "debug")
    ]
    assert ranked[0]["score"] > ranked[1]["score"]
    assert "4 of 4 CPUs free" in ranked[0]["reasons"]
    assert "0 of 4 CPUs free" in ranked[1]["reasons"]
    assert any("would queue" in r for r in ranked[1]["reasons"])
    # The shares endpoint is real here: the user's fairshare factor is one of the reasons.
    assert any(r.startswith("your fairshare factor ") for r in ranked[0]["reasons"])
    assert ranked[0]["submit"] == "sbatch --partition=gpu --cpus-per-task=1 --time=30"
    assert too_big["ranked"] == [] and too_big["unreachable"] == []
    assert {r["partition"] for r in too_big["not_fitting"]} == {"debug", "gpu"}
    assert all("needs 3 GPUs, partition has 2" in r["why"] for r in too_big["not_fitting"])


async def test_submit_is_validated_before_slurm(slurmrestd_backend, tmp_path) -> None:
    async with labgate(slurmrestd_backend, tmp_path, allow_write=True) as c:
        for args, field in (
            ({"gpus": 5}, "gpus"),
            ({"partition": "nope"}, "partition"),
            ({"time_limit": "soon"}, "time_limit"),
            ({"gpus": 1, "gpu_type": "a100"}, "gpus"),
        ):
            with pytest.raises(ToolError, match=field):
                await call(c, "slurm_submit_job", {"script": "#!/bin/bash\ntrue\n", **args})


async def test_shares_through_discovery(slurmrestd_backend, tmp_path) -> None:
    async with labgate(slurmrestd_backend, tmp_path) as c:
        found = await call(c, "search_operations", {"query": "fairshare", "backend": "slurm"})
        assert "slurm_get_shares" in [o["name"] for o in found["items"]]
        shares = await call(c, "call_operation", {"name": "slurm_get_shares"})
    rows = shares["shares"]["shares"]
    mine = [r for r in rows if r["name"] == slurmrestd_backend.user and "USER" in r["type"]]
    assert len(mine) == 1 and mine[0]["parent"] == "labgate"  # slurm24.sh's association
    assert mine[0]["fairshare"]["factor"]["set"] is True


async def test_why_and_every_cluster_on_slurmrestd(slurmrestd_backend, tmp_path) -> None:
    """The same forensics from the real slurmrestd's accounting (`db_get_job`, v0.0.42), and
    the listing over it and a cluster that is down (port 9; its path keeps it out of the
    cassette)."""
    be = slurmrestd_backend
    down = '[[slurm]]\nname = "down"\nurl = "http://127.0.0.1:9/down"\ntimeout = 5\n'
    script = "#!/bin/bash\nend=$((SECONDS + 2)); while [ $SECONDS -lt $end ]; do :; done\nexit 2\n"
    async with labgate(be, tmp_path, down, allow_write=True) as c:
        job = await submit(c, "lg-why", script, cpus=2, cluster=CLUSTER)
        await wait_state(c, be, job, TERMINAL)
        for _ in range(100):  # accounting catches up within a second or so
            got = await call(
                c, "slurm_get_job", {"job_id": str(job), "why": True, "cluster": CLUSTER}
            )
            if "error" not in got["why"] and got["why"]["cpu"].get("elapsed_s"):
                break
            await be.pause(0.2)
        every = await call(c, "slurm_list_jobs", {"history": True, "name": "lg-why"})
    why = got["why"]
    assert (why["state"], why["exit_code"], why["verdict"]) == (
        "FAILED",
        "2:0",
        "exited with code 2",
    )
    assert why["cpu"]["cpus"] == 2 and why["cpu"]["elapsed_s"] >= 2
    assert 0 < why["cpu"]["efficiency_pct"] <= 100 and why["memory"]["requested_mb"] > 0
    assert "plain slurmrestd" in why["stderr"]["error"]
    assert [e["cluster"] for e in every["errors"]] == ["down"]
    assert (CLUSTER, job) in {(r["cluster"], r["job_id"]) for r in every["items"]}


async def test_team_usage_pending_files_and_bulk_cancel(slurmrestd_backend, tmp_path) -> None:
    """The shim's test (test_slurm_tools.py) against the real slurmrestd: its own DELETE /jobs,
    its expanded log paths, its queue's priorities and start times."""
    from tests.slurm.test_slurm_tools import check_team, team_scenario

    be = slurmrestd_backend

    async def submit_array(c) -> int:
        # slurmrestd reads no #SBATCH lines: the array goes in the job description
        job = {"script": "#!/bin/bash\nsleep 5\n", "name": "lg-tarr", "array": "0-2",
               "partition": "debug", "current_working_directory": WORKDIR,
               "standard_output": f"{WORKDIR}/lg-tarr-%A_%a.out",
               "standard_error": f"{WORKDIR}/lg-tarr-%A_%a.err",
               "environment": ["PATH=/usr/bin:/bin"]}  # fmt: skip
        got = await call(
            c, "call_operation", {"name": "slurm_submit_job_raw", "arguments": {"job": job}}
        )
        return got["job_id"]

    async with labgate(be, tmp_path, allow_write=True, allow_destructive=True) as c:
        got = await team_scenario(c, be, be.user, WORKDIR, submit_array)
    check_team(got, be.user, WORKDIR)

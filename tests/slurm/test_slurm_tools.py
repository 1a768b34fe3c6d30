"""Every Slurm tool through labgate's MCP server against the shim on a real Slurm cluster.

Live with LABGATE_LIVE_SLURM=1 (tests/conftest.py starts the cluster and the shim), otherwise
replayed from tests/cassettes/slurm (conftest.py here). Expected values come from what the
test itself submitted (scripts, exit codes, resources of the test cluster), never from
labgate's code.
"""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager

import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.conftest import SLURM_LIVE

pytestmark = [pytest.mark.usefixtures("slurm_cassette")] + (
    [pytest.mark.live] if SLURM_LIVE else []
)

# Fixed so that replayed request bodies match the recorded ones; not /tmp itself, where the
# Slurm 24.11 cluster's jobs (another user) leave slurm-<id>.out files under the same ids,
# which the shim then rightly refuses to serve as not the job user's.
WORKDIR = "/tmp/labgate-shim-jobs"
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT"}


@asynccontextmanager
async def labgate(backend, **switches):
    env = {"HOME": "/nonexistent", "LABGATE_SLURM_URL": backend.url,
           "SLURM_JWT": backend.token, "LABGATE_SLURM_USER": "root"}  # fmt: skip
    if backend.mode != "replay":
        os.makedirs(WORKDIR, mode=0o755, exist_ok=True)
    mcp, _ = create(load(env=env, toolsets=("slurm",), **switches))
    async with Client(mcp) as client:
        yield client


async def call(client, name: str, args: dict) -> dict:
    return answer(await client.call_tool(name, args))


async def submit(client, name: str, script: str, **resources) -> int:
    body = {"script": script, "name": name, "workdir": WORKDIR, **resources}
    return (await call(client, "slurm_submit_job", body))["job_id"]


async def wait_state(client, backend, job_id: int, states: set[str], tries: int = 150) -> dict:
    for _ in range(tries):
        job = await call(client, "slurm_get_job", {"job_id": str(job_id)})
        if job.get("state") in states:
            return job
        await backend.pause(0.2)
    raise AssertionError(f"job {job_id} never reached {states}: {job}")


async def test_read_tools_describe_the_test_cluster(slurm_backend) -> None:
    async with labgate(slurm_backend) as c:
        names = {t.name for t in await c.list_tools()}
        health = await call(c, "slurm_cluster_health", {})
        parts = {p["name"]: p for p in (await call(c, "slurm_list_partitions", {}))["partitions"]}
        nodes = await call(c, "slurm_list_nodes", {})
    assert {"slurm_list_jobs", "slurm_get_job", "slurm_list_partitions", "slurm_list_nodes",
            "slurm_cluster_health", "where_to_submit"} <= names  # fmt: skip
    assert not {"slurm_submit_job", "slurm_cancel_job"} & names  # read-only by default
    assert health["up"] is True and health["slurm"].startswith("22.05")
    # tests/infra/slurm_cluster.sh: partitions debug + gpu over one node, 2 fake GPUs,
    # 8 CPUs of which each partition may use 4 (MaxCPUsPerNode=4).
    assert set(parts) == {"debug", "gpu"}
    for p in parts.values():
        assert (p["state"], p["cpus_total"], p["gpus_total"]) == ("UP", 4, {"fake": 2})
    (node,) = nodes["items"]
    assert node["cpus"] == 8 and node["gres"] == "gpu:fake:2"
    assert sorted(node["partitions"]) == ["debug", "gpu"]


async def test_submit_list_output_cancel_history(slurm_backend) -> None:
    async with labgate(slurm_backend, allow_write=True, allow_destructive=True) as c:
        done = await submit(c, "lg-exit3", "#!/bin/bash\necho hello-labgate\nsleep 3\nexit 3\n")
        doomed = await submit(c, "lg-cancel", "#!/bin/bash\nsleep 300\n")
        listed = await call(c, "slurm_list_jobs", {"name": "lg-", "user": "root"})
        ids = {j["job_id"] for j in listed["items"]}
        assert {done, doomed} <= ids, listed

        await wait_state(c, slurm_backend, doomed, {"RUNNING"})
        cancelled = await call(c, "slurm_cancel_job", {"job_id": str(doomed)})
        assert cancelled["cancelled"] is True

        finished = await wait_state(c, slurm_backend, done, TERMINAL)
        assert (finished["state"], finished["exit_code"]) == ("FAILED", "3:0")
        out = await call(c, "slurm_get_job", {"job_id": str(done), "output": "stdout"})
        assert out["output"]["text"] == "hello-labgate\n"
        assert out["output"]["path"] == f"{WORKDIR}/slurm-{done}.out"

        for _ in range(100):  # accounting catches up within a second or so
            hist = await call(c, "slurm_list_jobs", {"history": True, "name": "lg-"})
            rows = {r["job_id"]: r for r in hist["items"]}
            if (
                {done, doomed} <= set(rows)
                and rows[doomed]["state"] == "CANCELLED"
                and rows[done]["state"] == "FAILED"
            ):
                break
            await slurm_backend.pause(0.2)
    assert (rows[done]["state"], rows[done]["exit_code"]) == ("FAILED", "3:0")
    assert rows[doomed]["state"] == "CANCELLED"
    assert rows[doomed]["exit_code"] != "3:0"


async def test_where_to_submit_prefers_the_free_partition(slurm_backend) -> None:
    async with labgate(slurm_backend, allow_write=True, allow_destructive=True) as c:
        fill = [await submit(c, "lg-fill", "#!/bin/bash\nsleep 300\n", partition="debug", time_limit="10")
                for _ in range(4)]  # fmt: skip  # debug may use 4 CPUs of the node
        try:
            for job in fill:
                await wait_state(c, slurm_backend, job, {"RUNNING"})
            answer = await call(c, "where_to_submit", {"cpus": 1, "time_limit": "30"})
            too_big = await call(c, "where_to_submit", {"gpus": 3})
        finally:
            for job in fill:
                await call(c, "slurm_cancel_job", {"job_id": str(job)})
    print("where_to_submit(cpus=1) with debug full:", json.dumps(answer, indent=1))
    print("where_to_submit(gpus=3):", json.dumps(too_big, indent=1))
    ranked = answer["ranked"]
    assert [r["partition"] for r in ranked] == ["gpu", "debug"]
    assert ranked[0]["score"] > ranked[1]["score"]
    assert "4 of 4 CPUs free" in ranked[0]["reasons"]
    assert "0 of 4 CPUs free" in ranked[1]["reasons"]
    assert any("would queue" in r for r in ranked[1]["reasons"])
    assert ranked[0]["submit"] == "sbatch --partition=gpu --cpus-per-task=1 --time=30"
    assert answer["answer"].startswith('Submit to "gpu" on default')
    assert too_big["ranked"] == [] and too_big["unreachable"] == []
    assert too_big["answer"].startswith("Nothing fits")
    assert {r["partition"] for r in too_big["not_fitting"]} == {"debug", "gpu"}
    assert all("needs 3 GPUs, partition has 2" in r["why"] for r in too_big["not_fitting"])


async def test_submit_is_validated_before_slurm(slurm_backend) -> None:
    async with labgate(slurm_backend, allow_write=True) as c:
        for args, field in (
            ({"gpus": 5}, "gpus"),
            ({"partition": "nope"}, "partition"),
            ({"time_limit": "soon"}, "time_limit"),
            ({"gpus": 1, "gpu_type": "a100"}, "gpus"),
        ):
            with pytest.raises(ToolError, match=field):
                await call(c, "slurm_submit_job", {"script": "#!/bin/bash\ntrue\n", **args})
        with pytest.raises(ToolError, match="script"):
            await call(c, "slurm_submit_job", {"script": "echo no shebang"})
        with pytest.raises(ToolError, match="job_id"):
            await call(c, "slurm_get_job", {"job_id": "../1"})


@asynccontextmanager
async def clusters(backend, tmp_path, **switches):
    """Two names for the test cluster (`a`, `b`) and one that is down (`down`: nothing listens
    on port 9; the path prefix keeps its requests out of the replayed cassette)."""
    conf = tmp_path / "labgate.toml"
    table = (
        '[[slurm]]\nname = "{}"\nurl = "{}"\nuser = "root"\ntoken_env = "SHIM_TOKEN"\ntimeout = 5\n'
    )
    conf.write_text(table.format("a", backend.url) + table.format("b", backend.url)
                    + table.format("down", "http://127.0.0.1:9/down"))  # fmt: skip
    env = {"HOME": "/nonexistent", "SHIM_TOKEN": backend.token}
    if backend.mode != "replay":
        os.makedirs(WORKDIR, mode=0o755, exist_ok=True)
    mcp, _ = create(load(conf, env=env, toolsets=("slurm",), **switches))
    async with Client(mcp) as client:
        yield client


async def test_list_jobs_spans_every_cluster(slurm_backend, tmp_path) -> None:
    async with clusters(slurm_backend, tmp_path, allow_write=True, allow_destructive=True) as c:
        job = await call(c, "slurm_submit_job", {"script": "#!/bin/bash\nsleep 60\n",
                                                 "name": "lg-multi", "workdir": WORKDIR,
                                                 "cluster": "a"})  # fmt: skip
        job_id = job["job_id"]
        try:
            every = await call(c, "slurm_list_jobs", {"name": "lg-multi"})
            one = await call(c, "slurm_list_jobs", {"name": "lg-multi", "cluster": "b"})
            usage = await call(c, "slurm_list_jobs", {"name": "lg-multi", "usage": True})
            with pytest.raises(ToolError, match="down"):
                await call(c, "slurm_list_jobs", {"cluster": "down"})
            with pytest.raises(ToolError, match="cluster"):
                await call(c, "slurm_list_jobs", {"cluster": "nope"})
        finally:
            await call(c, "slurm_cancel_job", {"job_id": str(job_id), "cluster": "a"})
        for _ in range(100):  # accounting has the cancelled job within a second or so
            hist = await call(c, "slurm_list_jobs", {"history": True, "name": "lg-multi"})
            if {(r["cluster"], r["state"]) for r in hist["items"] if r["job_id"] == job_id} == {
                ("a", "CANCELLED"), ("b", "CANCELLED")}:  # fmt: skip
                break
            await slurm_backend.pause(0.2)
    # the same cluster under two names: the job once per name, the down one as an error
    assert {(r["cluster"], r["job_id"]) for r in every["items"]} >= {("a", job_id), ("b", job_id)}
    assert [e["cluster"] for e in every["errors"]] == ["down"]
    assert {r["cluster"] for r in one["items"]} == {"b"} and "errors" not in one
    assert job_id in {r["job_id"] for r in one["items"]}
    assert [e["cluster"] for e in hist["errors"]] == ["down"]
    # usage of every cluster at once: one row per cluster and user, the down one an error
    assert [e["cluster"] for e in usage["errors"]] == ["down"]
    rows = {(r["cluster"], r["user"]): r for r in usage["by_user"]}
    assert set(rows) == {("a", "root"), ("b", "root")}
    assert all(r.get("running_jobs", 0) + r.get("pending_jobs", 0) == 1 for r in rows.values())
    assert usage["totals"]["running_jobs"] + usage["totals"]["pending_jobs"] == 2
    assert {(r["cluster"], r["state"]) for r in hist["items"] if r["job_id"] == job_id} == {
        ("a", "CANCELLED"), ("b", "CANCELLED")}  # fmt: skip


WHY_SCRIPT = """#!/bin/bash
big=$(head -c 80000000 /dev/zero | tr '\\0' a)
end=$((SECONDS + 3)); while [ $SECONDS -lt $end ]; do :; done
sleep 31  # holding the 80 MB over one accounting sample (JobAcctGatherFrequency=30)
echo "step 1 done"
echo "Traceback (most recent call last):" >&2
echo '  File "train.py", line 9, in <module>' >&2
echo "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB" >&2
exit 1
"""


async def test_why_a_job_ended(slurm_backend) -> None:
    async with labgate(slurm_backend, allow_write=True) as c:
        failed = await submit(c, "lg-why", WHY_SCRIPT, gpus=1, memory_mb=600, cpus=2)
        segv = await submit(c, "lg-segv", "#!/bin/bash\necho about to crash >&2\nkill -SEGV $$\n")
        for job in (segv, failed):  # the first runs ~35 s
            await wait_state(c, slurm_backend, job, TERMINAL, tries=400)
        for _ in range(100):  # accounting catches up within a second or so
            why = (await call(c, "slurm_get_job", {"job_id": str(failed), "why": True}))["why"]
            crash = (await call(c, "slurm_get_job", {"job_id": str(segv), "why": True}))["why"]
            if "error" not in why and "error" not in crash:
                break
            await slurm_backend.pause(0.2)
    print("why:", json.dumps(why, indent=1), json.dumps(crash, indent=1))
    assert (why["state"], why["exit_code"]) == ("FAILED", "1:0")
    assert why["verdict"].startswith("exited with code 1") and "CUDA ran out" in why["verdict"]
    assert why["gpus"] == 1 and why["cpu"]["cpus"] == 2
    assert why["memory"]["requested_mb"] == 600
    # the script held 80 MB in a shell variable and spun one of its 2 CPUs for 3 s of ~35
    assert 70 <= why["memory"]["peak_mb"] <= 600 and why["memory"]["peak_pct"] < 100
    assert why["cpu"]["elapsed_s"] >= 34 and why["cpu"]["cpu_time_s"] >= 1
    assert 1 <= why["cpu"]["efficiency_pct"] <= 20
    found = {f["kind"]: f["text"] for f in why["stderr"]["found"]}
    assert found == {"python_traceback": "torch.OutOfMemoryError: CUDA out of memory. "
                     "Tried to allocate 2.00 GiB", "cuda_oom": "torch.OutOfMemoryError: CUDA out "
                     "of memory. Tried to allocate 2.00 GiB"}  # fmt: skip
    assert why["stderr"]["last_lines"][-1].startswith("torch.OutOfMemoryError")
    assert crash["verdict"] == "was killed by SIGSEGV" and crash["signal"] == "SIGSEGV"
    assert crash["stderr"]["last_lines"] == ["about to crash"]


async def test_output_by_line_offset_and_pattern(slurm_backend) -> None:
    script = ('#!/bin/bash\nfor i in $(seq 1 3000); do echo "row $i value=$((i * 7))"; done\n'
              'echo "fatal: disk full" >&2\n')  # fmt: skip
    async with labgate(slurm_backend, allow_write=True) as c:
        job = await submit(c, "lg-logs", script)
        await wait_state(c, slurm_backend, job, TERMINAL)
        read = lambda **kw: call(c, "slurm_get_job", {"job_id": str(job), "output": "stdout", **kw})
        at = (await read(line=1000, tail_bytes=200))["output"]
        more = (await read(line=1000, tail_bytes=200, cursor=at["next_cursor"]))["output"]
        hits = (await read(grep="ROW 29*=2*3", tail_bytes=300))["output"]
        rest = (await read(grep="ROW 29*=2*3", tail_bytes=300, cursor=hits["next_cursor"]))[
            "output"
        ]
        tail_at = (await read(offset=at["size"] - 40))["output"]
        with pytest.raises(ToolError, match="output"):
            await call(c, "slurm_get_job", {"job_id": str(job), "grep": "row"})
        with pytest.raises(ToolError, match="grep"):
            await read(grep="x" * 201)
        with pytest.raises(ToolError, match="cursor"):
            await read(cursor="bm90LWEtY3Vyc29y")
    lines = at["text"].split("\n")
    assert at["first_line"] == 1000 and lines[0] == "row 1000 value=7000"
    assert len(at["text"].encode()) <= 200 and at["path"] == f"{WORKDIR}/slurm-{job}.out"
    assert more["text"].split("\n")[0] == f"row {1000 + len(lines)} value={(1000 + len(lines)) * 7}"
    want = [[i, f"row {i} value={i * 7}"] for i in range(1, 3001)
            if str(i).startswith("29") and str(i * 7)[0] == "2" and "3" in str(i * 7)[1:]]  # fmt: skip
    assert hits["matches"] + rest["matches"] == want[: len(hits["matches"] + rest["matches"])]
    assert len(hits["matches"]) >= 3
    # stderr goes to the same slurm-<id>.out; 40 bytes from the end start mid-line
    assert tail_at["text"] == "3\nrow 3000 value=21000\nfatal: disk full"
    assert "first_line" not in tail_at and tail_at["next_cursor"] is None


# -- the team's usage, pending jobs explained, array log files, bulk cancel -------------------
async def team_scenario(c, be, user: str, workdir: str, submit_array) -> dict:
    """One sequence for the shim and the real slurmrestd: a finished GPU job (accounting),
    debug filled by 4 one-CPU jobs, a 3-task array and a GPU job pending behind them; then
    usage now and over a day, the pending job explained, the array's log files, and the
    pending array and the rest cancelled in bulk. Returns every answer for the assertions."""
    got: dict = {}
    gpu = await submit_to_dir(c, workdir, "lg-tgpu", "#!/bin/bash\nsleep 2\n", gpus=1, cpus=2)
    await wait_state(c, be, gpu, TERMINAL)
    fill = [await submit_to_dir(c, workdir, "lg-tfill", "#!/bin/bash\nsleep 300\n",
                                partition="debug", time_limit="10") for _ in range(4)]  # fmt: skip
    try:
        for job in fill:
            await wait_state(c, be, job, {"RUNNING"})
        array = await submit_array(c)
        pend = await submit_to_dir(c, workdir, "lg-tpend", "#!/bin/bash\nsleep 5\n",
                                   partition="debug", gpus=1)  # fmt: skip
        got["ids"] = {"gpu": gpu, "fill": fill, "array": array, "pend": pend}
        for _ in range(60):  # the backfill scheduler estimates a start within ~30 s
            got["pending"] = await call(c, "slurm_get_job", {"job_id": str(pend)})
            if (got["pending"].get("pending") or {}).get("start_estimate"):
                break
            await be.pause(1)
        got["files"] = await call(c, "slurm_get_job", {"job_id": str(array), "output": "files"})
        got["now"] = await call(c, "slurm_list_jobs", {"usage": True, "name": "lg-t", "user": user})
        got["hostile"] = await call(c, "slurm_cancel_job", {"name": "$(touch /tmp/lg-pwned)"})
        got["hostile_usage"] = await call(c, "slurm_list_jobs",
                                          {"usage": True, "name": "$(touch /tmp/lg-pwned)"})  # fmt: skip
        try:  # the shim refuses the value (400); slurmrestd may answer nothing for it
            got["hostile_history"] = await call(c, "slurm_list_jobs", {"usage": True, "history": True,
                                                "user": "$(touch /tmp/lg-pwned)"})  # fmt: skip
        except ToolError as exc:
            got["hostile_history"] = {"error": str(exc)}
        got["by_filter"] = await call(c, "slurm_cancel_job",
                                      {"name": "lg-tarr", "state": "PENDING", "user": user})  # fmt: skip
        got["by_ids"] = await call(c, "slurm_cancel_job",
                                   {"job_ids": [*map(str, fill), str(pend), "99999999"]})  # fmt: skip
        fill = []
    finally:
        if fill:
            await call(c, "slurm_cancel_job", {"job_ids": [str(j) for j in fill]})
    for _ in range(100):  # accounting has the GPU job within a second or so
        got["history"] = await call(c, "slurm_list_jobs", {"usage": True, "history": True,
                                                           "days": 1, "name": "lg-tgpu"})  # fmt: skip
        if got["history"]["totals"]["gpu_hours"]:
            break
        await be.pause(0.2)
    for args, field in (({}, "job_id"), ({"job_ids": []}, "job_ids"),
                        ({"job_ids": ["1"] * 1001}, "job_ids"), ({"job_ids": ["1;id"]}, "job_ids"),
                        ({"state": "BOGUS"}, "state"), ({"job_id": "1", "name": "x"}, "name"),
                        ({"job_ids": ["1"], "user": "x"}, "user"), ({"name": "x" * 201}, "name"),
                        ({"user": ""}, "user")):  # fmt: skip
        with pytest.raises(ToolError, match=f"`{field}"):
            await call(c, "slurm_cancel_job", args)
    for args, field in (  # usage bounds
        ({"days": 0}, "days"),
        ({"days": 367}, "days"),
        ({"max_items": 0}, "max_items"),
    ):
        with pytest.raises(ToolError, match=field):
            await call(c, "slurm_list_jobs", {"usage": True, **args})
    with pytest.raises(ToolError, match="output"):
        await call(c, "slurm_get_job", {"job_id": str(gpu), "output": "files", "grep": "x"})
    return got


async def submit_to_dir(client, workdir: str, name: str, script: str, **resources) -> int:
    body = {"script": script, "name": name, "workdir": workdir, **resources}
    return (await call(client, "slurm_submit_job", body))["job_id"]


def check_team(got: dict, user: str, workdir: str) -> None:
    ids = got["ids"]
    pending = got["pending"]
    assert pending["state"] == "PENDING", pending
    why = pending["pending"]
    # behind the array submitted before it (Slurm's priority/basic: first come, first served)
    assert why["reason"] in ("Priority", "Resources", "None") and why["reason_words"]
    assert why["position"] == why["pending_in_partition"] >= 2 and why["partition"] == "debug"
    # squeue --start's estimate once the backfill scheduler has placed it (polled up to 60 s)
    assert why["start_estimate"] > 0 and why["start_in_min"] >= 0 and "note" not in why
    files = got["files"]["output"]["files"]
    a = ids["array"]
    assert [(f["task"], f["stdout"]) for f in files] == [
        (t, f"{workdir}/lg-tarr-{a}_{t}.out") for t in range(3)]  # fmt: skip
    assert all(f["stderr"] == f"{workdir}/lg-tarr-{a}_{f['task']}.err" for f in files)
    now = got["now"]
    (me,) = now["by_user"]
    assert me == {"user": user, "running_cpus": 4, "running_jobs": 4, "pending_gpus": 1,
                  "pending_cpus": 4, "pending_jobs": 4}  # fmt: skip
    assert now["totals"] == {"running_gpus": 0, "pending_gpus": 1, "running_cpus": 4,
                             "pending_cpus": 4, "running_jobs": 4, "pending_jobs": 4}  # fmt: skip
    assert len(now["by_account"]) == 1 and now["by_account"][0]["running_cpus"] == 4
    assert got["hostile"] == {"matched": 0, "cancelled": [], "refused": [],
                              "filter": {"name": "$(touch /tmp/lg-pwned)"}}  # fmt: skip
    assert got["hostile_usage"]["by_user"] == [] and not any(
        got["hostile_usage"]["totals"].values()
    )
    hh = got["hostile_history"]
    assert "user" in hh.get("error", "user") and not any((hh.get("totals") or {}).values())
    assert not os.path.exists("/tmp/lg-pwned")
    assert got["by_filter"]["cancelled"] == [f"{a}_[0-2]"] and got["by_filter"]["refused"] == []
    by_ids = got["by_ids"]
    assert by_ids["cancelled"] == [*map(str, ids["fill"]), str(ids["pend"])]
    assert by_ids["refused"] == [{"job_id": "99999999", "error": '"Invalid job id specified"'}]
    hist = got["history"]
    (row,) = hist["by_user"]
    # each lg-tgpu job (this run's and earlier runs' within the day) held 1 GPU and 2 CPUs for
    # the ~2 s it ran: twice as many CPU-hours as GPU-hours (rounded to 0.0001 h)
    assert row["user"] == user and row["jobs"] >= 1 and hist["days"] == 1
    t = hist["totals"]
    assert 0 < t["gpu_hours"] <= 0.002 * row["jobs"] and t["jobs"] == row["jobs"]
    assert abs(t["cpu_hours"] - 2 * t["gpu_hours"]) <= 0.0002 * row["jobs"]


async def test_team_usage_pending_files_and_bulk_cancel(slurm_backend) -> None:
    async def submit_array(c) -> int:
        script = ("#!/bin/bash\n#SBATCH --array=0-2\n"
                  f"#SBATCH --output={WORKDIR}/lg-tarr-%A_%a.out\n"
                  f"#SBATCH --error={WORKDIR}/lg-tarr-%A_%a.err\nsleep 5\n")  # fmt: skip
        return await submit(c, "lg-tarr", script, partition="debug")

    async with labgate(slurm_backend, allow_write=True, allow_destructive=True) as c:
        got = await team_scenario(c, slurm_backend, "root", WORKDIR, submit_array)
    print("team:", json.dumps(got, indent=1))
    check_team(got, "root", WORKDIR)
    assert not os.path.exists("/tmp/lg-pwned")

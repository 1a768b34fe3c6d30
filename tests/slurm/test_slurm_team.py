"""Team usage, pending jobs explained and array log files, without a cluster: the readers of
queue and accounting records (v0.0.42 shapes, as the shim and slurmrestd answer). The live
tests are test_team_usage_pending_files_and_bulk_cancel in test_slurm_tools.py (shim, 22.05)
and test_slurmrestd_tools.py (slurmrestd 24.11)."""

from __future__ import annotations

import time

import pytest
from labgate_overrides.slurm_tools import (
    array_size,
    cancel_match,
    expand,
    history_usage,
    log_files,
    pending_place,
    queue_usage,
    reason_words,
    task_ids,
    usage_tables,
)

from labgate.shim.handlers import kill_target


def nv(n, set_=True):
    return {"set": set_, "infinite": False, "number": n}


def qjob(job_id, state="PENDING", user="ann", account="ml", cpus=1, tres="cpu=1", prio=10,
         submit=0, partition="gpu", start=0, array=0, task=None, tasks="", reason="Priority",
         out="", err=""):  # fmt: skip
    return {"job_id": job_id, "job_state": [state], "user_name": user, "account": account,
            "cpus": nv(cpus), "tres_req_str": tres, "tres_alloc_str": tres if state == "RUNNING" else "",
            "priority": nv(prio), "submit_time": nv(submit), "partition": partition,
            "start_time": nv(start), "array_job_id": nv(array), "array_task_id": nv(task or 0, task is not None),
            "array_task_string": tasks, "state_reason": reason, "name": "train",
            "standard_output": out, "standard_error": err, "current_working_directory": "/w"}  # fmt: skip


@pytest.mark.parametrize(("tasks", "n"), [("", 1), ("0-9", 10), ("0-9:2,15%4", 6), ("7", 1),
                                          ("5-1", 1), ("0-4294967294", 4294967295), ("x-y", 1)])  # fmt: skip
def test_array_size_counts_without_expanding(tasks, n) -> None:
    t0 = time.perf_counter()
    assert array_size(tasks) == n
    assert time.perf_counter() - t0 < 0.1


def test_usage_now_per_user_and_account_sorted_capped_with_totals() -> None:
    jobs = [qjob(1, "RUNNING", tres="cpu=8,gres/gpu=4", cpus=8),
            qjob(2, "PENDING", user="bob", account="cv", tres="cpu=2,gres/gpu:a100=2", cpus=2),
            qjob(3, "PENDING", user="bob", account="cv", tres="cpu=1,gres/gpu=1", tasks="0-9"),
            qjob(4, "COMPLETED", user="cy", tres="cpu=64,gres/gpu=8"),
            qjob(5, "RUNNING", user="cy", account="cv", tres="cpu=1")]  # fmt: skip
    parts = [p for j in jobs if (p := queue_usage(j))]
    keys = (
        "running_gpus",
        "pending_gpus",
        "running_cpus",
        "pending_cpus",
        "running_jobs",
        "pending_jobs",
    )
    out = usage_tables(parts, keys, rows=2)
    assert out["by_user"] == [
        {"user": "ann", "running_gpus": 4, "running_cpus": 8, "running_jobs": 1},
        {"user": "bob", "pending_gpus": 12, "pending_cpus": 12, "pending_jobs": 11},
    ]  # running GPUs first, then pending (bob's 2 + 10 array tasks)
    assert out["more_users"] == 1  # cy, capped
    assert [r["account"] for r in out["by_account"]] == ["ml", "cv"]
    assert out["totals"] == {"running_gpus": 4, "pending_gpus": 12, "running_cpus": 9,
                             "pending_cpus": 12, "running_jobs": 2, "pending_jobs": 11}  # fmt: skip


def test_history_usage_is_alloc_tres_times_the_time_inside_the_window() -> None:
    alloc = [{"type": "cpu", "count": 4}, {"type": "gres", "name": "gpu", "count": 2},
             {"type": "gres", "name": "gpu:a100", "count": 2}]  # fmt: skip
    rec = lambda start, end: {"user": "ann", "account": "ml", "tres": {"allocated": alloc},  # noqa: E731
                              "time": {"start": start, "end": end}}  # fmt: skip
    now, since = 100_000.0, 100_000.0 - 86_400
    inside = history_usage(rec(now - 3600, now - 1800), since, now)
    assert inside["gpu_hours"] == 1.0 and inside["cpu_hours"] == 2.0  # 2 GPUs x 30 min
    straddling = history_usage(rec(since - 7200, since + 3600), since, now)
    assert straddling["gpu_hours"] == 2.0  # only the hour inside the window
    running = history_usage(rec(now - 1800, 0), since, now)
    assert running["gpu_hours"] == 1.0  # still running: up to now
    assert history_usage(rec(0, 0), since, now) is None  # never started
    assert history_usage(rec(since - 10, since - 5), since, now) is None


def test_pending_reason_position_and_estimate() -> None:
    now = 1_000_000
    jobs = [qjob(1, prio=50, reason="Resources", start=now + 600), qjob(2, prio=10, submit=5),
            qjob(3, prio=10, submit=1, reason="QOSMaxGRESPerUser"), qjob(4, "RUNNING"),
            qjob(5, prio=99, partition="cpu"), qjob(6, prio=1, partition="cpu,gpu")]  # fmt: skip
    first = pending_place("1", jobs, now)
    assert (first["position"], first["pending_in_partition"]) == (1, 4)
    assert first["start_estimate"] == now + 600 and first["start_in_min"] == 10
    assert "next in line" in first["reason_words"]
    second = pending_place("2", jobs, now)  # same priority as 3, submitted later
    assert second["position"] == 3 and second["start_estimate"] is None
    assert "no start estimate" in second["note"]
    assert "per-user/job limit of its QOS" in pending_place("3", jobs, now)["reason_words"]
    assert pending_place("6", jobs, now)["pending_in_partition"] == 5  # cpu and gpu: both count
    assert pending_place("99", jobs, now) == {}


@pytest.mark.parametrize(
    ("reason", "words"),
    [("Dependency", "depends on"), ("AssocGrpGRES", "group limit of its account"),
     ("JobHeldUser", "scontrol release"), ("SomethingNew", "Slurm says SomethingNew"),
     ("PartitionTimeLimit", "MaxTime")],
)  # fmt: skip
def test_reasons_in_words(reason, words) -> None:
    assert words in reason_words(reason)


def test_array_log_files_per_task() -> None:
    out, err = "/w/%x-%A_%3a.out", "/w/%x-%A_%a.%u.err"
    jobs = [qjob(11, "RUNNING", array=10, task=0, out="/w/train-10_000.out", err="/w/x-10_0.err"),
            qjob(10, array=10, tasks="1-3%1", out=out, err=err),
            qjob(20, out="", err="")]  # fmt: skip
    files = log_files("10", jobs, "/w")["files"]
    assert [(f["task"], f["stdout"]) for f in files] == [
        (0, "/w/train-10_000.out"), (1, "/w/train-10_001.out"), (2, "/w/train-10_002.out"),
        (3, "/w/train-10_003.out")]  # fmt: skip
    assert files[2]["stderr"] == "/w/train-10_2.ann.err" and files[0]["stderr"] == "/w/x-10_0.err"
    assert log_files("10_2", jobs, "/w")["files"] == [files[2]]
    plain = log_files("20", jobs, "/w")["files"]
    assert plain == [{"job_id": "20", "state": "PENDING", "stdout": "/w/slurm-20.out"}]
    # 24.11 expands a pending array's paths with NO_VAL for the task
    restd = [qjob(30, array=30, tasks="0-1", out="/w/a-30_4294967294.out")]
    assert [f["stdout"] for f in log_files("30", restd, "/w")["files"]] == [
        "/w/a-30_0.out",
        "/w/a-30_1.out",
    ]
    big = log_files("40", [qjob(40, array=40, tasks="0-999999", out="/w/%a")], "/w")
    assert len(big["files"]) == 100 and big["more_tasks"] is True


def test_expand_leaves_unknown_fields_and_literal_percent() -> None:
    assert expand("/w/%N-%j-%%-%q.out", {"j": "5"}) == "/w/%N-5-%-%q.out"
    assert task_ids("0-4:2,9") == [0, 2, 4, 9]


def test_cancel_targets_and_filters() -> None:
    assert kill_target(qjob(7)) == "7"
    assert kill_target(qjob(11, "RUNNING", array=10, task=0)) == "10_0"
    assert kill_target(qjob(10, array=10, tasks="1-3%1")) == "10_[1-3]"
    assert kill_target(qjob(10, array=10, tasks="1-3:2")) is None  # not scancel's id form
    assert kill_target({"job_id": 5, "array_job_id": 0, "array_task_id": None}) == "5"  # 22.05
    running, done = qjob(1, "RUNNING"), qjob(2, "COMPLETED")
    assert cancel_match(running, None, None, "ann") and not cancel_match(done, None, None, "ann")
    assert not cancel_match(running, None, "PENDING", None)
    assert cancel_match(running, "train", "RUNNING", "ann") and not cancel_match(
        running, "trai", None, None
    )


def queue_ctx(jobs: list[dict]):
    """A call context of one Slurm instance whose queue holds `jobs` (20 KB byte cap)."""
    from types import SimpleNamespace

    async def call(backend, op, args, instance=None):
        return {"jobs": jobs}

    inst = SimpleNamespace(name="default", key="slurm:default")
    return SimpleNamespace(call=call, instance=lambda backend, name=None: inst,
                           once=lambda key, make: make(),
                           settings=SimpleNamespace(byte_cap=20_000, instances={"slurm": [inst]}))  # fmt: skip


async def test_usage_answer_stays_within_the_byte_cap() -> None:
    """max_items has no upper bound: a team of 5,000 users still answers within the byte cap,
    the longest table cut and the cut said."""
    from labgate_overrides.slurm_tools import usage_of

    jobs = [qjob(i, "RUNNING", user=f"user{i:05d}", tres="cpu=1,gres/gpu=1") for i in range(5000)]
    ctx = queue_ctx(jobs)
    out = await usage_of(ctx, None, False, 7, 5000, None, None, None)
    import orjson

    assert len(orjson.dumps(out)) <= 20_000 and out["truncated"] is True
    assert out["totals"]["running_gpus"] == 5000 and "cut to" in out["note"]


def db_task(job_id, task, expanded, state="COMPLETED"):
    """A record as Slurm 24.11's accounting gives it (sacct --json=v0.0.42 -j 228, trimmed)."""
    return {"job_id": job_id, "name": "arr", "user": "labgate-user", "nodes": "vm",
            "array": {"job_id": 228, "task_id": nv(task or 0, task is not None), "task": ""},
            "stdout": "/tmp/labgate-restd-jobs/arr-%A_%a.out", "stdout_expanded": expanded,
            "stderr": "", "stderr_expanded": "", "state": {"current": [state], "reason": "None"}}  # fmt: skip


async def test_log_files_of_a_job_gone_from_the_queue_come_from_accounting() -> None:
    from types import SimpleNamespace

    from labgate_overrides.slurm_tools import files_of

    db = {"228": [db_task(229, 0, "/tmp/labgate-restd-jobs/arr-228_0.out"),
                  db_task(230, 1, "/tmp/labgate-restd-jobs/arr-228_1.out", "CANCELLED"),
                  db_task(228, None, "/tmp/labgate-restd-jobs/arr-228_4294967294.out", "CANCELLED")],
          "7": [{"job_id": 7, "state": {"current": ["FAILED"]}}]}  # 22.05's sacct: no paths  # fmt: skip
    seen = []

    async def call(backend, op, args, instance=None):
        seen.append((op, args))
        return {"jobs": db[args["job_id"].split("_")[0]]}

    ctx = SimpleNamespace(call=call)
    got = await files_of(ctx, "228", None, [], None)
    assert got == {"files": [
        {"job_id": "228_0", "state": "COMPLETED", "stdout": "/tmp/labgate-restd-jobs/arr-228_0.out", "task": 0},
        {"job_id": "228_1", "state": "CANCELLED", "stdout": "/tmp/labgate-restd-jobs/arr-228_1.out", "task": 1}]}  # fmt: skip
    assert [f["task"] for f in (await files_of(ctx, "228_1", None, [], None))["files"]] == [1]
    old = await files_of(ctx, "7", None, [], None)
    assert old["files"] == [] and "accounting does not record log paths" in old["error"]
    assert seen[0] == ("db_get_job", {"job_id": "228"})
    # without stdout_expanded (a pattern only), the pattern is expanded for the task
    db["228"][0]["stdout_expanded"] = ""
    assert (await files_of(ctx, "228", None, [], None))["files"][0]["stdout"] == (
        "/tmp/labgate-restd-jobs/arr-228_0.out"
    )


async def test_user_star_means_everyone_as_in_lab_overview() -> None:
    """user="*" (lab_overview's "the team") matched a user literally named "*": 0 rows, which
    an agent would read as an empty queue."""
    from labgate_overrides.slurm_tools import list_jobs

    jobs = [qjob(1, "RUNNING", user="ann"), qjob(2, "PENDING", user="bob")]
    ctx = queue_ctx(jobs)
    everyone = await list_jobs(ctx, user="*")
    assert everyone["total"] == 2 and {r["user"] for r in everyone["items"]} == {"ann", "bob"}
    assert (await list_jobs(ctx, user="bob"))["total"] == 1
    usage = await list_jobs(ctx, user="*", usage=True)
    assert usage["totals"]["running_jobs"] == 1 and usage["totals"]["pending_jobs"] == 1

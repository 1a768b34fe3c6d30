"""Slurm composites: jobs (queue or accounting history), one job with its output tail,
partitions with free CPUs/GPUs, cluster health, submit. Every tool takes `cluster` (the
`name` of a `[[slurm]]` table; default the first). Works against slurmrestd (v0.0.42) or
labgate's shim; the output tail needs the shim (`kind = "shim"`, or tried when unset)."""

from __future__ import annotations

import asyncio
import re
import shlex
import signal
import time
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from labgate_overrides.composites import tracking
from labgate_overrides.composites.where_to_submit import minutes as minutes_of
from pydantic import Field

from labgate.composite import tool
from labgate.envelope import cap_document, decode_cursor, encode_cursor, envelope
from labgate.errors import ArgumentError, BackendError, LabgateError, quoted
from labgate.shim.handlers import kill_target
from labgate.shim.jobenv import name_problem as env_name_problem

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "db_get_job",
    "db_get_jobs",
    "delete_job",
    "delete_jobs",
    "get_diag",
    "get_job",
    "get_jobs",
    "get_nodes",
    "get_partitions",
    "get_ping",
    "get_shares",
    "submit_job",
)
EXTENSIONS = ("get_job_output",)  # labgate slurm-shim's own paths (generated/slurm_shim)

Cluster = str | None  # a [[slurm]] name; default the first
Track = tracking.Target  # {"mlflow": {"experiment": ..., "run_name": ...}}: see composites/tracking
JobId = Annotated[str, Field(pattern=r"^[0-9]{1,12}(_[0-9]{1,9})?$", max_length=24)]
Fields = list[str] | None
BAD_NODE_STATES = {
    "DOWN",
    "DRAIN",
    "FAIL",
    "INVALID",
    "NOT_RESPONDING",
    "POWERED_DOWN",
    "MAINTENANCE",
    "RESERVED",
}
_GRES = re.compile(r"gpu(?::(?P<type>[^:(,]+))?:(?P<n>\d+)")
_TRES_GPU = re.compile(r"gres/gpu(?::(?P<type>[^=,]+))?=(?P<n>\d+)")


# -- small readers of v0.0.42 shapes ------------------------------------------------------
def num(value: Any) -> int | float | None:
    """A v0.0.42 no_val struct (or a plain number) → number; unset → None; infinite → inf."""
    if isinstance(value, dict):
        if value.get("infinite"):
            return float("inf")
        return value.get("number") if value.get("set") else None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def gpus_by_type(gres: str | None) -> dict[str, int]:
    """`gpu:a100:4(S:0-1),gpu:2` → {"a100": 4, "any": 2}."""
    out: dict[str, int] = {}
    for m in _GRES.finditer(gres or ""):
        kind = m["type"] if m["type"] and not m["type"].isdigit() else "any"
        out[kind] = out.get(kind, 0) + int(m["n"])
    return out


def tres_gpus(tres: str | None) -> int:
    """GPUs asked for in a TRES string such as `cpu=2,gres/gpu=1` (typed entries not doubled)."""
    found = {m["type"] or "": int(m["n"]) for m in _TRES_GPU.finditer(tres or "")}
    return found.get("", sum(found.values()))


def exit_text(code: Any) -> str | None:
    if not isinstance(code, dict):
        return None
    rc = num(code.get("return_code"))
    sig = num((code.get("signal") or {}).get("id"))
    if rc is None and sig is None:
        return None
    return f"{int(rc or 0)}:{int(sig or 0)}"


# -- calls --------------------------------------------------------------------------------
def instance(ctx, cluster: str | None):
    return ctx.instance("slurm", cluster)


async def extension(ctx, op_id: str, args: dict[str, Any], cluster: str | None) -> Any:
    """Call a labgate shim extension (generated/slurm_shim) with the cluster's client.
    Returns None when the cluster is declared a plain slurmrestd or lacks the path."""
    from labgate.runtime import decode

    inst = instance(ctx, cluster)
    if inst.options.get("kind") == "slurmrestd":
        return None
    resp = await ctx.extension("slurm", op_id, args, cluster)
    if (
        resp.status_code == 404
        and inst.options.get("kind") != "shim"
        and b"labgate" not in resp.content
    ):
        return None
    return decode("slurm", resp)


async def queue(ctx, cluster: str | None) -> list[dict[str, Any]]:
    """The cluster's whole queue (slurmrestd filters nothing: ~5.8 KB a job in v0.0.42), read
    once for all the tool calls that want it at the same moment. Shared: read it, never change
    it."""
    key = ("slurm-queue", ctx.instance("slurm", cluster).key)
    answer = await ctx.once(key, lambda: ctx.call("slurm", "get_jobs", {}, cluster))
    return answer.get("jobs") or []


def job_row(j: dict[str, Any]) -> dict[str, Any]:
    state = j.get("job_state") or []
    row = {
        "job_id": j.get("job_id"),
        "name": j.get("name"),
        "user": j.get("user_name"),
        "state": state[0] if state else None,
        "partition": j.get("partition"),
        "nodes": j.get("nodes") or None,
        "cpus": num(j.get("cpus")),
        "gpus": tres_gpus(j.get("tres_req_str") or j.get("tres_per_node")) or None,
        "time_limit_min": num(j.get("time_limit")),
        "submit": num(j.get("submit_time")),
        "start": num(j.get("start_time")),
        "reason": j.get("state_reason") if j.get("state_reason") not in (None, "None") else None,
    }
    return {k: v for k, v in row.items() if v not in (None, "", 0) or k == "job_id"}


def history_row(j: dict[str, Any]) -> dict[str, Any]:
    t = j.get("time") or {}
    state = (j.get("state") or {}).get("current") or []
    row = {
        "job_id": j.get("job_id"),
        "name": j.get("name"),
        "user": j.get("user"),
        "state": state[0] if state else None,
        "exit_code": exit_text(j.get("exit_code")),
        "partition": j.get("partition") or None,
        "nodes": j.get("nodes") or None,
        "submit": t.get("submission"),
        "start": t.get("start") or None,
        "end": t.get("end") or None,
        "elapsed_s": t.get("elapsed"),
    }
    return {k: v for k, v in row.items() if v is not None}


def _matches(row: dict[str, Any], user, state, partition, name) -> bool:
    return (
        (not user or row.get("user") == user)
        and (not state or str(row.get("state", "")).upper() == state.upper())
        and (not partition or row.get("partition") == partition)
        and (not name or name in str(row.get("name", "")))
    )


# -- tools --------------------------------------------------------------------------------
async def each_cluster(ctx, cluster: str | None, fetch) -> tuple[list[Any], list[dict[str, str]]]:
    """`fetch(cluster_name)` on `cluster`, or on every configured cluster at once: the rows of
    those that answered (tagged with `cluster` when several are configured) and one error per
    cluster that did not. A named cluster, or the only one, fails the call with its error."""
    insts = ctx.settings.instances.get("slurm") or []
    names = [instance(ctx, cluster).name] if cluster else [i.name for i in insts]
    found: list[Any] = await asyncio.gather(*(fetch(n) for n in names), return_exceptions=True)
    rows: list[Any] = []
    errors: list[dict[str, str]] = []
    for name, got in zip(names, found, strict=True):
        if isinstance(got, BaseException):
            if len(names) == 1 or not isinstance(got, Exception):
                raise got
            errors.append({"cluster": name, "error": str(got)[:300]})
            continue
        rows += [{**r, "cluster": name} for r in got] if len(insts) > 1 else got
    return rows, errors


@tool("slurm_list_jobs", backend="slurm")
async def list_jobs(
    ctx,
    user: str | None = None,
    state: str | None = None,
    partition: str | None = None,
    name: str | None = None,
    history: bool = False,
    days: Annotated[int, Field(ge=1, le=366)] = 7,
    fields: Fields = None,
    max_items: Annotated[int | None, Field(ge=1)] = None,
    cursor: str | None = None,
    cluster: Annotated[str | None, Field(description="default: every cluster")] = None,
    usage: bool = False,
):
    """Jobs in the queue, or finished ones (history=true: exit codes, last `days`); usage=true: GPUs/CPUs per user and account (history: GPU/CPU-hours)."""
    if user == "*":  # everyone, as lab_overview's user="*": not a user named "*" (0 rows)
        user = None
    if usage:
        return await usage_of(
            ctx, cluster, history, days, max_items or USAGE_ROWS, user, partition, name
        )

    async def fetch(name_: str) -> list[dict[str, Any]]:
        if history:
            args: dict[str, Any] = {"start_time": str(int(time.time()) - days * 86400)}
            for key, value in (("users", user), ("state", state), ("partition", partition)):
                if value:
                    args[key] = value
            data = await ctx.call("slurm", "db_get_jobs", args, name_)
            return [history_row(j) for j in data.get("jobs") or []]
        return [job_row(j) for j in await queue(ctx, name_)]

    rows, errors = await each_cluster(ctx, cluster, fetch)
    # Filters applied here too: slurmrestd (and Slurm 22.05's --json) may ignore them.
    rows = [r for r in rows if _matches(r, user, state, partition, name)]
    if any("cluster" in r for r in rows):  # job ids of different clusters: newest first
        rows.sort(key=lambda r: (r.get("submit") or 0, r.get("job_id") or 0), reverse=True)
    else:
        rows.sort(key=lambda r: r.get("job_id") or 0, reverse=True)
    _, offset = decode_cursor(cursor)
    return envelope(rows, offset=offset, total=len(rows), fields=fields, max_items=max_items,
                    byte_cap=ctx.settings.byte_cap, extra={"errors": errors} if errors else None)  # fmt: skip


# -- team usage: now from the queue, over days from accounting (AllocTRES x elapsed) ----------
USAGE_KEYS = ("running_gpus", "pending_gpus", "running_cpus", "pending_cpus", "running_jobs",
              "pending_jobs")  # fmt: skip
USAGE_ROWS = 20  # rows per table unless max_items says otherwise


def task_spans(tasks: str) -> Iterator[range]:
    """The task-id ranges of an array_task_string (`0-9:2,15%4`: 0..9 by 2, then 15)."""
    for part in tasks.split("%")[0].split(","):
        span, _, step = part.partition(":")
        lo, _, hi = span.partition("-")
        if lo.isdigit() and (not hi or hi.isdigit()) and (not step or step.isdigit()):
            yield range(int(lo), int(hi or lo) + 1, max(1, int(step or 1)))


def array_size(tasks: str) -> int:
    """Tasks in an array_task_string (`0-9:2,15%4` → 6), counted without expanding them."""
    return max(1, sum(len(span) for span in task_spans(tasks)))


def queue_usage(j: dict[str, Any]) -> dict[str, Any] | None:
    """One queue record's share of use now: running or pending GPUs, CPUs and jobs."""
    states = j.get("job_state") or []
    kind = "running" if "RUNNING" in states else "pending" if "PENDING" in states else None
    if kind is None:
        return None
    n = array_size(str(j.get("array_task_string") or "")) if kind == "pending" else 1
    gpus = tres_gpus(j.get("tres_alloc_str") if kind == "running" else None) or tres_gpus(
        j.get("tres_req_str") or j.get("tres_per_node"))  # fmt: skip
    return {"user": j.get("user_name"), "account": j.get("account") or None,
            f"{kind}_gpus": gpus * n, f"{kind}_cpus": (num(j.get("cpus")) or 0) * n,
            f"{kind}_jobs": n}  # fmt: skip


def history_usage(j: dict[str, Any], since: float, now: float) -> dict[str, Any] | None:
    """GPU- and CPU-hours of one accounting record inside the window [since, now]: its
    allocated TRES (AllocTRES) times the part of its run inside the window."""
    t = j.get("time") or {}
    start, end = t.get("start") or 0, t.get("end") or now
    seconds = max(0.0, min(end, now) - max(start, since)) if start else 0.0
    if not seconds:
        return None
    alloc = (j.get("tres") or {}).get("allocated")
    gpus, cpus = tres_count(alloc, "gres", "gpu") or 0, tres_count(alloc, "cpu") or 0
    return {"user": j.get("user"), "account": j.get("account") or None,
            "gpu_hours": gpus * seconds / 3600, "cpu_hours": cpus * seconds / 3600, "jobs": 1}  # fmt: skip


def usage_tables(parts: list[dict[str, Any]], keys: tuple[str, ...], rows: int) -> dict[str, Any]:
    """Per-user and per-account sums (per cluster when several), sorted by GPUs then CPUs,
    at most `rows` each, with the totals of everything counted."""
    totals: dict[str, Any] = dict.fromkeys(keys, 0)
    out: dict[str, Any] = {}
    for who in ("user", "account"):
        sums: dict[tuple[Any, Any], dict[str, Any]] = {}
        for p in parts:
            key = (p.get("cluster"), p.get(who))
            row = sums.setdefault(key, {**({"cluster": key[0]} if key[0] else {}), who: key[1],
                                        **dict.fromkeys(keys, 0)})  # fmt: skip
            for k in keys:
                row[k] += p.get(k) or 0
        ranked = sorted(sums.values(), key=lambda r: tuple(-r[k] for k in keys))
        out[f"by_{who}"] = [
            {k: round(v, 4) if isinstance(v, float) else v for k, v in r.items() if v or k == who}
            for r in ranked[:rows]
        ]
        if len(ranked) > rows:
            out[f"more_{who}s"] = len(ranked) - rows
    for p in parts:
        for k in keys:
            totals[k] += p.get(k) or 0
    out["totals"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in totals.items()}
    return out


async def usage_of(ctx, cluster: str | None, history: bool, days: int, rows: int,
                user: str | None, partition: str | None, name: str | None) -> dict[str, Any]:  # fmt: skip
    now = time.time()
    since = now - days * 86400

    async def fetch(name_: str) -> list[dict[str, Any]]:
        if history:
            args: dict[str, Any] = {"start_time": str(int(since))}
            for key, value in (("users", user), ("partition", partition)):
                if value:
                    args[key] = value
            jobs = (await ctx.call("slurm", "db_get_jobs", args, name_)).get("jobs") or []
            keep = [(j, j.get("user"), j.get("partition")) for j in jobs]
            parts = [
                history_usage(j, since, now)
                for j, u, p in keep
                if _usage_kept(j, u, p, user, partition, name)
            ]
        else:
            jobs = await queue(ctx, name_)
            parts = [
                queue_usage(j)
                for j in jobs
                if _usage_kept(j, j.get("user_name"), j.get("partition"), user, partition, name)
            ]
        return [p for p in parts if p]  # fmt: skip

    parts, errors = await each_cluster(ctx, cluster, fetch)
    if history:
        out = {"days": days, **usage_tables(parts, ("gpu_hours", "cpu_hours", "jobs"), rows)}
    else:
        out = usage_tables(parts, USAGE_KEYS, rows)
    # within the byte cap whatever max_items says: the longest table is cut, and says so
    return cap_document({**out, **({"errors": errors} if errors else {})}, ctx.settings.byte_cap)


def _usage_kept(j, job_user, job_partition, user, partition, name) -> bool:
    return ((not user or job_user == user) and (not partition or job_partition == partition)
            and (not name or name in str(j.get("name") or "")))  # fmt: skip


PENDING_STATES = {
    "PENDING",
    "RUNNING",
    "CONFIGURING",
    "COMPLETING",
    "SUSPENDED",
    "REQUEUED",
    "RESIZING",
}
WAIT_POLL_S = 2.0


async def job_info(ctx, job_id: str, cluster: str | None) -> dict[str, Any]:
    """The queue's view of a job, or accounting's once it has left the queue."""
    said = ""  # Slurm's own word on a job it does not know
    try:
        jobs = (await ctx.call("slurm", "get_job", {"job_id": job_id}, cluster)).get("jobs") or []
    except BackendError as exc:
        if exc.status not in (404, 500):
            raise
        jobs, said = [], f" (slurmctld: {quoted(exc.message)})" if exc.message else ""
    if jobs:
        j = jobs[0]
        out = {**job_row(j), "exit_code": exit_text(j.get("exit_code")),
               "stdout": j.get("standard_output"), "stderr": j.get("standard_error") or None,
               "workdir": j.get("current_working_directory"), "end": num(j.get("end_time")),
               "tres": j.get("tres_alloc_str") or j.get("tres_req_str")}  # fmt: skip
    else:
        db = (await ctx.call("slurm", "db_get_job", {"job_id": job_id}, cluster)).get("jobs") or []
        if not db:
            raise ArgumentError("job_id", f"job {job_id} is neither queued nor in accounting{said}")
        out = {**history_row(db[0]), "workdir": db[0].get("working_directory") or None}
    return out


# -- why did a job fail: accounting (sacct's State, ExitCode, MaxRSS, TotalCPU, AllocTRES) ------
FAILURES = (  # (kind, lower-case substrings): the first that a stderr line contains names it
    ("cuda_oom", ("cuda out of memory", "outofmemoryerror", "cuda error: out of memory")),
    ("nccl", ("nccl error", "nccl warn", "ncclsystemerror", "ncclinternalerror",
              "ncclunhandledcudaerror", "nccl timeout", "watchdog caught collective")),
    ("oom_kill", ("oom-kill", "oom_kill", "out of memory", "out-of-memory", "memory limit")),
    ("segfault", ("segmentation fault", "sigsegv", "core dumped", "bus error")),
    ("time_limit", ("due to time limit",)),
    ("cancelled", ("cancelled at", "canceled at")),
    ("python_traceback", ("traceback (most recent call last)",)),
)  # fmt: skip
TOLD = {
    "OUT_OF_MEMORY": "ran out of memory and was killed: ask for more memory (--mem) or use less",
    "TIMEOUT": "reached its time limit and was killed: ask for more time (--time) or checkpoint",
    "NODE_FAIL": "a node it ran on failed (not the job's fault): resubmit it",
    "CANCELLED": "was cancelled (by a user, an admin or a dependency)",
    "PREEMPTED": "was preempted by a higher-priority job",
    "BOOT_FAIL": "its node failed to boot: resubmit it",
    "DEADLINE": "missed its deadline",
    "COMPLETED": "completed successfully",
}
LAST_LINES = 20


def tres_count(tres: Any, kind: str, name: str | None = None) -> int | None:
    """The count of one TRES in a v0.0.42 tres list (`gres`/`gpu` sums typed GPUs too)."""
    found = None
    for t in tres if isinstance(tres, list) else []:
        if t.get("type") != kind or not isinstance(t.get("count"), int):
            continue
        if name is None or t.get("name") == name or str(t.get("name")).startswith(f"{name}:"):
            if name and t.get("name") == name:  # the untyped total: not added to typed ones
                return t["count"]
            found = (found or 0) + t["count"]
    return found


def cpu_seconds(t: Any) -> float:
    total = (t or {}).get("total") or {}
    return (total.get("seconds") or 0) + (total.get("microseconds") or 0) / 1e6


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def failures(text: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The last lines of a stderr tail and what is recognisable in it (the last line of each
    kind; for a Python traceback, the exception line that ends it). Substring tests only:
    linear in the text, whatever it holds."""
    lines = text.splitlines()
    found: dict[str, dict[str, Any]] = {}
    tb_start = None
    for i, line in enumerate(lines):
        low = line.lower()
        kind = next((k for k, words in FAILURES if any(w in low for w in words)), None)
        if kind == "python_traceback":
            tb_start = i
        elif kind:
            found[kind] = {"kind": kind, "text": line.strip()[:300]}
        if tb_start is not None and i > tb_start and line[:1].strip():  # the exception line
            found["python_traceback"] = {"kind": "python_traceback", "text": line.strip()[:300]}
            tb_start = None
    return [ln[:300] for ln in lines[-LAST_LINES:]], list(found.values())


def diagnosis(j: dict[str, Any]) -> dict[str, Any]:
    """A finished job from accounting, in plain words: why it ended, memory and CPU use."""
    state_list = (j.get("state") or {}).get("current") or ["UNKNOWN"]
    state = state_list[0]
    steps = j.get("steps") or []
    step_states = {s for st in steps for s in (st.get("state") or [])}
    code = j.get("exit_code") or {}
    rc, sig = num(code.get("return_code")), num((code.get("signal") or {}).get("id"))
    out: dict[str, Any] = {"state": state, "reason": (j.get("state") or {}).get("reason"),
                           "exit_code": exit_text(code)}  # fmt: skip
    if state in PENDING_STATES:
        out["verdict"] = f"not finished: {state}"
    elif "OUT_OF_MEMORY" in step_states | {state}:
        out["verdict"] = TOLD["OUT_OF_MEMORY"]
    elif state in TOLD and not (state == "COMPLETED" and rc):
        out["verdict"] = TOLD[state]
    elif sig:
        out["verdict"] = f"was killed by {signal_name(int(sig))}"
    elif rc and rc > 128:
        out["verdict"] = (
            f"exited with code {int(rc)}: 128+{int(rc) - 128}, killed by {signal_name(int(rc) - 128)}"
        )
    elif rc:
        out["verdict"] = f"exited with code {int(rc)}"
    else:
        out["verdict"] = f"ended {state}"
    if sig:
        out["signal"] = signal_name(int(sig))
    alloc = (j.get("tres") or {}).get("allocated")
    t = j.get("time") or {}
    cpus, elapsed = tres_count(alloc, "cpu"), t.get("elapsed") or 0
    asked = tres_count(alloc, "mem") or num((j.get("required") or {}).get("memory_per_node"))
    peaks = [tres_count(((st.get("tres") or {}).get("requested") or {}).get("max"), "mem")
             for st in steps]  # fmt: skip
    peak = max((p for p in peaks if p is not None), default=None)
    memory: dict[str, Any] = {"requested_mb": asked}
    if peak is not None:
        memory["peak_mb"] = round(peak / 2**20, 1)
        if asked:
            memory["peak_pct"] = round(100 * peak / 2**20 / asked, 1)
    else:
        memory["peak_mb"] = None  # no step statistics (jobacct_gather off, or too short)
    out["memory"] = memory
    used = max(cpu_seconds(t), sum(cpu_seconds(st.get("time")) for st in steps))
    cpu: dict[str, Any] = {"cpus": cpus, "elapsed_s": elapsed, "cpu_time_s": round(used, 1)}
    if cpus and elapsed:
        cpu["efficiency_pct"] = round(100 * used / (elapsed * cpus), 1)
    out["cpu"] = cpu
    gpus = tres_count(alloc, "gres", "gpu")
    if gpus:
        out["gpus"] = gpus
    limit = num(t.get("limit"))
    if state == "TIMEOUT" and limit:
        out["time_limit_min"] = limit
    if state == "NODE_FAIL" and j.get("nodes"):
        out["nodes"] = j["nodes"]
    return {k: v for k, v in out.items() if v not in (None, "", "None")}


async def why_ended(ctx, job_id: str, cluster: str | None, tail_bytes: int) -> dict[str, Any]:
    """Accounting's record of the job and the tail of its stderr, fetched at once."""

    async def record() -> dict[str, Any]:
        try:
            data = await ctx.call("slurm", "db_get_job", {"job_id": job_id}, cluster)
        except BackendError as exc:
            if exc.status not in (404, 500):
                raise
            data = {}
        jobs = data.get("jobs") or []
        mine = [j for j in jobs if str(j.get("job_id")) == job_id.split("_")[0]] or jobs
        if not mine:
            return {"error": f"job {job_id} is not in accounting (yet)"}
        return diagnosis(mine[0])

    async def stderr() -> dict[str, Any]:
        try:
            tail = await extension(ctx, "get_job_output",
                                   {"job_id": job_id, "stream": "stderr", "tail_bytes": tail_bytes},
                                   cluster)  # fmt: skip
        except LabgateError as exc:
            return {"error": str(exc)[:300]}
        if tail is None:
            return {"error": "a plain slurmrestd: reading stderr needs `labgate slurm-shim`"}
        last, found = failures(tail.get("text") or "")
        return {"path": tail.get("path"), "last_lines": last, "found": found}

    out, err = await asyncio.gather(record(), stderr())
    found = err.get("found") or []
    if any(f["kind"] == "cuda_oom" for f in found) and out.get("state") != "OUT_OF_MEMORY":
        out["verdict"] = f"{out.get('verdict', 'failed')}; stderr says CUDA ran out of GPU memory"
    return {**out, "stderr": {k: v for k, v in err.items() if v not in (None, [])}}


# -- a pending job explained: Slurm's reason in words, its place in the queue, start estimate --
REASONS = {
    "Priority": "jobs of higher priority are ahead of it",
    "Resources": "it is next in line, waiting for enough nodes, CPUs, memory or GPUs to free up",
    "Dependency": "it waits for a job it depends on to end",
    "DependencyNeverSatisfied": "a job it depends on failed: it will never start (cancel it)",
    "BeginTime": "its start time (--begin) has not come yet",
    "JobHeldUser": "its user held it (scontrol release <id> lets it run)",
    "JobHeldAdmin": "an administrator held it",
    "ReqNodeNotAvail": "a node it needs is down, drained or reserved",
    "NodeDown": "a node it needs is down",
    "PartitionDown": "its partition is down",
    "PartitionInactive": "its partition is inactive",
    "PartitionTimeLimit": "its time limit exceeds the partition's MaxTime: it will not start",
    "PartitionNodeLimit": "it asks for more nodes than the partition allows: it will not start",
    "PartitionConfig": "it asks for something the partition does not allow",
    "BadConstraints": "its constraints match no node: it will not start",
    "Reservation": "it waits for its reservation to start",
    "Licenses": "it waits for licenses",
    "InvalidAccount": "its account is invalid: it will not start",
    "InvalidQOS": "its QOS is invalid: it will not start",
    "launch failed requeued held": "its launch failed; it was requeued and held",
    "Cleaning": "it was requeued and Slurm is still cleaning up its previous run",
    "Prolog": "its prolog is running",
    "None": "not yet considered by the scheduler",
}
LIMITS = (("QOS", "its QOS"), ("Assoc", "its account (association)"))


def reason_words(reason: str | None) -> str | None:
    """Slurm's pending reason code in plain words."""
    if not reason:
        return None
    if reason in REASONS:
        return REASONS[reason]
    for prefix, whose in LIMITS:
        if reason.startswith(prefix):
            what = reason[len(prefix) :]
            what = what.removesuffix("Limit").removesuffix("PerUser").removesuffix("PerAccount")
            scope = "a group limit" if "Grp" in reason else "a per-user/job limit"
            return f"{scope} of {whose} is reached ({reason}): it waits until usage drops"
    return f"Slurm says {reason}"


def pending_place(job_id: str, jobs: list[dict[str, Any]], now: float) -> dict[str, Any]:
    """Its reason, its place among the pending jobs of its partition (highest priority first,
    then earliest submitted) and Slurm's start estimate (squeue --start's start_time)."""
    base = job_id.split("_")[0]
    mine = next((j for j in jobs if str(j.get("job_id")) == base
                 or str(num(j.get("array_job_id")) or "") == base), None)  # fmt: skip
    if mine is None:
        return {}
    parts = set(str(mine.get("partition") or "").split(","))
    pending = [j for j in jobs if "PENDING" in (j.get("job_state") or [])
               and parts & set(str(j.get("partition") or "").split(","))]  # fmt: skip
    pending.sort(key=lambda j: (-(num(j.get("priority")) or 0), num(j.get("submit_time")) or 0,
                                j.get("job_id") or 0))  # fmt: skip
    place = next((i for i, j in enumerate(pending) if j is mine), None)
    reason = mine.get("state_reason")
    out: dict[str, Any] = {"reason": reason, "reason_words": reason_words(reason)}
    if place is not None:
        out.update({"position": place + 1, "pending_in_partition": len(pending),
                    "partition": mine.get("partition")})  # fmt: skip
    start = num(mine.get("start_time"))
    if start and start not in (float("inf"),):
        out["start_estimate"] = int(start)
        out["start_in_min"] = max(0, round((start - now) / 60))
    else:
        out["start_estimate"] = None
        out["note"] = "no start estimate yet: the backfill scheduler has not placed it"
    return out


# -- a job's log files: stdout/stderr, and for an array each task's ----------------------------
NO_VAL = 4294967294  # what 24.11 puts for the task id in a pending array's paths
FILES_MAX = 100  # tasks listed per answer
_PATTERN = re.compile(r"%(\d{0,2})([%AajJxuNnts])")


def expand(path: str | None, fill: dict[str, str]) -> str | None:
    """Slurm's filename pattern (%A %a %j %x %u %N ..., zero-padded as %3a) for one task;
    what is not known (a node before it runs) stays as written."""
    if not path:
        return None
    path = path.replace(str(NO_VAL), fill.get("a", str(NO_VAL)))

    def one(m: re.Match[str]) -> str:
        if m[2] == "%":
            return "%"
        value = fill.get(m[2])
        return m[0] if value is None else value.zfill(int(m[1] or 0))

    return _PATTERN.sub(one, path)


def task_ids(tasks: str) -> list[int]:
    """The first FILES_MAX+1 task ids of an array_task_string (`0-9:2,15%4`)."""
    out: list[int] = []
    for span in task_spans(tasks):
        out += span[: FILES_MAX + 1 - len(out)]
        if len(out) > FILES_MAX:
            break
    return out


def log_files(job_id: str, jobs: list[dict[str, Any]], workdir: str | None) -> dict[str, Any]:
    """The stdout and stderr paths of a job's queue records; an array's per task (its pending
    tasks too, from the pattern Slurm keeps)."""
    base = job_id.split("_")[0]
    want_task = job_id.partition("_")[2]
    rows: list[dict[str, Any]] = []
    for j in jobs:
        array = num(j.get("array_job_id"))
        if str(j.get("job_id")) != base and str(array or "") != base:
            continue
        task = num(j.get("array_task_id"))
        pending = (
            [] if task is not None or not array else task_ids(str(j.get("array_task_string") or ""))
        )
        each: list[int | None] = [int(task)] if task is not None else list(pending)
        for t in each or [None]:
            fill = {"j": str(j.get("job_id")), "J": str(j.get("job_id")), "x": str(j.get("name") or ""),
                    "u": str(j.get("user_name") or ""), "A": str(array or j.get("job_id")),
                    "s": "batch"}  # fmt: skip
            if t is not None:
                fill["a"] = str(t)
            if j.get("nodes"):
                fill["N"] = str(j["nodes"]).split(",")[0]
            state = (j.get("job_state") or [None])[0]
            cwd = j.get("current_working_directory") or workdir or "."
            default = f"{cwd}/slurm-%A_%a.out" if t is not None else f"{cwd}/slurm-%j.out"
            out_path = expand(j.get("standard_output") or default, fill)
            err_path = expand(j.get("standard_error"), fill) or out_path
            row = {"job_id": f"{array}_{t}" if t is not None else str(j.get("job_id")),
                   "state": state, "stdout": out_path}  # fmt: skip
            if err_path != out_path:
                row["stderr"] = err_path
            if t is not None:
                row["task"] = t
            if not want_task or str(t) == want_task:
                rows.append(row)
    rows.sort(key=lambda r: (r.get("task") is None, r.get("task") or 0))
    out: dict[str, Any] = {"files": rows[:FILES_MAX]}
    if len(rows) > FILES_MAX:
        out["more_tasks"] = True
    return out


async def files_of(ctx, job_id: str, cluster: str | None, jobs: list[dict[str, Any]],
                   workdir: str | None) -> dict[str, Any]:  # fmt: skip
    """log_files from the queue; for a job that has left it, from accounting (Slurm 23.02+
    records the paths: stdout_expanded, per array task)."""
    found = log_files(job_id, jobs, workdir)
    if found["files"]:
        return found
    try:
        db = (await ctx.call("slurm", "db_get_job", {"job_id": job_id}, cluster)).get("jobs") or []
    except BackendError as exc:
        return {"files": [], "error": str(exc)[:300]}
    rows = []
    want_task = job_id.partition("_")[2]
    for j in db:
        arr = j.get("array") or {}
        task, array = num(arr.get("task_id")), num(arr.get("job_id"))
        if array and task is None:  # an array's tasks that never started: no file of their own
            continue
        if want_task and str(task) != want_task:
            continue
        fill = {"j": str(j.get("job_id")), "J": str(j.get("job_id")), "x": str(j.get("name") or ""),
                "u": str(j.get("user") or ""), "A": str(array or j.get("job_id")), "s": "batch"}  # fmt: skip
        if task is not None:
            fill["a"] = str(int(task))
        if j.get("nodes"):
            fill["N"] = str(j["nodes"]).split(",")[0]
        out_path = j.get("stdout_expanded") or expand(j.get("stdout"), fill)
        if not out_path:
            continue
        row = {"job_id": str(j.get("job_id")) if task is None else f"{array}_{int(task)}",
               "state": ((j.get("state") or {}).get("current") or [None])[0], "stdout": out_path}  # fmt: skip
        err = j.get("stderr_expanded") or expand(j.get("stderr"), fill)
        if err and err != out_path:
            row["stderr"] = err
        if task is not None:
            row["task"] = int(task)
        rows.append(row)
        if len(rows) > FILES_MAX:
            break
    rows.sort(key=lambda r: (r.get("task") is None, r.get("task") or 0))
    if not rows:
        return {"files": [], "error": "not in the queue, and accounting does not record log paths "
                "on this Slurm (sacct has them from 23.02)"}  # fmt: skip
    return {"files": rows[:FILES_MAX], **({"more_tasks": True} if len(rows) > FILES_MAX else {})}


# -- logs you can page: windows of the output file read through the shim ------------------
LOG_WINDOW = 1 << 20  # bytes per shim read while scanning for a line or a pattern
LOG_SCAN = 16 << 20  # bytes scanned per call at most; the cursor goes on from there
LINE_CUT = 1000  # characters of one line shown at most


def glob_matcher(pattern: str):
    """`pattern` as a case-insensitive test of a line: its text between `*`s must appear in
    order (`*` is the only wildcard). str.find per piece, left to right: linear in the line,
    no regular expression, no backtracking, whatever the pattern."""
    pieces = [p for p in pattern.lower().split("*") if p]

    def match(line: str) -> bool:
        low, at = line.lower(), 0
        for piece in pieces:
            at = low.find(piece, at)
            if at < 0:
                return False
            at += len(piece)
        return True

    return match


def log_cursor(cursor: str | None) -> tuple[int, int, int] | None:
    """(byte offset of a line, its line number or 0 when unknown, lines to skip there)."""
    if cursor is None:
        return None
    token, _ = decode_cursor(cursor)
    if not (isinstance(token, list) and len(token) == 3
            and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in token)):  # fmt: skip
        raise ArgumentError("cursor", "not a log cursor: pass next_cursor of a paged output read")
    return token[0], token[1], token[2]


async def page_output(
    ctx, job_id: str, stream: str, cluster: str | None, *, budget: int,
    offset: int | None, line: int | None, grep: str | None, cursor: tuple[int, int, int] | None,
) -> dict[str, Any]:  # fmt: skip
    """Lines of the file from a byte `offset`, from `line`, or those matching `grep`, up to
    `budget` bytes of text; `next_cursor` goes on where the answer stopped."""
    if cursor:
        pos, number, skip = cursor
    else:
        pos, number, skip = offset or 0, 0 if offset else 1, 0
    match = glob_matcher(grep) if grep else None
    start, first, used, scanned = pos, None, 0, 0
    kept: list[Any] = []
    head: dict[str, Any] = {}
    stop = None  # (offset, line number, skip) of the first line not shown
    while stop is None and scanned < LOG_SCAN:
        seeking = match or (line and number and number < line)
        if not seeking and kept and budget - used < 64:  # full: no read for a byte or two
            stop = (pos, number, skip)
            break
        want = LOG_WINDOW if seeking else budget - used
        win = await extension(ctx, "get_job_output", {"job_id": job_id, "stream": stream,
                              "offset": pos, "length": max(1, min(want, LOG_WINDOW))}, cluster)  # fmt: skip
        if win is None:
            return {
                "error": "this cluster is a plain slurmrestd: output reads need `labgate slurm-shim`"
            }
        head = {"stream": win.get("stream"), "path": win.get("path"), "size": win.get("size")}
        text, length = win.get("text") or "", int(win.get("length") or 0)
        lines = text.split("\n")
        if text.endswith("\n"):
            lines.pop()
        for i in range(skip, len(lines)):
            n = number + i if number else None
            if (line and n is not None and n < line) or (match and not match(lines[i])):
                continue
            shown = lines[i][:LINE_CUT]
            cost = len(shown.encode()) + 12
            if used + cost > budget and kept:
                stop = (pos, number, i)
                break
            if first is None:
                first = n
            kept.append([n, shown] if match else shown)
            used += cost
        else:
            if win.get("eof") or length == 0:
                break
            # lines still to skip carry over (a smaller window than the one the cursor came from)
            pos, skip, scanned = pos + length, max(0, skip - len(lines)), scanned + length
            number = number + text.count("\n") if number else 0
    else:
        if stop is None:  # scanned LOG_SCAN bytes without filling the answer
            stop = (pos, number, skip)
    out: dict[str, Any] = {**head, "offset": start}
    if match:
        out["matches"] = kept  # [line number (null when read from a byte offset), text]
    else:
        out.update({"first_line": first, "text": "\n".join(kept)})
    out["next_cursor"] = encode_cursor(list(stop)) if stop else None
    if stop and not kept:
        out["note"] = f"nothing found in {scanned} bytes read; call again with next_cursor"
    return {k: v for k, v in out.items() if v is not None or k == "next_cursor"}


@tool("slurm_get_job", backend="slurm", replaces="get_job")
async def get_job(
    ctx,
    job_id: JobId,
    output: Literal["none", "stdout", "stderr", "files"] = "none",
    tail_bytes: Annotated[int, Field(ge=1, le=65536)] = 4096,
    wait_s: Annotated[int, Field(ge=0, le=3600)] = 0,
    why: bool = False,
    offset: Annotated[int | None, Field(ge=0, le=1 << 53)] = None,
    line: Annotated[int | None, Field(ge=1, le=10**12)] = None,
    grep: Annotated[str | None, Field(min_length=1, max_length=200)] = None,
    cursor: str | None = None,
    cluster: Cluster = None,
):
    """One job; pending: reason, queue place, start estimate; output: tail, offset/line/grep (* wildcard) by cursor, or files (array tasks too); wait_s: wait for the end; why: why it failed."""
    paged = offset is not None or line is not None or grep is not None or cursor is not None
    if paged and output in ("none", "files"):
        raise ArgumentError(
            "output", "offset, line, grep and cursor read output: pass output=stdout|stderr"
        )
    if offset is not None and line is not None:
        raise ArgumentError("line", "give offset or line, not both")
    resume = log_cursor(cursor)
    out = await job_info(ctx, job_id, cluster)
    started = time.monotonic()
    while out.get("state") in PENDING_STATES and (waited := time.monotonic() - started) < wait_s:
        await ctx.progress(waited, wait_s, f"job {job_id} is {out.get('state')}")
        await asyncio.sleep(min(WAIT_POLL_S, wait_s - waited))
        out = await job_info(ctx, job_id, cluster)
    if wait_s and out.get("state") in PENDING_STATES:
        out["note"] = f"still {out['state']} after waiting {wait_s} s"
    jobs: list[dict[str, Any]] | None = None
    if out.get("state") == "PENDING" or output == "files":
        try:
            jobs = await queue(ctx, cluster)
        except LabgateError as exc:  # the job is still worth returning without these
            out["queue_error"] = str(exc)[:300]
    if out.get("state") == "PENDING" and jobs is not None:
        out["pending"] = pending_place(job_id, jobs, time.time())
    if output == "files":
        out["output"] = await files_of(ctx, job_id, cluster, jobs or [], out.get("workdir"))
    elif paged:
        try:
            out["output"] = await page_output(ctx, job_id, output, cluster, budget=tail_bytes,
                                              offset=offset, line=line, grep=grep, cursor=resume)  # fmt: skip
        except LabgateError as exc:  # the job is still worth returning without its output
            out["output"] = {"error": str(exc)[:300]}
    elif output != "none":
        try:
            tail = await extension(
                ctx,
                "get_job_output",
                {"job_id": job_id, "stream": output, "tail_bytes": tail_bytes},
                cluster,
            )
        except LabgateError as exc:  # the job is still worth returning without its output
            tail = {"error": str(exc)[:300]}
        if tail is None:
            tail = {
                "error": "this cluster is a plain slurmrestd: output tails need `labgate slurm-shim`"
            }
        out["output"] = {
            k: tail.get(k)
            for k in ("stream", "path", "size", "truncated", "text", "error")
            if k in tail
        }
    if why:
        out["why"] = await why_ended(ctx, job_id, cluster, tail_bytes)
    return {k: v for k, v in out.items() if v not in (None, "")}


@tool("slurm_list_partitions", backend="slurm")
async def list_partitions(ctx, cluster: Cluster = None):
    """Partitions: free/total CPUs and GPUs by type, pending jobs, time limit."""
    return {"partitions": await partition_usage(ctx, cluster)}


async def partition_usage(ctx, cluster: str | None) -> list[dict[str, Any]]:
    parts, nodes, jobs = await asyncio.gather(
        ctx.call("slurm", "get_partitions", {}, cluster),
        ctx.call("slurm", "get_nodes", {}, cluster),
        queue(ctx, cluster),
    )
    out = []
    for p in parts.get("partitions") or []:
        name = p.get("name")
        members = [n for n in nodes.get("nodes") or [] if name in (n.get("partitions") or [])]
        up = [n for n in members if not BAD_NODE_STATES & set(n.get("state") or [])]
        gpus_total: dict[str, int] = {}
        gpus_free: dict[str, int] = {}
        for n in up:
            have, used = gpus_by_type(n.get("gres")), gpus_by_type(n.get("gres_used"))
            for kind, count in have.items():
                gpus_total[kind] = gpus_total.get(kind, 0) + count
                gpus_free[kind] = gpus_free.get(kind, 0) + max(0, count - used.get(kind, 0))
        pending = [
            j
            for j in jobs
            if j.get("partition") == name and "PENDING" in (j.get("job_state") or [])
        ]
        max_time = num((p.get("maximums") or {}).get("time"))
        free = node_free_cpus(up, jobs, name, num((p.get("maximums") or {}).get("cpus_per_node")))
        out.append({
            "name": name,
            "state": ((p.get("partition") or {}).get("state") or ["UNKNOWN"])[0],
            "nodes": len(members),
            "nodes_up": len(up),
            "cpus_total": sum(free[n.get("name")][1] for n in up),
            "cpus_free": sum(free[n.get("name")][0] for n in up),
            "memory_free_mb": sum(max(0, (n.get("real_memory") or 0) - (n.get("alloc_memory") or 0)) for n in up),
            "gpus_total": gpus_total,
            "gpus_free": gpus_free,
            "max_time_min": None if max_time in (None, float("inf")) else max_time,
            "pending_jobs": len(pending),
            "pending_cpus": sum(num(j.get("cpus")) or 0 for j in pending),
            "pending_gpus": sum(tres_gpus(j.get("tres_req_str") or j.get("tres_per_node")) for j in pending),
            "qos": (p.get("qos") or {}).get("allowed") or None,
            "accounts": (p.get("accounts") or {}).get("allowed") or None,
        })  # fmt: skip
    return out


def node_free_cpus(
    nodes: list[dict[str, Any]], jobs: list[dict[str, Any]], partition: str, per_node: float | None
) -> dict[str | None, tuple[int, int]]:
    """{node: (free CPUs, usable CPUs)} for one partition. With MaxCPUsPerNode the partition
    may use only that many CPUs of a node, whatever other partitions leave free."""
    cap = None if per_node is None or per_node == float("inf") else int(per_node)
    used: dict[str, float] = {}
    for j in jobs if cap is not None else []:
        if j.get("partition") != partition or "RUNNING" not in (j.get("job_state") or []):
            continue
        hosts = [h for h in str(j.get("nodes") or "").split(",") if h]
        for h in hosts:
            used[h] = used.get(h, 0) + (num(j.get("cpus")) or 0) / len(hosts)
    out: dict[str | None, tuple[int, int]] = {}
    for n in nodes:
        name, cpus = n.get("name"), n.get("cpus") or 0
        free = max(0, cpus - (n.get("alloc_cpus") or 0))
        usable = min(cpus, cap) if cap is not None else cpus
        if cap is not None:
            free = min(free, max(0, usable - round(used.get(name or "", 0))))
        out[name] = (free, usable)
    return out


@tool("slurm_cluster_health", backend="slurm")
async def cluster_health(ctx, cluster: Cluster = None):
    """Controller up? Scheduler load (jobs pending/running)."""
    ping: Any  # an answer or the exception (mypy infers nothing from gather's overloads here)
    diag: Any
    ping, diag = await asyncio.gather(
        ctx.call("slurm", "get_ping", {}, cluster),
        ctx.call("slurm", "get_diag", {}, cluster),
        return_exceptions=True,
    )
    if isinstance(ping, Exception):
        raise ping
    if isinstance(diag, BackendError) and diag.status in (401, 403, 511):
        raise diag  # slurmrestd answers a ping with a bad token "DOWN" (HTTP 200): say why
    stats = {} if isinstance(diag, Exception) else diag.get("statistics") or {}
    keep = ("jobs_pending", "jobs_running", "jobs_submitted", "jobs_completed", "jobs_failed",
            "jobs_canceled", "schedule_cycle_last", "schedule_cycle_max", "agent_queue_size")  # fmt: skip
    version = ((ping.get("meta") or {}).get("slurm") or {}).get("release")
    return {
        "controllers": [{k: p.get(k) for k in ("hostname", "pinged", "responding", "mode", "latency")}
                        for p in ping.get("pings") or []],
        "up": any(p.get("responding") for p in ping.get("pings") or []),
        "slurm": version or None,
        "scheduler": {k: num(stats[k]) for k in keep if k in stats},
        **({"diag_error": str(diag)[:200]} if isinstance(diag, Exception) else {}),
    }  # fmt: skip


# -- submit -------------------------------------------------------------------------------
def job_description(
    *, partition: str | None, gpus: int, gpu_type: str | None, cpus: int | None,
    memory_mb: int | None, time_limit: str | None, nodes: int | None,
) -> dict[str, Any]:  # fmt: skip
    """v0.0.42 job_desc_msg fields for these resources (shared by submit and estimates)."""
    job: dict[str, Any] = {}
    if partition:
        job["partition"] = partition
    if gpus:
        job["tres_per_node"] = f"gres/gpu:{gpu_type}:{gpus}" if gpu_type else f"gres/gpu:{gpus}"
    if cpus:
        job["cpus_per_task"] = cpus
    if memory_mb:
        job["memory_per_node"] = {"set": True, "infinite": False, "number": memory_mb}
    if time_limit:
        job["time_limit"] = {"set": True, "infinite": False, "number": minutes_of(time_limit)}
    if nodes:
        job["minimum_nodes"] = nodes
    return job


def sbatch_flags(job: dict[str, Any]) -> list[str]:
    flags = []
    if job.get("partition"):
        flags.append(f"--partition={job['partition']}")
    if job.get("tres_per_node"):
        flags.append(f"--gres={job['tres_per_node'].removeprefix('gres/')}")
    if job.get("cpus_per_task"):
        flags.append(f"--cpus-per-task={job['cpus_per_task']}")
    if job.get("memory_per_node"):
        flags.append(f"--mem={job['memory_per_node']['number']}M")
    if job.get("time_limit"):
        flags.append(f"--time={job['time_limit']['number']}")
    if job.get("minimum_nodes"):
        flags.append(f"--nodes={job['minimum_nodes']}")
    return flags


@tool("slurm_submit_job", backend="slurm", safety="write", replaces="submit_job")
async def submit_job(
    ctx,
    script: Annotated[str, Field(min_length=3, max_length=262144, description="starts with #!")],
    name: Annotated[str | None, Field(pattern=r"^[A-Za-z0-9._-]{1,128}$")] = None,
    partition: str | None = None,
    account: str | None = None,
    gpus: Annotated[int, Field(ge=0, le=1024)] = 0,
    gpu_type: str | None = None,
    cpus: Annotated[int | None, Field(ge=1, le=100000)] = None,
    memory_mb: Annotated[int | None, Field(ge=1)] = None,
    time_limit: Annotated[str | None, Field(description="minutes, H:MM:SS or D-HH:MM:SS")] = None,
    nodes: Annotated[int | None, Field(ge=1, le=10000)] = None,
    workdir: Annotated[str | None, Field(description="absolute; slurm-<id>.out goes here")] = None,
    env: dict[str, str] | None = None,
    track: Track = None,
    cluster: Cluster = None,
):
    """Submit a batch script (write), resources checked. track: make a run, pass its id."""
    inst = instance(ctx, cluster)
    if not script.startswith("#!"):
        raise ArgumentError("script", "must start with #! (e.g. #!/bin/bash)")
    for key in env or {}:
        if problem := env_name_problem(key):
            raise ArgumentError(f"env.{key}", problem)
    tracking.parse(ctx, track, env)  # a bad `track` is refused before any backend call
    partition = partition or inst.options.get("default_partition")
    account = account or inst.options.get("default_account")
    job = job_description(partition=partition, gpus=gpus, gpu_type=gpu_type, cpus=cpus,
                          memory_mb=memory_mb, time_limit=time_limit, nodes=nodes)  # fmt: skip
    usage = await partition_usage(ctx, cluster)
    check_resources(usage, job, gpus, gpu_type, partition)
    if workdir is not None and (not workdir.startswith("/") or ".." in workdir.split("/")):
        raise ArgumentError("workdir", "must be an absolute path without '..'")
    environment = {"PATH": "/usr/local/bin:/usr/bin:/bin", **(env or {})}
    job.update({"script": script, "environment": [f"{k}={v}" for k, v in environment.items()]})
    if name:
        job["name"] = name
    if account:
        job["account"] = account
    if workdir:
        job["current_working_directory"] = workdir
    else:
        job["current_working_directory"] = "/tmp"
    command = shlex.join(["sbatch", *sbatch_flags(job), *([f"--job-name={name}"] if name else [])])
    result, runs = await tracking.submit(  # track: the runs made first, tagged after (or FAILED)
        ctx, track, env, environment,
        lambda: ctx.call("slurm", "submit_job", {"job": {**job, "environment": [f"{k}={v}" for k, v in environment.items()]}}, cluster),
        lambda r: r.get("job_id") and tracking.Job("slurm", inst.name, str(r["job_id"]), command),
    )  # fmt: skip
    return {"job_id": result.get("job_id"), "cluster": inst.name, "flags": sbatch_flags(job),
            "message": result.get("job_submit_user_msg") or None, **({"runs": runs} if runs else {})}  # fmt: skip


def check_resources(
    usage: list[dict[str, Any]],
    job: dict[str, Any],
    gpus: int,
    gpu_type: str | None,
    partition: str | None,
) -> None:
    names = [p["name"] for p in usage]
    target = next((p for p in usage if p["name"] == partition), None)
    if partition and target is None:
        raise ArgumentError(
            "partition", f"no partition {partition!r}; partitions: {', '.join(names)}"
        )
    pool = [target] if target else usage
    if gpus:
        have = max((p["gpus_total"].get(gpu_type, 0) if gpu_type else sum(p["gpus_total"].values()))
                   for p in pool) if pool else 0  # fmt: skip
        if gpus > have:
            what = f"{gpu_type} GPUs" if gpu_type else "GPUs"
            raise ArgumentError(
                "gpus", f"{gpus} {what} asked; the most any partition here has is {have}"
            )
    limit = job.get("time_limit")
    if (
        limit
        and target
        and target.get("max_time_min") is not None
        and limit["number"] > target["max_time_min"]
    ):
        raise ArgumentError(
            "time_limit",
            f"{limit['number']} min exceeds {partition}'s MaxTime of {target['max_time_min']} min",
        )


CANCEL_MAX = 1000  # jobs per call, as the shim's DELETE /jobs takes them
CANCELLABLE = ("PENDING", "RUNNING", "SUSPENDED", "CONFIGURING", "REQUEUED", "RESIZING")


@tool("slurm_cancel_job", backend="slurm", safety="destructive")
async def cancel_job(
    ctx,
    job_id: JobId | None = None,
    job_ids: Annotated[list[JobId] | None, Field(min_length=1, max_length=CANCEL_MAX)] = None,
    name: Annotated[str | None, Field(min_length=1, max_length=200)] = None,
    state: Literal["PENDING", "RUNNING", "SUSPENDED", "CONFIGURING", "REQUEUED", "RESIZING"]
    | None = None,
    user: Annotated[str | None, Field(min_length=1, max_length=100)] = None,
    cluster: Cluster = None,
):
    """Cancel a job, job_ids, or the queued jobs matching name (exact)/state/user (destructive); per-job result."""
    filters = {k: v for k, v in (("name", name), ("state", state), ("user", user)) if v}
    given = [k for k, v in (("job_id", job_id), ("job_ids", job_ids)) if v] + list(filters)
    if not given:
        raise ArgumentError("job_id", "give job_id, job_ids, or a name/state/user filter")
    if job_id and len(given) > 1:
        raise ArgumentError(given[1], "give job_id alone (job_ids for several)")
    if job_ids and filters:
        raise ArgumentError(next(iter(filters)), "give job_ids or filters, not both")
    if job_id:
        return await cancel_one(ctx, job_id, cluster)
    if filters:
        rows = await queue(ctx, cluster)
        targets = [t for j in rows if cancel_match(j, name, state, user) and (t := kill_target(j))]
        if len(targets) > CANCEL_MAX:
            raise ArgumentError(next(iter(filters)), f"matches {len(targets)} jobs, more than "
                                f"{CANCEL_MAX} at once: narrow it (state, user, name)")  # fmt: skip
    else:
        targets = list(dict.fromkeys(job_ids or []))
    out: dict[str, Any] = {"matched": len(targets), "cancelled": [], "refused": []}
    if filters:
        out["filter"] = filters
    if not targets:
        return out
    try:
        res = await ctx.call("slurm", "delete_jobs", {"jobs": targets}, cluster)
    except BackendError as exc:
        raise LabgateError(f"cancel {len(targets)} jobs: {exc}") from None
    # slurmrestd (and the shim) list only the jobs Slurm refused, by the id as sent
    refused = {}
    for s in (res or {}).get("status") or []:
        err = s.get("error") or {}
        if err.get("code"):
            refused[str(s.get("step_id"))] = str(err.get("message") or err.get("string") or "")[
                :200
            ]
    for t in targets:
        if t in refused:
            out["refused"].append({"job_id": t, "error": quoted(refused[t])})
        else:
            out["cancelled"].append(t)
    return out


def cancel_match(j: dict[str, Any], name: str | None, state: str | None, user: str | None) -> bool:
    states = j.get("job_state") or []
    return (
        (state in states if state else any(s in CANCELLABLE for s in states))
        and (not name or j.get("name") == name)
        and (not user or j.get("user_name") == user)
    )


async def cancel_one(ctx, job_id: str, cluster: str | None) -> dict[str, Any]:
    try:
        res = await ctx.call("slurm", "delete_job", {"job_id": job_id}, cluster)
    except BackendError as exc:
        raise LabgateError(f"cancel {job_id}: {exc}") from None
    # slurmrestd answers HTTP 200 when Slurm refuses (unknown or finished job): status[].error
    for s in (res or {}).get("status") or []:
        err = s.get("error") or {}
        if err.get("code"):
            said = quoted(str(err.get("message") or err.get("string") or ""))
            raise LabgateError(f"cancel {job_id}: Slurm refused with error {err['code']}: {said}")
    return {"job_id": job_id, "cancelled": True}

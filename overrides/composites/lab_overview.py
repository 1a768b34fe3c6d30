"""`lab_overview`: the lab at a glance. Running and pending jobs on every cluster, the runs
active on every tracker, and what failed in the last hours with a one-line reason — each item a
ref that `lab_overview(ref=...)` follows (and `compare_tasks` takes, for runs). With `ref`, the
links of one run or job instead (composites/links.py): a run's job with its state, nodes, GPUs
and log tail, or a job's runs.

Every backend with a `links` provider (see composites/links.py) is asked at once, each instance
on its own: a compute backend's `queue(ctx, user, since_s)`, a tracker's
`active(ctx, since_ms, ref_of)`. One that fails is one entry of `errors`; a progress
notification goes out as each answers. Lists are cut to `LIST_MAX` items (the totals say how
many there are), then halved until the answer fits the byte cap.
"""

from __future__ import annotations

import asyncio
import time
from typing import Annotated, Any

from labgate_overrides.composites.links import (
    LINKERS,
    adapter_role,
    configured,
    follow,
    ref_maker,
    shown,
)  # fmt: skip
from pydantic import Field

from labgate.backends import provider
from labgate.composite import tool
from labgate.envelope import dumps

LIST_MAX = 15
JOB_KEYS = ("name", "user", "partition", "nodes", "gpus", "start", "reason", "end", "exit_code")
RUN_KEYS = ("name", "status", "start", "end", "reason")
EVERYONE = ("*", "all")
REF_FORMS = "mlflow|clearml|slurm|qarnot:<id>, trackio:<project>/<run>"


def clock() -> float:
    """Now, in UNIX seconds (a function: tests replaying recorded traffic fix it)."""
    return time.time()


def _seconds(ms: Any) -> Any:
    return round(ms / 1000) if isinstance(ms, int | float) and ms > 10**11 else ms


def _job(ref_of, row: dict[str, Any], keys=JOB_KEYS) -> dict[str, Any]:
    out = {"ref": ref_of(row.get("job_id") or row.get("uuid"))}
    out.update({k: shown(row[k]) for k in keys if row.get(k) not in (None, "", [])})
    return out


def _run(row: dict[str, Any]) -> dict[str, Any]:
    out = {"ref": row["ref"]}
    out.update({k: shown(_seconds(row[k])) for k in RUN_KEYS if row.get(k) not in (None, "")})
    return out


def fit(out: dict[str, Any], cap: int) -> dict[str, Any]:
    """Cut every list to LIST_MAX, then halve them until the answer fits `cap` bytes."""
    lists = ("running", "pending", "active_runs", "failed")
    keep = LIST_MAX
    while True:
        shown_out = {**out, **{k: out[k][:keep] for k in lists}}
        cut = {k: len(out[k]) for k in lists if len(out[k]) > keep}
        if cut:
            shown_out["truncated"] = {k: f"{keep} of {n} shown" for k, n in cut.items()}
        if len(dumps(shown_out)) <= cap - 200 or keep == 0:
            return shown_out
        keep //= 2


@tool("lab_overview", backend=LINKERS, toolset="analysis")
async def lab_overview(
    ctx,
    ref: Annotated[str | None, Field(min_length=3, max_length=400, description=REF_FORMS)] = None,
    user: Annotated[str | None, Field(max_length=100, description="default: yours; *: all")] = None,
    hours: Annotated[int, Field(ge=1, le=720)] = 24,
):
    """Start here: running/pending jobs, active runs, recent failures. ref: a run's job (state, node, GPUs, log) or a job's runs."""
    if ref is not None:
        return await follow(ctx, ref)
    since = int(clock() - hours * 3600)
    everyone = user in EVERYONE
    targets = [(b, i) for b in LINKERS for i in configured(ctx, b)]
    total, done = len(targets), 0
    await ctx.progress(0, total, f"asking {total} backend instances")

    async def one(backend: str, instance: str) -> Any:
        nonlocal done
        sub = ctx.using(backend, instance)
        p = provider("links", backend)
        try:
            if adapter_role(backend) == "compute":
                inst = ctx.instance(backend, instance)
                who = None if everyone else (user or str(inst.auth.get("user") or "") or None)
                return await p.queue(sub, who, since)
            return await p.active(sub, since * 1000, ref_maker(ctx, backend, instance))
        finally:
            done += 1
            await ctx.progress(done, total, f"{backend}@{instance} answered")

    got = await asyncio.gather(*(one(b, i) for b, i in targets), return_exceptions=True)
    out: dict[str, Any] = {"since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(since)),
                           "running": [], "pending": [], "active_runs": [], "failed": []}  # fmt: skip
    errors: dict[str, str] = {}
    failed: list[tuple[float, dict[str, Any]]] = []
    for (backend, instance), result in zip(targets, got, strict=True):
        key = f"{backend}@{instance}"
        if isinstance(result, BaseException):
            if not isinstance(result, Exception):
                raise result
            errors[key] = str(result)[:300] or type(result).__name__
            continue
        ref_of = ref_maker(ctx, backend, instance)
        if adapter_role(backend) == "compute":
            out["running"] += [_job(ref_of, r) for r in result.get("running", [])]
            out["pending"] += [_job(ref_of, r) for r in result.get("pending", [])]
            failed += [(r.get("end") or 0, _job(ref_of, r)) for r in result.get("failed", [])]
            if result.get("failed_error"):
                errors[f"{key} (failed jobs)"] = result["failed_error"]
        else:
            out["active_runs"] += [_run(r) for r in result.get("active", [])]
            failed += [(_seconds(r.get("end")) or 0, _run(r)) for r in result.get("failed", [])]
        if result.get("more"):
            errors[f"{key} (partial)"] = result["more"]
    out["failed"] = [f for _, f in sorted(failed, key=lambda x: x[0] or 0, reverse=True)]
    out["totals"] = {k: len(out[k]) for k in ("running", "pending", "active_runs", "failed")}
    if errors:
        out["errors"] = errors
    out["user"] = "everyone" if everyone else (user or "yours (each cluster's configured user)")
    return fit(out, ctx.settings.byte_cap)

"""The Slurm provider of `where_to_submit`: every partition of every configured cluster, judged
against the job, with the scheduler's start estimate (`sbatch --test-only`, through the shim)."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from labgate_overrides.composites.where_to_submit import Candidate, Request, when
from labgate_overrides.slurm_tools import (
    extension,
    job_description,
    num,
    partition_usage,
    sbatch_flags,
)

from labgate.errors import LabgateError, quoted

# Operation ids this module calls: checked against the spec when the registry loads.
USES = ("get_shares",)
EXTENSIONS = ("estimate_job",)


def _gpu_count(gpus: dict[str, int], kind: str | None) -> int:
    return gpus.get(kind, 0) if kind else sum(gpus.values())


def judge(p: dict[str, Any], req: Request) -> tuple[bool, bool, list[str]]:
    """(fits at all, fits right now, reasons) for one partition's usage record."""
    why: list[str] = []
    kind = req.gpu_type
    label = f"{kind} GPUs" if kind else "GPUs"
    total_gpus = _gpu_count(p["gpus_total"], kind)
    free_gpus = _gpu_count(p["gpus_free"], kind)
    cpus = (req.cpus or 1) * (req.nodes or 1)
    if p["state"] != "UP":
        return False, False, [f"partition is {quoted(str(p['state']))}"]
    if req.gpus and total_gpus < req.gpus:
        types = ", ".join(f"{n} {quoted(t)}" for t, n in p["gpus_total"].items()) or "none"
        return (
            False,
            False,
            [f"needs {req.gpus} {label}, partition has {total_gpus} (GPUs: {types})"],
        )
    if cpus > p["cpus_total"]:
        return False, False, [f"needs {cpus} CPUs, partition has {p['cpus_total']} usable"]
    if req.nodes and req.nodes > p["nodes_up"]:
        return False, False, [f"needs {req.nodes} nodes, {p['nodes_up']} are up"]
    if (
        req.time_limit_min
        and p["max_time_min"] is not None
        and req.time_limit_min > p["max_time_min"]
    ):
        return (
            False,
            False,
            [f"time limit {req.time_limit_min} min exceeds MaxTime {p['max_time_min']} min"],
        )
    now = (not req.gpus or free_gpus >= req.gpus) and p["cpus_free"] >= cpus
    if req.gpus:
        why.append(f"{free_gpus} of {total_gpus} {label} free now")
    why.append(f"{p['cpus_free']} of {p['cpus_total']} CPUs free")
    if p["pending_jobs"]:
        why.append(
            f"{p['pending_jobs']} jobs pending ahead ({p['pending_gpus']} GPUs, {p['pending_cpus']} CPUs)"
        )
    else:
        why.append("no jobs pending")
    if not now:
        why.append("not enough free right now: it would queue")
    return True, now and not p["pending_jobs"], why


async def _fairshare(ctx, cluster: str, user: str) -> float | None:
    try:
        data = await ctx.call("slurm", "get_shares", {}, cluster)
    except LabgateError:
        return None
    for row in (data.get("shares") or {}).get("shares") or []:
        if row.get("name") == user and "USER" in (row.get("type") or []):
            value = num((row.get("fairshare") or {}).get("factor"))
            return value if isinstance(value, float | int) and value != float("inf") else None
    return None


async def _estimate(ctx, cluster: str, job: dict[str, Any]) -> tuple[float | None, str | None]:
    body = {"job": {**job, "script": "#!/bin/sh\ntrue\n"}}
    try:
        res = await extension(ctx, "estimate_job", body, cluster)
    except LabgateError as exc:  # an estimate is optional: its failure is a reason, not an outage
        return None, str(exc)[:200]
    start = num((res or {}).get("start_time"))
    if start is None and res:  # one missing field costs that field, not the cluster
        return None, "the scheduler's estimate has no start_time"
    return (float(start), None) if start is not None else (None, None)


async def slurm_cluster(ctx, inst, req: Request) -> list[Candidate]:
    try:
        usage, fairshare = await asyncio.gather(
            partition_usage(ctx, inst.name),
            _fairshare(ctx, inst.name, str(inst.auth.get("user", ""))),
        )
    except LabgateError as exc:
        return [Candidate("slurm", inst.name, error=str(exc)[:300])]
    out = []
    for p in usage:
        if req.partitions and p["name"] not in req.partitions:
            continue
        fits, now, reasons = judge(p, req)
        job = job_description(partition=p["name"], gpus=req.gpus, gpu_type=req.gpu_type, cpus=req.cpus,
                              memory_mb=req.memory_mb, time_limit=str(req.time_limit_min) if req.time_limit_min else None,
                              nodes=req.nodes)  # fmt: skip
        flags = sbatch_flags(job)
        if inst.options.get("default_account"):
            flags.append(f"--account={inst.options['default_account']}")
        if fairshare is not None and fits:
            reasons.append(f"your fairshare factor {fairshare:.2f}")
        out.append(Candidate(
            "slurm", inst.name, p["name"], fits=fits, fits_now=now, pending_ahead=p["pending_jobs"],
            fairshare=fairshare, free={"cpus": p["cpus_free"], "gpus": p["gpus_free"]},
            total={"cpus": p["cpus_total"], "gpus": p["gpus_total"]}, reasons=reasons, submit=flags,
        ))  # fmt: skip
    fitting = [c for c in out if c.fits]

    async def estimate(c: Candidate) -> None:
        job = job_description(partition=c.target, gpus=req.gpus, gpu_type=req.gpu_type, cpus=req.cpus,
                              memory_mb=req.memory_mb, time_limit=str(req.time_limit_min) if req.time_limit_min else None,
                              nodes=req.nodes)  # fmt: skip
        start, err = await _estimate(ctx, inst.name, job)
        if start is not None:
            c.start_estimate = start
            c.reasons.insert(0, f"Slurm estimates the start {when(start, time.time())}")
        elif err:
            c.reasons.append(f"no start estimate: {err}")

    await asyncio.gather(*(estimate(c) for c in fitting))
    return out


async def slurm_provider(ctx, req: Request) -> list[Candidate]:
    insts = ctx.settings.instances.get("slurm") or []
    groups = await asyncio.gather(*(slurm_cluster(ctx, i, req) for i in insts))
    return [c for g in groups for c in g]

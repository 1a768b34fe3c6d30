"""Slurm resources: a job, and a job with its output tail, read with slurm_get_job's own logic,
and the completers of job ids and partitions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from labgate_overrides.slurm_tools import JobId, get_job

from labgate.context import CallContext
from labgate.resources import resource

# Operation ids this module calls: checked against the spec when the registry loads.
USES = ("get_jobs", "get_partitions")

TAIL_BYTES = 4096


async def queued_job_ids(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The ids of the jobs in the cluster's queue, newest first (one call)."""
    jobs = (await ctx.call("slurm", "get_jobs", {})).get("jobs") or []
    return [str(j["job_id"]) for j in reversed(jobs) if j.get("job_id") is not None]


async def partition_names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The cluster's partitions (one call)."""
    parts = (await ctx.call("slurm", "get_partitions", {})).get("partitions") or []
    return [p["name"] for p in parts if p.get("name")]


@resource(
    "slurm://{cluster}/jobs/{job_id}",
    backend="slurm",
    name="slurm_job",
    complete={"job_id": queued_job_ids},
)
async def job(ctx: CallContext, job_id: JobId):
    """A Slurm job: state, times, exit code, nodes, from the queue or accounting (as
    slurm_get_job)."""
    return await get_job(ctx, job_id)


@resource(
    "slurm://{cluster}/jobs/{job_id}/{stream}",
    backend="slurm",
    name="slurm_job_output",
    complete={"job_id": queued_job_ids},
)
async def job_output(ctx: CallContext, job_id: JobId, stream: Literal["stdout", "stderr"]):
    """A Slurm job with the last 4 KB of its stdout or stderr (as slurm_get_job output=)."""
    return await get_job(ctx, job_id, output=stream, tail_bytes=TAIL_BYTES)

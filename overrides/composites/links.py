"""Runs ↔ jobs (`lab_overview(ref=...)`): from a run to the job or task that produced it, or from a job or task to the
runs that carry its id.

Every backend that takes part declares a `links` provider in its adapter
(`providers={"links": "module:OBJECT"}`). A tracker's object has

    async run(ctx, ident, ref) -> (summary, [(source, {key: value})])   what the run records
    async runs_of(ctx, [(source, key, value)], ref_of) -> (runs, notes)  runs carrying a value
    async active(ctx, since_ms, ref_of) -> {"active": [...], "failed": [...]}   (lab_overview)

and a compute backend's object

    check_id(job_id) -> str                      refuses what is not one of its ids
    async job(ctx, job_id, tail) -> dict         state, nodes, GPUs, log tail
    named_runs(job) -> [(tracker, ident, via)]   runs the job itself names (its environment)
    keys(job_id) -> [(source, key, value)]       the conventions a run may carry its id by
    async queue(ctx, user, since_s) -> {...}     running, pending, failed (lab_overview)

Which job a run points at is read here, the same way for every tracker: labgate's own tags
(`labgate.job`, `labgate.<backend>.job_id` + `.cluster`, written by a tracked submit), then
the conventions people already use (`SLURM_JOB_ID` / `slurm_job_id` / `slurm.job_id` as a tag,
a param, a config key or a logged environment variable). A value is followed only when it is
a valid id of a configured backend and cluster; anything else is reported, never called.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any

from labgate.backends import adapter, provider, provider_backends
from labgate.errors import ArgumentError, LabgateError, quoted

SHOWN_MAX = 200  # characters of a backend-supplied value echoed in an answer
MAX_JOBS = 3  # distinct jobs a run may point at that are fetched
LINKERS = provider_backends("links")
REF = re.compile(r"^(?P<backend>[a-z]+)(?:@(?P<instance>[A-Za-z0-9_.-]{1,64}))?:(?P<id>\S{1,300})$")

# (key as normalised by `norm`, the compute backend it names): conventions a run may use
CONVENTIONS = {
    "slurm_job_id": "slurm",
    "slurm_jobid": "slurm",
}
ARRAY = ("slurm_array_job_id", "slurm_array_task_id")


def shown(value: Any) -> Any:
    """A backend-supplied string as it may appear in an answer: bounded."""
    if isinstance(value, str) and len(value) > SHOWN_MAX:
        return f"{value[:SHOWN_MAX]}… ({len(value) - SHOWN_MAX} more characters)"
    return value


def one_line(text: str) -> str:
    line = next((s.strip() for s in str(text).splitlines() if s.strip()), "")
    return shown(line)


def norm(key: str) -> str:
    """`Environment/SLURM_JOB_ID`, `slurm.job_id`, `SLURM-JOB-ID` → `slurm_job_id`."""
    return re.sub(r"[.\- ]", "_", key.rsplit("/", 1)[-1].strip().lower())


@dataclass(frozen=True)
class JobKey:
    backend: str
    cluster: str | None  # None: the convention does not say which cluster
    job_id: str
    via: str  # where it was found, e.g. "tag labgate.job"


def parse_ref(ref: str, field: str = "ref") -> tuple[str, str | None, str]:
    m = REF.match(ref.strip())
    if not m:
        raise ArgumentError(field, f"{shown(ref)!r} is not <backend>[@instance]:<id>")
    return m["backend"], m["instance"], m["id"]


def jobs_named(sources: list[tuple[str, dict[str, str]]]) -> tuple[list[JobKey], list[str]]:
    """The jobs a run's records point at, labgate's tags first; and the conventions tried."""
    tried = ["tag labgate.job", "tag labgate.<backend>.job_id (+ .cluster)",
             "tag/param/config/environment SLURM_JOB_ID, slurm_job_id, slurm.job_id "
             "(+ SLURM_ARRAY_JOB_ID/SLURM_ARRAY_TASK_ID)"]  # fmt: skip
    found: list[JobKey] = []
    for source, values in sources:
        if source == "tag":
            if "labgate.job" in values:
                try:
                    b, c, i = parse_ref(values["labgate.job"])
                    found.append(JobKey(b, c, i, "tag labgate.job"))
                except ArgumentError:
                    found.append(JobKey("?", None, values["labgate.job"], "tag labgate.job"))
            for key, value in values.items():
                m = re.fullmatch(r"labgate\.([a-z]+)\.job_id", key)
                if m:
                    cluster = values.get(f"labgate.{m[1]}.cluster")
                    found.append(JobKey(m[1], cluster, value, f"tag {key}"))
        normed = {norm(k): (k, v) for k, v in values.items()}
        for conv, backend in CONVENTIONS.items():
            if conv in normed:
                key, value = normed[conv]
                found.append(JobKey(backend, None, value, f"{source} {key}"))
        if all(a in normed for a in ARRAY):
            (k1, job), (_, task) = normed[ARRAY[0]], normed[ARRAY[1]]
            found.append(JobKey("slurm", None, f"{job}_{task}", f"{source} {k1}"))
    unique: dict[tuple[str, str], JobKey] = {}
    for k in found:  # labgate's tags (with a cluster) come first and win
        unique.setdefault((k.backend, k.job_id), k)
    return list(unique.values()), tried


def configured(ctx, backend: str) -> list[str]:
    return [i.name for i in ctx.settings.instances.get(backend) or []]


def ref_maker(ctx, backend: str, instance: str):
    several = len(configured(ctx, backend)) > 1
    return lambda ident: f"{backend}@{instance}:{ident}" if several else f"{backend}:{ident}"


async def job_detail(ctx, key: JobKey, tail: bool) -> dict[str, Any]:
    """A job a run points at, fetched only when its backend, cluster and id are valid here."""
    out: dict[str, Any] = {"via": key.via}
    clusters = configured(ctx, key.backend) if key.backend in LINKERS else []
    if adapter_role(key.backend) != "compute" or not clusters:
        return {**out, "job": shown(key.job_id),
                "error": f"{quoted(shown(key.backend))} is not a compute backend configured here; not followed"}  # fmt: skip
    if key.cluster is not None and key.cluster not in clusters:
        return {**out, "job": shown(key.job_id),
                "error": f"cluster {quoted(shown(key.cluster))} is not configured here "
                         f"(configured: {', '.join(clusters)}); not followed"}  # fmt: skip
    p = provider("links", key.backend)
    try:
        job_id = p.check_id(key.job_id)
    except LabgateError as exc:
        return {**out, "job": shown(key.job_id), "error": f"{exc}; not followed"}
    cluster = key.cluster or clusters[0]
    out["ref"] = ref_maker(ctx, key.backend, cluster)(job_id)
    if key.cluster is None and len(clusters) > 1:
        out["note"] = f"the run does not say which cluster: looked on {cluster}, the first"
    try:
        out.update(await p.job(ctx.using(key.backend, cluster), job_id, tail))
    except LabgateError as exc:
        out["error"] = str(exc)[:300]
    return out


def adapter_role(backend: str) -> str | None:
    try:
        return adapter(backend).role
    except KeyError:
        return None


async def from_run(ctx, backend: str, instance: str, ident: str, tail: bool) -> dict[str, Any]:
    p = provider("links", backend)
    ref = ref_maker(ctx, backend, instance)(ident)
    summary, sources = await p.run(ctx.using(backend, instance), ident, ref)
    keys, tried = jobs_named(sources)
    out: dict[str, Any] = {"run": summary}
    if not keys:
        out["jobs"] = []
        out["note"] = "no job found in the run's records; conventions tried: " + "; ".join(tried)
        return out
    out["jobs"] = list(await asyncio.gather(*(job_detail(ctx, k, tail) for k in keys[:MAX_JOBS])))
    if len(keys) > MAX_JOBS:
        out["more_jobs"] = [f"{k.backend}:{shown(k.job_id)} ({k.via})" for k in keys[MAX_JOBS:]]
    return out


def _runs_pointing_here(run_tags: dict[str, str], backend: str, cluster: str) -> bool | None:
    """True/False when labgate's tags name a cluster for this backend; None when they do not."""
    said = run_tags.get(f"labgate.{backend}.cluster")
    if said is None and run_tags.get("labgate.job", "").startswith(f"{backend}@"):
        said = run_tags["labgate.job"].split("@", 1)[1].rsplit(":", 1)[0]
    return None if said is None else said == cluster


async def from_job(ctx, backend: str, cluster: str, job_id: str, tail: bool) -> dict[str, Any]:
    p = provider("links", backend)
    job_id = p.check_id(job_id)
    job = await p.job(ctx.using(backend, cluster), job_id, tail)
    out: dict[str, Any] = {"job": {"ref": ref_maker(ctx, backend, cluster)(job_id), **job}}
    runs: list[dict[str, Any]] = []
    for tracker, ident, via in p.named_runs(job):
        if configured(ctx, tracker):
            runs.append(
                {"ref": ref_maker(ctx, tracker, configured(ctx, tracker)[0])(ident), "via": via}
            )
    keys = p.keys(job_id)
    tried = [f"{source} {key} = {value!r}" for source, key, value in keys]
    elsewhere, errors = 0, {}
    trackers = [b for b in LINKERS if adapter_role(b) == "tracker" and configured(ctx, b)]

    async def search(tracker: str, instance: str):
        sub = ctx.using(tracker, instance)
        return await provider("links", tracker).runs_of(
            sub, keys, ref_maker(ctx, tracker, instance)
        )

    pairs = [(t, i) for t in trackers for i in configured(ctx, t)]
    await ctx.progress(0, len(pairs), "searching the trackers")
    got = await asyncio.gather(*(search(t, i) for t, i in pairs), return_exceptions=True)
    notes: list[str] = []
    seen = {r["ref"] for r in runs}
    for (tracker, instance), result in zip(pairs, got, strict=True):
        if isinstance(result, BaseException):
            errors[f"{tracker}@{instance}"] = str(result)[:300]
            continue
        found, said = result
        notes += said
        for r in found:
            here = _runs_pointing_here(r.pop("tags", {}) or {}, backend, cluster)
            if here is False:
                elsewhere += 1  # the same id on another cluster: not this job
                continue
            if r["ref"] in seen:
                continue
            seen.add(r["ref"])
            if here is None and len(configured(ctx, backend)) > 1:
                r["note"] = "the run does not say which cluster"
            runs.append(r)
    await ctx.progress(len(pairs), len(pairs), "done")
    out["runs"] = runs
    if elsewhere:
        out["other_clusters"] = f"{elsewhere} run(s) carry this id for another cluster: not shown"
    if errors:
        out["errors"] = errors
    if not runs:
        out["note"] = ("no run carries this id; tried on " + (", ".join(trackers) or "no tracker")
                       + ": " + "; ".join(tried + notes))  # fmt: skip
    return out


async def follow(ctx, ref: str, tail: bool = True) -> dict[str, Any]:
    """A run's job, or a job's runs (`ref`: <backend>[@instance]:<id>)."""
    backend, instance, ident = parse_ref(ref)
    if backend not in LINKERS:
        raise ArgumentError(
            "ref", f"unknown backend {quoted(backend)}; use one of {', '.join(LINKERS)}"
        )
    names = configured(ctx, backend)
    if not names:
        raise ArgumentError("ref", f"{backend} is not configured on this server")
    if instance is not None and instance not in names:
        raise ArgumentError(
            "ref", f"no {backend} instance {instance!r}; use one of {', '.join(names)}"
        )
    instance = instance or names[0]
    if adapter_role(backend) == "compute":
        return await from_job(ctx, backend, instance, ident, tail)
    return await from_run(ctx, backend, instance, ident, tail)

"""Submit with tracking: the run is created first, its identity goes into the job's environment,
and once the job is submitted the run is tagged with it; a submission that fails marks the run
FAILED with the reason, so no run is left dangling.

A submit tool (`slurm_submit_job`, `qarnot_submit_task`) gains one hook:

    tracked = await begin(ctx, track, env)     # validates every target, then creates the runs
    env |= tracked.env                         # what the job's code attaches with
    try: job_id = <submit>
    except BaseException as exc: await tracked.failed(str(exc)); raise
    answer["runs"] = await tracked.submitted(Job(backend, cluster, job_id, command))

Each tracker's adapter declares a `track` provider (`providers={"track": "module:OBJECT"}`),
an object with
    keys: frozenset[str]              what its `track` entry accepts (besides `instance`)
    env_names: tuple[str, ...]        the variables it puts in the job's environment
    async start(ctx, spec) -> Run     creates the run (a write), with `Run.env` for the job
    async linked(ctx, run, job)       tags the run with the job (labgate's tag names, `tags`)
    async failed(ctx, run, reason)    marks the run failed with the reason

No credential ever goes into a job's environment or a tag: only run ids, names and the
tracker's URL, checked against every registered secret before the job sees them.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import WithJsonSchema

from labgate.backends import adapters, provider, provider_backends
from labgate.errors import ArgumentError, LabgateError, redact_secrets, strip_userinfo

# the `track` argument: {"<tracker>": {"experiment"|"project": ..., "run_name": ..., "instance": ...}}
# (checked by `parse`, naming the key: the list of tools shows only "object")
Target = Annotated[dict[str, Any], WithJsonSchema({"type": "object"})] | None
MAX_TARGETS = 3
TAG_PREFIX = "labgate."
VALUE_MAX = 1000  # characters of a tag value labgate writes (the submit command is cut there)
REASON_MAX = 500


@dataclass(frozen=True)
class Job:
    backend: str  # "slurm", "qarnot"
    cluster: str  # the configured instance name
    job_id: str
    command: str  # the submit command, for people (sbatch flags, the Qarnot call)

    @property
    def ref(self) -> str:
        return f"{self.backend}@{self.cluster}:{self.job_id}"


@dataclass
class Run:
    backend: str
    instance: str
    ident: str  # the tracker's id of the run (MLflow run id, ClearML task id, project/run)
    env: dict[str, str] = field(default_factory=dict)
    shown: dict[str, Any] = field(default_factory=dict)  # what the answer says besides the ref
    several: bool = False  # the tracker has several instances: refs name this one

    @property
    def ref(self) -> str:
        at = f"@{self.instance}" if self.several else ""
        return f"{self.backend}{at}:{self.ident}"


def tags(job: Job) -> dict[str, str]:
    """labgate's own tag names for the job a run came from."""
    return {
        f"{TAG_PREFIX}job": job.ref,
        f"{TAG_PREFIX}{job.backend}.cluster": job.cluster,
        f"{TAG_PREFIX}{job.backend}.job_id": job.job_id,
        f"{TAG_PREFIX}submit": job.command[:VALUE_MAX],
    }


def trackers() -> tuple[str, ...]:
    return provider_backends("track")


def clean_url(url: str) -> str:
    """A tracker's URL as a job may see it: no userinfo, no query (a write token may ride there)."""
    return strip_userinfo(url.split("?", 1)[0].split("#", 1)[0]).rstrip("/")


def check_clean(values: dict[str, str], where: str) -> None:
    """Refuse (before anything is sent) a value that carries a registered credential."""
    for key, value in values.items():
        if redact_secrets(value) != value or "***@" in strip_userinfo(value):
            raise LabgateError(f"internal: {where} {key} would carry a credential; refused")


def parse(ctx, track: dict[str, Any] | None, env: dict[str, str] | None):
    """[(backend, instance name, spec)], every target checked before any run is created."""
    out: list[tuple[str, str, dict[str, str]]] = []
    if not track:
        return out
    names = trackers()
    if len(track) > MAX_TARGETS:
        raise ArgumentError("track", f"at most {MAX_TARGETS} trackers")
    for backend, spec in track.items():
        where = f"track.{backend}"
        if backend not in names:
            if backend in adapters() and adapters()[backend].role == "tracker":
                raise ArgumentError(where, f"{adapters()[backend].title} offers no way to hand a "
                                    "run to a job (its client reads no run identity from the "
                                    f"environment); use one of {', '.join(names)}")  # fmt: skip
            raise ArgumentError(where, f"not a tracker; use one of {', '.join(names)}")
        if not ctx.settings.instances.get(backend):
            why = ctx.settings.absent.get(backend, "not configured")
            raise ArgumentError(where, f"{backend} is not configured on this server ({why})")
        p = provider("track", backend)
        if not isinstance(spec, dict):
            raise ArgumentError(where, 'must be an object, e.g. {"experiment": "sweep"}')
        spec = dict(spec)
        instance = spec.pop("instance", None)
        if instance is not None:
            known = [i.name for i in ctx.settings.instances[backend]]
            if instance not in known:
                raise ArgumentError(
                    f"{where}.instance", f"no {backend} instance {instance!r}; use one of {known}"
                )
        unknown = sorted(set(spec) - set(p.keys))
        if unknown:
            raise ArgumentError(
                f"{where}.{unknown[0]}",
                f"unknown key; {backend} takes {sorted(p.keys)} and instance",
            )
        for key, value in spec.items():
            if not isinstance(value, str) or not 0 < len(value) <= 250:
                raise ArgumentError(f"{where}.{key}", "must be a string of 1 to 250 characters")
        clash = sorted(set(env or {}) & set(p.env_names))
        if clash:
            raise ArgumentError(f"env.{clash[0]}", f"set by track.{backend}: leave it out of env")
        out.append((backend, instance or ctx.instance(backend).name, spec))
    return out


class Tracked:
    def __init__(self, ctx, runs: list[Run]):
        self.ctx, self.runs = ctx, runs

    @property
    def env(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for run in self.runs:
            out.update(run.env)
        return out

    def _ctx(self, run: Run):
        return self.ctx.using(run.backend, run.instance)

    async def submitted(self, job: Job) -> list[dict[str, Any]]:
        """Tag every run with the job; a tag that fails is said, the job stays submitted."""

        async def one(run: Run) -> dict[str, Any]:
            out = {"ref": run.ref, **run.shown, "env": sorted(run.env)}
            try:
                await provider("track", run.backend).linked(self._ctx(run), run, job)
            except Exception as exc:  # noqa: BLE001 - the job runs; the answer says what failed
                out["tag_error"] = str(exc)[:300]
            return out

        return list(await asyncio.gather(*(one(r) for r in self.runs)))

    async def failed(self, reason: str) -> list[str]:
        """Mark every run failed with the reason; what could not be marked, said."""
        reason = f"labgate: submission failed: {reason}"[:REASON_MAX]

        async def one(run: Run) -> str | None:
            try:
                await provider("track", run.backend).failed(self._ctx(run), run, reason)
            except Exception as exc:  # noqa: BLE001 - reported beside the submit error
                return f"{run.ref}: could not be marked failed ({str(exc)[:200]})"
            return None

        return [e for e in await asyncio.gather(*(one(r) for r in self.runs)) if e]


async def begin(ctx, track: dict[str, Any] | None, env: dict[str, str] | None):
    """The runs of `track`, created (None without `track`). A run that cannot be created marks
    the ones already made failed and raises: nothing is submitted."""
    if not track:
        return None
    targets = parse(ctx, track, env)
    runs: list[Run] = []
    for backend, instance, spec in targets:
        sub = ctx.using(backend, instance)
        try:
            run = await provider("track", backend).start(sub, spec)
        except Exception as exc:
            await Tracked(ctx, runs).failed(f"not submitted: the {backend} run failed ({exc})")
            raise
        run.several = len(ctx.settings.instances.get(backend) or []) > 1
        check_clean(run.env, f"track.{backend}: job variable")
        runs.append(run)
    return Tracked(ctx, runs)


async def submit(ctx, track, env, job_env: dict[str, str], send, job_of) -> tuple[Any, list]:
    """The whole hook: runs created, their variables added to `job_env`, `send()` submitted,
    then `job_of(result)` (a Job, or None when the backend answered without an id) tagged on
    the runs. Returns (result, the runs' answer)."""
    tracked = await begin(ctx, track, env)
    if tracked is None:
        return await send(), []
    job_env.update(tracked.env)
    try:
        result = await send()
        job = job_of(result)
        if job is None:
            raise LabgateError("the backend answered without a job id")
    except BaseException as exc:
        unmarked = await asyncio.shield(tracked.failed(str(exc) or type(exc).__name__))
        if unmarked and isinstance(exc, LabgateError):
            raise LabgateError(f"{exc} (and {'; '.join(unmarked)})") from None
        raise
    return result, await tracked.submitted(job)

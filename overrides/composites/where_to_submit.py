"""Where should this job run? A ranking over every configured compute backend.

`where_to_submit` builds a `Request`, asks every backend's provider (declared by its adapter:
`providers={"where_to_submit": "module:function"}`) concurrently and ranks what they return
with `rank`. A provider is

    async def provide(ctx, request: Request) -> list[Candidate]

returning one `Candidate` per place it knows (a Slurm partition, a cloud profile), whether
the job fits there or not, so that "nothing fits" can say why. A provider that cannot
reach one of its instances returns a Candidate with `error` set for it (never drops it);
if the provider itself raises, every instance of that backend is reported unreachable.

- `Request`: what the job needs. `gpus` (0 = CPU only), `gpu_type` (None = any), `cpus`
  (per task/node, None = 1), `memory_mb`, `time_limit_min`, `nodes`, `partitions` (only
  these targets, None = all).
- `Candidate`: one target. `backend` ("slurm", "qarnot", ...), `cluster` (the configured
  instance name), `target` (partition or profile), `fits` (could ever run the job there),
  `fits_now` (free resources right now), `start_estimate` (UNIX seconds, from the
  scheduler when it offers one, e.g. `sbatch --test-only`), `pending_ahead` (jobs queued
  there before it), `fairshare` (0..1 when exposed), `cost_per_hour` (cloud, optional),
  `free`/`total` (e.g. {"cpus": 6, "gpus": {"a100": 2}}), `reasons` (plain words, shown
  to the user), `submit` (exact flags or arguments to submit with, e.g. sbatch flags),
  `error` (set when the instance did not answer; everything else is then empty).
- `rank(candidates, now)`: fitting candidates, scored 0..100 (an earlier start wins;
  free now, fairshare and a short queue add), best first; the others are returned
  separately with their reasons.
"""

from __future__ import annotations

import asyncio
import re
import shlex
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any

from pydantic import Field

from labgate.backends import provider, provider_backends
from labgate.composite import tool
from labgate.errors import ArgumentError, quoted


@dataclass(frozen=True)
class Request:
    gpus: int = 0
    gpu_type: str | None = None
    cpus: int | None = None
    memory_mb: int | None = None
    time_limit_min: int | None = None
    nodes: int | None = None
    partitions: tuple[str, ...] | None = None


@dataclass
class Candidate:
    backend: str
    cluster: str
    target: str = ""
    fits: bool = False
    fits_now: bool = False
    start_estimate: float | None = None
    pending_ahead: int = 0
    fairshare: float | None = None
    cost_per_hour: float | None = None
    free: dict[str, Any] = field(default_factory=dict)
    total: dict[str, Any] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    submit: list[str] = field(default_factory=list)
    error: str | None = None
    score: int = 0

    def summary(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v not in (None, [], {}, "")}
        out.pop("fits", None)
        return out


Provider = Callable[[Any, Request], Awaitable[list[Candidate]]]


def score(c: Candidate, now: float) -> int:
    """0..100: the start time dominates (each 10 minutes of waiting halves it)."""
    if c.start_estimate is not None:
        wait = max(0.0, c.start_estimate - now)
    elif c.fits_now:
        wait = 0.0
    else:
        wait = 1800.0 * (1 + c.pending_ahead)  # no estimate: assume a queue
    base = 85.0 / (1.0 + wait / 600.0)
    bonus = (7.0 if c.fits_now else 0.0) + 5.0 * (c.fairshare or 0.0)
    bonus += 3.0 if c.pending_ahead == 0 else 0.0
    return max(0, min(100, round(base + bonus)))


def rank(
    candidates: list[Candidate], now: float | None = None
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """(ranked fitting, not fitting, unreachable)."""
    now = time.time() if now is None else now
    fitting = [c for c in candidates if c.error is None and c.fits]
    for c in fitting:
        c.score = score(c, now)
    fitting.sort(key=lambda c: (-c.score, c.start_estimate or now, c.cluster, c.target))
    rest = [c for c in candidates if c.error is None and not c.fits]
    down = [c for c in candidates if c.error is not None]
    return fitting, rest, down


async def gather(ctx: Any, request: Request, backends: list[str]) -> list[Candidate]:
    """Every provider of the configured `backends`, concurrently; failures become errors."""
    names = [b for b in backends if b in provider_backends("where_to_submit")]

    async def one(backend: str) -> list[Candidate]:
        try:
            return await provider("where_to_submit", backend)(ctx, request)
        except Exception as exc:  # noqa: BLE001 - reported as unreachable, never dropped
            insts = ctx.settings.instances.get(backend) or []
            msg = f"{type(exc).__name__}: {exc}"[:300]
            return [Candidate(backend, i.name, error=msg) for i in insts] or [
                Candidate(backend, backend, error=msg)
            ]

    results = await asyncio.gather(*(one(b) for b in names))
    return [c for group in results for c in group]


TIME_LIMIT = re.compile(r"^(?:(\d+)-)?(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?$")


def minutes(limit: str) -> int:
    """`90`, `1:30:00`, `2-00:00:00` (Slurm --time forms) → minutes."""
    m = TIME_LIMIT.fullmatch(limit.strip())
    if not m:
        raise ArgumentError("time_limit", "use minutes (90), H:MM:SS (1:30:00) or D-HH:MM:SS")
    d, a, b, c = (int(x) if x else 0 for x in m.groups())
    if m.group(3) is None:  # plain minutes, or D-HH
        return d * 1440 + (a * 60 if m.group(1) else a)
    if m.group(4) is None:  # MM:SS or D-HH:MM
        return d * 1440 + a * 60 + b if m.group(1) else a + (1 if b else 0)
    return d * 1440 + a * 60 + b + (1 if c else 0)


def when(ts: float | None, now: float) -> str:
    if ts is None:
        return "unknown"
    wait = ts - now
    if wait <= 60:
        return "now"
    clock = time.strftime("%H:%M", time.localtime(ts))
    return f"{clock} (in {round(wait / 60)} min)" if wait < 86400 else f"in {wait / 3600:.0f} h"


def _submit_line(c: Candidate) -> str:
    """Slurm candidates carry sbatch flags; cloud ones carry the tool call that submits. Every
    word is shell-quoted: partition and profile names come from the backend."""
    return shlex.join(["sbatch", *c.submit] if c.backend == "slurm" else c.submit)


@tool("where_to_submit", backend=provider_backends("where_to_submit"), toolset="compute")
async def where_to_submit(
    ctx,
    gpus: Annotated[int, Field(ge=0)] = 0,
    gpu_type: str | None = None,
    cpus: Annotated[int | None, Field(ge=1, description="per node")] = None,
    memory_mb: Annotated[int | None, Field(ge=1)] = None,
    time_limit: Annotated[str | None, Field(description="90, 1:30:00 or 2-00:00:00")] = None,
    nodes: Annotated[int | None, Field(ge=1)] = None,
    partitions: list[str] | None = None,
):
    """Rank Slurm partitions and Qarnot profiles for a job: reasons, submit flags."""
    req = Request(
        gpus=gpus, gpu_type=gpu_type, cpus=cpus, memory_mb=memory_mb,
        time_limit_min=minutes(time_limit) if time_limit else None, nodes=nodes,
        partitions=tuple(partitions) if partitions else None,
    )  # fmt: skip
    now = time.time()
    ranked, rest, down = rank(await gather(ctx, req, list(ctx.registry.backends)), now)
    out: dict[str, Any] = {
        "ranked": [
            {"cluster": c.cluster, "partition": c.target, "backend": c.backend, "score": c.score,
             "start": when(c.start_estimate, now) if c.start_estimate else ("now" if c.fits_now else "unknown"),
             "reasons": c.reasons, "free": c.free, "submit": _submit_line(c)}
            for c in ranked
        ],
        "not_fitting": [{"cluster": c.cluster, "partition": c.target, "why": "; ".join(c.reasons)} for c in rest],
        "unreachable": [{"cluster": c.cluster, "backend": c.backend, "error": c.error} for c in down],
    }  # fmt: skip
    if ranked:
        best = ranked[0]
        out["answer"] = (f"Submit to {quoted(best.target)} on {best.cluster} (score {best.score}): "
                         f"{best.reasons[0]}. Use: {out['ranked'][0]['submit']}")  # fmt: skip
    else:
        whys = [f"{c.cluster}/{quoted(c.target)}: {'; '.join(c.reasons)}" for c in rest]
        whys += [f"{c.cluster}: unreachable ({c.error})" for c in down]
        out["answer"] = "Nothing fits. " + (" | ".join(whys) or "No cluster is configured.")
    return out

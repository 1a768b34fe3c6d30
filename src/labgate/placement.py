"""Where should this job run? A ranking over every configured compute backend.

`where_to_submit` (overrides/placement.py) builds a `Request`, asks every provider in
`PROVIDERS` concurrently and ranks what they return with `rank`. A provider is

    PROVIDERS["<backend>"] = async def provide(ctx, request: Request) -> list[Candidate]

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
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any


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
PROVIDERS: dict[str, Provider] = {}


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
    names = [b for b in backends if b in PROVIDERS]

    async def one(backend: str) -> list[Candidate]:
        try:
            return await PROVIDERS[backend](ctx, request)
        except Exception as exc:  # noqa: BLE001 - reported as unreachable, never dropped
            insts = ctx.settings.instances.get(backend) or []
            msg = f"{type(exc).__name__}: {exc}"[:300]
            return [Candidate(backend, i.name, error=msg) for i in insts] or [
                Candidate(backend, backend, error=msg)
            ]

    results = await asyncio.gather(*(one(b) for b in names))
    return [c for group in results for c in group]

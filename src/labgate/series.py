"""Metric series: windows by step or time, stats, and downsampling to a point cap.

Downsampling keeps real points (no averaging): `cap` indices spread evenly over the window,
always including the first and last; the stats are computed on the full window first, so
extremes are never lost to sampling.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Point:
    step: int
    value: Any  # as the backend sent it: a number, or "NaN", null, text (kept out of min/max)
    timestamp: int | None = None  # epoch milliseconds


def window(
    points: Iterable[Point], step_min=None, step_max=None, time_min=None, time_max=None
) -> list[Point]:
    out = []
    for p in points:
        if step_min is not None and p.step < step_min or step_max is not None and p.step > step_max:
            continue
        if p.timestamp is not None and (
            time_min is not None
            and p.timestamp < time_min
            or time_max is not None
            and p.timestamp > time_max
        ):
            continue
        out.append(p)
    return sorted(out, key=lambda p: (p.step, p.timestamp or 0))


def sample_indices(n: int, cap: int) -> list[int]:
    if n <= cap:
        return list(range(n))
    if cap == 1:
        return [n - 1]
    return sorted({round(i * (n - 1) / (cap - 1)) for i in range(cap)})


def downsample(points: list[Point], cap: int) -> list[Point]:
    return [points[i] for i in sample_indices(len(points), cap)]


def _finite(values: list[Any]) -> list[float]:
    return [v for v in values if isinstance(v, (int, float)) and math.isfinite(v)]


def stats(points: list[Point]) -> dict[str, Any]:
    if not points:
        return {"count": 0}
    values = _finite([p.value for p in points])
    out: dict[str, Any] = {
        "count": len(points),
        "last": points[-1].value,
        "last_step": points[-1].step,
    }
    if values:
        out["min"], out["max"] = min(values), max(values)
    return out


def compact(points: list[Point]) -> list[list[Any]]:
    """[[step, value], ...] — the cheapest honest JSON for a curve."""
    return [[p.step, p.value] for p in points]

"""`compare_tasks`: runs and tasks side by side, across trackers.

A provider per tracker (declared by its adapter: `providers={"compare_tasks": "module:fn"}`)
turns ids into `Record`s with as few backend calls as the API allows; this module aligns
metrics and diffs parameters and tags. A ref that fails becomes a per-ref error, never a
failed comparison.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field

from labgate.backends import provider, provider_backends
from labgate.composite import tool
from labgate.errors import ArgumentError
from labgate.series import Point, compact, downsample, stats


@dataclass
class Record:
    ref: str
    name: str | None = None
    status: str | None = None
    start: int | None = None  # epoch ms
    end: int | None = None
    user: str | None = None
    source: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, Any] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)  # latest value per metric
    history: dict[str, list[Point]] = field(default_factory=dict)  # per metric, when fetched
    sampled: set[str] = field(default_factory=set)  # metrics whose history the backend sampled

    def summary(self) -> dict[str, Any]:
        duration = (self.end - self.start) / 1000 if self.start and self.end else None
        out = {
            "name": self.name,
            "status": self.status,
            "start": self.start,
            "end": self.end,
            "duration_s": duration,
            "user": self.user,
            "source": self.source,
        }
        return {k: v for k, v in out.items() if v not in (None, "")}


# async fetch(ctx, ids, metrics, want_history) -> {id: Record | Exception}; `ctx` already goes
# to the instance the refs named
Provider = Callable[
    [Any, list[str], list[str] | None, bool], Awaitable[dict[str, "Record | Exception"]]
]


def parse_refs(
    refs: list[str], instances: dict[str, list[str]]
) -> dict[tuple[str, str | None], list[str]]:
    """`<backend>[@<instance>]:<id>` refs grouped by (backend, instance); `instances` holds the
    configured instance names per backend."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for i, ref in enumerate(refs):
        head, sep, ident = ref.partition(":")
        backend, at, instance = head.partition("@")
        if not sep or not ident or (at and not instance) or any(c in ident for c in "\\ \t\n"):
            raise ArgumentError(
                f"refs.{i}",
                f"{ref!r} is not of the form <backend>[@<instance>]:<id> (e.g. mlflow:<run_id>, "
                "trackio:<project>/<run>)",
            )
        if backend not in TRACKERS:
            raise ArgumentError(
                f"refs.{i}",
                f"unknown tracker {backend!r}; use one of {', '.join(sorted(TRACKERS))}",
            )
        names = instances.get(backend) or []
        if not names:
            raise ArgumentError(f"refs.{i}", f"{backend} is not configured on this server")
        if at and instance not in names:
            raise ArgumentError(
                f"refs.{i}", f"no {backend} instance {instance!r}; use one of {', '.join(names)}"
            )
        ids = groups.setdefault((backend, instance or None), [])
        if ident not in ids:
            ids.append(ident)
    return groups


def diff(
    values: dict[str, dict[str, Any]], only: list[str] | None = None
) -> tuple[dict[str, dict[str, Any]], int]:
    """Keys whose value differs across refs (missing counts as different) and the count that agree."""
    keys = set(only) if only else {k for v in values.values() for k in v}
    differing, same = {}, 0
    for key in sorted(keys):
        per_ref = {ref: v.get(key) for ref, v in values.items()}
        if len({repr(x) for x in per_ref.values()}) > 1:
            differing[key] = per_ref
        else:
            same += 1
    return differing, same


def align(
    records: list[Record], metrics: list[str] | None, series: bool, max_points: int
) -> tuple[dict, dict]:
    names = metrics or sorted({m for r in records for m in (*r.last, *r.history)})
    table: dict[str, dict[str, Any]] = {}
    curves: dict[str, dict[str, list]] = {}
    for m in names:
        for r in records:
            hist = r.history.get(m)
            if hist:
                s = stats(hist)
                if m in r.last:
                    s["last"] = r.last[m]
                if m in r.sampled:
                    s["sampled"] = True
            elif m in r.last:
                s = {"last": r.last[m]}
            else:
                continue
            table.setdefault(m, {})[r.ref] = s
            if series and hist:
                curves.setdefault(m, {})[r.ref] = compact(downsample(hist, max_points))
    return table, curves


def fit(out: dict[str, Any], refs: list[str], cap: int) -> dict[str, Any]:
    """Keep a comparison under the byte cap, saying exactly what was left out and how to get it."""
    from labgate.envelope import dumps

    if len(dumps(out)) <= cap:
        return out
    notes = []
    if "series" in out:
        out = {k: v for k, v in out.items() if k != "series"}
        notes.append(
            "series omitted (byte cap): ask for fewer refs or metrics, or a smaller max_points"
        )
    keep = len(refs)
    while keep > 1 and len(dumps(_only(out, set(refs[:keep])))) > cap - 300:
        keep = keep * 3 // 4
    if keep < len(refs):
        out = _only(out, set(refs[:keep]))
        out["omitted_refs"] = len(refs) - keep
        notes.append(
            f"showing the first {keep} of {len(refs)} refs (byte cap): call again with refs[{keep}:]"
        )
    return {**out, "truncated": True, "note": "; ".join(notes)}


def _only(out: dict[str, Any], refs: set[str]) -> dict[str, Any]:
    def per_ref(table: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {k: {r: v for r, v in row.items() if r in refs} for k, row in table.items()}

    return {
        **out,
        "summary": {r: v for r, v in out["summary"].items() if r in refs},
        "metrics": per_ref(out["metrics"]),
        "params_diff": per_ref(out["params_diff"]),
        "tags_diff": per_ref(out["tags_diff"]),
        **({"series": per_ref(out["series"])} if "series" in out else {}),
    }


MAX_NAMES = 50  # metrics or params named in one comparison
Name = Annotated[str, Field(min_length=1, max_length=250)]
TRACKERS = provider_backends("compare_tasks")


@tool("compare_tasks", backend=TRACKERS, toolset="analysis")
async def compare_tasks(
    ctx,
    refs: Annotated[
        list[str],
        Field(min_length=1, max_length=500, description=f"{'|'.join(TRACKERS)}[@instance]:<id>"),
    ],
    metrics: Annotated[list[Name] | None, Field(max_length=MAX_NAMES)] = None,
    params: Annotated[list[Name] | None, Field(max_length=MAX_NAMES)] = None,
    series: bool | None = None,
    max_points: Annotated[int, Field(ge=2, le=2000)] = 200,
    chart: bool | None = None,
):
    """Compare runs across trackers: metric stats (series: curves, chart: PNG), param/tag diffs."""
    instances = {
        b: [i.name for i in ctx.settings.instances.get(b, [])] for b in ctx.registry.backends
    }
    groups = parse_refs(refs, instances)
    calls_before = ctx.calls
    await ctx.progress(0, len(refs), "fetching")
    results = await asyncio.gather(
        *(
            provider("compare_tasks", b)(ctx.using(b, inst), ids, metrics, True)
            for (b, inst), ids in groups.items()
        ),
        return_exceptions=True,
    )
    records, errors = [], {}
    for ((backend, instance), ids), got in zip(groups.items(), results, strict=True):
        for ident in ids:
            ref = f"{backend}@{instance}:{ident}" if instance else f"{backend}:{ident}"
            value = (
                got if isinstance(got, BaseException) else got.get(ident, KeyError("not returned"))
            )
            if isinstance(value, BaseException):
                errors[ref] = str(value) or type(value).__name__
            else:
                value.ref = ref
                records.append(value)
    await ctx.progress(len(refs), len(refs), "aligning")
    table, curves = align(records, metrics, bool(series or chart), max_points)
    params_diff, params_same = diff({r.ref: r.params for r in records}, params)
    tags_diff, _ = diff({r.ref: r.tags for r in records})
    out = {
        "summary": {r.ref: r.summary() for r in records},
        "metrics": table,
        "params_diff": params_diff,
        "params_same": params_same,
        "tags_diff": tags_diff,
        "backend_calls": ctx.calls - calls_before,
    }
    if series:
        out["series"] = curves
    if errors:
        out["errors"] = errors
    out = fit(out, [r.ref for r in records], ctx.settings.byte_cap)
    if not chart:
        return out
    from labgate.charts import chart_within

    image, note = chart_within(f"{len(records)} runs compared", curves, ctx.settings.byte_cap)
    if note:
        out["chart_note"] = note
    return ctx.result(out, image)

"""Runs and tasks side by side, across trackers: the pure half of `compare_tasks`.

A provider per tracker (registered by the overrides modules) turns ids into `Record`s with
as few backend calls as the API allows; this module aligns metrics and diffs parameters
and tags. A ref that fails becomes a per-ref error, never a failed comparison.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

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


# backend -> async fetch(ctx, ids, metrics, want_history) -> {id: Record | Exception}
Provider = Callable[
    [Any, list[str], list[str] | None, bool], Awaitable[dict[str, "Record | Exception"]]
]
PROVIDERS: dict[str, Provider] = {}


def parse_refs(
    refs: list[str], instances: dict[str, list[str]]
) -> dict[tuple[str, str | None], list[str]]:
    """`<backend>[@<instance>]:<id>` refs grouped by (backend, instance); `instances` holds the
    configured instance names per backend."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for i, ref in enumerate(refs):
        head, sep, ident = ref.partition(":")
        backend, at, instance = head.partition("@")
        if not sep or not ident or (at and not instance) or any(c in ident for c in "/\\ \t\n"):
            raise ArgumentError(
                f"refs.{i}",
                f"{ref!r} is not of the form <backend>[@<instance>]:<id> (e.g. mlflow:<run_id>)",
            )
        if backend not in PROVIDERS:
            raise ArgumentError(
                f"refs.{i}",
                f"unknown tracker {backend!r}; use one of {', '.join(sorted(PROVIDERS))}",
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

"""compare_tasks: runs and tasks side by side, across trackers (providers in <backend>_tools.py)."""

from __future__ import annotations

import asyncio
from typing import Annotated

from pydantic import Field

from labgate import compare
from labgate.composite import tool
from labgate.runtime import CHOSEN

MAX_NAMES = 50  # metrics or params named in one comparison
Name = Annotated[str, Field(min_length=1, max_length=250)]


@tool("compare_tasks", backend=("mlflow", "clearml"), toolset="analysis")
async def compare_tasks(
    ctx,
    refs: Annotated[
        list[str],
        Field(min_length=1, max_length=500, description="mlflow|clearml[@instance]:<id>"),
    ],
    metrics: Annotated[list[Name] | None, Field(max_length=MAX_NAMES)] = None,
    params: Annotated[list[Name] | None, Field(max_length=MAX_NAMES)] = None,
    series: Annotated[bool, Field(description="add curves")] = False,
    max_points: Annotated[int, Field(ge=2, le=2000)] = 200,
    chart: Annotated[bool, Field(description="add a PNG")] = False,
):
    """Compare MLflow runs and ClearML tasks: metric stats, param and tag diffs."""
    instances = {
        b: [i.name for i in ctx.settings.instances.get(b, [])] for b in ctx.registry.backends
    }
    groups = compare.parse_refs(refs, instances)
    calls_before = ctx.runtime.calls
    await ctx.progress(0, len(refs), "fetching")

    async def fetch(backend: str, instance: str | None, ids: list[str]):
        if instance:  # gather runs this in its own task: the choice stays with this group
            CHOSEN.set((backend, instance))
        return await compare.PROVIDERS[backend](ctx, ids, metrics, True)

    results = await asyncio.gather(
        *(fetch(b, inst, ids) for (b, inst), ids in groups.items()), return_exceptions=True
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
    table, curves = compare.align(records, metrics, series or chart, max_points)
    params_diff, params_same = compare.diff({r.ref: r.params for r in records}, params)
    tags_diff, _ = compare.diff({r.ref: r.tags for r in records})
    out = {
        "summary": {r.ref: r.summary() for r in records},
        "metrics": table,
        "params_diff": params_diff,
        "params_same": params_same,
        "tags_diff": tags_diff,
        "backend_calls": ctx.runtime.calls - calls_before,
    }
    if series:
        out["series"] = curves
    if errors:
        out["errors"] = errors
    out = compare.fit(out, [r.ref for r in records], ctx.settings.byte_cap)
    if not chart:
        return out
    from labgate.charts import chart_within
    from labgate.tools import to_result

    image, note = chart_within(f"{len(records)} runs compared", curves, ctx.settings.byte_cap)
    if note:
        out["chart_note"] = note
    return to_result(out, *([image] if image else []))

"""Trackio resources: a run's summary and a metric series, read with trackio_runs' and
trackio_metric's own logic, and the completers of projects, runs and metric names."""

from __future__ import annotations

from collections.abc import Mapping

from labgate_overrides.trackio_tools import Name, metric, runs

from labgate.context import CallContext
from labgate.resources import resource

# Operation ids this module calls: checked against the spec when the registry loads.
USES = ("get_all_projects", "get_run_summary", "get_runs_for_project")


async def _data(ctx: CallContext, op: str, args: dict) -> list | dict:
    return (await ctx.call("trackio", op, args) or {}).get("data") or []


async def project_names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """Every project (one call)."""
    return [p for p in await _data(ctx, "get_all_projects", {}) if isinstance(p, str)]


async def run_names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The runs of the project already given (one call)."""
    if not given.get("project"):
        return []
    found = await _data(ctx, "get_runs_for_project", {"project": given["project"]})
    return [r["name"] for r in found if isinstance(r, dict) and r.get("name")]


async def metric_names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The metrics of the run already given (one call)."""
    if not given.get("project") or not given.get("run"):
        return []
    args = {"project": given["project"], "run": given["run"]}
    summary = await _data(ctx, "get_run_summary", args)
    return list(summary.get("metrics") or []) if isinstance(summary, dict) else []


COMPLETE = {"project": project_names, "run": run_names}


@resource(
    "trackio://{instance}/projects/{project}/runs/{run}",
    backend="trackio",
    name="trackio_run",
    complete=COMPLETE,
)
async def run(ctx: CallContext, project: Name, run: Name):
    """A Trackio run: config, metric and system-metric names, number of logs (as trackio_runs)."""
    return await runs(ctx, project=project, run=run)


@resource(
    "trackio://{instance}/projects/{project}/runs/{run}/metrics/{name*}",
    backend="trackio",
    name="trackio_metric_series",
    complete={**COMPLETE, "name": metric_names},
)
async def series(ctx: CallContext, project: Name, run: Name, name: Name):
    """A Trackio run's metric series, downsampled to 500 points, stats over all (as
    trackio_metric)."""
    return await metric(ctx, project=project, run=run, metric=name, max_points=500)

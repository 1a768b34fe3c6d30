"""MLflow resources: a run, a metric series, an artifact, read with the curated tools' own
logic (`mlflow_get_run`, `mlflow_get_metric_history`, `mlflow_artifacts`), and the completers
of their parameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from labgate_overrides.mlflow_tools import RunId, artifacts, get_run, metric_history
from pydantic import Field

from labgate.context import CallContext
from labgate.resources import resource

# Operation ids this module calls: checked against the spec when the registry loads.
USES = ("get_run", "search_experiments", "search_runs")

RECENT = 100  # runs (and experiments) a completion looks at: one backend call each


async def experiment_names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The most recently updated experiments' names (one call)."""
    args = {"max_results": RECENT, "order_by": ["last_update_time DESC"]}
    page = await ctx.call("mlflow", "search_experiments", args)
    return [e["name"] for e in page.get("experiments") or [] if e.get("name")]


async def recent_run_ids(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The ids of the latest runs of the most recently updated experiments (two calls)."""
    args = {"max_results": RECENT, "order_by": ["last_update_time DESC"]}
    page = await ctx.call("mlflow", "search_experiments", args)
    ids = [e["experiment_id"] for e in page.get("experiments") or []]
    if not ids:
        return []
    runs = await ctx.call(
        "mlflow",
        "search_runs",
        {"experiment_ids": ids, "max_results": RECENT, "order_by": ["attributes.start_time DESC"]},
    )
    return [r["info"]["run_id"] for r in runs.get("runs") or []]


async def metric_keys(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
    """The metric keys of the run already given (one call)."""
    if not given.get("run_id"):
        return []
    run = (await ctx.call("mlflow", "get_run", {"run_id": given["run_id"]}))["run"]
    return sorted(m["key"] for m in run.get("data", {}).get("metrics") or [])


@resource(
    "mlflow://{instance}/runs/{run_id}",
    backend="mlflow",
    name="mlflow_run",
    complete={"run_id": recent_run_ids},
)
async def run(ctx: CallContext, run_id: RunId):
    """An MLflow run: status, times, params, latest metrics, tags (as mlflow_get_run)."""
    return await get_run(ctx, run_id)


@resource(
    "mlflow://{instance}/runs/{run_id}/metrics/{metric*}",
    backend="mlflow",
    name="mlflow_metric_series",
    complete={"run_id": recent_run_ids, "metric": metric_keys},
)
async def metric(ctx: CallContext, run_id: RunId, metric: Annotated[str, Field(max_length=250)]):
    """A run's metric series, downsampled to 500 points, stats over all (as
    mlflow_get_metric_history)."""
    return await metric_history(ctx, run_id, metric, max_points=500)


@resource(
    "mlflow://{instance}/runs/{run_id}/artifacts/{path*}",
    backend="mlflow",
    name="mlflow_artifact",
    complete={"run_id": recent_run_ids},
)
async def artifact(ctx: CallContext, run_id: RunId, path: Annotated[str, Field(max_length=1024)]):
    """A run's artifact: a text file's first bytes, or a directory's listing (as
    mlflow_artifacts)."""
    return await artifacts(ctx, run_id, path, max_bytes=ctx.settings.byte_cap // 2)

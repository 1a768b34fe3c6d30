"""MLflow composites: compact run, metric history windows, best run, artifact reading,
and the MLflow provider for compare_tasks."""

from __future__ import annotations

import asyncio
import posixpath
from typing import Annotated, Any, Literal

from fastmcp.tools.base import ToolResult
from mcp.types import TextContent
from pydantic import Field

from labgate import compare
from labgate.composite import tool
from labgate.envelope import decode_cursor, dumps, envelope
from labgate.errors import ArgumentError, BackendError
from labgate.series import Point, compact, downsample, stats, window

RunId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
HISTORY_PAGE = 25_000
BULK_MAX = 2_500  # points per run the bulk-interval endpoint is asked for
CONCURRENCY = 8
SHOWN_SYSTEM_TAGS = {
    "mlflow.source.name",
    "mlflow.source.git.commit",
    "mlflow.user",
    "mlflow.parentRunId",
}


def _kv(items: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {i["key"]: i.get("value") for i in items or []}


def to_record(ref: str, run: dict[str, Any]) -> compare.Record:
    info, data = run.get("info", {}), run.get("data", {})
    tags = _kv(data.get("tags"))
    return compare.Record(
        ref=ref,
        name=info.get("run_name") or tags.get("mlflow.runName"),
        status=info.get("status"),
        start=info.get("start_time"),
        end=info.get("end_time"),
        user=info.get("user_id") or tags.get("mlflow.user"),
        source=tags.get("mlflow.source.git.commit") or tags.get("mlflow.source.name"),
        params=_kv(data.get("params")),
        tags={
            k: v for k, v in tags.items() if not k.startswith("mlflow.") or k in SHOWN_SYSTEM_TAGS
        },
        last={m["key"]: m.get("value") for m in data.get("metrics") or []},
    )


@tool("mlflow_get_run", backend="mlflow")
async def get_run(ctx, run_id: RunId):
    """One run: status, times, params, latest metrics, tags."""
    run = (await ctx.call("mlflow", "get_run", {"run_id": run_id}))["run"]
    rec = to_record(f"mlflow:{run_id}", run)
    info = run.get("info", {})
    return {
        "run_id": run_id,
        "experiment_id": info.get("experiment_id"),
        **rec.summary(),
        "artifact_uri": info.get("artifact_uri"),
        "params": rec.params,
        "metrics": {
            m["key"]: {"value": m.get("value"), "step": m.get("step")}
            for m in run["data"].get("metrics") or []
        },
        "tags": rec.tags,
    }


async def metric_points(ctx, run_id: str, key: str) -> list[Point]:
    """Every point of one metric of one run, following the backend's pages."""
    points: list[Point] = []
    token = None
    while True:
        args = {"run_id": run_id, "metric_key": key, "max_results": HISTORY_PAGE}
        if token:
            args["page_token"] = token
        page = await ctx.call("mlflow", "get_metric_history", args)
        points += [
            Point(int(m.get("step", 0)), m.get("value"), m.get("timestamp"))
            for m in page.get("metrics") or []
        ]
        token = page.get("next_page_token")
        if not token:
            return points


@tool("mlflow_get_metric_history", backend="mlflow")
async def metric_history(
    ctx,
    run_id: RunId,
    metric: Annotated[str, Field(min_length=1, max_length=250)],
    step_min: int | None = None,
    step_max: int | None = None,
    time_min: Annotated[int | None, Field(description="epoch ms")] = None,
    time_max: int | None = None,
    max_points: Annotated[int, Field(ge=2, le=5000)] = 500,
    chart: bool = False,
):
    """A run's metric curve in a step/time window, downsampled to max_points (stats use every point)."""
    pts = window(await metric_points(ctx, run_id, metric), step_min, step_max, time_min, time_max)
    shown = downsample(pts, max_points)
    out = {"run_id": run_id, "metric": metric, "stats": stats(pts), "points": compact(shown)}
    if len(shown) < len(pts):
        out["downsampled_from"] = len(pts)
    if not chart:
        return out
    from labgate.charts import line_chart

    image = line_chart(f"{metric} — run {run_id[:8]}", {metric: {run_id[:8]: out["points"]}})
    return ToolResult(
        content=[TextContent(type="text", text=dumps(out).decode()), image], structured_content=out
    )


@tool("mlflow_best_run", backend="mlflow")
async def best_run(
    ctx,
    experiment_ids: Annotated[list[str], Field(min_length=1)],
    metric: Annotated[str, Field(min_length=1, max_length=250)],
    goal: Literal["max", "min"] = "max",
    filter: str | None = None,
    top: Annotated[int, Field(ge=1, le=20)] = 3,
):
    """Top runs of experiments by a metric (goal max or min), with params."""
    order = f"metrics.`{metric}` {'DESC' if goal == 'max' else 'ASC'}"
    args = {"experiment_ids": experiment_ids, "order_by": [order], "max_results": top}
    if filter:
        args["filter"] = filter
    runs = (await ctx.call("mlflow", "search_runs", args)).get("runs") or []
    ranked = []
    for run in runs:
        rec = to_record("", run)
        if metric in rec.last:
            ranked.append(
                {
                    "run_id": run["info"]["run_id"],
                    "name": rec.name,
                    metric: rec.last[metric],
                    "params": rec.params,
                }
            )
    if not ranked:
        return {"best": None, "note": f"no run of these experiments has the metric {metric!r}"}
    return {"best": ranked[0], "ranking": ranked}


def safe_artifact_path(path: str) -> str:
    if not path or "\x00" in path or "\\" in path or path.startswith("/") or "://" in path:
        raise ArgumentError("path", "must be a relative artifact path like 'dir/file.txt'")
    norm = posixpath.normpath(path)
    if norm.startswith("..") or norm == ".":
        raise ArgumentError("path", "must stay inside the run's artifact root (no '..')")
    return norm


@tool("mlflow_artifacts", backend="mlflow")
async def artifacts(
    ctx,
    run_id: RunId,
    path: Annotated[str, Field(max_length=1024)] = "",
    max_bytes: Annotated[int, Field(ge=1, le=1_000_000)] = 65_536,
    cursor: str | None = None,
):
    """List a run's artifacts (path = folder) or read a text artifact (path = file, first max_bytes)."""
    rel = safe_artifact_path(path) if path else ""
    args = {"run_id": run_id, **({"path": rel} if rel else {})}
    token, offset = decode_cursor(cursor)
    if token:
        args["page_token"] = token
    listing = await ctx.call("mlflow", "list_artifacts", args)
    files = listing.get("files") or []
    if files or not rel:
        return envelope(
            files,
            page_token=token,
            offset=offset,
            next_token=listing.get("next_page_token"),
            byte_cap=ctx.settings.byte_cap,
            extra={"root_uri": listing.get("root_uri")},
        )
    return await read_artifact(ctx, run_id, rel, max_bytes)


async def read_artifact(ctx, run_id: str, rel: str, max_bytes: int) -> dict[str, Any]:
    inst = ctx.runtime.instance("mlflow", None)
    http = ctx.runtime.client(inst).get_async_httpx_client()
    ctx.runtime.calls += 1
    # /get-artifact is the server's own download route: it works for every artifact store the
    # server can read (the proto-defined proxy route only for mlflow-artifacts:/ roots).
    async with http.stream(
        "GET", "/get-artifact", params={"run_uuid": run_id, "path": rel}
    ) as resp:
        if resp.status_code >= 400:
            raise BackendError("mlflow", resp.status_code, await resp.aread())
        data = b""
        async for chunk in resp.aiter_bytes():
            data += chunk
            if len(data) > max_bytes:
                break
        size = resp.headers.get("content-length")
    truncated = len(data) > max_bytes
    data = data[:max_bytes]
    out: dict[str, Any] = {"run_id": run_id, "path": rel, "size": int(size) if size else None}
    if b"\x00" in data[:8192]:
        return {**out, "binary": True, "note": "binary file: not shown"}
    out["text"] = data.decode("utf-8", errors="replace")
    out["truncated"] = truncated
    if truncated:
        out["note"] = f"showing the first {max_bytes} bytes; raise max_bytes (≤ 1,000,000) for more"
    return out


@tool("mlflow_models", backend="mlflow")
async def models(
    ctx,
    name: Annotated[
        str | None, Field(description="a model's exact name: list its versions")
    ] = None,
    filter: Annotated[str | None, Field(description="e.g. \"name LIKE '%bert%'\"")] = None,
    cursor: str | None = None,
    max_items: Annotated[int, Field(ge=1, le=1000)] = 100,
):
    """Registered models with their latest versions, or every version of one model (stage, source run, status)."""
    token, offset = decode_cursor(cursor)
    if name:
        quoted = name.replace("'", "\\'")
        args = {
            "filter": f"name='{quoted}'" + (f" and {filter}" if filter else ""),
            "max_results": max_items,
        }
        op, key = "search_model_versions", "model_versions"
    else:
        args = {"max_results": max_items, **({"filter": filter} if filter else {})}
        op, key = "search_registered_models", "registered_models"
    if token:
        args["page_token"] = token
    page = await ctx.call("mlflow", op, args)
    return envelope(
        page.get(key) or [],
        page_token=token,
        offset=offset,
        next_token=page.get("next_page_token"),
        byte_cap=ctx.settings.byte_cap,
    )


async def _history_batched(ctx, run_ids: list[str], key: str) -> dict[str, list[Point]]:
    """One backend call per 100 runs for one metric (the API's batched history endpoint)."""
    out: dict[str, list[Point]] = {r: [] for r in run_ids}
    for i in range(0, len(run_ids), 100):
        chunk = run_ids[i : i + 100]
        page = await ctx.call(
            "mlflow",
            "get_metric_history_bulk_interval",
            {"run_ids": chunk, "metric_key": key, "max_results": BULK_MAX},
        )
        for m in page.get("metrics") or []:
            out.setdefault(m["run_id"], []).append(
                Point(int(m.get("step", 0)), m.get("value"), m.get("timestamp"))
            )
    return out


async def fetch_for_compare(ctx, ids: list[str], metrics: list[str] | None, want_history: bool):
    sem = asyncio.Semaphore(CONCURRENCY)

    async def one(run_id: str):
        async with sem:
            try:
                return to_record(
                    f"mlflow:{run_id}",
                    (await ctx.call("mlflow", "get_run", {"run_id": run_id}))["run"],
                )
            except Exception as exc:  # noqa: BLE001 - becomes this ref's error
                return exc

    got = dict(zip(ids, await asyncio.gather(*(one(i) for i in ids))))
    if not want_history:
        return got
    ok = {i: r for i, r in got.items() if isinstance(r, compare.Record)}
    keys = metrics or sorted({k for r in ok.values() for k in r.last})
    histories = await asyncio.gather(
        *(_history_batched(ctx, list(ok), k) for k in keys), return_exceptions=True
    )
    for key, hist in zip(keys, histories):
        if isinstance(hist, BaseException):
            continue
        for run_id, pts in hist.items():
            if run_id in ok and pts:
                ok[run_id].history[key] = sorted(pts, key=lambda p: p.step)
                if len(pts) >= BULK_MAX:
                    ok[run_id].sampled.add(key)
    return got


compare.PROVIDERS["mlflow"] = fetch_for_compare

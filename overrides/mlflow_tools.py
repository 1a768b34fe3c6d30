"""MLflow composites: compact run, metric history windows, best run, artifact reading,
and the MLflow provider for compare_tasks."""

from __future__ import annotations

import asyncio
import posixpath
import re
from typing import Annotated, Any, Literal

from labgate_overrides.composites import compare_tasks as compare
from pydantic import Field

from labgate.composite import tool
from labgate.envelope import decode_cursor, envelope
from labgate.errors import ArgumentError, BackendError, LabgateError, quoted
from labgate.paging import Pages
from labgate.series import Point, compact, downsample, stats, window

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "get_metric_history",
    "get_metric_history_bulk_interval",
    "get_run",
    "list_artifacts",
    "search_experiments",
    "search_model_versions",
    "search_registered_models",
    "search_runs",
)

RunId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # may be quoted inside a filter string
HISTORY_PAGE = 25_000  # MLflow's own cap per get-history page
BULK_MAX = 2_500  # get-history-bulk-interval: max_results must be 1..2500 (3.17.2 rejects 2501)
BULK_RUNS = 100  # ... and at most 100 run_ids per call
SEARCH_IDS = 100  # run ids per `attributes.run_id IN (...)` search
CONCURRENCY = 8
RUN_FIELDS = [
    "info.run_id",
    "info.run_name",
    "info.status",
    "info.start_time",
    "info.end_time",
    "data.metrics",
    "data.params",
]
SHOWN_SYSTEM_TAGS = {
    "mlflow.source.name",
    "mlflow.source.git.commit",
    "mlflow.user",
    "mlflow.parentRunId",
}


def _kv(items: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {i["key"]: i.get("value") for i in items or []}


def rejected(exc: BackendError, **args: Any) -> LabgateError:
    """A 400 from a search names the argument MLflow refused (its own messages rarely do)."""
    if exc.status != 400:
        return exc
    why = exc.message.removeprefix("INVALID_PARAMETER_VALUE: ")
    ordering = "order" in why.lower()
    for name, value in args.items():
        if value and (name == "order_by") == ordering:
            return ArgumentError(name, f"MLflow rejected {value!r}: {quoted(why)}")
    return exc


async def search(ctx, op: str, args: dict[str, Any], **named: Any) -> dict[str, Any]:
    try:
        return await ctx.call("mlflow", op, args)
    except BackendError as exc:
        raise rejected(exc, **named) from None


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


@tool("mlflow_get_run", backend="mlflow", replaces="get_run")
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


@tool("mlflow_search_runs", backend="mlflow", replaces="search_runs")
async def search_runs(
    ctx,
    experiment_ids: Annotated[list[str] | None, Field(min_length=1)] = None,
    filter: str | None = None,
    order_by: list[str] | None = None,
    max_items: Annotated[int, Field(ge=1, le=1000)] = 100,
    fields: list[str] | None = None,
    cursor: str | None = None,
):
    """Find runs by filter ("metrics.acc > 0.9"), order_by; no experiment_ids: all active."""
    state, offset = decode_cursor(cursor)
    # The cursor carries the backend page size, so a page cut by the byte cap is refetched alike.
    token, size = state if isinstance(state, list) and len(state) == 2 else (state, max_items)
    if not offset:
        size = max_items
    if not isinstance(size, int) or not 1 <= size <= 1000 or not isinstance(token, str | None):
        raise ArgumentError("cursor", "not a cursor this tool issued; pass next_cursor unchanged")
    if experiment_ids is None:  # every active experiment, as MLflow's UI searches them
        found, _ = await ctx.paginate(
            "mlflow", "search_experiments", {"max_results": 1000, "view_type": "ACTIVE_ONLY"},
            items="experiments", what="experiments",
        )  # fmt: skip
        experiment_ids = [e["experiment_id"] for e in found]
        if not experiment_ids:
            return envelope([], byte_cap=ctx.settings.byte_cap)
    args: dict[str, Any] = {
        "experiment_ids": experiment_ids,
        "max_results": size,
    }
    if filter:
        args["filter"] = filter
    if order_by:
        args["order_by"] = order_by
    if token:
        args["page_token"] = token
    page = await search(ctx, "search_runs", args, filter=filter, order_by=order_by)
    nxt = page.get("next_page_token")
    return envelope(
        page.get("runs") or [],
        page_token=[token, size],
        offset=offset,
        next_token=[nxt, size] if nxt else None,
        fields=fields or RUN_FIELDS,
        max_items=max_items,
        byte_cap=ctx.settings.byte_cap,
    )


async def metric_points(ctx, run_id: str, key: str) -> tuple[list[Point], Pages]:
    """Every point of one metric of one run, following the backend's pages (bounded)."""
    points: list[Point] = []
    token = None
    pages = Pages(f"history of {key!r}")
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
        if not pages.more(token):
            return points, pages


@tool("mlflow_get_metric_history", backend="mlflow", replaces="get_metric_history")
async def metric_history(
    ctx,
    run_id: RunId,
    metric: Annotated[str, Field(min_length=1, max_length=250)],
    step_min: int | None = None,
    step_max: int | None = None,
    time_min: Annotated[int | None, Field(description="epoch ms")] = None,
    time_max: int | None = None,
    max_points: Annotated[int, Field(ge=2, le=5000)] = 500,
    chart: bool | None = None,
):
    """A metric's curve in a step/time window, downsampled; stats use all points."""
    every, pages = await metric_points(ctx, run_id, metric)
    if not every:  # MLflow answers {} for an unknown run as for an unknown metric: tell them apart
        run = (await ctx.call("mlflow", "get_run", {"run_id": run_id}))["run"]
        known = sorted(m["key"] for m in run.get("data", {}).get("metrics") or [])
        raise ArgumentError("metric", f"run {run_id} has no metric {metric!r}; it has {known}")
    pts = window(every, step_min, step_max, time_min, time_max)
    shown = downsample(pts, max_points)
    out: dict[str, Any] = {
        "run_id": run_id,
        "metric": metric,
        "stats": stats(pts),
        "points": compact(shown),
    }
    if len(shown) < len(pts):
        out["downsampled_from"] = len(pts)
    pages.mark(out)
    if not chart:
        return out
    from labgate.charts import chart_within

    curves = {metric: {run_id[:8]: out["points"]}}
    image, note = chart_within(f"{metric} — run {run_id[:8]}", curves, ctx.settings.byte_cap)
    if note:
        out["chart_note"] = note
    return ctx.result(out, image)


@tool("mlflow_best_run", backend="mlflow")
async def best_run(
    ctx,
    experiment_ids: Annotated[list[str], Field(min_length=1)],
    metric: Annotated[str, Field(min_length=1, max_length=250)],
    goal: Literal["max", "min"] = "max",
    filter: str | None = None,
    top: Annotated[int, Field(ge=1, le=20)] = 3,
):
    """Top runs of experiments by a metric (goal max/min)."""
    order = f"metrics.`{metric}` {'DESC' if goal == 'max' else 'ASC'}"
    args = {"experiment_ids": experiment_ids, "order_by": [order], "max_results": top}
    if filter:
        args["filter"] = filter
    runs = (await search(ctx, "search_runs", args, filter=filter)).get("runs") or []
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
    path: Annotated[str | None, Field(max_length=1024)] = None,
    max_bytes: Annotated[int, Field(ge=1, le=1_000_000)] = 65_536,
    offset: Annotated[int, Field(ge=-1_000_000)] = 0,
    cursor: str | None = None,
):
    """List a run's artifacts, or read a text file (path = a file; offset < 0: from its end)."""
    rel = safe_artifact_path(path) if path else ""
    args = {"run_id": run_id, **({"path": rel} if rel else {})}
    token, skip = decode_cursor(cursor)
    if token:
        args["page_token"] = token
    listing = await ctx.call("mlflow", "list_artifacts", args)
    files = listing.get("files") or []
    if files or not rel:
        return envelope(
            files,
            page_token=token,
            offset=skip,
            next_token=listing.get("next_page_token"),
            byte_cap=ctx.settings.byte_cap,
            extra={"root_uri": listing.get("root_uri")},
        )
    return await read_artifact(ctx, run_id, rel, max_bytes, offset)


async def read_artifact(
    ctx, run_id: str, rel: str, max_bytes: int, offset: int = 0
) -> dict[str, Any]:
    """`max_bytes` of a file from byte `offset`, or from `-offset` bytes before its end (the
    stream keeps only that much: a long log's end costs its length in time, not memory)."""
    data, seen = bytearray(), 0

    def keep(chunk: bytes) -> bool:
        nonlocal seen
        start = max(0, offset - seen) if offset >= 0 else 0
        seen += len(chunk)
        data.extend(chunk[start:])
        if offset < 0:
            del data[: max(0, len(data) + offset)]  # the last -offset bytes only
            return True
        return len(data) <= max_bytes

    # /get-artifact is the server's own download route: it works for every artifact store the
    # server can read (the proto-defined proxy route only for mlflow-artifacts:/ roots).
    headers = await ctx.stream(
        "mlflow", "/get-artifact", keep, params={"run_uuid": run_id, "path": rel}
    )
    length = headers.get("content-length")
    more = len(data) > max_bytes
    read_all = offset < 0 or not more  # the stream was read to its end
    size = int(length) if length else (seen if read_all else None)
    start = offset if offset >= 0 else seen - len(data)
    body = bytes(data[:max_bytes])
    out: dict[str, Any] = {"run_id": run_id, "path": rel, "size": size, "offset": start}
    if offset > 0 and size is not None and offset >= size:
        raise ArgumentError("offset", f"{offset} is past the end of the file ({size} bytes)")
    if b"\x00" in body[:8192]:
        return {**out, "binary": True, "note": "binary file: not shown"}
    out["text"] = body.decode("utf-8", errors="replace")
    out["truncated"] = more
    if more:
        out["next_offset"] = start + len(body)
        out["note"] = f"showing {len(body)} bytes from {start}; pass offset={start + len(body)}"
    return out


@tool("mlflow_models", backend="mlflow")
async def models(
    ctx,
    name: str | None = None,
    filter: str | None = None,
    fields: list[str] | None = None,
    cursor: str | None = None,
    max_items: Annotated[int, Field(ge=1, le=1000)] = 100,
):
    """Registered models with latest versions, or all versions of the model `name`."""
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
    page = await search(ctx, op, args, filter=filter)
    return envelope(
        page.get(key) or [],
        page_token=token,
        offset=offset,
        next_token=page.get("next_page_token"),
        fields=fields,
        byte_cap=ctx.settings.byte_cap,
    )


async def _history_batched(
    ctx, run_ids: list[str], key: str, sem: asyncio.Semaphore
) -> dict[str, list[Point]]:
    """One backend call per 100 runs for one metric (the API's batched history endpoint)."""

    async def chunk(ids: list[str]) -> list[dict[str, Any]]:
        args = {"run_ids": ids, "metric_key": key, "max_results": BULK_MAX}
        async with sem:
            page = await ctx.call("mlflow", "get_metric_history_bulk_interval", args)
        return page.get("metrics")

    chunks = [run_ids[i : i + BULK_RUNS] for i in range(0, len(run_ids), BULK_RUNS)]
    out: dict[str, list[Point]] = {r: [] for r in run_ids}
    for page in await asyncio.gather(*(chunk(c) for c in chunks)):
        for m in page or []:
            out.setdefault(m["run_id"], []).append(
                Point(int(m.get("step", 0)), m.get("value"), m.get("timestamp"))
            )
    return out


async def _all_experiment_ids(ctx) -> list[str]:
    """Bounded: runs outside the experiments listed here are fetched one by one instead."""
    ids, token = [], None
    pages = Pages("experiments")
    while True:
        args = {"view_type": "ALL", "max_results": 1000, **({"page_token": token} if token else {})}
        page = await ctx.call("mlflow", "search_experiments", args)
        ids += [e["experiment_id"] for e in page.get("experiments") or []]
        token = page.get("next_page_token")
        if not pages.more(token):
            return ids


async def _runs_by_search(ctx, run_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Runs in one search per 100 ids (`attributes.run_id IN (...)`) instead of one call each."""
    experiments = await _all_experiment_ids(ctx)

    async def chunk(ids: list[str]) -> list[dict[str, Any]]:
        quoted = ", ".join(f"'{i}'" for i in ids)
        args = {
            "experiment_ids": experiments,
            "filter": f"attributes.run_id IN ({quoted})",
            "run_view_type": "ALL",
            "max_results": len(ids),
        }
        return (await ctx.call("mlflow", "search_runs", args)).get("runs") or []

    chunks = [run_ids[i : i + SEARCH_IDS] for i in range(0, len(run_ids), SEARCH_IDS)]
    pages = await asyncio.gather(*(chunk(c) for c in chunks))
    return {run["info"]["run_id"]: run for page in pages for run in page}


async def fetch_for_compare(ctx, ids: list[str], metrics: list[str] | None, want_history: bool):
    sem = asyncio.Semaphore(CONCURRENCY)
    batchable = [i for i in ids if SAFE_ID.match(i)]
    found: dict[str, dict[str, Any]] = {}
    if len(batchable) > 2:  # two get_run calls are cheaper than listing experiments + a search
        try:
            found = await _runs_by_search(ctx, batchable)
        except LabgateError:
            found = {}  # fall back to one call per run, which also gives per-run errors

    async def one(run_id: str):
        if run_id in found:
            return to_record(f"mlflow:{run_id}", found[run_id])
        async with sem:
            try:
                run = (await ctx.call("mlflow", "get_run", {"run_id": run_id}))["run"]
                return to_record(f"mlflow:{run_id}", run)
            except Exception as exc:  # noqa: BLE001 - becomes this ref's error
                return exc

    got = dict(zip(ids, await asyncio.gather(*(one(i) for i in ids)), strict=True))
    if not want_history:
        return got
    ok = {i: r for i, r in got.items() if isinstance(r, compare.Record)}
    keys = metrics or sorted({k for r in ok.values() for k in r.last})
    histories = await asyncio.gather(
        *(_history_batched(ctx, list(ok), k, sem) for k in keys), return_exceptions=True
    )
    for key, hist in zip(keys, histories, strict=True):
        if isinstance(hist, BaseException):
            continue
        for run_id, pts in hist.items():
            if run_id in ok and pts:
                ok[run_id].history[key] = sorted(pts, key=lambda p: (p.step, p.timestamp or 0))
                if len(pts) >= BULK_MAX:
                    ok[run_id].sampled.add(key)
    return got

"""Trackio composites: projects, runs and a run's summary in one browsing tool, metric windows
(and snapshots of every metric around a step) with stats over every point, alerts, and the
Trackio provider for compare_tasks (`trackio:<project>/<run>`)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from labgate_overrides.composites import compare_tasks as compare
from pydantic import Field

from labgate.composite import tool
from labgate.envelope import decode_cursor, envelope
from labgate.errors import ArgumentError, LabgateError
from labgate.series import Point, compact, downsample, stats, window

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "get_alerts",
    "get_all_projects",
    "get_logs_batch",
    "get_metric_values",
    "get_run_configs",
    "get_run_summary",
    "get_runs_for_project",
    "get_snapshot",
    "get_system_logs",
    "get_system_metrics_for_run",
)

Name = Annotated[str, Field(min_length=1, max_length=250)]
BATCH_RUNS = 64  # get_logs_batch: at most 64 runs per call
BATCH_POINTS = 10_000  # ... and at most 10,000 points per run (Trackio samples beyond)
SYSTEM_POINTS = 3_000  # get_system_logs: Trackio samples every run's system logs to 3,000
RUN_FIELDS = ("id", "name", "created_at")


async def _data(ctx, op: str, args: dict[str, Any]) -> Any:
    return (await ctx.call("trackio", op, args) or {}).get("data")


def epoch_ms(value: str | None, field: str = "timestamp") -> int | None:
    """Trackio's ISO 8601 timestamps as epoch milliseconds (naive ones are UTC)."""
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise ArgumentError(field, f"{value!r} is not an ISO 8601 time") from None
    return round((t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp() * 1000)


async def _check_project(ctx, project: str) -> list[dict[str, Any]]:
    """The project's runs; an unknown project names the argument (Trackio answers [])."""
    runs = await _data(ctx, "get_runs_for_project", {"project": project}) or []
    if not runs:
        known = await _data(ctx, "get_all_projects", {}) or []
        if project not in known:
            raise ArgumentError("project", f"no Trackio project {project!r}; projects: {known}")
    return runs


async def _check_run(ctx, project: str, run: str) -> None:
    names = [r.get("name") for r in await _check_project(ctx, project)]
    if run not in names:
        raise ArgumentError("run", f"project {project!r} has no run {run!r}; runs: {names[:50]}")


@tool("trackio_runs", backend="trackio")
async def runs(
    ctx,
    project: Name | None = None,
    run: Name | None = None,
    alerts: Literal["all", "info", "warn", "error"] | None = None,
    cursor: str | None = None,
):
    """Projects; project: runs; run: config, metric names; alerts: by level."""
    if project is None:
        if run is not None or alerts is not None:
            raise ArgumentError("project", f"required with {'run' if run else 'alerts'}")
        return envelope(
            await _data(ctx, "get_all_projects", {}) or [], byte_cap=ctx.settings.byte_cap
        )
    _, offset = decode_cursor(cursor)
    if alerts is not None:
        args = {"project": project, "run": run, "level": None if alerts == "all" else alerts}
        found = await _data(ctx, "get_alerts", {k: v for k, v in args.items() if v}) or []
        if not found:
            await (_check_run(ctx, project, run) if run else _check_project(ctx, project))
        return envelope(found, offset=offset, total=len(found), byte_cap=ctx.settings.byte_cap)
    if run is None:
        items = await _check_project(ctx, project)
        return envelope(
            items,
            offset=offset,
            fields=list(RUN_FIELDS),
            total=len(items),
            byte_cap=ctx.settings.byte_cap,
        )
    args = {"project": project, "run": run}
    summary, system = await asyncio.gather(
        _data(ctx, "get_run_summary", args), _data(ctx, "get_system_metrics_for_run", args)
    )
    if not summary.get("num_logs") and not system:
        await _check_run(ctx, project, run)
    return {**{k: v for k, v in summary.items() if v is not None}, "system_metrics": system or []}


def _points(rows: list[dict[str, Any]], key: str = "value") -> list[Point]:
    return [
        Point(int(r.get("step") or 0), r.get(key), epoch_ms(r.get("timestamp")))
        for r in rows
        if key in r
    ]


def _bounds(step_min: int | None, step_max: int | None) -> dict[str, int]:
    """Trackio's around_step/window covering [step_min, step_max] (filtered exactly after)."""
    if step_min is None or step_max is None:
        return {}
    if step_max < step_min:
        raise ArgumentError("step_max", f"{step_max} is less than step_min {step_min}")
    half = (step_max - step_min + 1) // 2
    return {"around_step": step_min + half, "window": half + 1}


@tool("trackio_metric", backend="trackio")
async def metric(
    ctx,
    project: Name,
    run: Name,
    metric: Name | None = None,
    step_min: int | None = None,
    step_max: int | None = None,
    time_min: str | None = None,
    time_max: str | None = None,
    max_points: Annotated[int, Field(ge=2, le=5000)] = 500,
    system: bool | None = None,
):
    """A metric's (none: all) curve in a step or ISO time window, downsampled; stats use all
    points."""
    t_min, t_max = epoch_ms(time_min, "time_min"), epoch_ms(time_max, "time_max")
    if system and (step_min is not None or step_max is not None):
        raise ArgumentError("step_min", "system metrics have no steps: use time_min/time_max")
    args = {"project": project, "run": run}
    out: dict[str, Any] = {"project": project, "run": run}
    if system:
        rows = await _data(ctx, "get_system_logs", args) or []
        if not rows:
            await _check_run(ctx, project, run)
        names = sorted({k for r in rows for k in r if k not in ("timestamp", "step")})
        series = {m: _points([{**r, "step": i} for i, r in enumerate(rows)], m) for m in names}
        if len(rows) >= SYSTEM_POINTS:
            out["note"] = f"Trackio samples system logs to {SYSTEM_POINTS} points"
    elif metric is not None:
        rows = await _data(
            ctx, "get_metric_values", {**args, "metric_name": metric, **_bounds(step_min, step_max)}
        )
        series = {metric: _points(rows or [])}
    else:
        if step_min is None or step_max is None:
            raise ArgumentError("metric", "omitted: give step_min and step_max (a snapshot)")
        snap = await _data(ctx, "get_snapshot", {**args, **_bounds(step_min, step_max)}) or {}
        series = {m: _points(rows) for m, rows in sorted(snap.items())}
    wanted = [metric] if metric is not None else sorted(series)
    for m in wanted:
        pts = window(series.get(m, []), step_min, step_max, t_min, t_max)
        shown = downsample(pts, max_points)
        entry: dict[str, Any] = {"stats": stats(pts)}
        if system:  # no steps: the time of each point (epoch ms)
            entry["stats"].pop("last_step", None)
            entry["points"] = [[p.timestamp, p.value] for p in shown]
        else:
            entry["points"] = compact(shown)
        if len(shown) < len(pts):
            entry["downsampled_from"] = len(pts)
        out.setdefault("metrics", {})[m] = entry
    if metric is not None and not series.get(metric):
        if system:
            known = sorted(series)
        else:
            summary = await _data(ctx, "get_run_summary", args)
            if not summary.get("num_logs"):
                await _check_run(ctx, project, run)
            known = summary.get("metrics") or []
        if metric not in known:
            raise ArgumentError("metric", f"run {run!r} has no metric {metric!r}; it has {known}")
    out.setdefault("metrics", {})
    if not any(e["stats"]["count"] for e in out["metrics"].values()):
        raise await _empty_window(ctx, args, metric, system, series, step_min, time_min)
    return out


async def _empty_window(ctx, args, metric, system, series, step_min, time_min) -> ArgumentError:
    """No point in the window: name the bound, and say where the data is."""
    field = "time_min" if time_min is not None or system else "step_min"
    if system or metric is None:
        every = [p for pts in series.values() for p in pts]
        if metric is None and not system:
            summary = await _data(ctx, "get_run_summary", args)
            last = summary.get("last_step")
            return ArgumentError(field, f"no metric in this window; the run's last step is {last}")
    else:
        ends = await _data(
            ctx, "get_metric_values", {**args, "metric_name": metric, "max_points": 2}
        )
        every = _points(ends or [])
    if not every:
        return ArgumentError(field, "no points in this window, and none outside it")
    first, last = (
        min(every, key=lambda p: (p.step, p.timestamp or 0)),
        max(every, key=lambda p: (p.step, p.timestamp or 0)),
    )
    span = (
        f"times {_iso(first.timestamp)} .. {_iso(last.timestamp)}"
        if field == "time_min"
        else f"steps {first.step} .. {last.step}"
    )
    return ArgumentError(field, f"no points in this window; the data spans {span}")


def _iso(ms: int | None) -> str | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000, UTC).isoformat()


# ---------------------------------------------------------------- compare_tasks


def _split(ident: str) -> tuple[str, str]:
    project, sep, run = ident.partition("/")
    if not sep or not project or not run:
        raise ArgumentError("refs", f"trackio refs are trackio:<project>/<run>, not {ident!r}")
    return project, run


def to_record(run: dict[str, Any], config: dict[str, Any] | None) -> compare.Record:
    config = dict(config or {})
    created = config.pop("_Created", None) or run.get("created_at")
    user = config.pop("_Username", None)
    group = config.pop("_Group", None)
    return compare.Record(
        ref="",
        name=run.get("name"),
        start=epoch_ms(created) if isinstance(created, str) else None,
        user=user,
        params={k: v for k, v in config.items() if not k.startswith("_")},
        tags={"group": group} if group else {},
    )


async def fetch_for_compare(ctx, ids: list[str], metrics: list[str] | None, want_history: bool):
    """Three calls per project, whatever the number of runs (64 per log batch)."""
    got: dict[str, compare.Record | Exception] = {}
    by_project: dict[str, list[tuple[str, str]]] = {}
    for ident in ids:
        try:
            project, run = _split(ident)
        except ArgumentError as exc:
            got[ident] = exc
            continue
        by_project.setdefault(project, []).append((ident, run))

    async def one_project(project: str, wanted: list[tuple[str, str]]) -> None:
        try:
            runs = await _check_project(ctx, project)
            configs = await _data(ctx, "get_run_configs", {"project": project}) or {}
        except LabgateError as exc:
            for ident, _ in wanted:
                got[ident] = exc
            return
        by_name = {r.get("name"): r for r in runs}
        present = [(i, r) for i, r in wanted if r in by_name]
        for ident, run in wanted:
            if run not in by_name:
                got[ident] = LabgateError(f"project {project!r} has no run {run!r}")
        records = {i: to_record(by_name[r], configs.get(by_name[r].get("id"))) for i, r in present}
        for start in range(0, len(present), BATCH_RUNS):
            chunk = present[start : start + BATCH_RUNS]
            args = {
                "project": project,
                "runs": [{"run": r} for _, r in chunk],
                "max_points": BATCH_POINTS,
                "scalar_only": True,
            }
            for (ident, _), entry in zip(
                chunk, await _data(ctx, "get_logs_batch", args) or [], strict=False
            ):
                rec, logs = records[ident], entry.get("logs") or []
                keys = sorted({k for row in logs for k in row if k not in ("timestamp", "step")})
                for key in keys if metrics is None else [k for k in keys if k in metrics]:
                    pts = [p for p in _points(logs, key) if isinstance(p.value, int | float)]
                    if not pts:
                        continue
                    rec.last[key] = pts[-1].value
                    if want_history:
                        rec.history[key] = pts
                        if len(logs) >= BATCH_POINTS:
                            rec.sampled.add(key)
                if logs:
                    rec.end = epoch_ms(logs[-1].get("timestamp"))
        got.update(records)

    await asyncio.gather(*(one_project(p, w) for p, w in by_project.items()))
    return got

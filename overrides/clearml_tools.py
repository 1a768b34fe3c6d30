"""ClearML composites: projects and their stats, task search with honest paging, task details
(one or many ids in one call), scalar history windows, console tail, models, datasets with their
metadata artifacts, queues, and the compare_tasks provider.

Wherever a tool takes a project it takes its id or its name: a name is looked up (exact, any
case) with one projects.get_all; an unknown or ambiguous one is refused naming the argument and
the candidates.

ClearML pages are capped at 500 items: lists page through with `page`/`page_size` (stable under
an explicit order, unlike scroll ids, which cannot be replayed) and the envelope's cursor holds
the absolute position, so nothing is ever cut without a cursor to the rest.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from labgate_overrides.composites import compare_tasks as compare
from pydantic import Field

from labgate.composite import tool
from labgate.envelope import decode_cursor, dumps, envelope, project
from labgate.errors import ArgumentError, BackendError
from labgate.paging import Pages
from labgate.series import Point, compact, downsample, stats, window

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "events.get_scalar_metric_data",
    "events.get_task_log",
    "events.multi_task_scalar_metrics_iter_histogram",
    "events.scalar_metrics_iter_raw",
    "models.get_all",
    "models.get_by_id",
    "projects.get_all",
    "projects.get_task_tags",
    "projects.get_user_names",
    "queues.get_all",
    "tasks.get_all",
    "workers.get_all",
)

PAGE_CAP = 500  # the server's page size limit
STATS_PAGES = 20  # project stats count at most 10,000 tasks, then say so
RAW_BATCH = 10_000
RAW_MAX_POINTS = 200_000
LOG_LINES = 200
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
# a project's id or its full name ("vision/segmentation")
Project = Annotated[str, Field(min_length=1, max_length=256)]
MAX_IDS = 100  # task ids in one clearml_get_task call (one tasks.get_all)
MAX_ITEMS = 2000
MaxItems = Annotated[int, Field(ge=1, le=MAX_ITEMS)]
TASK_FIELDS = ["id", "name", "status", "type", "project", "user", "tags", "last_update"]
DATASET_FIELDS = ["id", "name", "project", "status", "created", "user", "tags", "runtime"]


async def call(ctx, op: str, args: dict[str, Any]) -> dict[str, Any]:
    return await ctx.call("clearml", op, args)


class Progress:
    """MCP progress for a loop of backend calls: sent before each follow-up call only (a single
    call sends nothing), and only when `done` grew, as MCP wants it increasing."""

    def __init__(self, ctx, unit: str, total: float | None = None):
        self.ctx, self.unit, self.total, self.done = ctx, unit, total, 0.0

    async def __call__(self, done: float, message: str | None = None) -> None:
        if done <= self.done:
            return
        self.done = done
        if message is None:
            of = f" of {round(self.total)}" if self.total else ""
            message = f"{round(done)}{of} {self.unit}"
        await self.ctx.progress(done, self.total, message)


async def paged(ctx, op: str, key: str, args: dict, start: int, want: int) -> tuple[list, bool]:
    """`want` items from absolute position `start`, across as many 500-item pages as needed.
    Returns (items, more) — `more` when the last page was full."""
    size = want if want <= PAGE_CAP and start % want == 0 else PAGE_CAP
    page, skip = divmod(start, size)
    items: list = []
    progress = Progress(ctx, key, want)
    while len(items) < want:
        await progress(len(items))
        got = (await call(ctx, op, {**args, "page": page, "page_size": size})).get(key) or []
        items += got[skip:]
        skip, page = 0, page + 1
        if len(got) < size:
            return items[:want], len(items) > want
    return items[:want], True


async def listing(ctx, op, key, args, cursor, max_items, fields=None, extra=None) -> dict:
    token, offset = decode_cursor(cursor)
    start = int(token or 0) + offset
    items, more = await paged(ctx, op, key, args, start, max_items)
    return envelope(
        items,
        page_token=start,
        next_token=start + len(items) if more else None,
        fields=fields,
        byte_cap=ctx.settings.byte_cap,
        extra=extra,
    )


REGEX_SYNTAX = re.compile(r"[\\^$.|?*+()\[\]{}]")


def name_pattern(text: str) -> str:
    """A name filter as ClearML's regex (python syntax): plain text matches anywhere, whatever
    the case; text with regex syntax matches as the regex it says or as that very text in any
    case ("model (v2)", "v1.2"); text that is no regex ("c++") as text only."""
    if not REGEX_SYNTAX.search(text):
        return f"(?i){text}"
    literal = f"(?i:{re.escape(text)})"
    if NOT_EVERYWHERE.search(text):
        return literal
    try:
        re.compile(text)
    except (re.error, RecursionError, OverflowError, ValueError):  # too deep, too big a count
        return literal
    return f"{text}|{literal}"


# possessive quantifiers and atomic groups: Python 3.11 compiles them, older servers' Pythons
# refuse them ("c++" is a multiple repeat there)
NOT_EVERYWHERE = re.compile(r"[*+?}]\+|\(\?>")


SERVER_ID = re.compile(r"^[0-9a-f]{32}$")  # what clearml-server makes ids of: uuid4 hex


async def project_id_of(ctx, value: str, field: str = "project_id") -> str:
    """A project id from an id (as it is) or a full project name, exact in any case (one
    projects.get_all). Unknown or ambiguous names are refused naming `field` and candidates."""
    if SERVER_ID.match(value):
        return value
    found = await _projects_named(ctx, f"(?i)^{re.escape(value)}$")
    same = [
        p for p in found.get("projects") or [] if str(p.get("name", "")).lower() == value.lower()
    ]
    exact = [p for p in same if p.get("name") == value]
    if len(same) == 1 or len(exact) == 1:
        return (exact or same)[0]["id"]
    if same:
        listed = ", ".join(f"{p.get('name')} ({p.get('id')})" for p in same)
        raise ArgumentError(
            field, f"{value!r} names {len(same)} ClearML projects: {listed}; give the id"
        )
    near = await _projects_named(ctx, f"(?i){re.escape(value)}")
    names = [str(p.get("name")) for p in near.get("projects") or []]
    hint = f"; projects whose name contains it: {', '.join(names)}" if names else ""
    raise ArgumentError(field, f"no ClearML project named {value!r}{hint}")


async def _projects_named(ctx, pattern: str) -> dict[str, Any]:
    """The first 10 projects whose name matches `pattern`, ids and names only."""
    body = {"name": pattern, "only_fields": ["id", "name"], "order_by": ["name"]}
    return await call(ctx, "projects.get_all", {**body, "page": 0, "page_size": 10})


@tool("clearml_projects", backend="clearml")
async def projects(
    ctx,
    name: str | None = None,
    project_id: Project | None = None,
    fields: list[str] | None = None,
    cursor: str | None = None,
    max_items: MaxItems = 100,
):
    """Find projects by name (text, any case, or regex); project_id (or name): task stats."""
    if project_id:
        return await project_stats(ctx, await project_id_of(ctx, project_id))
    args: dict[str, Any] = {"order_by": ["name"], "only_fields": ["id", "name", "last_update"]}
    if name:
        args["name"] = name_pattern(name)
    return await listing(ctx, "projects.get_all", "projects", args, cursor, max_items, fields)


async def project_stats(ctx, project_id: str) -> dict:
    by_status: dict[str, int] = {}
    counted, page = 0, 0
    args = {"project": [project_id], "only_fields": ["status"], "order_by": ["id"]}
    progress = Progress(ctx, "tasks counted")
    while page < STATS_PAGES:
        await progress(counted)
        got = (await call(ctx, "tasks.get_all", {**args, "page": page, "page_size": PAGE_CAP})).get(
            "tasks"
        ) or []
        for t in got:
            by_status[t.get("status", "unknown")] = by_status.get(t.get("status", "unknown"), 0) + 1
        counted += len(got)
        page += 1
        if len(got) < PAGE_CAP:
            break
    users = (await call(ctx, "projects.get_user_names", {"projects": [project_id]})).get("users")
    tags = await call(ctx, "projects.get_task_tags", {"projects": [project_id]})
    out = {
        "project_id": project_id,
        "tasks": counted,
        "tasks_by_status": by_status,
        "users": [u.get("name") or u.get("id") for u in users or []],
        "tags": tags.get("tags") or [],
    }
    if page == STATS_PAGES and counted == STATS_PAGES * PAGE_CAP:
        out["partial"] = f"counted the first {counted} tasks only; filter with clearml_find_tasks"
    return out


@tool("clearml_find_tasks", backend="clearml")
async def find_tasks(
    ctx,
    name: str | None = None,
    status: list[str] | None = None,
    tags: list[str] | None = None,
    project_id: Project | None = None,
    user_id: Id | None = None,
    fields: list[str] | None = None,
    cursor: str | None = None,
    max_items: MaxItems = 100,
):
    """Find tasks by name (text any case, or regex), status, tags, project id/name, user; newest first."""
    args: dict[str, Any] = {"order_by": ["-last_update"], "only_fields": TASK_FIELDS}
    for key, value in (("name", name and name_pattern(name)), ("status", status), ("tags", tags)):
        if value:
            args[key] = value
    if project_id:
        args.update(project=[await project_id_of(ctx, project_id)], include_subprojects=True)
    if user_id:
        args["user"] = [user_id]
    return await listing(ctx, "tasks.get_all", "tasks", args, cursor, max_items, fields)


def flat_params(hyperparams: dict | None) -> dict[str, Any]:
    return {
        f"{section}/{name}": (p or {}).get("value")
        for section, params in (hyperparams or {}).items()
        for name, p in (params or {}).items()
    }


def last_metrics(task: dict) -> dict[str, dict[str, Any]]:
    """{"metric/variant": {last, min, max, ...}} from the task's last_metrics summary."""
    out = {}
    for variants in (task.get("last_metrics") or {}).values():
        for ev in (variants or {}).values():
            name = f"{ev.get('metric')}/{ev.get('variant')}"
            out[name] = {
                k: ev[v]
                for k, v in (("last", "value"), ("min", "min_value"), ("max", "max_value"))
                if v in ev
            }
            if "last_iteration" in task:
                out[name]["iteration"] = task["last_iteration"]
    return out


Include = Literal["parameters", "metrics", "artifacts", "models", "log", "dataset"]


@tool("clearml_get_task", backend="clearml")
async def get_task(
    ctx,
    task_id: Id | None = None,
    task_ids: Annotated[list[Id] | None, Field(min_length=1, max_length=MAX_IDS)] = None,
    include: list[Include] | None = None,
):
    """A task's facts, or several (task_ids); include adds details (dataset: metadata)."""
    include = include or []
    if bool(task_id) == bool(task_ids):
        raise ArgumentError("task_id", "give task_id, or task_ids for several tasks")
    if task_ids and "log" in include:
        raise ArgumentError("include", "log is for one task_id at a time")
    ids = [task_id] if task_id else list(dict.fromkeys(task_ids or []))
    core = [*TASK_FIELDS, "comment", "created", "started", "completed", "status_message"]
    core += ["last_iteration", "parent"]
    extra = {
        "parameters": ["hyperparams"],
        "metrics": ["last_metrics", "last_iteration"],
        "artifacts": ["execution.artifacts"],
        "models": ["models"],
        "dataset": ["runtime", "system_tags", "execution.artifacts"],
    }
    only = core + list(dict.fromkeys(f for part in include for f in extra.get(part, [])))
    got = (await call(ctx, "tasks.get_all", {"id": ids, "only_fields": only})).get("tasks") or []
    by_id = {t.get("id"): t for t in got}
    if task_id and task_id not in by_id:
        raise ArgumentError("task_id", f"no ClearML task {task_id!r}")
    found = [by_id[i] for i in ids if i in by_id]
    users = await user_names(ctx, found) if "dataset" in include else {}
    out = [task_facts(t, core, include, users) for t in found]
    if task_id:
        if "log" in include:
            out[0]["log"] = await log_tail(ctx, task_id, LOG_LINES, ctx.settings.byte_cap // 2)
        return out[0]
    answer: dict[str, Any] = {"tasks": out}
    missing = [i for i in ids if i not in by_id]
    if missing:
        answer["not_found"] = missing
    return fit_tasks(answer, ctx.settings.byte_cap)


def task_facts(t: dict, core: list[str], include: Sequence[str], users: dict[str, str]) -> dict:
    out = {k: t[k] for k in core if k in t}
    if "parameters" in include:
        out["parameters"] = flat_params(t.get("hyperparams"))
    if "metrics" in include:
        out["metrics"] = last_metrics(t)
    if "artifacts" in include:
        out["artifacts"] = [
            {k: a.get(k) for k in ("key", "type", "mode", "uri", "content_size") if k in a}
            for a in (t.get("execution") or {}).get("artifacts") or []
        ]
    if "models" in include:
        out["models"] = {
            io: [{"name": m.get("name"), "id": m.get("model")} for m in items or []]
            for io, items in (t.get("models") or {}).items()
        }
    if "dataset" in include:
        out["dataset"] = dataset_details(t, users)
    return out


def fit_tasks(answer: dict, cap: int) -> dict:
    """Whole tasks while they fit the byte cap; the ids of the others, to ask for next."""
    tasks, size = answer["tasks"], len(dumps({k: v for k, v in answer.items() if k != "tasks"}))
    keep = 0
    for t in tasks:
        size += len(dumps(t)) + 1
        if size > cap - 300:
            break
        keep += 1
    if keep < len(tasks):
        answer["not_shown"] = [t.get("id") for t in tasks[keep:]]
        answer["tasks"] = tasks[:keep]
        answer["note"] = f"byte cap {cap}: ask for not_shown next, or include less"
    return answer


async def user_names(ctx, tasks: list[dict]) -> dict[str, str]:
    """{user id: name} of the tasks' users, from one projects.get_user_names over their projects
    (users.get_all is internal); a server that refuses it (older than API 2.26) leaves ids."""
    projects = sorted({t["project"] for t in tasks if isinstance(t.get("project"), str)})
    if not projects or not any(t.get("user") for t in tasks):
        return {}
    try:
        got = await call(ctx, "projects.get_user_names", {"projects": projects})
    except BackendError:
        return {}
    return {u["id"]: u.get("name") for u in got.get("users") or [] if u.get("id")}


async def raw_points(
    ctx, task_id: str, metric: str, variant: str | None
) -> tuple[dict[str, list], Pages]:
    """Every point of one metric (all or one variant), following the scroll (bounded)."""
    mv = {"metric": metric, **({"variants": [variant]} if variant else {})}
    args = {"task": task_id, "metric": mv, "key": "iter", "batch_size": RAW_BATCH}
    args["count_total"] = True  # a total for the progress notifications
    out: dict[str, list[Point]] = {}
    total = 0
    progress = Progress(ctx, "points")
    pages = Pages(f"scalar events of {metric!r}")
    while total < RAW_MAX_POINTS:
        await progress(total)
        try:
            page = await call(ctx, "events.scalar_metrics_iter_raw", args)
        except BackendError:
            if total or not server_older_than(ctx, "events.scalar_metrics_iter_raw"):
                raise
            return await legacy_points(ctx, task_id, metric, variant)
        for name, series in (page.get("variants") or {}).items():
            xs = series.get("x") or series.get("iter") or []
            out.setdefault(name, []).extend(
                Point(int(x), y) for x, y in zip(xs, series.get("y") or [], strict=False)
            )
        returned = page.get("returned") or 0
        # ClearML keeps scroll state server-side: the id may repeat; counts and the cap bound it
        if not pages.more(page.get("scroll_id"), count=returned, same_token_ok=True):
            break
        total += returned
        progress.total = min(page.get("total") or RAW_MAX_POINTS, RAW_MAX_POINTS)
        args["scroll_id"] = page["scroll_id"]
    return out, pages


def server_older_than(ctx, endpoint: str) -> bool:
    """True when the server's API version (from its token) predates `endpoint`."""
    return not ctx.client("clearml").supports(endpoint)


async def legacy_points(
    ctx, task_id: str, metric: str, variant: str | None
) -> tuple[dict[str, list], Pages]:
    """Servers before API 2.16: the scalar events themselves (events.get_scalar_metric_data)."""
    out: dict[str, list[Point]] = {}
    args: dict[str, Any] = {"task": task_id, "metric": metric}
    total = 0
    progress = Progress(ctx, "points")
    pages = Pages(f"scalar events of {metric!r}")
    while total < RAW_MAX_POINTS:
        await progress(total)
        page = await call(ctx, "events.get_scalar_metric_data", args)
        events = page.get("events") or []
        progress.total = min(page.get("total") or RAW_MAX_POINTS, RAW_MAX_POINTS)
        for ev in events:
            if variant is None or ev.get("variant") == variant:
                out.setdefault(ev.get("variant", ""), []).append(
                    Point(int(ev.get("iter", 0)), ev.get("value"), ev.get("timestamp"))
                )
        total += len(events)
        if not pages.more(page.get("scroll_id"), count=len(events), same_token_ok=True):
            break
        args["scroll_id"] = page["scroll_id"]
    return out, pages


@tool("clearml_metric_history", backend="clearml")
async def metric_history(
    ctx,
    task_id: Id,
    metric: Annotated[str, Field(min_length=1, max_length=250)],
    variant: str | None = None,
    step_min: int | None = None,
    step_max: int | None = None,
    max_points: Annotated[int, Field(ge=2, le=5000)] = 500,
):
    """A task's scalar curves in a step window, downsampled."""
    series, pages = await raw_points(ctx, task_id, metric, variant)
    out: dict[str, Any] = {"task_id": task_id, "metric": metric, "variants": {}}
    for name, pts in sorted(series.items()):
        pts = window(pts, step_min, step_max)
        shown = downsample(pts, max_points)
        v: dict[str, Any] = {"stats": stats(pts), "points": compact(shown)}
        if len(shown) < len(pts):
            v["downsampled_from"] = len(pts)
        out["variants"][name] = v
    if not series:
        out["note"] = f"no scalar events for metric {metric!r}"
    return pages.mark(out)


async def log_tail(ctx, task_id: str, lines: int, cap: int) -> dict[str, Any]:
    """The last `lines` console events, oldest first, at most `cap` characters."""
    page = await call(
        ctx, "events.get_task_log", {"task": task_id, "batch_size": lines, "navigate_earlier": True}
    )
    events = sorted(page.get("events") or [], key=lambda e: e.get("timestamp") or 0)
    text = "\n".join(str(e.get("msg", "")).rstrip("\n") for e in events)
    out = {"events": len(events), "total": page.get("total"), "text": text[-cap:]}
    if len(text) > cap:
        out["truncated"] = f"showing the last {cap} characters"
    return out


MODEL_FIELDS = ["id", "name", "framework", "uri", "ready", "task", "project", "created", "tags"]


@tool("clearml_models", backend="clearml")
async def models(
    ctx,
    name: str | None = None,
    project_id: Project | None = None,
    task_id: Id | None = None,
    model_id: Id | None = None,
    datasets: bool | None = None,
    fields: list[str] | None = None,
    cursor: str | None = None,
    max_items: MaxItems = 100,
):
    """Find models (model_id: details, URI); datasets=true: dataset versions."""
    if datasets:
        return await dataset_versions(ctx, name, project_id, cursor, max_items, fields)
    if model_id:
        model = (await call(ctx, "models.get_by_id", {"model": model_id})).get("model") or {}
        return {k: v for k, v in model.items() if k not in ("company", "ui_cache")}
    args: dict[str, Any] = {"order_by": ["-last_update"], "only_fields": MODEL_FIELDS}
    if name:
        args["name"] = name_pattern(name)
    if project_id:
        args["project"] = [await project_id_of(ctx, project_id)]
    if task_id:
        args["task"] = [task_id]
    return await listing(ctx, "models.get_all", "models", args, cursor, max_items, fields)


def dataset_item(t: dict, users: dict[str, str] | None = None) -> dict:
    rt = t.get("runtime") or {}
    user = t.get("user")
    return {
        "id": t.get("id"),
        "name": rt.get("orig_dataset_name") or t.get("name"),
        "version": rt.get("version"),
        "status": t.get("status"),
        "files": rt.get("ds_file_count"),
        "size_bytes": rt.get("ds_total_size"),
        "compressed_bytes": rt.get("ds_total_size_compressed"),
        "dataset_id": rt.get("orig_dataset_id"),
        "project": t.get("project"),
        "created": t.get("created"),
        "uploader": {"id": user, "name": (users or {}).get(user)} if user else None,
        "tags": t.get("tags") or [],
    }


async def dataset_versions(ctx, name, project_id, cursor, max_items, fields=None) -> dict:
    """ClearML datasets are tasks tagged `dataset`; sizes and versions live in `runtime`."""
    args: dict[str, Any] = {
        "system_tags": ["dataset"],
        "type": ["data_processing"],
        "order_by": ["-created"],
        "only_fields": DATASET_FIELDS,
        "search_hidden": True,
    }
    if name:
        args["name"] = name_pattern(name)
    if project_id:
        args.update(project=[await project_id_of(ctx, project_id)], include_subprojects=True)
    page = await listing(ctx, "tasks.get_all", "tasks", args, cursor, max_items)
    users = await user_names(ctx, page["items"])
    page["items"] = [project(dataset_item(t, users), fields) for t in page["items"]]
    return page


# --- dataset metadata artifacts --------------------------------------------------------------
# The clearml SDK stores a dataset's metadata (Dataset.set_metadata: a dict as JSON, a table as
# CSV) as task artifacts, with the content itself (a dict) or a printed form (a table) in the
# artifact's `type_data.preview`, which tasks.get_all returns. labgate parses that preview as
# data: bounded in bytes, rows, columns and depth, never evaluated; the artifact files on the
# file server are not fetched.
META_BYTES = 16_000  # a preview larger than this is not parsed
META_ROWS = 50
META_COLS = 50
META_DEPTH = 20
META_ARTIFACTS = 5
SDK_INTERNAL = re.compile(r"^(state|data(_\d+)?)$")  # the SDK's own dataset state and file chunks


def dataset_details(t: dict, users: dict[str, str]) -> dict | None:
    if "dataset" not in (t.get("system_tags") or []):
        return None
    out = dataset_item(t, users)
    rt = t.get("runtime") or {}
    for key, name in (("ds_link_count", "links"), ("ds_change_size", "change_bytes")):
        if rt.get(key) is not None:
            out[name] = rt[key]
    metas = [
        m
        for a in (t.get("execution") or {}).get("artifacts") or []
        if not SDK_INTERNAL.match(str(a.get("key", ""))) and (m := metadata_of(a)) is not None
    ]
    out["metadata"] = metas[:META_ARTIFACTS]
    if len(metas) > META_ARTIFACTS:
        out["metadata_not_shown"] = [m["key"] for m in metas[META_ARTIFACTS:]]
    return out


def metadata_format(a: dict) -> str | None:
    ctype = str((a.get("type_data") or {}).get("content_type") or "").lower()
    uri = str(a.get("uri") or "").lower()
    if "json" in ctype or uri.endswith(".json"):
        return "json"
    if "csv" in ctype or uri.endswith((".csv", ".csv.gz")):
        return "csv"
    return None


def metadata_of(a: dict) -> dict | None:
    """One csv/json artifact with its parsed content when its preview is small and well formed;
    otherwise why it is not parsed. None for other artifacts."""
    kind = metadata_format(a)
    if kind is None:
        return None
    out: dict[str, Any] = {"key": a.get("key"), "format": kind}
    for k in ("uri", "content_size"):
        if a.get(k) is not None:
            out[k] = a[k]
    preview = (a.get("type_data") or {}).get("preview")
    if not isinstance(preview, str) or not preview.strip():
        out["note"] = "no content stored with the artifact"
        return out
    size = len(preview.encode("utf-8", errors="replace"))
    if size > META_BYTES:
        out["note"] = f"{size} bytes stored, over the {META_BYTES}-byte cap: not parsed"
        return out
    try:
        out.update(parse_json(preview) if kind == "json" else parse_csv(preview))
    except MetadataError as exc:
        out["note"] = f"not parsed: {exc}"
    return out


class MetadataError(ValueError):
    pass


def parse_json(text: str) -> dict:
    if text.startswith("# full serialized dict too large"):
        raise MetadataError("the SDK stored only the start of it")
    try:
        # numbers stay exact: big integers and NaN/Infinity are kept as their text
        value = json.loads(
            text,
            parse_int=lambda s: int(s) if len(s) <= 18 else s,
            parse_float=lambda s: f if math.isfinite(f := float(s)) else s,
            parse_constant=lambda s: s,
        )
    except (ValueError, RecursionError) as exc:
        raise MetadataError(f"malformed JSON ({str(exc)[:80]})") from None
    if depth(value) > META_DEPTH:
        raise MetadataError(f"nested deeper than {META_DEPTH} levels")
    return {"content": value}


def depth(value: Any) -> int:
    """How deeply lists and objects nest (iterative: no recursion limit to hit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict | list):
            deepest = max(deepest, d)
            stack.extend((x, d + 1) for x in (v.values() if isinstance(v, dict) else v))
    return deepest


def parse_csv(text: str) -> dict:
    """Rows as lists of strings, verbatim: a cell such as `=HYPERLINK(...)` stays text."""
    first = text.lstrip().split("\n", 1)[0]
    if "," not in first:  # the SDK's preview of a table is its printed form, not CSV
        return {"text": text, "note": "stored as printed text, not CSV"}
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise MetadataError(f"malformed CSV ({exc})") from None
    rows = [r for r in rows if r]
    header, body = rows[0], rows[1:]
    out: dict[str, Any] = {
        "columns": header[:META_COLS],
        "rows": [r[:META_COLS] for r in body[:META_ROWS]],
    }
    if len(body) > META_ROWS or any(len(r) > META_COLS for r in rows):
        out["note"] = f"showing at most {META_ROWS} rows of {META_COLS} columns of {len(body)} rows"
    return out


@tool("clearml_queues", backend="clearml")
async def queues(
    ctx,
    name: str | None = None,
    pending: Annotated[int, Field(ge=0, le=100)] = 10,
):
    """Queues: workers, running and next pending tasks."""
    args: dict[str, Any] = {"max_task_entries": pending, "order_by": ["name"]}
    if name:
        args["name"] = name
    qs = (await call(ctx, "queues.get_all", args)).get("queues") or []
    workers = (await call(ctx, "workers.get_all", {})).get("workers") or []
    pending_ids = [e["task"] for q in qs for e in (q.get("entries") or [])[:pending] if "task" in e]
    names = {}
    if pending_ids:
        got = await call(
            ctx, "tasks.get_all", {"id": pending_ids[:PAGE_CAP], "only_fields": ["id", "name"]}
        )
        names = {t["id"]: t.get("name") for t in got.get("tasks") or []}
    out = []
    for q in qs:
        entries = [e for e in q.get("entries") or [] if e.get("task")]
        on_queue = [w for w in workers if q["id"] in {x.get("id") for x in w.get("queues") or []}]
        out.append(
            {
                "id": q["id"],
                "name": q.get("name"),
                "pending": len(entries),
                "next": [
                    {"id": e["task"], "name": names.get(e["task"])} for e in entries[:pending]
                ],
                "workers": [
                    {"id": w.get("id"), **({"task": w["task"]} if w.get("task") else {})}
                    for w in on_queue
                ],
            }
        )
    return {"queues": out}


# --- compare_tasks provider ---------------------------------------------------------------

COMPARE_FIELDS = [
    "id",
    "name",
    "status",
    "user",
    "started",
    "completed",
    "hyperparams",
    "last_metrics",
    "last_iteration",
    "tags",
    "script.repository",
    "script.version_num",
]
HIST_SAMPLES = 2000


def epoch_ms(value: Any) -> int | None:
    if not value:
        return None
    from datetime import datetime

    try:
        return int(datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def to_record(task: dict) -> compare.Record:
    script = task.get("script") or {}
    return compare.Record(
        ref=f"clearml:{task['id']}",
        name=task.get("name"),
        status=task.get("status"),
        start=epoch_ms(task.get("started")),
        end=epoch_ms(task.get("completed")),
        user=task.get("user"),
        source=script.get("version_num") or script.get("repository"),
        params=flat_params(task.get("hyperparams")),
        tags={t: True for t in task.get("tags") or []},
        last={k: v["last"] for k, v in last_metrics(task).items() if "last" in v},
    )


async def fetch_for_compare(ctx, ids: list[str], metrics: list[str] | None, want_history: bool):
    """One tasks.get_all per 500 ids, then one batched history call per 100 tasks.
    Progress counts tasks, half for their facts and half for their curves, so it stays between
    compare_tasks' own notifications ("fetching" at 0, "aligning" at the number of refs)."""
    got: dict[str, Any] = {}
    progress = Progress(ctx, "tasks", len(ids))
    for i in range(0, len(ids), PAGE_CAP):
        await progress(i / 2, f"clearml: {i} of {len(ids)} tasks fetched")
        chunk = ids[i : i + PAGE_CAP]
        page = await call(
            ctx,
            "tasks.get_all",
            {"id": chunk, "only_fields": COMPARE_FIELDS, "page": 0, "page_size": len(chunk)},
        )
        for t in page.get("tasks") or []:
            got[t["id"]] = to_record(t)
    for ident in ids:
        got.setdefault(ident, KeyError(f"no ClearML task {ident}"))
    ok = [i for i in ids if isinstance(got[i], compare.Record)]
    if want_history and ok:
        await _histories(ctx, ok, metrics, got, progress)
    return got


async def _histories(ctx, ids: list[str], metrics, got: dict, progress: Progress) -> None:
    wanted = None
    if metrics:
        wanted = [
            {"metric": m.split("/", 1)[0], "variants": [m.split("/", 1)[1]]}
            if "/" in m
            else {"metric": m}
            for m in metrics
        ]
    half = (progress.total or 0) / 2
    for i in range(0, len(ids), 100):
        what = f"curves of {i} of" if i else "facts of"
        await progress(half + i / 2, f"clearml: {what} {len(ids)} tasks fetched")
        args = {"tasks": ids[i : i + 100], "key": "iter", "samples": HIST_SAMPLES}
        if wanted:
            args["metrics"] = wanted
        data = await call(ctx, "events.multi_task_scalar_metrics_iter_histogram", args)
        _add_histories(data or {}, got)


def _add_histories(data: dict, got: dict) -> None:
    for metric, variants in data.items():
        for variant, per_task in (variants or {}).items():
            for task_id, series in (per_task or {}).items():
                rec = got.get(task_id)
                if not isinstance(rec, compare.Record) or not isinstance(series, dict):
                    continue
                pts = [
                    Point(int(x), y)
                    for x, y in zip(series.get("x") or [], series.get("y") or [], strict=False)
                ]
                key = f"{metric}/{variant}"
                rec.history[key] = sorted(pts, key=lambda p: p.step)
                if len(pts) >= HIST_SAMPLES:
                    rec.sampled.add(key)

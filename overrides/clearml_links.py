"""ClearML's part in runs ↔ jobs: the task a tracked submit creates (`track`), what a task says
about the job behind it and the tasks that carry a job's id, and the tasks active or failed
lately (`lab_overview`).

A job attaches to the task labgate made the way a task run by clearml-agent does: the agent hands
the SDK the task's id as CLEARML_TASK_ID (clearml_agent/definitions.py, ENVIRONMENT_SDK_PARAMS),
and `Task.init()` then attaches to that task instead of creating one (it runs "remotely"); with
CLEARML_API_HOST the server's address. The job's own clearml.conf (or CLEARML_API_ACCESS_KEY /
_SECRET_KEY of its own) holds its credentials: labgate never passes them.

labgate's links are task tags `labgate.job=slurm@<cluster>:<id>`, `labgate.<backend>.job_id=<id>`
and `labgate.<backend>.cluster=<name>` (tags are what tasks.get_all filters on), and the same
values with the submit command in a `labgate` hyperparameter section.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from labgate_overrides.composites import links, tracking

from labgate.errors import LabgateError

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "projects.create",
    "projects.get_all",
    "tasks.create",
    "tasks.edit_hyper_params",
    "tasks.failed",
    "tasks.get_all",
    "tasks.update_tags",
)
ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
FIELDS = ["id", "name", "status", "status_reason", "status_message", "started", "completed",
          "last_update", "tags", "hyperparams"]  # fmt: skip
LIST_FIELDS = ["id", "name", "status", "status_reason", "status_message", "started", "completed",
               "last_update"]  # fmt: skip
SEARCH_MAX = 50
OVERVIEW_MAX = 100


async def call(ctx, op: str, args: dict[str, Any]) -> dict[str, Any]:
    return await ctx.call("clearml", op, args)


def tag_values(tags: list[str] | None) -> dict[str, str]:
    """`key=value` tags as a mapping (labgate writes its links so)."""
    return dict(t.split("=", 1) for t in tags or [] if isinstance(t, str) and "=" in t)


def section(hyperparams: dict[str, Any] | None, name: str) -> dict[str, str]:
    found = (hyperparams or {}).get(name) or {}
    return {k: str((v or {}).get("value", "")) for k, v in found.items() if isinstance(v, dict)}


def iso_ms(value: Any) -> int | None:
    if not isinstance(value, str) or not value:
        return None
    from datetime import UTC, datetime

    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return round((t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp() * 1000)


def summary(ref: str, task: dict[str, Any]) -> dict[str, Any]:
    out = {
        "ref": ref,
        "name": task.get("name"),
        "status": task.get("status"),
        "start": iso_ms(task.get("started")),
        "end": iso_ms(task.get("completed")),
    }
    return {k: links.shown(v) for k, v in out.items() if v is not None}


# -- track --------------------------------------------------------------------------------
class Track:
    keys = frozenset({"project", "task_name"})
    env_names = ("CLEARML_TASK_ID", "CLEARML_API_HOST")

    async def project(self, ctx, name: str) -> str:
        found = await call(ctx, "projects.get_all", {
            "name": f"^{re.escape(name)}$", "only_fields": ["id", "name"]})  # fmt: skip
        for p in found.get("projects") or []:
            if p.get("name") == name:
                return p["id"]
        made = await call(ctx, "projects.create", {  # as Task.init does for a new project
            "name": name, "description": "created by labgate for a tracked submit"})  # fmt: skip
        return made["id"]

    async def start(self, ctx, spec: dict[str, str]) -> tracking.Run:
        args: dict[str, Any] = {
            "name": spec.get("task_name") or f"labgate-{time.strftime('%Y%m%d-%H%M%S')}",
            "type": "training",
            "tags": ["labgate.tracked"],
        }
        if spec.get("project"):
            args["project"] = await self.project(ctx, spec["project"])
        task_id = (await call(ctx, "tasks.create", args))["id"]
        inst = ctx.instance("clearml")
        env = {"CLEARML_TASK_ID": task_id, "CLEARML_API_HOST": tracking.clean_url(inst.url)}
        return tracking.Run("clearml", inst.name, task_id, env, {"name": args["name"]})

    async def linked(self, ctx, run: tracking.Run, job: tracking.Job) -> None:
        tags = tracking.tags(job)
        await call(ctx, "tasks.update_tags", {
            "ids": [run.ident],
            "add_tags": [f"{k}={v}" for k, v in tags.items() if k != "labgate.submit"]})  # fmt: skip
        params = [{"section": "labgate", "name": k.removeprefix("labgate."), "value": v}
                  for k, v in tags.items()]  # fmt: skip
        await call(ctx, "tasks.edit_hyper_params",
                   {"task": run.ident, "hyperparams": params, "force": True})  # fmt: skip

    async def failed(self, ctx, run: tracking.Run, reason: str) -> None:
        await call(ctx, "tasks.failed", {"task": run.ident, "force": True,
                   "status_reason": "labgate: submission failed", "status_message": reason})  # fmt: skip


TRACK = Track()


# -- links --------------------------------------------------------------------------------
class Links:
    async def run(self, ctx, ident: str, ref: str) -> tuple[dict[str, Any], list]:
        if not ID.fullmatch(ident):
            raise LabgateError(f"{ident[:40]!r} is not a ClearML task id")
        got = await call(ctx, "tasks.get_all", {"id": [ident], "only_fields": FIELDS})
        tasks = got.get("tasks") or []
        if not tasks:
            raise LabgateError(f"no ClearML task {ident}")
        task = tasks[0]
        hp = task.get("hyperparams")
        labgate = {f"labgate.{k}": v for k, v in section(hp, "labgate").items()}
        sources = [("tag", {**tag_values(task.get("tags")), **labgate}),
                   ("environment", section(hp, "Environment")),
                   ("param", {k: v for s, vs in (hp or {}).items() if s not in ("labgate", "Environment")
                              for k, v in section(hp, s).items()})]  # fmt: skip
        return summary(ref, task), sources

    async def runs_of(self, ctx, keys: list[tuple[str, str, str]], ref_of) -> tuple[list, list]:
        """Tasks tagged with labgate's `key=value` (tags are what tasks.get_all filters on)."""
        tags = [f"{k}={v}" for s, k, v in keys if s == "tag" and k.startswith("labgate.")]
        skipped = [k for s, k, _ in keys if not (s == "tag" and k.startswith("labgate."))]

        async def one(tag: str) -> list[dict[str, Any]]:
            args = {"tags": [tag], "only_fields": [*LIST_FIELDS, "tags"],
                    "order_by": ["-last_update"], "page": 0, "page_size": SEARCH_MAX}  # fmt: skip
            return (await call(ctx, "tasks.get_all", args)).get("tasks") or []

        found = await asyncio.gather(*(one(t) for t in tags))
        out = []
        for t in (t for group in found for t in group):
            s = summary(ref_of(t["id"]), t)
            s["tags"] = tag_values(t.get("tags"))
            out.append(s)
        notes = [f"clearml: {', '.join(sorted(set(skipped)))} not searchable (hyperparameters and "
                 "logged environment are not filtered by the server)"] if skipped else []  # fmt: skip
        return out, notes

    async def active(self, ctx, since_ms: int, ref_of) -> dict[str, Any]:
        since = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(since_ms / 1000))

        async def search(extra: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
            args = {"only_fields": LIST_FIELDS, "order_by": ["-last_update"], "page": 0,
                    "page_size": OVERVIEW_MAX, **extra}  # fmt: skip
            tasks = (await call(ctx, "tasks.get_all", args)).get("tasks") or []
            return tasks, len(tasks)

        (active, n_active), (failed, n_failed) = await asyncio.gather(
            search({"status": ["in_progress", "queued"]}),
            search({"status": ["failed"], "status_changed": [f">={since}"]}),
        )
        out: dict[str, Any] = {
            "active": [summary(ref_of(t["id"]), t) for t in active],
            "failed": [],
        }
        for t in failed:
            s = summary(ref_of(t["id"]), t)
            why = t.get("status_message") or t.get("status_reason")
            if why:
                s["reason"] = links.one_line(why)
            out["failed"].append(s)
        if OVERVIEW_MAX in (n_active, n_failed):
            out["more"] = f"over {OVERVIEW_MAX} tasks in a status: clearml_find_tasks pages them"
        return out


LINKS = Links()

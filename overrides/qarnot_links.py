"""Qarnot's part in runs ↔ jobs and the lab at a glance (`lab_overview`): a task with its state,
instances, hardware and stdout tail; the runs its constants name (constants are the task's
environment variables, so a tracked submit's MLFLOW_RUN_ID / CLEARML_TASK_ID are there); the
tasks running, pending and failed lately."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime
from typing import Any

from labgate.errors import LabgateError

USES = ()  # every call is one qarnot_tools declares (get_task, list_task_summaries_paginate)
UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
TAIL_BYTES = 2048
RUN_VARS = {"MLFLOW_RUN_ID": "mlflow", "CLEARML_TASK_ID": "clearml"}  # constant → tracker
RUNNING = {"PartiallyDispatched", "FullyDispatched", "PartiallyExecuting", "FullyExecuting",
           "UploadingResults", "DownloadingResults"}  # fmt: skip
PENDING = {"Submitted", "Staging"}
LIST_MAX = 100  # newest tasks read for the overview
REASONS_MAX = 10  # failed tasks whose errors are fetched


def epoch(value: Any) -> int | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        ts = int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp())
    except ValueError:
        return None
    return ts if ts > 0 else None  # Qarnot writes 0001-01-01 for "not yet"


class Links:
    def check_id(self, ident: str) -> str:
        ident = str(ident).strip()
        if not UUID.fullmatch(ident):
            raise LabgateError(f"{ident[:40]!r} is not a Qarnot task uuid")
        return ident

    def keys(self, ident: str) -> list[tuple[str, str, str]]:
        return [("tag", "labgate.qarnot.job_id", ident)]

    def named_runs(self, job: dict[str, Any]) -> list[tuple[str, str, str]]:
        return [(RUN_VARS[k], v, f"constant {k}") for k, v in (job.get("run_ids") or {}).items()]

    async def job(self, ctx, ident: str, tail: bool) -> dict[str, Any]:
        task = await ctx.call("qarnot", "get_task", {"taskUuid": ident})
        consts = {c.get("key"): c.get("value") for c in task.get("constants") or []}
        status = task.get("status") or {}
        running = ((status.get("runningInstancesInfo") or {}).get("perRunningInstanceInfo")) or []
        gpu = any(
            (h or {}).get("discriminator") == "GpuHardwareConstraint"
            for h in task.get("hardwareConstraints") or []
        )
        out: dict[str, Any] = {
            "state": task.get("state"),
            "name": task.get("name"),
            "profile": task.get("profile"),
            "instances": task.get("instanceCount"),
            "running_instances": task.get("runningInstanceCount") or None,
            "cpu": sorted({f"{r.get('cpuModel')} x{r.get('coreCount')}" for r in running if r.get("cpuModel")}) or None,
            "gpu": gpu or None,
            "start": epoch(task.get("creationDate")),
            "end": epoch(task.get("endDate")),
            "errors": [str(e.get("message"))[:200] for e in task.get("errors") or []][:3] or None,
            "run_ids": {k: v for k, v in consts.items() if k in RUN_VARS and v} or None,
        }  # fmt: skip
        if tail:
            kept = b""

            def keep(chunk: bytes) -> bool:
                nonlocal kept
                kept = (kept + chunk)[-TAIL_BYTES:]
                return True

            try:
                await ctx.stream("qarnot", f"/v1/tasks/{ident}/stdout", keep)
                out["log_tail"] = {"text": kept.decode("utf-8", errors="replace")}
            except LabgateError as exc:
                out["log_tail"] = {"error": str(exc)[:300]}
        return {k: v for k, v in out.items() if v is not None}

    async def queue(self, ctx, user: str | None, since_s: int) -> dict[str, Any]:
        """The account's newest tasks by state (Qarnot has no users within an account), and
        the failed ones since `since_s` with their first error."""
        args = {"maximumResults": LIST_MAX, "orderBy": "CreationDate", "orderType": "DESC"}
        page = await ctx.call("qarnot", "list_task_summaries_paginate", args)
        tasks = page.get("data") or []

        def row(t: dict[str, Any]) -> dict[str, Any]:
            out = {"uuid": t.get("uuid"), "name": t.get("name"), "state": t.get("state"),
                   "start": epoch(t.get("creationDate")), "end": epoch(t.get("endDate"))}  # fmt: skip
            return {k: v for k, v in out.items() if v is not None}

        failed = [row(t) for t in tasks if t.get("state") == "Failure"]
        failed = [r for r in failed if (r.get("end") or r.get("start") or 0) >= since_s]

        async def reason(r: dict[str, Any]) -> None:
            try:
                task = await ctx.call("qarnot", "get_task", {"taskUuid": r["uuid"]})
                errs = task.get("errors") or []
                r["reason"] = str(errs[0].get("message")) if errs else "Failure (no error message)"
            except LabgateError as exc:
                r["reason"] = f"Failure ({str(exc)[:100]})"

        await asyncio.gather(*(reason(r) for r in failed[:REASONS_MAX]))
        out: dict[str, Any] = {
            "running": [row(t) for t in tasks if t.get("state") in RUNNING],
            "pending": [row(t) for t in tasks if t.get("state") in PENDING],
            "failed": failed,
        }
        if page.get("nextToken") and page.get("isTruncated", True):
            out["more"] = f"only the newest {LIST_MAX} tasks were read: qarnot_list pages them"
        return out


LINKS = Links()

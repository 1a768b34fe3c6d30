"""MLflow's part in runs ↔ jobs: the run a tracked submit creates (`track`), what a run says
about the job behind it and the runs that carry a job's id (`lab_overview(ref=...)`), and the runs active
or failed lately (`lab_overview`)."""

from __future__ import annotations

import time
from typing import Any

from labgate_overrides.composites import links, tracking

from labgate.errors import BackendError, LabgateError

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "create_experiment",
    "create_run",
    "get_experiment_by_name",
    "get_run",
    "log_batch",
    "search_experiments",
    "search_runs",
    "update_run",
)

ACTIVE = ("RUNNING", "SCHEDULED")
SEARCH_MAX = 50  # runs per convention searched for a job's id
OVERVIEW_MAX = 100  # runs per status in the overview


def _kv(items: list[dict[str, Any]] | None) -> dict[str, str]:
    return {str(i.get("key")): str(i.get("value", "")) for i in items or []}


def _tags(values: dict[str, str]) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in values.items()]


# -- track --------------------------------------------------------------------------------
class Track:
    keys = frozenset({"experiment", "experiment_id", "run_name"})
    env_names = ("MLFLOW_RUN_ID", "MLFLOW_TRACKING_URI", "MLFLOW_EXPERIMENT_ID")

    async def experiment(self, ctx, spec: dict[str, str]) -> str:
        if spec.get("experiment_id"):
            return spec["experiment_id"]
        name = spec.get("experiment") or "Default"
        try:
            got = await ctx.call("mlflow", "get_experiment_by_name", {"experiment_name": name})
            return got["experiment"]["experiment_id"]
        except BackendError as exc:
            if exc.status != 404:
                raise
        made = await ctx.call("mlflow", "create_experiment", {"name": name})  # as set_experiment
        return made["experiment_id"]

    async def start(self, ctx, spec: dict[str, str]) -> tracking.Run:
        experiment_id = await self.experiment(ctx, spec)
        args: dict[str, Any] = {
            "experiment_id": experiment_id,
            "start_time": int(time.time() * 1000),
            "tags": _tags({"labgate.tracked": "true"}),
        }
        if spec.get("run_name"):
            args["run_name"] = spec["run_name"]
        info = (await ctx.call("mlflow", "create_run", args))["run"]["info"]
        run_id = info["run_id"]
        # SCHEDULED until the job's code resumes the run (MLflow sets RUNNING then): set now,
        # before the job exists, so it never overwrites the job's own status
        await ctx.call("mlflow", "update_run", {"run_id": run_id, "status": "SCHEDULED"})
        inst = ctx.instance("mlflow")
        env = {
            "MLFLOW_RUN_ID": run_id,
            "MLFLOW_TRACKING_URI": tracking.clean_url(inst.url),
            "MLFLOW_EXPERIMENT_ID": str(experiment_id),
        }
        shown = {"experiment_id": experiment_id, "run_name": info.get("run_name")}
        return tracking.Run("mlflow", inst.name, run_id, env, shown)

    async def linked(self, ctx, run: tracking.Run, job: tracking.Job) -> None:
        await ctx.call(
            "mlflow", "log_batch", {"run_id": run.ident, "tags": _tags(tracking.tags(job))}
        )

    async def failed(self, ctx, run: tracking.Run, reason: str) -> None:
        now = int(time.time() * 1000)
        await ctx.call("mlflow", "log_batch", {"run_id": run.ident,
                       "tags": _tags({"labgate.submit_error": reason})})  # fmt: skip
        await ctx.call(
            "mlflow", "update_run", {"run_id": run.ident, "status": "FAILED", "end_time": now}
        )


TRACK = Track()


# -- links --------------------------------------------------------------------------------
async def _experiments(ctx) -> list[str]:
    found, _ = await ctx.paginate(
        "mlflow", "search_experiments", {"max_results": 1000, "view_type": "ACTIVE_ONLY"},
        items="experiments", what="experiments",
    )  # fmt: skip
    return [e["experiment_id"] for e in found]


def _summary(ref: str, run: dict[str, Any]) -> dict[str, Any]:
    info, data = run.get("info") or {}, run.get("data") or {}
    tags = _kv(data.get("tags"))
    out = {
        "ref": ref,
        "name": info.get("run_name") or tags.get("mlflow.runName"),
        "status": info.get("status"),
        "start": info.get("start_time"),
        "end": info.get("end_time"),
        "experiment_id": info.get("experiment_id"),
    }
    return {k: links.shown(v) for k, v in out.items() if v is not None}


class Links:
    async def run(self, ctx, ident: str, ref: str) -> tuple[dict[str, Any], list[tuple[str, dict]]]:
        """The run's summary and where it may name its job: (source, {key: value})."""
        run = (await ctx.call("mlflow", "get_run", {"run_id": ident}))["run"]
        data = run.get("data") or {}
        return _summary(ref, run), [
            ("tag", _kv(data.get("tags"))),
            ("param", _kv(data.get("params"))),
        ]

    async def runs_of(
        self, ctx, keys: list[tuple[str, str, str]], ref_of
    ) -> tuple[list[dict], list[str]]:
        """Runs whose tag or param `key` equals `value`, for each (source, key, value): one
        search per convention over every active experiment."""
        import asyncio

        experiments = await _experiments(ctx)
        if not experiments:
            return [], []

        async def one(source: str, key: str, value: str) -> list[dict]:
            field = "tags" if source == "tag" else "params"
            filt = f"{field}.`{key}` = '{value}'"
            args = {"experiment_ids": experiments, "filter": filt, "max_results": SEARCH_MAX,
                    "order_by": ["attributes.start_time DESC"]}  # fmt: skip
            runs = (await ctx.call("mlflow", "search_runs", args)).get("runs") or []
            out = []
            for r in runs:
                s = _summary(ref_of(r["info"]["run_id"]), r)
                s["tags"] = _kv((r.get("data") or {}).get("tags"))
                out.append(s)
            return out

        found = await asyncio.gather(*(one(*k) for k in keys))
        return [r for group in found for r in group], []

    async def active(self, ctx, since_ms: int, ref_of) -> dict[str, Any]:
        """Runs RUNNING or SCHEDULED, and runs FAILED since `since_ms` (newest first)."""
        import asyncio

        experiments = await _experiments(ctx)
        if not experiments:
            return {"active": [], "failed": []}

        async def search(filt: str) -> tuple[list[dict], bool]:
            args = {"experiment_ids": experiments, "filter": filt, "max_results": OVERVIEW_MAX,
                    "order_by": ["attributes.start_time DESC"]}  # fmt: skip
            page = await ctx.call("mlflow", "search_runs", args)
            return page.get("runs") or [], bool(page.get("next_page_token"))

        queries = [f"attributes.status = '{s}'" for s in ACTIVE]
        queries.append(f"attributes.status = 'FAILED' and attributes.end_time >= {int(since_ms)}")
        got = await asyncio.gather(*(search(q) for q in queries))
        active = [r for runs, _ in got[:-1] for r in runs]
        failed, more = got[-1]
        out: dict[str, Any] = {
            "active": [_summary(ref_of(r["info"]["run_id"]), r) for r in active],
            "failed": [],
        }
        for r in failed:
            s = _summary(ref_of(r["info"]["run_id"]), r)
            tags = _kv((r.get("data") or {}).get("tags"))
            why = tags.get("labgate.submit_error") or tags.get("mlflow.note.content")
            if why:
                s["reason"] = links.one_line(why)
            out["failed"].append(s)
        if more or any(m for _, m in got[:-1]):
            out["more"] = f"over {OVERVIEW_MAX} runs in a status: mlflow_search_runs pages them"
        return out


LINKS = Links()


def check_id(ident: str) -> str:
    if not ident or len(ident) > 64 or not ident.replace("-", "").replace("_", "").isalnum():
        raise LabgateError(f"mlflow: {ident!r} is not a run id")
    return ident

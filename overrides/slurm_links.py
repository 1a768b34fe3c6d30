"""Slurm's part in runs ↔ jobs and the lab at a glance (`lab_overview`): a job
with its state, nodes, GPUs and log tail; the conventions a run carries a job id by; the queue
and the jobs that failed lately, per cluster."""

from __future__ import annotations

import re
from typing import Any

from labgate_overrides import slurm_tools as st

from labgate.errors import BackendError, LabgateError

USES = ()  # every call goes through slurm_tools' helpers (its USES)
JOB_ID = re.compile(r"^[0-9]{1,12}(_[0-9]{1,9})?$")
TAIL_BYTES = 2048
FAILED_STATES = {"FAILED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL", "BOOT_FAIL", "DEADLINE",
                 "PREEMPTED"}  # fmt: skip
LIST_MAX = 200  # jobs per kind read from a cluster for the overview


class Links:
    def check_id(self, job_id: str) -> str:
        job_id = str(job_id).strip()
        if not JOB_ID.fullmatch(job_id):
            raise LabgateError(f"{job_id[:40]!r} is not a Slurm job id")
        return job_id

    def keys(self, job_id: str) -> list[tuple[str, str, str]]:
        return [("tag", "labgate.slurm.job_id", job_id),
                ("tag", "SLURM_JOB_ID", job_id), ("tag", "slurm_job_id", job_id),
                ("param", "SLURM_JOB_ID", job_id), ("param", "slurm_job_id", job_id)]  # fmt: skip

    def named_runs(self, job: dict[str, Any]) -> list[tuple[str, str, str]]:
        return []  # neither slurmrestd nor the CLI shows a job's environment

    async def job(self, ctx, job_id: str, tail: bool) -> dict[str, Any]:
        cluster = ctx.chosen.get("slurm")
        info = await st.job_info(ctx, job_id, cluster)
        keep = ("state", "name", "user", "partition", "nodes", "gpus", "cpus", "exit_code",
                "reason", "start", "end", "elapsed_s", "tres", "workdir")  # fmt: skip
        out = {k: info[k] for k in keep if info.get(k) not in (None, "")}
        if tail:
            try:
                got = await st.extension(ctx, "get_job_output",
                                         {"job_id": job_id, "stream": "stdout", "tail_bytes": TAIL_BYTES},
                                         cluster)  # fmt: skip
                out["log_tail"] = (
                    {"path": got.get("path"), "text": got.get("text")}
                    if got is not None
                    else {"error": "a plain slurmrestd: log tails need `labgate slurm-shim`"}
                )
            except LabgateError as exc:
                out["log_tail"] = {"error": str(exc)[:300]}
        return out

    async def queue(self, ctx, user: str | None, since_s: int) -> dict[str, Any]:
        """Running and pending jobs (of `user`, or everyone's when None) and the jobs that
        failed since `since_s`, each with a one-line reason."""
        import asyncio

        cluster = ctx.chosen.get("slurm")

        async def history() -> list[dict[str, Any]]:
            args: dict[str, Any] = {"start_time": str(since_s)}
            if user:
                args["users"] = user
            try:
                data = await ctx.call("slurm", "db_get_jobs", args, cluster)
            except BackendError as exc:
                raise LabgateError(f"accounting: {exc}") from None
            return data.get("jobs") or []

        jobs: Any  # an answer or the exception (mypy infers nothing from gather's overloads here)
        done: Any
        jobs, done = await asyncio.gather(st.queue(ctx, cluster), history(), return_exceptions=True)
        if isinstance(jobs, BaseException):
            raise jobs
        rows = [st.job_row(j) for j in jobs]
        if user:
            rows = [r for r in rows if r.get("user") == user]
        out: dict[str, Any] = {
            "running": [
                r for r in rows if r.get("state") in ("RUNNING", "COMPLETING", "CONFIGURING")
            ],
            "pending": [r for r in rows if r.get("state") == "PENDING"],
            "failed": [],
        }
        if isinstance(done, BaseException):
            out["failed_error"] = str(done)[:300]
            return out
        for j in done:
            row = st.history_row(j)
            if user and row.get("user") != user:
                continue
            end = row.get("end") or 0
            if row.get("state") not in FAILED_STATES and not (
                row.get("state") == "COMPLETED" and row.get("exit_code") not in (None, "0:0")
            ):
                continue
            if end and end < since_s:
                continue
            row["reason"] = st.diagnosis(j).get("verdict")
            out["failed"].append(row)
        out["failed"].sort(key=lambda r: r.get("end") or 0, reverse=True)
        return out


LINKS = Links()

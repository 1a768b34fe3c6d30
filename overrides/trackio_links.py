"""Trackio's part in runs ↔ jobs: what a run's config says about the job behind it, and the runs
whose config carries a job's id (Trackio has no search: every project's configs are read, one call
per project, at most `PROJECTS_MAX` projects).

Trackio has no `track` target: its client reads no run identity from the environment
(`trackio.init(project, name=..., resume=...)` takes both as arguments; the only variables it
reads are TRACKIO_SERVER_URL, TRACKIO_SPACE_ID and TRACKIO_WRITE_TOKEN), and a Trackio run has no
status, so `lab_overview` lists no active or failed Trackio runs.
"""

from __future__ import annotations

import asyncio
from typing import Any

from labgate_overrides.composites import links

from labgate.errors import LabgateError

USES = ()  # every call is one trackio_tools declares (projects, runs, run configs)
PROJECTS_MAX = 20


async def _data(ctx, op: str, args: dict[str, Any]) -> Any:
    return (await ctx.call("trackio", op, args) or {}).get("data")


def flat(config: Any, prefix: str = "") -> dict[str, str]:
    """A run's config as `key: value` strings (nested keys joined with '/')."""
    out: dict[str, str] = {}
    for k, v in (config or {}).items() if isinstance(config, dict) else []:
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(flat(v, f"{key}/"))
        else:
            out[key] = str(v)
    return out


class Links:
    async def run(self, ctx, ident: str, ref: str) -> tuple[dict[str, Any], list]:
        project, sep, run = ident.partition("/")
        if not sep or not project or not run:
            raise LabgateError(f"{ident[:80]!r} is not <project>/<run>")
        runs, configs = await asyncio.gather(
            _data(ctx, "get_runs_for_project", {"project": project}),
            _data(ctx, "get_run_configs", {"project": project}),
        )
        found = next((r for r in runs or [] if r.get("name") == run), None)
        if found is None:
            raise LabgateError(f"project {project!r} has no run {run!r}")
        config = flat((configs or {}).get(found.get("id")))
        out = {"ref": ref, "name": run, "created": found.get("created_at")}
        return {k: links.shown(v) for k, v in out.items() if v}, [("config", config)]

    async def runs_of(self, ctx, keys: list[tuple[str, str, str]], ref_of) -> tuple[list, list]:
        """Runs whose config has one of the keys (any case, nested or not) set to the value."""
        wanted = {(links.norm(k), v) for _, k, v in keys}

        async def one(project: str) -> list[dict[str, Any]]:
            runs, configs = await asyncio.gather(
                _data(ctx, "get_runs_for_project", {"project": project}),
                _data(ctx, "get_run_configs", {"project": project}),
            )
            out = []
            for r in runs or []:
                config = flat((configs or {}).get(r.get("id")))
                normed = {(links.norm(k), v) for k, v in config.items()}
                if wanted & normed:
                    tags = {k: v for k, v in config.items() if k.startswith("labgate.")}
                    out.append({"ref": ref_of(f"{project}/{r.get('name')}"), "name": r.get("name"),
                                "tags": tags})  # fmt: skip
            return out

        every = await _data(ctx, "get_all_projects", {}) or []
        found = await asyncio.gather(*(one(p) for p in every[:PROJECTS_MAX]))
        notes = [
            f"trackio: run configs of {min(len(every), PROJECTS_MAX)} of {len(every)} projects read"
        ]
        return [r for group in found for r in group], notes

    async def active(self, ctx, since_ms: int, ref_of) -> dict[str, Any]:
        return {"active": [], "failed": []}  # Trackio runs have no status


LINKS = Links()

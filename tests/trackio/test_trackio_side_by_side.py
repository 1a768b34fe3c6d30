"""labgate and Trackio's own MCP server (`trackio show --mcp-server`, the same live server), asked
the same questions about the same data, find the same facts: projects, a project's runs, a run's
config and metric names, a metric's values in a step window, alerts.

Live only (LABGATE_LIVE_TRACKIO=1): Trackio's MCP answers are not recorded in cassettes.
"""

from __future__ import annotations

import pytest
from fastmcp import Client

from tests.trackio.conftest import TRACKIO_LIVE
from tests.trackio.test_trackio_tools import call, labgate

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(not TRACKIO_LIVE, reason="set LABGATE_LIVE_TRACKIO=1"),
]


async def theirs(client: Client, name: str, args: dict):
    result = await client.call_tool(name, args)
    data = result.structured_content
    return data.get("result", data) if isinstance(data, dict) else data


async def test_labgate_and_trackios_mcp_find_the_same_facts(trackio_backend):
    project = trackio_backend.seed["project"]
    run = "lr-high"
    window = {"project": project, "run": run, "metric_name": "train/loss"}
    async with (
        Client(trackio_backend.url.rstrip("/") + "/mcp/") as them,
        labgate(trackio_backend) as us,
    ):
        assert project in await theirs(them, "get_all_projects", {})
        assert project in (await call(us, "trackio_runs", {}))["items"]

        their_runs = await theirs(them, "get_runs_for_project", {"project": project})
        our_runs = (await call(us, "trackio_runs", {"project": project}))["items"]
        names = lambda runs: sorted(r["name"] if isinstance(r, dict) else r for r in runs)  # noqa: E731
        assert len(their_runs) >= 2 and names(our_runs) == names(their_runs)

        their_summary = await theirs(them, "get_run_summary", {"project": project, "run": run})
        our_summary = await call(us, "trackio_runs", {"project": project, "run": run})
        assert sorted(our_summary["metrics"]) == sorted(their_summary["metrics"])
        assert our_summary["config"] == their_summary["config"]

        their_values = await theirs(them, "get_metric_values", window)
        ours = await call(
            us,
            "trackio_metric",
            {
                "project": project,
                "run": run,
                "metric": "train/loss",
                "max_points": 5000,
            },  # fmt: skip
        )
        by_step = {v["step"]: v["value"] for v in their_values}
        entry = ours["metrics"]["train/loss"]
        assert len(by_step) > 10 and entry["stats"]["count"] == len(by_step)
        assert all(by_step[step] == value for step, value in entry["points"])

        their_alerts = await theirs(them, "get_alerts", {"project": project})
        our_alerts = await call(us, "trackio_runs", {"project": project, "alerts": "all"})
        assert their_alerts  # the seed logged some
        key = lambda a: (a.get("run"), a.get("title"), a.get("level"))  # noqa: E731
        assert sorted(map(key, our_alerts["items"])) == sorted(map(key, their_alerts))

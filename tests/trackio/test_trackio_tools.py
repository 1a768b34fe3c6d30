"""Every curated Trackio tool through labgate's MCP server, against data logged with Trackio's own
Python API on a real Trackio 0.43.0 server.

Live with LABGATE_LIVE_TRACKIO=1, otherwise replayed from tests/cassettes/trackio (conftest.py
here). Expected values come from the seed's description of what it logged, never from labgate.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.trackio.conftest import TRACKIO_LIVE, WRITE_TOKEN

pytestmark = [pytest.mark.live] if TRACKIO_LIVE else []


@asynccontextmanager
async def labgate(backend, **switches):
    env = {"HOME": "/nonexistent", "TRACKIO_URL": backend.url, "TRACKIO_WRITE_TOKEN": WRITE_TOKEN}
    mcp, _ = create(load(env=env, **switches))
    async with Client(mcp) as client:
        yield client


async def call(client, name: str, args: dict):
    return answer(await client.call_tool(name, args))


def seed_run(backend, name: str) -> dict:
    return backend.seed["runs"][name]


async def test_curated_list(trackio_backend):
    async with labgate(trackio_backend) as client:
        names = {t.name for t in await client.list_tools()}
    assert {"trackio_runs", "trackio_metric", "compare_tasks"} <= names
    assert not any(n.startswith("trackio_") and "delete" in n for n in names)  # read-only


async def test_projects_runs_and_a_runs_summary(trackio_backend):
    project = trackio_backend.seed["project"]
    async with labgate(trackio_backend) as client:
        projects = await call(client, "trackio_runs", {})
        runs = await call(client, "trackio_runs", {"project": project})
        summary = await call(client, "trackio_runs", {"project": project, "run": "lr-high"})
    assert project in projects["items"]
    names = {r["name"] for r in runs["items"]} - {trackio_backend.seed["scratch"]}
    assert sorted(names) == sorted(trackio_backend.seed["runs"])
    seeded = seed_run(trackio_backend, "lr-high")
    config = {k: v for k, v in summary["config"].items() if not k.startswith("_")}
    assert config == seeded["config"]
    assert sorted(summary["metrics"]) == sorted(seeded["metrics"])
    assert sorted(summary["system_metrics"]) == sorted(seeded["system"])
    assert summary["last_step"] == seeded["steps"] - 1
    assert summary["num_logs"] == seeded["steps"]


async def test_metric_window_downsampled_with_stats_over_every_point(trackio_backend):
    project = trackio_backend.seed["project"]
    values = seed_run(trackio_backend, "lr-high")["metrics"]["train/loss"]
    args = {"project": project, "run": "lr-high", "metric": "train/loss"}
    async with labgate(trackio_backend) as client:
        got = await call(client, "trackio_metric", {**args, "step_min": 10, "step_max": 30,
                                                    "max_points": 5})  # fmt: skip
        whole = await call(client, "trackio_metric", {**args, "max_points": 3})
    entry = got["metrics"]["train/loss"]
    window = values[10:31]
    assert entry["stats"]["count"] == 21 and entry["downsampled_from"] == 21
    assert entry["stats"]["min"] == min(window) and entry["stats"]["max"] == max(window)
    assert entry["stats"]["last"] == values[30] and entry["stats"]["last_step"] == 30
    assert len(entry["points"]) == 5
    assert [entry["points"][0][0], entry["points"][-1][0]] == [10, 30]
    assert all(values[step] == value for step, value in entry["points"])
    w = whole["metrics"]["train/loss"]
    assert w["stats"]["count"] == len(values) and w["stats"]["min"] == min(values)
    assert len(w["points"]) == 3 and w["downsampled_from"] == len(values)
    assert [w["points"][0][0], w["points"][-1][0]] == [0, len(values) - 1]


async def test_snapshot_of_every_metric_around_steps(trackio_backend):
    project = trackio_backend.seed["project"]
    seeded = seed_run(trackio_backend, "lr-low")["metrics"]
    async with labgate(trackio_backend) as client:
        got = await call(client, "trackio_metric", {"project": project, "run": "lr-low",
                                                    "step_min": 50, "step_max": 52})  # fmt: skip
    assert sorted(got["metrics"]) == sorted(seeded)
    for name, entry in got["metrics"].items():
        assert entry["points"] == [[s, seeded[name][s]] for s in (50, 51, 52)]


async def test_system_metrics(trackio_backend):
    project = trackio_backend.seed["project"]
    seeded = seed_run(trackio_backend, "lr-low")["system"]
    async with labgate(trackio_backend) as client:
        got = await call(client, "trackio_metric", {"project": project, "run": "lr-low",
                                                    "metric": "cpu_percent", "system": True})  # fmt: skip
    stats = got["metrics"]["cpu_percent"]["stats"]
    values = seeded["cpu_percent"]
    assert (stats["count"], stats["min"], stats["max"]) == (len(values), min(values), max(values))
    assert [v for _, v in got["metrics"]["cpu_percent"]["points"]] == values


async def test_alerts_by_run_and_level(trackio_backend):
    project = trackio_backend.seed["project"]
    runs = trackio_backend.seed["runs"]
    async with labgate(trackio_backend) as client:
        every = await call(client, "trackio_runs", {"project": project, "alerts": "all"})
        errors = await call(client, "trackio_runs", {"project": project, "alerts": "error"})
        one = await call(client, "trackio_runs", {"project": project, "run": "lr-low",
                                                  "alerts": "all"})  # fmt: skip
    assert sorted(a["title"] for a in every["items"]) == sorted(
        r["alert"]["title"] for r in runs.values()
    )
    assert [a["run"] for a in errors["items"]] == [
        n for n, r in runs.items() if r["alert"]["level"] == "error"
    ]
    assert [(a["run"], a["level"]) for a in one["items"]] == [
        ("lr-low", runs["lr-low"]["alert"]["level"])
    ]


async def test_compare_tasks_with_trackio_refs(trackio_backend):
    project = trackio_backend.seed["project"]
    refs = [f"trackio:{project}/lr-high", f"trackio:{project}/lr-low"]
    async with labgate(trackio_backend) as client:
        got = await call(client, "compare_tasks", {"refs": refs, "series": True, "max_points": 4})
    high, low = seed_run(trackio_backend, "lr-high"), seed_run(trackio_backend, "lr-low")
    assert got["params_diff"] == {
        "lr": {refs[0]: high["config"]["lr"], refs[1]: low["config"]["lr"]}
    }
    assert got["params_same"] == 2  # batch_size, optimizer
    loss = got["metrics"]["train/loss"]
    assert loss[refs[0]]["last"] == high["metrics"]["train/loss"][-1]
    assert loss[refs[1]]["min"] == min(low["metrics"]["train/loss"])
    assert loss[refs[0]]["count"] == high["steps"]
    assert len(got["series"]["val/acc"][refs[1]]) == 4
    assert got["backend_calls"] == 3  # runs, configs, one log batch for both runs


@pytest.mark.parametrize(
    ("args", "field", "said"),
    [
        ({"project": "no-such-project", "run": "x", "metric": "m"}, "project", "no Trackio project"),
        ({"run": "no-such-run", "metric": "train/loss"}, "run", "has no run 'no-such-run'"),
        ({"run": "lr-high", "metric": "nope"}, "metric", "has no metric 'nope'"),
        ({"run": "lr-high", "metric": "train/loss", "step_min": 1000, "step_max": 2000},
         "step_min", "the data spans steps 0 .. 119"),
        ({"run": "lr-high", "metric": "train/loss", "time_min": "yesterday"}, "time_min", "ISO 8601"),
        ({"run": "lr-high", "metric": "train/loss", "step_min": 5, "step_max": 1}, "step_max", "less than"),
    ],
)  # fmt: skip
async def test_bad_input_is_one_line_naming_the_argument(trackio_backend, args, field, said):
    args = {"project": trackio_backend.seed["project"], **args}
    async with labgate(trackio_backend) as client:
        with pytest.raises(ToolError) as err:
            await client.call_tool("trackio_metric", args)
    message = str(err.value)
    assert message.startswith(f"invalid argument `{field}`") and said in message
    assert "\n" not in message and "Traceback" not in message


async def test_writes_are_gated_then_rename_round_trips(trackio_backend):
    project = trackio_backend.seed["project"]
    rename = {"project": project, "old_name": "lr-low", "new_name": "lr-low-renamed"}
    async with labgate(trackio_backend) as client:
        with pytest.raises(ToolError, match="--allow-write"):
            await client.call_tool(
                "call_operation", {"name": "trackio_rename_run", "arguments": rename}
            )
    async with labgate(trackio_backend, allow_write=True) as client:
        with pytest.raises(ToolError, match="--allow-destructive"):
            await client.call_tool(
                "call_operation",
                {"name": "trackio_delete_run", "arguments": {"project": project, "run": "x"}},
            )
        assert (await call(client, "trackio_rename_run", rename)) == {"data": True}
        runs = await call(client, "trackio_runs", {"project": project})
        back = {**rename, "old_name": rename["new_name"], "new_name": rename["old_name"]}
        assert (await call(client, "trackio_rename_run", back)) == {"data": True}
    assert "lr-low-renamed" in {r["name"] for r in runs["items"]}


async def test_delete_run_needs_both_switches_and_removes_the_run(trackio_backend):
    project, scratch = trackio_backend.seed["project"], trackio_backend.seed["scratch"]
    async with labgate(trackio_backend, allow_write=True, allow_destructive=True) as client:
        assert (await call(client, "trackio_delete_run", {"project": project, "run": scratch})) == {
            "data": True
        }
        runs = await call(client, "trackio_runs", {"project": project})
    assert scratch not in {r["name"] for r in runs["items"]}

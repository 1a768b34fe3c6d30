"""Resources, prompts and completions against the real MLflow 3.17.2 (LABGATE_LIVE_MLFLOW=1;
tests/conftest.py starts and seeds it): a resource reads what the tool answers, artifacts and a
1,000-point metric series come back bounded, completions list what the seed wrote."""

from __future__ import annotations

import hashlib
import json

import pytest
from fastmcp import Client
from mcp_types import PromptReference, ResourceTemplateReference

from labgate.config import load
from labgate.server import create
from tests.answer import answer

pytestmark = pytest.mark.live


def labgate(url: str) -> Client:
    mcp, _ = create(load(env={"HOME": "/nonexistent", "MLFLOW_TRACKING_URI": url}))
    return Client(mcp)


async def read(client: Client, uri: str) -> dict:
    return json.loads((await client.read_resource(uri))[0].text)


async def test_resources_read_the_seeded_runs(mlflow_server, mlflow_seeded):
    arts = mlflow_seeded["artifacts"]
    hist = mlflow_seeded["history"]
    async with labgate(mlflow_server.url) as client:
        rid = arts["run_id"]
        via_tool = answer(await client.call_tool("mlflow_get_run", {"run_id": rid}))
        run = await read(client, f"mlflow://default/runs/{rid}")
        notes = await read(client, f"mlflow://default/runs/{rid}/artifacts/notes.txt")
        deep = await read(client, f"mlflow://default/runs/{rid}/artifacts/data/nested/deep.txt")
        folder = await read(client, f"mlflow://default/runs/{rid}/artifacts/data")
        curve = await read(
            client, f"mlflow://default/runs/{hist['run_id']}/metrics/{hist['metric_key']}"
        )
        with pytest.raises(Exception, match="has no metric 'nope'"):
            await read(client, f"mlflow://default/runs/{hist['run_id']}/metrics/nope")
    assert run == via_tool
    for out, path in ((notes, "notes.txt"), (deep, "data/nested/deep.txt")):
        assert hashlib.sha256(out["text"].encode()).hexdigest() == arts["files"][path]["sha256"]
    assert {f["path"] for f in folder["items"]} == {
        "data/blob.bin",
        "data/table.csv",
        "data/nested",
    }
    assert curve["stats"]["count"] == hist["steps"] and len(curve["points"]) <= 500
    assert curve["downsampled_from"] == hist["steps"]


async def test_completions_list_what_the_seed_wrote(mlflow_server, mlflow_seeded):
    hist = mlflow_seeded["history"]
    run_ref = ResourceTemplateReference(
        type="ref/resource", uri="mlflow://{instance}/runs/{run_id}"
    )
    metric_ref = ResourceTemplateReference(
        type="ref/resource", uri="mlflow://{instance}/runs/{run_id}/metrics/{metric*}"
    )
    async with labgate(mlflow_server.url) as client:
        latest = await client.complete(run_ref, {"name": "run_id", "value": ""})
        one = latest.values[0]
        ids = await client.complete(run_ref, {"name": "run_id", "value": one[:8]})
        keys = await client.complete(
            metric_ref,
            {"name": "metric", "value": ""},
            context_arguments={"run_id": hist["run_id"]},
        )
        names = await client.complete(
            PromptReference(type="ref/prompt", name="compare_sweep"),
            {"name": "experiment", "value": "labgate-test/"},
        )
    assert 0 < len(latest.values) <= 100
    assert all(len(v) == 32 and int(v, 16) >= 0 for v in latest.values)
    assert ids.values[0] == one and all(v.startswith(one[:8]) for v in ids.values)
    assert keys.values == [hist["metric_key"]]
    assert set(names.values) >= set(mlflow_seeded["experiments"])

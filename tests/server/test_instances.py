"""Several instances of one backend: composite tools and compare_tasks refs pick the instance,
against two real local HTTP servers standing in for two MLflow servers."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer

from labgate.config import load
from labgate.errors import ArgumentError
from labgate.tools import ToolBuilder

RUNS_GET = "/api/2.0/mlflow/runs/get"


def run(name: str) -> dict:
    info = {"run_id": "r1", "run_name": name, "status": "FINISHED", "experiment_id": "0"}
    return {"run": {"info": info, "data": {"params": [{"key": "where", "value": name}]}}}


@pytest.fixture
def tools(httpserver, fake_env, tmp_path):
    prod = HTTPServer()
    prod.start()
    httpserver.expect_request(RUNS_GET).respond_with_json(run("on-main"))
    prod.expect_request(RUNS_GET).respond_with_json(run("on-prod"))
    cfg = tmp_path / "labgate.toml"
    cfg.write_text(
        f'[[mlflow]]\nname = "main"\nurl = "{httpserver.url_for("/").rstrip("/")}"\n'
        f'[[mlflow]]\nname = "prod"\nurl = "{prod.url_for("/").rstrip("/")}"\n'
    )
    yield {t.name: t for t in ToolBuilder(load(cfg, env=fake_env, toolsets=("mlflow",))).build()}
    prod.clear()
    prod.stop()


async def test_one_backend_composite_takes_the_instance(tools):
    get_run = tools["mlflow_get_run"]
    assert get_run.schema["properties"]["instance"]["enum"] == ["main", "prod"]
    assert (await get_run.handler({"run_id": "r1"}))["name"] == "on-main"
    assert (await get_run.handler({"run_id": "r1", "instance": "prod"}))["name"] == "on-prod"


async def test_unknown_instance_names_the_field(tools):
    with pytest.raises(ArgumentError, match="`instance`.*'staging'"):
        await tools["mlflow_get_run"].handler({"run_id": "r1", "instance": "staging"})


async def test_compare_refs_name_their_instance(tools):
    out = await tools["compare_tasks"].handler({"refs": ["mlflow:r1", "mlflow@prod:r1"]})
    assert {ref: s["name"] for ref, s in out["summary"].items()} == {
        "mlflow:r1": "on-main",
        "mlflow@prod:r1": "on-prod",
    }
    assert out["params_diff"]["where"] == {"mlflow:r1": "on-main", "mlflow@prod:r1": "on-prod"}
    json.dumps(out)  # refs stay plain strings


async def test_compare_unknown_instance_names_the_ref(tools):
    with pytest.raises(ArgumentError, match=r"`refs\.1`.*no mlflow instance 'staging'"):
        await tools["compare_tasks"].handler({"refs": ["mlflow:r1", "mlflow@staging:r1"]})

"""The real MLflow 3.17.2 test server and its seeded datasets, checked over plain REST.

Runs only with LABGATE_LIVE_MLFLOW=1 (first run builds .cache/mlflow-venv, about 70 s).
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import httpx
import pytest

# tests/infra holds plain modules (no package); the lead may move this to conftest/pythonpath.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "infra"))
import mlflow_seed
from mlflow_server import MlflowServer

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("LABGATE_LIVE_MLFLOW") != "1", reason="set LABGATE_LIVE_MLFLOW=1"
    ),
]


# mlflow_server and mlflow_seeded are session fixtures in tests/conftest.py.


@pytest.fixture(scope="session")
def rest(mlflow_server):
    with httpx.Client(base_url=mlflow_server.url, trust_env=False, timeout=30) as client:
        yield client


def api(client: httpx.Client, method: str, path: str, **kwargs) -> dict:
    response = client.request(method, f"/api/2.0/mlflow/{path}", **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def test_paging_needs_three_pages_of_50(rest, mlflow_seeded):
    paging = mlflow_seeded["paging"]
    pages, token = [], None
    while True:
        body = {"experiment_ids": [paging["experiment_id"]], "max_results": 50}
        if token:
            body["page_token"] = token
        page = api(rest, "POST", "runs/search", json=body)
        pages.append([run["info"]["run_id"] for run in page.get("runs", [])])
        token = page.get("next_page_token")
        if not token:
            break
    assert [len(p) for p in pages] == [50, 50, 20]
    assert [rid for p in pages for rid in p] == paging["run_ids_newest_first"]


def test_search_filter_on_params(rest, mlflow_seeded):
    paging = mlflow_seeded["paging"]
    body = {
        "experiment_ids": [paging["experiment_id"]],
        "filter": "params.parity = 'even'",
        "max_results": 1000,
    }
    runs = api(rest, "POST", "runs/search", json=body)["runs"]
    assert len(runs) == paging["even_count"] == 60


def test_compare_runs_match_description(rest, mlflow_seeded):
    for name in ("compare-a", "compare-b"):
        expected = mlflow_seeded["runs"][name]
        run = api(rest, "GET", "runs/get", params={"run_id": expected["run_id"]})["run"]
        data = run["data"]
        assert {p["key"]: p["value"] for p in data["params"]} == expected["params"]
        tags = {t["key"]: t["value"] for t in data["tags"]}
        assert expected["tags"].items() <= tags.items()
        metrics = {m["key"]: m["value"] for m in data["metrics"]}
        assert metrics == {k: pts[-1]["value"] for k, pts in expected["metrics"].items()}
        assert run["info"]["status"] == "FINISHED"
    diff = mlflow_seeded["compare"]["diff"]
    assert diff["params"] == {
        "only_a": ["dropout"],
        "only_b": ["warmup"],
        "changed": ["lr"],
        "same": ["optimizer"],
    }


def test_metric_history_has_1000_points(rest, mlflow_seeded):
    history = mlflow_seeded["history"]
    params = {"run_id": history["run_id"], "metric_key": history["metric_key"]}
    points = api(rest, "GET", "metrics/get-history", params=params)["metrics"]
    assert len(points) == history["steps"] == 1000
    expected = mlflow_seeded["runs"]["history-1000"]["metrics"]["curve"]
    got = sorted((p["step"], p["timestamp"], p["value"]) for p in points)
    assert got == [(p["step"], p["timestamp"], p["value"]) for p in expected]


def test_artifact_listing_and_content(rest, mlflow_seeded):
    arts = mlflow_seeded["artifacts"]
    run = mlflow_seeded["runs"]["artifacts"]
    root = api(rest, "GET", "artifacts/list", params={"run_id": arts["run_id"]})["files"]
    assert {(f["path"], f["is_dir"]) for f in root} == {("data", True), ("notes.txt", False)}
    nested = api(rest, "GET", "artifacts/list", params={"run_id": arts["run_id"], "path": "data"})
    sizes = {f["path"]: f.get("file_size") for f in nested["files"]}
    assert sizes == {
        "data/blob.bin": arts["files"]["data/blob.bin"]["size"],
        "data/table.csv": arts["files"]["data/table.csv"]["size"],
        "data/nested": None,
    }
    for path, meta in arts["files"].items():
        url = (
            f"/api/2.0/mlflow-artifacts/artifacts/"
            f"{run['experiment_id']}/{run['run_id']}/artifacts/{path}"
        )
        response = rest.get(url)
        assert response.status_code == 200, path
        assert hashlib.sha256(response.content).hexdigest() == meta["sha256"], path


def test_seeding_twice_is_refused(mlflow_server, mlflow_seeded):
    with pytest.raises(mlflow_seed.AlreadySeeded):
        mlflow_seed.seed_test(mlflow_server.url)


def test_demo_dataset_on_its_own_server(tmp_path):
    with MlflowServer(tmp_path / "demo") as server:
        demo = mlflow_seed.seed_demo(server.url)
        with httpx.Client(base_url=server.url, trust_env=False) as client:
            body = {"filter": "tags.`labgate.demo` = 'true'", "max_results": 100}
            experiments = api(client, "POST", "experiments/search", json=body)["experiments"]
            assert sorted(e["name"] for e in experiments) == sorted(demo["experiments"])
            assert all(name.startswith("demo/") for name in demo["experiments"])
            ids = [e["experiment_id"] for e in demo["experiments"].values()]
            runs = api(client, "POST", "runs/search", json={"experiment_ids": ids})["runs"]
            assert len(runs) == len(demo["runs"]) == 8
            model = demo["registered_model"]
            got = api(client, "GET", "registered-models/get", params={"name": model["name"]})
            assert got["registered_model"]["aliases"] == [{"alias": "champion", "version": "2"}]
            search = {"filter": f"name = '{model['name']}'"}
            versions = api(client, "GET", "model-versions/search", params=search)
            versions = versions["model_versions"]
            assert sorted(v["version"] for v in versions) == ["1", "2"]

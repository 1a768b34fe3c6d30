"""The MCP Inspector CLI (a third-party client) lists and reads labgate's resource templates and
prompts over stdio, against a real local HTTP server standing in for MLflow."""

from __future__ import annotations

import json

from tests.clients.nodetools import inspector
from tests.clients.test_inspector import stdio_target

RUN_ID = "0123456789abcdef0123456789abcdef"


def mlflow_env(httpserver, fake_env) -> dict[str, str]:
    run = {"info": {"run_id": RUN_ID, "run_name": "lr-0.1", "status": "FINISHED"},
           "data": {"params": [{"key": "lr", "value": "0.1"}]}}  # fmt: skip
    httpserver.expect_request("/api/2.0/mlflow/runs/get").respond_with_json({"run": run})
    url = httpserver.url_for("/").rstrip("/")
    return {"HOME": fake_env["HOME"], "MLFLOW_TRACKING_URI": url}


def test_templates_list_and_read(httpserver, fake_env):
    target = stdio_target(mlflow_env(httpserver, fake_env))
    rc, docs, err = inspector(*target, "--method", "resources/templates/list")
    assert rc == 0, err
    uris = {t["uriTemplate"] for t in docs[0]["resourceTemplates"]}
    assert "mlflow://{instance}/runs/{run_id}" in uris and len(uris) == 3
    rc, docs, err = inspector(
        *target, "--method", "resources/read", "--uri", f"mlflow://default/runs/{RUN_ID}"
    )
    assert rc == 0, err
    content = docs[0]["contents"][0]
    assert content["mimeType"] == "application/json"
    assert json.loads(content["text"])["params"] == {"lr": "0.1"}


def test_a_bad_uri_is_an_error_naming_the_instance(httpserver, fake_env):
    target = stdio_target(mlflow_env(httpserver, fake_env))
    rc, docs, err = inspector(
        *target, "--method", "resources/read", "--uri", f"mlflow://prod/runs/{RUN_ID}"
    )
    assert rc != 0
    said = json.dumps(docs) + err
    assert "no mlflow instance named 'prod'" in said and "Traceback" not in said


def test_prompts_list_and_get(httpserver, fake_env):
    target = stdio_target(mlflow_env(httpserver, fake_env))
    rc, docs, err = inspector(*target, "--method", "prompts/list")
    assert rc == 0, err
    assert [p["name"] for p in docs[0]["prompts"]] == ["compare_sweep"]
    rc, docs, err = inspector(
        *target,
        "--method",
        "prompts/get",
        "--prompt-name",
        "compare_sweep",
        "--prompt-args",
        "experiment=sweep",
    )
    assert rc == 0, err
    text = docs[0]["messages"][0]["content"]["text"]
    assert "mlflow_best_run" in text and "'sweep'" in text

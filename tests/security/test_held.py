"""Red-team cases that held on first try keep a test each, so they keep holding: the client's
token never reaches a backend, path parameters cannot leave the operation's path or host, and
write gating holds through aliases and name variants. (Argv injection into the shim and the
Host/Origin checks: test_shim_*.py and test_host_check.py.)"""

from __future__ import annotations

import re

import httpx
import pytest

from labgate import registry
from tests.conftest import CANARY, FAKE_ENV
from tests.security.helpers import call, labgate

CLIENT_TOKEN = "labgate-client-token-5150"
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def test_the_clients_token_never_reaches_a_backend(httpserver, labgate_http):
    httpserver.expect_request(re.compile(".*")).respond_with_json({"run": {"info": {}, "data": {}}})
    url = httpserver.url_for("").rstrip("/")
    base = labgate_http(env={"LABGATE_TOKEN": CLIENT_TOKEN, "MLFLOW_TRACKING_URI": url})
    body = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
            "params": {"name": "mlflow_get_run", "arguments": {"run_id": "r1"}}}  # fmt: skip
    headers = {**MCP_HEADERS, "Authorization": f"Bearer {CLIENT_TOKEN}", "X-Forward-Me": "yes"}
    assert httpx.post(f"{base}/mcp", json=body, headers=headers, timeout=30).status_code == 200
    (request, _), *_ = httpserver.log
    sent = dict(request.headers)
    assert sent["Authorization"] == f"Bearer {CANARY}"  # labgate's own backend credential
    assert CLIENT_TOKEN not in str(sent) and "X-Forward-Me" not in sent


@pytest.mark.parametrize(
    "artifact_path",
    ["../../../api/2.0/mlflow/runs/delete", "..", "http://169.254.169.254/latest", "a/../../x",
     "%2e%2e/%2e%2e/runs/delete", "//evil.example/x"],
)  # fmt: skip
async def test_path_parameters_cannot_leave_the_operations_path_or_host(httpserver, artifact_path):
    httpserver.expect_request(re.compile(".*")).respond_with_data(b"ok")
    env = {**FAKE_ENV, "MLFLOW_TRACKING_URI": httpserver.url_for("").rstrip("/")}
    async with labgate(env) as client:
        await call(
            client,
            "call_operation",
            {"name": "mlflow_download_artifact", "arguments": {"artifact_path": artifact_path}},
        )
    for request, _ in httpserver.log:  # whatever was sent went to this host, to this endpoint:
        raw = request.environ["REQUEST_URI"]  # the parameter is one segment, slashes encoded
        assert raw.startswith("/api/2.0/mlflow-artifacts/artifacts/"), raw
        assert "/.." not in raw and "/runs/delete" not in raw and "//" not in raw, raw


WRITE_VARIANTS = ["mlflow_create_run", "create_run", "MLFLOW_CREATE_RUN", "mlflow_create_run ",
                  "mlflow-create-run", "mlflow_old_create_run"]  # fmt: skip


@pytest.mark.parametrize("name", WRITE_VARIANTS)
async def test_write_gating_holds_through_aliases_and_name_variants(httpserver, monkeypatch, name):
    monkeypatch.setattr(registry, "aliases", lambda: {"mlflow_old_create_run": "mlflow_create_run"})
    monkeypatch.setattr("labgate.server.aliases", registry.aliases)
    httpserver.expect_request(re.compile(".*")).respond_with_json({"run": {"info": {}}})
    env = {**FAKE_ENV, "MLFLOW_TRACKING_URI": httpserver.url_for("").rstrip("/")}
    async with labgate(env) as client:
        as_operation = await call(
            client, "call_operation", {"name": name, "arguments": {"experiment_id": "0"}}
        )
        as_tool = await call(client, name, {"experiment_id": "0"})
    for failed, text, _ in (as_operation, as_tool):
        assert failed, text
    assert not httpserver.log  # no variant reached the backend

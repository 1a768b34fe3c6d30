"""Credentials never reach a client: operations that mint or reveal them are never listed or run,
and secrets labgate derives (session tokens, basic-auth headers, URL userinfo) are masked."""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys

import pytest
from werkzeug import Response

from labgate.config import load
from labgate.tools import ToolBuilder
from tests.conftest import CANARY, FAKE_ENV
from tests.security.helpers import call, clearml_envelope, labgate

ALL_SWITCHES = {"allow_write": True, "allow_destructive": True}
# (backend, operation id) that mint, reveal or change credentials or users
CREDENTIAL_OPS = [
    ("clearml", "auth.create_credentials"),
    ("clearml", "auth.login"),
    ("clearml", "auth.get_credentials"),
    ("clearml", "users.update"),
    ("mlflow", "create_gateway_secret"),
    ("slurm", "db_upsert_users"),
    ("slurm", "db_delete_account"),
]


def _op(builder: ToolBuilder, backend: str, op_id: str):
    return next(o for o in builder.registry.operations(backend).values() if o.id == op_id)


@pytest.mark.parametrize("tools", ["curated", "all"])
def test_credential_operations_are_never_listed(tools):
    builder = ToolBuilder(load(env=FAKE_ENV, tools=tools, **ALL_SWITCHES))
    listed = {t.name for t in builder.build()}
    for backend, op_id in CREDENTIAL_OPS:
        op = _op(builder, backend, op_id)
        assert op.safety == "credential" and op.name not in listed, op.name


async def test_call_operation_refuses_credential_operations_whatever_the_switches(httpserver):
    """The attack: `--allow-write` alone, then call_operation clearml_auth_create_credentials
    handed a fresh key pair to the client."""
    httpserver.expect_request(re.compile(".*")).respond_with_json(
        clearml_envelope({"token": "t", "credentials": {"access_key": "AK", "secret_key": "SK"}})
    )
    env = {**FAKE_ENV, "CLEARML_API_HOST": httpserver.url_for("").rstrip("/")}
    async with labgate(env, **ALL_SWITCHES) as client:
        for name in ("clearml_auth_create_credentials", "clearml_auth_login"):
            failed, text, _ = await call(client, "call_operation", {"name": name})
            assert failed and "never runs" in text and "credentials" in text, text
        found, text, _ = await call(client, "search_operations", {"query": "create credentials"})
        assert "clearml_auth_create_credentials" not in text
        _, described, _ = await call(
            client, "describe_operation", {"name": "clearml_auth_create_credentials"}
        )
        assert json.loads(described)["enabled_by"].startswith("never")
    assert not httpserver.log  # nothing reached the backend


async def test_clearml_session_token_is_masked_when_a_backend_echoes_it(httpserver):
    token = "session-token-" + "x" * 40

    def answer(request):
        if request.path.endswith("auth.login"):
            return Response(json.dumps(clearml_envelope({"token": token})), 200)
        echoed = {"tasks": [{"id": "t1", "comment": f"your token is {token}"}]}
        return Response(json.dumps(clearml_envelope(echoed)), 200)

    httpserver.expect_request(re.compile(".*")).respond_with_handler(answer)
    env = {**FAKE_ENV, "CLEARML_API_HOST": httpserver.url_for("").rstrip("/")}
    async with labgate(env) as client:
        failed, text, _ = await call(
            client, "call_operation", {"name": "clearml_tasks_get_all", "arguments": {}}
        )
    assert not failed and "your token is ***" in text and token not in text


def _echo_headers_401(request):
    seen = "; ".join(f"{k}: {v}" for k, v in request.headers.items())
    body = {"message": f"denied, you sent {seen}", "meta": {"result_msg": f"denied: {seen}"}}
    return Response(json.dumps(body), 401, content_type="application/json")


@pytest.mark.parametrize(
    ("backend", "env", "tool", "args", "user", "password"),
    [
        (
            "mlflow",
            {"MLFLOW_TRACKING_USERNAME": "bob", "MLFLOW_TRACKING_PASSWORD": CANARY},
            "mlflow_get_run",
            {"run_id": "r1"},
            "bob",
            CANARY,
        ),
        ("clearml", {}, "clearml_projects", {}, "AKCANARY", CANARY),
    ],
)
async def test_basic_auth_header_echoed_in_an_error_is_masked(
    httpserver, backend, env, tool, args, user, password
):
    httpserver.expect_request(re.compile(".*")).respond_with_handler(_echo_headers_401)
    url = httpserver.url_for("").rstrip("/")
    base = {k: v for k, v in FAKE_ENV.items() if k != "MLFLOW_TRACKING_TOKEN"}
    target = {"mlflow": "MLFLOW_TRACKING_URI", "clearml": "CLEARML_API_HOST"}[backend]
    async with labgate({**base, **env, target: url}) as client:
        failed, text, _ = await call(client, tool, args)
    basic = base64.b64encode(f"{user}:{password}".encode()).decode()
    assert any("basic" in r.headers.get("authorization", "").lower() for r, _ in httpserver.log)
    assert failed and "denied" in text
    assert basic not in text and password not in text


async def test_password_in_the_tracking_uri_never_shows(httpserver):
    httpserver.expect_request(re.compile(".*")).respond_with_json(
        {"run": {"info": {"run_id": "r1"}, "data": {}}}
    )
    host = httpserver.url_for("").rstrip("/").removeprefix("http://")
    env = {"MLFLOW_TRACKING_URI": f"http://bob:{CANARY}@{host}"}
    async with labgate(env) as client:
        failed, text, _ = await call(client, "mlflow_get_run", {"run_id": "r1"})
    assert not failed, text
    (request, _), *_ = httpserver.log
    sent = base64.b64decode(request.headers["authorization"].split()[1]).decode()
    assert sent == f"bob:{CANARY}"  # the URL's userinfo became basic auth
    async with labgate({"MLFLOW_TRACKING_URI": f"http://bob:{CANARY}@127.0.0.1:9"}) as client:
        failed, text, _ = await call(client, "mlflow_get_run", {"run_id": "r1"})
    assert failed and "cannot reach mlflow at http://127.0.0.1:9" in text and CANARY not in text


def test_a_database_uri_with_a_password_stays_off_stderr():
    uri = f"postgresql://mlflow:{CANARY}@db:5432/mlflow"
    env = {**os.environ, **FAKE_ENV, "MLFLOW_TRACKING_URI": uri}
    out = subprocess.run(
        [sys.executable, "-m", "labgate", "tools"], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0 and "MLFLOW_TRACKING_URI" in out.stderr
    assert CANARY not in out.stderr + out.stdout and "postgresql://***@db" in out.stderr

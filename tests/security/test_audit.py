"""The audit log: every write and destructive backend call leaves an "attempt" line on disk
before the request leaves and an "outcome" line after, naming the caller (the JWT `sub`,
"static-token", "anonymous", "stdio"), the tool, the operation, the backend and instance, and a
digest of the arguments, never their values or a credential."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import threading
from pathlib import Path

import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError
from werkzeug import Response

from labgate.audit import digest
from labgate.config import ConfigError, load
from labgate.server import create
from tests.conftest import CANARY, FAKE_ENV
from tests.security.serve import JWT_ENV, mint, rpc, start, stop

SECRET_ARG = "arg-value-Zq81"  # an argument value: must never be written


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def calls(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records(path):
        out.setdefault(r["call"], []).append(r)
    return out


def backend_answer(request):
    if request.path.endswith("/runs/delete"):  # an error with a body, as MLflow sends it
        body = {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "no such run"}
        return Response(json.dumps(body), 404, content_type="application/json")
    return Response("{}", 200, content_type="application/json")


def backend_env(url: str) -> dict[str, str]:
    return {"MLFLOW_TRACKING_URI": url, "LABGATE_SLURM_URL": url}


@pytest.fixture(scope="module")
def backend():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(re.compile(".*")).respond_with_handler(backend_answer)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def jwt_server(backend, tmp_path_factory):
    """labgate over HTTP with JWT auth, writes and deletes allowed, an audit log."""
    work = tmp_path_factory.mktemp("audit")
    audit = work / "audit.jsonl"
    args = ("--allow-write", "--allow-destructive", "--audit-log", str(audit))
    env = {**JWT_ENV, **backend_env(backend.url_for("/").rstrip("/"))}
    base, proc = start(*args, env=env, log=work / "server.log")
    yield base, audit
    stop(proc)


def call(base: str, tool: str, arguments: dict, token: str) -> dict:
    r = rpc(base, "tools/call", {"name": tool, "arguments": arguments}, token=token)
    assert r.status_code == 200, r.text
    return r.json()["result"]


WRITES = {
    # (tool, arguments) -> (operation, outcome, backend status)
    "curated write": (("mlflow_set_tag", {"run_id": "r1", "key": "k", "value": SECRET_ARG}),
                      ("mlflow_set_tag", "ok", 200)),
    "call_operation": (("call_operation", {"name": "mlflow_log_param",
                        "arguments": {"run_id": "r1", "key": "lr", "value": SECRET_ARG}}),
                       ("mlflow_log_param", "ok", 200)),
    "composite, destructive": (("slurm_cancel_job", {"job_id": "4242"}),
                               ("slurm_delete_job", "ok", 200)),
    "backend refuses": (("mlflow_delete_run", {"run_id": SECRET_ARG}),
                        ("mlflow_delete_run", "error", 404)),
}  # fmt: skip


@pytest.mark.parametrize("case", WRITES)
def test_a_write_is_recorded_before_and_after_with_the_jwt_subject(jwt_server, case):
    base, audit = jwt_server
    (tool, arguments), (operation, outcome, status) = WRITES[case]
    before = set(calls(audit)) if audit.exists() else set()
    call(base, tool, arguments, mint(sub="alice@lab.example"))
    (new,) = [c for k, c in calls(audit).items() if k not in before]
    attempt, result = new
    for line in new:
        assert line["caller"] == "alice@lab.example" and line["tool"] == tool
        assert line["operation"] == operation and line["instance"] == "default"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["time"])
    assert attempt["phase"] == "attempt" and "outcome" not in attempt
    assert (result["phase"], result["outcome"], result["status"]) == ("outcome", outcome, status)
    assert result["error"] == (None if outcome == "ok" else "BackendError")
    assert result["duration_ms"] >= 0 and attempt["args_sha256"] == result["args_sha256"]


def test_reads_are_not_recorded(jwt_server):
    base, audit = jwt_server
    before = audit.read_text() if audit.exists() else ""
    call(base, "mlflow_search_experiments", {}, mint())
    call(base, "search_operations", {"query": "delete a run"}, mint())
    assert (audit.read_text() if audit.exists() else "") == before


def test_the_log_holds_no_credential_no_token_and_no_argument_value(jwt_server):
    base, audit = jwt_server
    token = mint(sub="bob")
    call(base, "mlflow_set_tag", {"run_id": "r2", "key": "k", "value": CANARY}, token)
    text = audit.read_text()
    assert CANARY not in text and SECRET_ARG not in text and token not in text
    assert "r2" not in text
    assert stat.S_IMODE(audit.stat().st_mode) == 0o600


def test_the_digest_is_of_the_arguments_sent(jwt_server):
    base, audit = jwt_server
    call(base, "mlflow_set_tag", {"run_id": "r3", "key": "k3", "value": "v3"}, mint())
    last = records(audit)[-1]
    assert last["args_sha256"] == digest({"run_id": "r3", "key": "k3", "value": "v3"})


async def test_a_write_refused_by_read_only_mode_is_recorded(tmp_path):
    settings = load(env=FAKE_ENV)
    settings.audit_log = str(tmp_path / "audit.jsonl")
    mcp, _ = create(settings)
    async with Client(mcp) as client:
        with pytest.raises(ToolError, match="--allow-write"):
            await client.call_tool("call_operation", {"name": "mlflow_set_tag", "arguments": {
                "run_id": "r1", "key": "k", "value": SECRET_ARG}})  # fmt: skip
    (line,) = records(tmp_path / "audit.jsonl")
    assert (line["phase"], line["outcome"], line["error"]) == ("outcome", "refused", "SafetyError")
    assert (line["caller"], line["tool"], line["operation"]) == ("stdio", "call_operation",
                                                                 "mlflow_set_tag")  # fmt: skip


def test_an_audit_log_that_cannot_be_opened_refuses_to_start(tmp_path):
    settings = load(env=FAKE_ENV)
    settings.audit_log = str(tmp_path / "no-such-dir" / "audit.jsonl")
    with pytest.raises(ConfigError, match="audit log"):
        create(settings)


@pytest.mark.parametrize(
    "auth, caller", [({"LABGATE_TOKEN": "audit-token-77"}, "static-token"), ({}, "anonymous")]
)
def test_labgate_killed_mid_call_leaves_the_attempt_on_disk(tmp_path, auth, caller):
    """Attack on the record: the process dies (SIGKILL, OOM, node loss) while a write is at the
    backend. The attempt must already be in the file."""
    from pytest_httpserver import HTTPServer

    arrived, release = threading.Event(), threading.Event()

    def hang(request):
        if request.method == "GET":  # the start-up backend check's probes, not the write
            return Response("{}", 200, content_type="application/json")
        arrived.set()
        release.wait(30)
        return Response("{}", 200, content_type="application/json")

    backend = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    backend.expect_request(re.compile(".*")).respond_with_handler(hang)
    backend.start()
    audit = tmp_path / "audit.jsonl"
    env = {**auth, **backend_env(backend.url_for("/").rstrip("/"))}
    base, proc = start("--allow-write", "--audit-log", str(audit), env=env,
                       log=tmp_path / "server.log")  # fmt: skip
    token = auth.get("LABGATE_TOKEN")
    args = {"run_id": "r1", "key": "k", "value": SECRET_ARG}
    client = threading.Thread(target=lambda: _ignore_errors(rpc, base, "tools/call",
        {"name": "mlflow_set_tag", "arguments": args}, token=token))  # fmt: skip
    try:
        client.start()
        assert arrived.wait(30), "the write never reached the backend"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        release.set()
        stop(proc)
        client.join(30)
        backend.stop()
    (line,) = records(audit)
    assert line["phase"] == "attempt" and line["caller"] == caller
    assert (line["tool"], line["operation"], line["backend"]) == ("mlflow_set_tag",
                                                                  "mlflow_set_tag", "mlflow")  # fmt: skip
    assert SECRET_ARG not in audit.read_text()


def _ignore_errors(fn, *args, **kwargs) -> None:
    try:
        fn(*args, **kwargs)
    except Exception:  # noqa: BLE001 - the server is killed under this request
        pass

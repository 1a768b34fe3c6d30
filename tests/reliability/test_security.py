"""Security across a sweep of calls over HTTP: the canary credential never shows up in a tool
output, an error or a log line, even when every backend echoes the request headers back;
auth, Host/Origin checks, and read-only by default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest
from werkzeug import Response

from tests.answer import answer
from tests.conftest import CANARY, FAKE_ENV, free_port, wait_http

TOKEN = "reliability-token-4242"
HEADERS = {
    "Accept": "application/json, text/event-stream",
    "Content-Type": "application/json",
    "Authorization": f"Bearer {TOKEN}",
}


def echo_headers(request):
    """A careless backend: every error body repeats the request headers (credentials too)."""
    seen = "; ".join(f"{k}: {v}" for k, v in request.headers.items())
    status = 500 if "slurm" in request.path else 401
    return Response(json.dumps({"message": f"rejected, you sent {seen}"}), status,
                    content_type="application/json")  # fmt: skip


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """labgate over HTTP (token auth, DEBUG logs to a file), every backend an echoing server."""
    from pytest_httpserver import HTTPServer

    backend = HTTPServer(host="127.0.0.1", port=0)
    backend.start()
    import re

    backend.expect_request(re.compile(".*")).respond_with_handler(echo_headers)
    url = backend.url_for("/").rstrip("/")
    log = tmp_path_factory.mktemp("log") / "stderr.log"
    port = free_port()
    env = {
        **os.environ, **FAKE_ENV, "LABGATE_TOKEN": TOKEN, "LABGATE_LOG_LEVEL": "DEBUG",
        "MLFLOW_TRACKING_URI": url, "CLEARML_API_HOST": url, "QARNOT_CLUSTER_URL": url,
        "LABGATE_SLURM_URL": url,
    }  # fmt: skip
    with log.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "labgate", "serve", "--transport", "http", "--port", str(port)],
            env=env, stdout=err, stderr=err,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/healthz", proc=proc)
        yield base, log, backend
        proc.terminate()
        proc.wait(10)
    backend.stop()


def rpc(base, method, params=None, headers=HEADERS, id_=1):
    body = {"jsonrpc": "2.0", "id": id_, "method": method, "params": params or {}}
    return httpx.post(f"{base}/mcp", json=body, headers=headers, timeout=30)


def minimal_args(schema):
    props = schema.get("properties", {})
    out = {}
    for r in schema.get("required", []):
        p = props.get(r, {})
        t = p.get("type")
        out[r] = (
            p["enum"][0] if p.get("enum") else 1 if t == "integer" else [] if t == "array" else "x1"
        )
    return out


def test_canary_never_leaks_in_outputs_errors_or_logs(server):
    base, log, backend = server
    tools = rpc(base, "tools/list").json()["result"]["tools"]
    texts = [json.dumps(tools)]
    calls = [(t["name"], minimal_args(t["inputSchema"])) for t in tools]
    found = rpc(
        base,
        "tools/call",
        {"name": "search_operations", "arguments": {"query": "list", "limit": 12}},
    )
    ops = [i["name"] for i in answer(found.json()["result"])["items"]]
    calls += [("call_operation", {"name": op, "arguments": {}}) for op in ops]
    calls += [("describe_operation", {"name": op}) for op in ops[:5]]
    for name, args in calls:
        r = rpc(base, "tools/call", {"name": name, "arguments": args})
        texts.append(r.text)
    echoed = [req for req, _ in backend.log if CANARY in json.dumps(dict(req.headers))]
    assert echoed, "the sweep never sent the canary to a backend: it proves nothing"
    errors = [t for t in texts if '"isError":true' in t]
    assert len(errors) > 10  # the echoing backends made most calls fail with their message
    time.sleep(0.5)  # let the server flush its log
    for text in [*texts, log.read_text(errors="replace")]:
        assert CANARY not in text
        assert "Traceback" not in text


def test_http_needs_the_token(server):
    base, _, _ = server
    assert rpc(base, "tools/list", headers={**HEADERS, "Authorization": ""}).status_code == 401
    assert (
        rpc(base, "tools/list", headers={**HEADERS, "Authorization": "Bearer nope"}).status_code
        == 401
    )
    assert rpc(base, "tools/list").status_code == 200


def test_foreign_host_and_origin_are_rejected(server):
    base, _, _ = server
    assert rpc(base, "tools/list", headers={**HEADERS, "Host": "evil.example"}).status_code in (
        403,
        421,
    )
    r = rpc(base, "tools/list", headers={**HEADERS, "Origin": "http://evil.example"})
    assert r.status_code == 403


def test_write_and_destructive_tools_are_absent_by_default(server):
    base, _, backend = server
    tools = rpc(base, "tools/list").json()["result"]["tools"]
    assert tools
    for t in tools:
        ann = t.get("annotations", {})
        assert ann.get("readOnlyHint") is True and not ann.get("destructiveHint"), t["name"]
    backend.clear_log()
    r = rpc(base, "tools/call", {"name": "call_operation",
                                 "arguments": {"name": "slurm_delete_job", "arguments": {"job_id": "1"}}})  # fmt: skip
    assert r.json()["result"]["isError"] and "--allow-write" in r.text
    assert not backend.log


async def test_a_backend_echoing_a_credential_does_not_leak_it():
    from labgate.config import load
    from labgate.tools import to_result

    load(env=FAKE_ENV)  # loading the configuration registers every credential for masking
    result = to_result(
        {
            "items": [{"note": f"token is {CANARY}"}],
            "next_page_token": "eyJwYWdlIjogMn0xxxxxxxxxxxxxxxx",
        }
    )
    assert CANARY not in result.content[0].text and CANARY not in str(answer(result))
    assert answer(result)["next_page_token"] == "eyJwYWdlIjogMn0xxxxxxxxxxxxxxxx"

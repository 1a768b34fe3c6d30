"""Backend faults through a fault-injecting proxy: bounded time, retries only when idempotent,
clear errors, and a server that keeps serving other sessions."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import orjson
import pytest

from labgate.config import load
from labgate.errors import BackendError, LabgateError
from labgate.tools import ToolBuilder, as_fastmcp
from tests.answer import answer
from tests.conftest import FAKE_ENV
from tests.reliability.faultproxy import FaultProxy

TIMEOUT = 2.0
BOUND = 2.5  # seconds past the timeout a call may take (connect, decode, one retry pause)
JOBS = {"jobs": [{"job_id": 1}], "errors": []}
SUBMIT = {"job": {"script": "#!/bin/sh\ntrue", "environment": ["A=1"]}}


@pytest.fixture
def proxy(httpserver):
    httpserver.expect_request("/slurm/v0.0.42/jobs/").respond_with_json(JOBS)
    with FaultProxy(httpserver.url_for("/")) as p:
        yield p


@pytest.fixture
def builder(proxy, tmp_path):
    cfg = tmp_path / "labgate.toml"
    cfg.write_text(f'[[slurm]]\nname = "c1"\nurl = "{proxy.url}"\ntimeout = {TIMEOUT}\n')
    return ToolBuilder(load(cfg, env=FAKE_ENV, allow_write=True))


async def call(builder, name, args=None):
    tool = next(t for t in builder.build() if t.name == "call_operation")
    t0 = time.monotonic()
    try:
        return await as_fastmcp(tool).run({"name": name, "arguments": args or {}})
    finally:
        elapsed = time.monotonic() - t0
        assert elapsed < TIMEOUT + BOUND, f"{name} took {elapsed:.1f} s"


async def test_passthrough_works(builder, proxy):
    out = await call(builder, "slurm_get_jobs")
    assert answer(out)["jobs"] == [{"job_id": 1}] and proxy.requests == 1


async def test_delay_past_the_timeout_is_bounded(builder, proxy):
    proxy.set("delay", delay=TIMEOUT + 5)
    with pytest.raises(LabgateError, match="did not answer within 2 s"):
        await call(builder, "slurm_get_jobs")


async def test_connection_reset_is_retried_for_reads_only(builder, proxy):
    proxy.fault = "reset"
    with pytest.raises(LabgateError, match="cannot reach slurm"):
        await call(builder, "slurm_get_jobs")
    assert proxy.requests >= 2  # retried (as many attempts as fit before the deadline)
    proxy.fault = "reset"
    with pytest.raises(LabgateError, match="cannot reach slurm"):
        await call(builder, "slurm_submit_job_raw", SUBMIT)
    assert proxy.requests == 1  # a submit is not idempotent: never sent twice


@pytest.mark.parametrize(
    ("status", "retry_after", "attempts"),
    [(500, None, 1), (502, None, 3), (503, "0", 3), (429, "0", 3)],
)
async def test_error_statuses_retry_only_when_worth_it(
    builder, proxy, status, retry_after, attempts
):
    proxy.set("status", status=status, retry_after=retry_after)
    with pytest.raises(BackendError, match=f'HTTP {status}: "injected failure"'):
        await call(builder, "slurm_get_jobs")
    assert proxy.requests == attempts


async def test_writes_are_never_retried_on_503(builder, proxy):
    proxy.set("status", status=503, retry_after="0")
    with pytest.raises(BackendError, match="HTTP 503"):
        await call(builder, "slurm_submit_job_raw", SUBMIT)
    assert proxy.requests == 1


async def test_retry_after_beyond_the_deadline_is_not_waited_for(builder, proxy):
    proxy.set("status", status=429, retry_after="3600")
    t0 = time.monotonic()
    with pytest.raises(BackendError, match="HTTP 429.*rate limiting"):
        await call(builder, "slurm_get_jobs")
    assert time.monotonic() - t0 < 1.5 and proxy.requests == 1


@pytest.mark.parametrize("kind", ["malformed", "truncated"])
async def test_broken_json_is_a_clear_error(builder, proxy, kind):
    proxy.fault = kind
    with pytest.raises(LabgateError) as err:
        await call(builder, "slurm_get_jobs")
    assert "Traceback" not in str(err.value) and "slurm" in str(err.value)


async def test_very_large_body_is_capped(builder, proxy):
    proxy.set("large", large_bytes=30_000_000)
    out = await call(builder, "slurm_get_jobs")
    size = len(orjson.dumps(answer(out)))
    assert size <= builder.settings.byte_cap + 2_000, size


async def test_a_hanging_backend_does_not_block_other_sessions(labgate_http, proxy, httpserver):
    """Session A waits on a slow Slurm; session B keeps getting answers from MLflow meanwhile."""
    httpserver.expect_request("/api/2.0/mlflow/experiments/search").respond_with_json(
        {"experiments": [{"experiment_id": "1", "name": "e"}]}
    )
    proxy.set("delay", delay=4.5)
    base = labgate_http(
        env={
            "LABGATE_SLURM_URL": proxy.url,
            "MLFLOW_TRACKING_URI": httpserver.url_for("/").rstrip("/"),
        }
    )
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}

    def body(name, args):
        return json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
                           "params": {"name": name, "arguments": args}})  # fmt: skip

    async with (
        httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as a,
        httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as b,
    ):
        await b.post("/mcp", content=body("mlflow_search_experiments", {}))  # first-call imports
        slow = asyncio.create_task(
            a.post(
                "/mcp", content=body("call_operation", {"name": "slurm_get_jobs", "arguments": {}})
            )
        )
        await asyncio.sleep(0.3)
        for _ in range(3):
            t0 = time.monotonic()
            r = await b.post("/mcp", content=body("mlflow_search_experiments", {}))
            assert time.monotonic() - t0 < 3.0 and not slow.done()  # not queued behind A
            assert answer(r.json()["result"])["items"][0]["name"] == "e"
        r = await slow
        assert answer(r.json()["result"])["jobs"] == [{"job_id": 1}]

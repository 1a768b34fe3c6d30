"""Backend errors, retries and timeouts through the real runtime against a real local HTTP server."""

from __future__ import annotations

import time

import pytest
from werkzeug import Response

from labgate.config import load
from labgate.errors import BackendError, LabgateError
from labgate.tools import ToolBuilder
from tests.conftest import CANARY

JOBS = "/slurm/v0.0.42/jobs/"


@pytest.fixture
def builder(httpserver, fake_env):
    env = {**fake_env, "LABGATE_SLURM_URL": httpserver.url_for("/").rstrip("/")}
    return ToolBuilder(load(env=env, allow_write=True, allow_destructive=True))


async def call(builder, name, args=None):
    return await builder._call({"name": name, "arguments": args or {}})


async def test_success_sends_both_slurm_auth_headers(builder, httpserver):
    httpserver.expect_oneshot_request(JOBS, method="GET").respond_with_json(
        {"jobs": [], "errors": []}
    )
    await call(builder, "slurm_get_jobs")
    req = httpserver.log[0][0]
    assert req.headers["X-SLURM-USER-TOKEN"] == CANARY and req.headers["X-SLURM-USER-NAME"]


async def test_idempotent_read_is_retried_on_503_with_retry_after(builder, httpserver):
    httpserver.expect_ordered_request(JOBS).respond_with_response(
        Response("busy", 503, {"Retry-After": "0"})
    )
    httpserver.expect_ordered_request(JOBS).respond_with_json({"jobs": [{"job_id": 1}]})
    out = await call(builder, "slurm_get_jobs")
    assert out["jobs"] == [{"job_id": 1}] and len(httpserver.log) == 2


async def test_non_idempotent_write_is_not_retried(builder, httpserver):
    httpserver.expect_request("/slurm/v0.0.42/job/submit", method="POST").respond_with_response(
        Response("busy", 503)
    )
    with pytest.raises(BackendError, match="HTTP 503"):
        await call(
            builder,
            "slurm_submit_job_raw",
            {"job": {"script": "#!/bin/sh\ntrue", "environment": ["A=1"]}},
        )
    assert len(httpserver.log) == 1


async def test_backend_error_carries_backend_message_and_hint(builder, httpserver):
    httpserver.expect_request("/slurm/v0.0.42/job/77").respond_with_json(
        {"errors": [{"description": "Invalid job id specified", "error_number": 2017}]}, status=404
    )
    with pytest.raises(BackendError) as err:
        await call(builder, "slurm_get_job_raw", {"job_id": "77"})
    text = str(err.value)
    assert (
        "slurm returned HTTP 404" in text and "Invalid job id specified" in text and "hint:" in text
    )


async def test_malformed_json_is_a_clear_error(builder, httpserver):
    httpserver.expect_request(JOBS).respond_with_data('{"jobs": [', content_type="application/json")
    with pytest.raises(LabgateError, match="malformed JSON"):
        await call(builder, "slurm_get_jobs")


async def test_timeout_is_bounded(httpserver, fake_env, tmp_path):
    cfg = tmp_path / "labgate.toml"
    cfg.write_text(
        f'[[slurm]]\nname = "slow"\nurl = "{httpserver.url_for("/").rstrip("/")}"\ntimeout = 1\n'
    )
    b = ToolBuilder(load(cfg, env=fake_env))

    def slow(_):
        time.sleep(3)
        return Response("{}", 200)

    httpserver.expect_request(JOBS).respond_with_handler(slow)
    t0 = time.monotonic()
    with pytest.raises(LabgateError, match="did not answer within 1 s"):
        await call(b, "slurm_get_jobs")
    assert time.monotonic() - t0 < 3.5


async def test_unreachable_backend_names_url_not_secret(fake_env):
    b = ToolBuilder(load(env=fake_env))
    with pytest.raises(LabgateError) as err:
        await call(b, "slurm_get_jobs")
    assert "cannot reach slurm" in str(err.value) and CANARY not in str(err.value)

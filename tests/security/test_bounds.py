"""A backend or an argument must not be able to exhaust labgate: answer sizes, backend-driven
loops, list arguments, charts and error messages are all bounded."""

from __future__ import annotations

import asyncio
import gzip
import json
import re
import tracemalloc

import pytest
from labgate_overrides.composites import compare_tasks as compare
from werkzeug import Response

from labgate.series import Point
from tests.conftest import FAKE_ENV
from tests.security.helpers import answer_of, call, clearml_envelope, labgate

MB = 1_048_576


def _mlflow_env(httpserver, **extra: str) -> dict[str, str]:
    return {**FAKE_ENV, "MLFLOW_TRACKING_URI": httpserver.url_for("").rstrip("/"), **extra}


def _stream(size: int, chunk: int = 64 * 1024):
    block = b"x" * chunk
    for _ in range(size // chunk):
        yield block


@pytest.mark.parametrize("framing", ["content-length", "chunked", "gzip-bomb"])
async def test_a_huge_artifact_is_refused_without_being_read(httpserver, framing):
    """The attack: call_operation mlflow_download_artifact of a 300 MB file took labgate to
    ~1 GB RSS. Here 64 MB against a 4 MB limit; labgate's peak allocation stays near the limit."""
    size = 64 * MB
    if framing == "content-length":
        response = Response(b"x" * size, 200, content_type="application/octet-stream")
    elif framing == "chunked":
        response = Response(_stream(size), 200, content_type="application/octet-stream")
    else:  # 64 KB on the wire that inflate to 64 MB
        body = gzip.compress(b"\0" * size, compresslevel=9)
        response = Response(body, 200, headers={"Content-Encoding": "gzip"})
    httpserver.expect_request(re.compile(".*")).respond_with_response(response)
    env = _mlflow_env(httpserver, LABGATE_MAX_RESPONSE_MB="4")
    async with labgate(env) as client:
        tracemalloc.start()
        failed, text, _ = await call(
            client,
            "call_operation",
            {"name": "mlflow_download_artifact", "arguments": {"artifact_path": "big.bin"}},
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert failed and "than labgate reads of one answer (4 MB" in text, text
    if framing == "content-length":  # refused from the header, before any of it is read
        assert "mlflow answered 64 MB, more than labgate reads" in text, text
    assert peak < 24 * MB, f"peak {peak / MB:.0f} MB while refusing a {size / MB:.0f} MB answer"


async def test_a_repeating_page_token_ends_the_metric_history_loop(httpserver):
    """The attack: a repeating next_page_token gave 400 backend calls for one tool call (and
    would go on for ever)."""
    page = {"metrics": [{"key": "loss", "value": 1.0, "step": 1, "timestamp": 1}],
            "next_page_token": "same-token"}  # fmt: skip
    httpserver.expect_request(re.compile(".*get-history")).respond_with_json(page)
    async with labgate(_mlflow_env(httpserver)) as client:
        failed, text, _ = await asyncio.wait_for(
            call(client, "mlflow_get_metric_history", {"run_id": "r1", "metric": "loss"}), 20
        )
    out = answer_of(text)
    assert (
        not failed and out["truncated"] is True and "repeated a page token" in out["truncated_why"]
    )
    assert len(httpserver.log) == 2


async def test_a_negative_clearml_count_ends_the_scroll(httpserver):
    """The attack: `returned: -1` with a scroll id never ended the scalar scroll."""

    def answer(request):
        if request.path.endswith("auth.login"):
            return Response(json.dumps(clearml_envelope({"token": "tok"})), 200)
        data = {"variants": {"v": {"x": [1], "y": [1.0]}}, "returned": -1, "scroll_id": "s",
                "total": 10}  # fmt: skip
        return Response(json.dumps(clearml_envelope(data)), 200)

    httpserver.expect_request(re.compile(".*")).respond_with_handler(answer)
    env = {**FAKE_ENV, "CLEARML_API_HOST": httpserver.url_for("").rstrip("/")}
    async with labgate(env) as client:
        failed, text, _ = await asyncio.wait_for(
            call(client, "clearml_metric_history", {"task_id": "a" * 32, "metric": "loss"}), 20
        )
    out = answer_of(text)
    assert not failed and out["truncated"] is True and "-1" in out["truncated_why"], text
    assert len(httpserver.log) <= 3  # login, one page (a retry at most)


async def test_compare_tasks_bounds_its_list_arguments(httpserver):
    httpserver.expect_request(re.compile(".*")).respond_with_json({})
    async with labgate(_mlflow_env(httpserver)) as client:
        names = [f"m{i}" for i in range(300)]
        failed, text, _ = await call(
            client, "compare_tasks", {"refs": ["mlflow:a"], "metrics": names}
        )
        assert failed and "`metrics`" in text
        failed, text, _ = await call(
            client, "compare_tasks", {"refs": ["mlflow:a"], "params": names}
        )
        assert failed and "`params`" in text
    assert not httpserver.log  # refused before any backend call


async def test_a_chart_of_many_metrics_stays_within_the_byte_cap(httpserver, monkeypatch):
    """The attack: compare_tasks(metrics=[300 names], chart=true) made a 750 KB PNG."""

    async def provider(ctx, ids, metrics, want_history):
        out = {}
        for n, ident in enumerate(ids):
            rec = compare.Record(ref=ident, name=ident)
            for m in metrics or []:
                # a jagged curve per metric: hard to compress
                rec.history[m] = [Point(s, ((s * 7919 + n * 104729 + hash(m)) % 1000) / 10)
                                  for s in range(400)]  # fmt: skip
                rec.last[m] = rec.history[m][-1].value
            out[ident] = rec
        return out

    monkeypatch.setattr(compare, "provider", lambda kind, backend: provider)
    metrics = [f"metric_{i}" for i in range(50)]
    async with labgate(_mlflow_env(httpserver)) as client:
        failed, text, blocks = await call(
            client,
            "compare_tasks",
            {"refs": ["mlflow:a", "mlflow:b", "mlflow:c"], "metrics": metrics, "chart": True},
        )
    assert not failed, text
    images = [b for b in blocks if b.type == "image"]
    out = answer_of(text)
    assert "chart_note" in out, "a 50-panel chart cannot fit 20 KB: the answer must say so"
    for image in images:
        assert len(image.data) * 3 // 4 <= 20_000


async def test_a_two_megabyte_backend_error_is_capped(httpserver):
    body = {"error_code": "INTERNAL_ERROR", "message": "boom " * 400_000}
    httpserver.expect_request(re.compile(".*")).respond_with_json(body, status=500)
    async with labgate(_mlflow_env(httpserver)) as client:
        failed, text, _ = await call(client, "mlflow_get_run", {"run_id": "r1"})
    assert failed and "mlflow returned HTTP 500" in text and len(text) <= 2_000

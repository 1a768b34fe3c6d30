"""Trackio down, slow or failing: one-line errors naming the backend, in bounded time
(a fault-injecting proxy in front of a stand-in answering Trackio's `POST /api/{name}`)."""

from __future__ import annotations

import time

import pytest

from labgate.config import load
from labgate.errors import LabgateError
from labgate.tools import ToolBuilder, as_fastmcp
from tests.answer import answer
from tests.conftest import FAKE_ENV
from tests.reliability.faultproxy import FaultProxy

TIMEOUT = 2.0
BOUND = 2.5  # seconds past the timeout a call may take (connect, decode, one retry pause)


@pytest.fixture
def proxy(httpserver):
    httpserver.expect_request("/api/get_all_projects", method="POST").respond_with_json(
        {"data": ["demo"]}
    )
    with FaultProxy(httpserver.url_for("/")) as p:
        yield p


def runs_tool(url: str, tmp_path):
    cfg = tmp_path / "labgate.toml"
    cfg.write_text(f'[[trackio]]\nname = "t1"\nurl = "{url}"\ntimeout = {TIMEOUT}\n')
    tools = ToolBuilder(load(cfg, env=FAKE_ENV)).build()
    return as_fastmcp(next(t for t in tools if t.name == "trackio_runs"))


async def timed(tool, args=None):
    t0 = time.monotonic()
    try:
        return await tool.run(args or {})
    finally:
        assert time.monotonic() - t0 < TIMEOUT + BOUND


async def test_projects_through_the_proxy(proxy, tmp_path):
    assert answer(await timed(runs_tool(proxy.url, tmp_path)))["items"] == ["demo"]


async def test_trackio_down_names_it(tmp_path):
    with pytest.raises(LabgateError, match=r"^cannot reach trackio at http://127\.0\.0\.1:9"):
        await timed(runs_tool("http://127.0.0.1:9", tmp_path))


async def test_trackio_slow_is_bounded(proxy, tmp_path):
    proxy.set("delay", delay=TIMEOUT + 5)
    with pytest.raises(LabgateError, match="trackio did not answer within 2 s"):
        await timed(runs_tool(proxy.url, tmp_path))


async def test_trackio_failing_gives_its_status_in_one_line(proxy, tmp_path):
    proxy.set("status", status=500)
    with pytest.raises(LabgateError) as exc:
        await timed(runs_tool(proxy.url, tmp_path))
    message = str(exc.value)
    assert "trackio" in message and "500" in message and "\n" not in message

"""Reliability fixtures: one long-lived event loop and one local HTTP backend per module."""

from __future__ import annotations

import asyncio
import re

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture(scope="module")
def loop():
    """Hypothesis examples run on one loop so the runtime's pooled clients stay usable."""
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def backend():
    """A real local HTTP server answering `{}` to everything; tests read its request log."""
    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request(re.compile(".*")).respond_with_json({})
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()

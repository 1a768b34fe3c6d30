"""`make run` (tests/infra/run_default.py) reaches a working MCP endpoint over demo data,
stops cleanly on Ctrl-C, and keeps its data for the next start.

Runs only with LABGATE_LIVE_MLFLOW=1 (it starts a real MLflow server).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from fastmcp import Client

from tests.answer import answer
from tests.conftest import ROOT, free_port

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("LABGATE_LIVE_MLFLOW") != "1", reason="set LABGATE_LIVE_MLFLOW=1"
    ),
]

SCRIPT = ROOT / "tests" / "infra" / "run_default.py"


class Run:
    """run_default.py as a child, its output collected; `url` once it prints the ready line."""

    def __init__(self, data, port: int, extra: dict[str, str] | None = None):
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MLFLOW_", "TRACKIO_"))}
        self.proc = subprocess.Popen(
            [sys.executable, str(SCRIPT), "--data", str(data), "--port", str(port)],
            env={**env, "HOME": "/nonexistent", **(extra or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        self.url: str | None = None
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("labgate ready:"):
                self.url = line.split(":", 1)[1].strip()
                self.ready.set()
        self.ready.set()

    def wait_ready(self, timeout: float = 240) -> str:
        assert self.ready.wait(timeout), "\n".join(self.lines)
        assert self.url, "exited before ready:\n" + "\n".join(self.lines)
        return self.url

    def interrupt(self, timeout: float = 40) -> int:
        self.proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        return self.proc.wait(timeout)

    @property
    def output(self) -> str:
        return "\n".join(self.lines)


def port_closed(port: int) -> bool:
    try:
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
    except httpx.HTTPError:
        return True
    return False


async def test_make_run_serves_demo_data_and_stops_cleanly(tmp_path):
    data, port = tmp_path / "demo", free_port()
    run = Run(data, port)
    try:
        url = run.wait_ready()
        assert url == f"http://127.0.0.1:{port}/mcp"
        assert f"claude mcp add --transport http labgate {url}" in run.output
        assert '"mcpServers"' in run.output and "seeded DEMO data" in run.output
        async with Client(url) as client:
            tools = {t.name for t in await client.list_tools()}
            assert {"mlflow_search_runs", "mlflow_best_run", "compare_tasks"} <= tools
            found = await client.call_tool(
                "mlflow_search_experiments", {"filter": "tags.`labgate.demo` = 'true'"}
            )
            experiments = {e["name"]: e["experiment_id"] for e in answer(found)["items"]}
            assert set(experiments) == {"demo/image-classifier", "demo/text-sentiment"}
            best = await client.call_tool(
                "mlflow_best_run",
                {"experiment_ids": [experiments["demo/image-classifier"]], "metric": "accuracy"},
            )
            assert answer(best)["best"]["accuracy"] > 0
    finally:
        code = run.interrupt()
    assert code == 0, run.output
    assert "stopped; data kept" in run.output
    assert port_closed(port)
    assert (data / "mlflow.db").is_file()

    again = Run(data, port)  # a second start keeps the data and does not seed twice
    try:
        url = again.wait_ready()
        assert "demo data already present" in again.output
        async with Client(url) as client:
            found = await client.call_tool("mlflow_search_experiments", {})
            names = [e["name"] for e in answer(found)["items"]]
            assert sorted(n for n in names if n.startswith("demo/")) == sorted(experiments)
    finally:
        code = again.interrupt()
    assert code == 0, again.output
    time.sleep(0.2)
    assert port_closed(port)


async def test_make_run_serves_a_trackio_named_by_trackio_url(tmp_path):
    """With TRACKIO_URL set, `make run` serves that Trackio beside its demo MLflow (here one
    that does not answer: its tools are listed, and a call says it cannot reach it)."""
    port = free_port()
    run = Run(tmp_path / "demo", port, {"TRACKIO_URL": "http://127.0.0.1:9"})
    try:
        url = run.wait_ready()
        async with Client(url) as client:
            tools = {t.name for t in await client.list_tools()}
            assert {"trackio_runs", "trackio_metric", "mlflow_search_runs"} <= tools
            down = await client.call_tool("trackio_runs", {}, raise_on_error=False)
            assert down.is_error and "cannot reach trackio at http://127.0.0.1:9" in str(down)
    finally:
        code = run.interrupt()
    assert code == 0, run.output

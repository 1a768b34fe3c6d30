"""`make run` stops what it started, whatever signal stops it: a container stop or a service
manager (SIGTERM to make alone), `timeout` (SIGTERM to make, then to its whole process group),
and SIGKILL of run_default.py itself (its watchdog stops MLflow and labgate).

Runs only with LABGATE_LIVE_MLFLOW=1 (each case starts a real MLflow server).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import ROOT, free_port

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("LABGATE_LIVE_MLFLOW") != "1", reason="set LABGATE_LIVE_MLFLOW=1"
    ),
]


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start(cmd: list[str]) -> tuple[subprocess.Popen, list[str]]:
    """The command in its own process group (as a terminal or `timeout` would run it), its output
    collected; returns once labgate is ready."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLFLOW_")}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env={**env, "HOME": "/nonexistent"}, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )  # fmt: skip
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("labgate ready:"):
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    assert ready.wait(240) and proc.poll() is None, "\n".join(lines)
    return proc, lines


def closed_within(ports: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(listening(p) for p in ports):
            return True
        time.sleep(0.2)
    return False


def make_run(data, port: int) -> list[str]:
    return ["make", "-s", "run", f"PORT={port}", f"RUN_ARGS=--data={data}"]


def script_run(data, port: int) -> list[str]:
    return [sys.executable, "tests/infra/run_default.py", "--data", str(data), "--port", str(port)]


@pytest.mark.parametrize(
    "how, signals",
    [
        (make_run, "make"),  # a container stop, systemd's main PID: SIGTERM to make only
        (make_run, "timeout"),  # `timeout`: SIGTERM to make, then to its whole group
        (script_run, "kill"),  # SIGKILL: nothing runs in run_default.py; the watchdog acts
    ],
    ids=["sigterm-make", "timeout-group", "sigkill"],
)
def test_any_signal_that_stops_make_run_stops_mlflow_and_labgate(tmp_path, how, signals):
    port = free_port()
    proc, lines = start(how(tmp_path / "demo", port))
    try:
        found = re.search(r"MLflow UI and API at http://127\.0\.0\.1:(\d+)", "\n".join(lines))
        assert found, "\n".join(lines)
        mlflow_port = int(found.group(1))
        assert listening(mlflow_port) and listening(port)
        if signals == "kill":
            os.kill(proc.pid, signal.SIGKILL)
        else:
            os.kill(proc.pid, signal.SIGTERM)
            if signals == "timeout":
                os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(60)
        assert closed_within([mlflow_port, port], 25), "\n".join(lines)
        if signals != "kill":
            time.sleep(0.2)  # the reader thread drains the last lines
            assert any("stopped; data kept" in line for line in lines), "\n".join(lines)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)

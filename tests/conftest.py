"""Shared fixtures: settings for fake endpoints, in-process servers, subprocess servers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent

# Every backend credential in the suite is this canary: the security tests assert that it
# never shows up in any tool output, error or log line.
CANARY = "canary-SECRET-7f3a9c1e"

FAKE_ENV = {
    "HOME": "/nonexistent",
    "MLFLOW_TRACKING_URI": "http://127.0.0.1:9",
    "MLFLOW_TRACKING_TOKEN": CANARY,
    "CLEARML_API_HOST": "http://127.0.0.1:9",
    "CLEARML_API_ACCESS_KEY": "AKCANARY",
    "CLEARML_API_SECRET_KEY": CANARY,
    "QARNOT_CLIENT_TOKEN": CANARY,
    "QARNOT_CLUSTER_URL": "http://127.0.0.1:9",
    "LABGATE_SLURM_URL": "http://127.0.0.1:9",
    "SLURM_JWT": CANARY,
}


@pytest.fixture
def fake_env() -> dict[str, str]:
    return dict(FAKE_ENV)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"process exited with {proc.returncode}: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.fixture
def labgate_http(fake_env):
    """Start `labgate serve --transport http` as a subprocess; yields (base_url, env, proc)."""
    procs = []

    def start(*args: str, env: dict[str, str] | None = None) -> str:
        port = free_port()
        full_env = {**os.environ, **fake_env, **(env or {})}
        cmd = [
            sys.executable,
            "-m",
            "labgate",
            "serve",
            "--transport",
            "http",
            "--port",
            str(port),
            *args,
        ]
        proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/healthz", proc=proc)
        return base

    yield start
    for p in procs:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()

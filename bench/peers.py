"""Peer MCP servers, each in its own venv under .cache/peers, installed on first use.

    .venv/bin/python -m bench.peers [mlflow-mcp] [trackio]   # install, list tools once

`mlflow[mcp]` pins fastmcp<4 and Trackio brings its own stack, so neither fits labgate's venv.
A venv counts as installed once its marker matches the current pins; a failed install is
returned as a one-line reason, never raised, so the benchmark table still prints.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT
from bench.toolcost import _list

sys.path.insert(0, str(ROOT / "tests" / "infra"))
from mlflow_server import CONSTRAINTS as MLFLOW_CONSTRAINTS  # noqa: E402
from mlflow_server import MLFLOW_VERSION  # noqa: E402

BASE = ROOT / ".cache" / "peers"
MARKER = ".labgate-peer.json"
HERE = Path(__file__).resolve().parent
PEERS = {
    "mlflow-mcp": (
        f"mlflow[mcp]=={MLFLOW_VERSION}",
        [MLFLOW_CONSTRAINTS, HERE / "mlflow-mcp-constraints.txt"],
    ),
    "trackio": ("trackio[mcp]==0.43.0", [HERE / "trackio-constraints.txt"]),
}
QUIET = {"MLFLOW_DISABLE_TELEMETRY": "true", "DO_NOT_TRACK": "true", "HF_HUB_OFFLINE": "1"}


# ---------------------------------------------------------------- venvs


def _wanted(name: str) -> dict[str, str]:
    requirement, constraints = PEERS[name]
    digest = hashlib.sha256(b"".join(c.read_bytes() for c in constraints)).hexdigest()
    return {"requirement": requirement, "constraints_sha256": digest}


def venv(name: str) -> Path:
    return BASE / name


def installed(name: str) -> dict[str, Any] | None:
    """The marker of a complete install matching the current pins, else None."""
    try:
        marker = json.loads((venv(name) / MARKER).read_text())
    except (OSError, ValueError):
        return None
    return marker if all(marker.get(k) == v for k, v in _wanted(name).items()) else None


def ensure(name: str) -> tuple[Path | None, str | None]:
    """(venv, None) once installed, else (None, a one-line reason)."""
    if installed(name):
        return venv(name), None
    path = venv(name)
    shutil.rmtree(path, ignore_errors=True)
    requirement, constraints = PEERS[name]
    pip = [str(path / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-input"]
    pip += [requirement, *(arg for c in constraints for arg in ("-c", str(c)))]
    print(f"bench: installing {requirement} into {path}", file=sys.stderr, flush=True)
    started = time.monotonic()
    for step, cmd in (("venv", [sys.executable, "-m", "venv", str(path)]), ("pip", pip)):
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            lines = (done.stderr or done.stdout).strip().splitlines() or ["no output"]
            return None, f"{step} exited {done.returncode}: {lines[-1][:200]}"
    marker = {**_wanted(name), "install_s": round(time.monotonic() - started, 1)}
    marker["venv_mb"] = size_mb(path)
    (path / MARKER).write_text(json.dumps(marker) + "\n")
    return path, None


def size_mb(path: Path) -> float:
    files = (Path(d) / f for d, _, names in os.walk(path) for f in names)
    return round(sum(f.lstat().st_size for f in files) / 1e6, 1)


# ---------------------------------------------------------------- servers


def stdio_listed(command: list[str], env: dict[str, str], log: Path) -> tuple[list, float]:
    """Tools of a stdio server and seconds from spawning it to having them (the server exits)."""
    from fastmcp.client.transports import StdioTransport

    log.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with open(log, "w") as sink:  # the server's stderr
        transport = StdioTransport(command[0], command[1:], env=env, cwd=str(ROOT), log_file=sink)
        tools = asyncio.run(_list(transport))
    return tools, time.perf_counter() - started


def mlflow_command(path: Path) -> list[str]:
    return [str(path / "bin" / "mlflow"), "mcp", "run"]


def mlflow_listed(path: Path) -> tuple[list, float]:
    # tools/list never reaches the tracking server (checked: same 26 tools with nothing
    # listening), so like labgate's figures it points at a closed port
    env = {"HOME": "/nonexistent", "MLFLOW_TRACKING_URI": "http://127.0.0.1:9", **QUIET}
    return stdio_listed(mlflow_command(path), env, BASE / "mlflow-mcp.log")


def trackio_listed(path: Path) -> tuple[list, float]:
    """`trackio show --mcp-server` (first free port from 7860), empty data, no browser; killed after."""
    env = {**os.environ, **QUIET, "BROWSER": "true", "PYTHONUNBUFFERED": "1"}
    with tempfile.TemporaryDirectory(prefix="labgate-trackio-") as data:
        env["TRACKIO_DIR"] = data
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(path / "bin" / "trackio"), "show", "--mcp-server"],
            env=env, cwd=data, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, start_new_session=True,
        )  # fmt: skip
        watchdog = threading.Timer(120, proc.kill)  # ends the stdout read if it never starts
        watchdog.start()
        try:
            url = _dashboard_url(proc)
            tools = asyncio.run(_list(url + "mcp/"))  # /mcp redirects to /mcp/
            return tools, time.perf_counter() - started
        finally:
            watchdog.cancel()
            _stop(proc)


def _dashboard_url(proc: subprocess.Popen) -> str:
    """The URL Trackio prints once its server answers ("* Trackio UI launched at: URL")."""
    seen = []
    for line in proc.stdout:
        seen.append(line.strip())
        found = re.search(r"launched at: (http://[^\s\x1b]+)", line)
        if found:
            return found.group(1).rstrip("/") + "/"
    raise RuntimeError(f"trackio exited ({proc.wait()}): {' | '.join(seen[-3:])[:200]}")


def _stop(proc: subprocess.Popen) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(10)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


LISTERS = {"mlflow-mcp": mlflow_listed, "trackio": trackio_listed}


if __name__ == "__main__":
    for peer in sys.argv[1:] or list(PEERS):
        where, why = ensure(peer)
        if why:
            print(f"{peer}: install failed: {why}")
            continue
        tools, seconds = LISTERS[peer](where)
        print(f"{peer}: {len(tools)} tools in {seconds:.2f} s; {installed(peer)}")

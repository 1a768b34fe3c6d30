"""docs/tool_examples.json tells the truth: replaying the cassette tests gives the same answers,
and every curated tool has one."""

from __future__ import annotations

import json

from labgate.config import load
from labgate.tools import ToolBuilder
from tests import tool_examples


def test_examples_are_what_the_tools_answer_now(tmp_path):
    out = tmp_path / "examples.json"
    done = tool_examples.capture(out)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    fresh = json.loads(out.read_text())
    committed = json.loads(tool_examples.COMMITTED.read_text())
    stale = sorted(k for k in fresh.keys() | committed.keys() if fresh.get(k) != committed.get(k))
    assert not stale, f"docs/tool_examples.json is stale for {stale}: run `make docs-examples`"


def test_every_curated_tool_has_an_example(fake_env):
    settings = load(env=fake_env, allow_write=True, allow_destructive=True)
    curated = {t.name for t in ToolBuilder(settings).build()}
    committed = json.loads(tool_examples.COMMITTED.read_text())
    assert curated - committed.keys() == set()

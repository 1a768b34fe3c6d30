"""The README's tool list cannot drift from the registry: every tool labgate lists (all five
backends configured, every switch on) is named in the README's "The tool list" section, and
every tool-shaped name written there is a tool, an operation or an old name labgate still
answers to."""

from __future__ import annotations

import re
from pathlib import Path

from labgate.config import load
from labgate.registry import Registry
from labgate.tools import ToolBuilder
from tests.conftest import FAKE_ENV

README = Path(__file__).resolve().parents[2] / "README.md"
NAME = re.compile(r"`([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\([^`]*\))?`")


def section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n### {title}\n")
    end = text.find("\n### ", start + 1)
    return text[start : end if end != -1 else None]


def listed() -> set[str]:
    settings = load(env=FAKE_ENV, allow_write=True, allow_destructive=True)
    return {t.name for t in ToolBuilder(settings).build() if t.kind != "discovery"}


def test_every_listed_tool_is_in_the_readme():
    written = set(NAME.findall(section("The tool list")))
    tools = listed()
    assert len(tools) > 30  # every backend's tools, writes included
    missing = sorted(tools - written)
    assert not missing, f"README 'The tool list' does not name: {missing}"


def test_every_tool_name_in_the_readme_exists():
    registry = Registry()
    backends = tuple(registry.backends)
    tools = listed()
    written = {
        n for n in NAME.findall(section("The tool list")) if n.startswith(backends) or n in tools
    }
    assert len(written) > 30
    unknown = sorted(n for n in written if n not in tools and registry.find(n) is None)
    assert not unknown, f"README names tools labgate does not have: {unknown}"

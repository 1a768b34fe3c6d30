"""The curated tool list: budget, safety gating, snapshot, and `labgate tools`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import orjson
from jsonschema import Draft202012Validator

from labgate.backends import names
from labgate.config import load
from labgate.tools import HINT_DEFAULTS, ToolBuilder, hints, sent_hints
from tests.conftest import ROOT

SNAPSHOT = ROOT / "tests" / "snapshots" / "curated_tools.json"
BUDGET = 12_000  # bytes of the default tools/list with every backend configured


def tools_for(env, **kw):
    return [t.mcp() for t in ToolBuilder(load(env=env, **kw)).build()]


def test_curated_list_for_every_backend_is_within_budget(fake_env):
    tools = tools_for(fake_env)
    size = len(orjson.dumps({"tools": tools}))
    print(f"curated tools/list: {len(tools)} tools, {size} bytes")
    assert {t["name"].split("_")[0] for t in tools} >= set(names())  # all of them configured
    assert size <= BUDGET, f"curated tools/list is {size} bytes (budget {BUDGET})"


def test_every_tool_is_well_formed(fake_env):
    for t in tools_for(fake_env, allow_write=True, allow_destructive=True):
        assert len(t["name"]) <= 64 and t["name"].replace("_", "").isalnum(), t["name"]
        assert t["description"] and "\r" not in t["description"]
        Draft202012Validator.check_schema(t["inputSchema"])
        # only what differs from what MCP lets a client assume is sent
        sent = t.get("annotations", {})
        assert set(sent) <= set(HINT_DEFAULTS) and sent == sent_hints(hints(sent)), t["name"]


def test_read_only_by_default(fake_env):
    tools = tools_for(fake_env)
    assert tools and all(
        t["annotations"] == {"readOnlyHint": True}
        for t in tools
        if t["name"] not in ("call_operation", "search_operations", "describe_operation")
    )
    names = {t["name"] for t in tools}
    assert {"search_operations", "describe_operation", "call_operation"} <= names


def test_write_switches_add_tools_in_two_steps(fake_env):
    ro = tools_for(fake_env)
    rw = tools_for(fake_env, allow_write=True)
    rwd = tools_for(fake_env, allow_write=True, allow_destructive=True)
    assert not any(hints(t.get("annotations", {}))["destructiveHint"] for t in rw)
    assert len(ro) < len(rw) < len(rwd)
    assert any(hints(t.get("annotations", {}))["destructiveHint"] for t in rwd)


def test_all_mode_lists_every_generated_operation(fake_env):
    tools = tools_for(fake_env, tools="all", allow_write=True, allow_destructive=True)
    names = {t["name"] for t in tools}
    builder = ToolBuilder(load(env=fake_env))
    ops = [op for op in builder.registry.all_operations() if not op.hidden]
    assert all(op.name in names for op in ops if op.safety != "credential")
    credential = {op.name for op in ops if op.safety == "credential"}
    assert credential and not credential & names  # never listed, whatever the switches
    size = len(orjson.dumps({"tools": tools}))
    print(f"--tools all: {len(tools)} tools, {size} bytes")


def test_unconfigured_backend_is_absent(fake_env):
    env = {k: v for k, v in fake_env.items() if not k.startswith("QARNOT")}
    names = {t["name"] for t in tools_for(env)}
    assert not any(n.startswith("qarnot_") for n in names)


def test_snapshot_of_curated_tools(fake_env):
    tools = tools_for(fake_env, allow_write=True, allow_destructive=True)
    current = json.dumps({t["name"]: t for t in tools}, indent=1, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(current)
    assert SNAPSHOT.is_file(), "no snapshot: run with UPDATE_SNAPSHOTS=1 and review the diff"
    assert SNAPSHOT.read_text() == current, (
        "curated tool schemas changed: UPDATE_SNAPSHOTS=1 and review"
    )


def test_labgate_tools_cli_prints_the_list_and_absent_reasons(fake_env):
    env = {**os.environ, **{k: v for k, v in fake_env.items() if not k.startswith("QARNOT")}}
    out = subprocess.run(
        [sys.executable, "-m", "labgate", "tools", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    listed = json.loads(out.stdout)["tools"]
    assert [t["name"] for t in listed] == [
        t["name"]
        for t in tools_for({k: v for k, v in fake_env.items() if not k.startswith("QARNOT")})
    ]
    assert "qarnot: absent — QARNOT_CLIENT_TOKEN is not set" in out.stderr

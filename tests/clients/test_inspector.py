"""The MCP Inspector CLI (a third-party client) lists and calls labgate's tools over stdio and HTTP."""

from __future__ import annotations

import json

from labgate.config import load
from labgate.tools import ToolBuilder
from tests.answer import answer
from tests.clients.nodetools import INSPECTOR, inspector, labgate_exe, require

TOKEN = "inspector-token-5d1e"


def expected_tools(env: dict[str, str]) -> dict[str, dict]:
    return {t.mcp()["name"]: t.mcp() for t in ToolBuilder(load(env=env)).build()}


def stdio_target(env: dict[str, str]) -> list[str]:
    pairs = [a for k, v in env.items() for a in ("-e", f"{k}={v}")]
    return [labgate_exe(), "serve", *pairs]


def assert_search_result(rc: int, docs: list[dict], err: str) -> None:
    assert rc == 0, err
    out = docs[0]
    assert out.get("isError") is False, out
    items = answer(out)["items"]
    assert 0 < len(items) <= 3
    assert all({"name", "backend", "summary", "safety"} <= set(i) for i in items)
    assert json.loads(out["content"][0]["text"])["items"] == items


def test_stdio_tools_list_matches_the_registry(fake_env):
    rc, docs, err = inspector(*stdio_target(fake_env), "--method", "tools/list")
    assert rc == 0, err
    seen = {t["name"]: t for t in docs[0]["tools"]}
    want = expected_tools(fake_env)
    assert seen.keys() == want.keys()
    for name, tool in want.items():
        assert seen[name]["inputSchema"] == tool["inputSchema"], name
        assert seen[name]["annotations"] == tool["annotations"], name


def test_stdio_tools_call_search_operations(fake_env):
    rc, docs, err = inspector(
        *stdio_target(fake_env),
        "--method",
        "tools/call",
        "--tool-name",
        "search_operations",
        "--tool-arg",
        "query=runs",
        "limit=3",
    )
    assert_search_result(rc, docs, err)


def test_stdio_bad_argument_is_a_tool_error_naming_the_field(fake_env):
    rc, docs, _ = inspector(
        *stdio_target(fake_env),
        "--method",
        "tools/call",
        "--tool-name",
        "search_operations",
        "--tool-arg",
        "query=runs",
        "max_results=2",
    )
    assert rc != 0
    result, error = docs
    assert result["isError"] is True
    assert "max_results" in result["content"][0]["text"]
    assert error["error"]["code"] == "tool_is_error"


def test_http_with_bearer_header_lists_and_calls(labgate_http, fake_env):
    require(INSPECTOR, "MCP Inspector CLI")
    base = labgate_http(env={"LABGATE_TOKEN": TOKEN})
    auth = ["--header", f"Authorization: Bearer {TOKEN}"]
    rc, docs, err = inspector(f"{base}/mcp", *auth, "--method", "tools/list")
    assert rc == 0, err
    assert {t["name"] for t in docs[0]["tools"]} == expected_tools(fake_env).keys()
    rc, docs, err = inspector(
        f"{base}/mcp",
        *auth,
        "--method",
        "tools/call",
        "--tool-name",
        "search_operations",
        "--tool-arg",
        "query=runs",
        "limit=3",
    )
    assert_search_result(rc, docs, err)


def test_http_without_or_with_wrong_token_is_refused(labgate_http):
    require(INSPECTOR, "MCP Inspector CLI")
    base = labgate_http(env={"LABGATE_TOKEN": TOKEN})
    for extra in ([], ["--header", "Authorization: Bearer wrong"]):
        rc, docs, _ = inspector(f"{base}/mcp", *extra, "--method", "tools/list")
        assert rc != 0
        assert not any("tools" in d for d in docs)
        # the Inspector saw the 401 + WWW-Authenticate: Bearer and wanted to start OAuth
        assert docs[-1]["error"]["code"] == "auth_required", docs

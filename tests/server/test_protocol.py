"""Real MCP clients against real transports: in-process, stdio subprocess, streamable HTTP."""

from __future__ import annotations

import os
import sys

import httpx
import pytest
from fastmcp import Client, FastMCP
from fastmcp.client.transports import StdioTransport
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.conftest import CANARY


async def test_in_process_list_and_call_discovery(fake_env):
    mcp, _ = create(load(env=fake_env))
    async with Client(mcp) as client:
        tools = await client.list_tools()
        assert any(t.name == "search_operations" for t in tools)
        res = await client.call_tool("search_operations", {"query": "cancel a slurm job"})
        assert answer(res)["items"]


async def test_tool_lookup_finds_every_listed_tool_and_nothing_else(fake_env):
    mcp, _ = create(load(env=fake_env))
    async with Client(mcp) as client:
        listed = [t.name for t in await client.list_tools()]
        for name in listed:  # the by-name shortcut agrees with fastmcp's own lookup
            assert (await mcp.get_tool(name)) is (await FastMCP.get_tool(mcp, name))
        assert await mcp.get_tool("no_such_tool") is None
        with pytest.raises(ToolError, match="no_such_tool"):
            await client.call_tool("no_such_tool", {})


async def test_in_process_bad_argument_is_a_tool_error_naming_the_field(fake_env):
    mcp, _ = create(load(env=fake_env))
    async with Client(mcp) as client:
        with pytest.raises(ToolError, match="`limit`"):
            await client.call_tool("search_operations", {"query": "runs", "limit": 500})


async def test_stdio_subprocess(fake_env):
    env = {**os.environ, **fake_env}
    transport = StdioTransport(sys.executable, ["-m", "labgate", "serve"], env=env)
    async with Client(transport) as client:
        tools = await client.list_tools()
        names = {t.name for t in tools}
        assert "describe_operation" in names
        res = await client.call_tool("describe_operation", {"name": "slurm_get_jobs"})
        assert answer(res)["backend"] == "slurm"


async def test_http_auth_required_when_token_set(labgate_http):
    base = labgate_http(env={"LABGATE_TOKEN": "good-token-123"})
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-06-18",
            "capabilities": {},
            "clientInfo": {"name": "t", "version": "1"},
        },
    }
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    async with httpx.AsyncClient() as http:
        r = await http.post(f"{base}/mcp", json=init, headers=headers)
        assert r.status_code == 401 and "bearer" in r.headers.get("www-authenticate", "").lower()
        r = await http.post(
            f"{base}/mcp", json=init, headers={**headers, "Authorization": "Bearer wrong"}
        )
        assert r.status_code == 401
    async with Client(f"{base}/mcp", auth="good-token-123") as client:
        assert any(t.name == "search_operations" for t in await client.list_tools())


async def test_http_rejects_foreign_host_and_origin(labgate_http):
    base = labgate_http()
    headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
    body = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
    async with httpx.AsyncClient() as http:
        r = await http.post(
            f"{base}/mcp", json=body, headers={**headers, "Host": "evil.example:80"}
        )
        assert r.status_code in (403, 421)
        r = await http.post(
            f"{base}/mcp", json=body, headers={**headers, "Origin": "http://evil.example"}
        )
        assert r.status_code == 403


async def test_http_refuses_non_loopback_without_auth(fake_env, tmp_path):
    import subprocess

    env = {**os.environ, **fake_env}
    env.pop("LABGATE_TOKEN", None)
    out = subprocess.run(
        [sys.executable, "-m", "labgate", "serve", "--transport", "http", "--host", "0.0.0.0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "without auth" in out.stderr


async def test_no_canary_in_http_errors(labgate_http):
    base = labgate_http()
    async with Client(f"{base}/mcp") as client:
        with pytest.raises(ToolError) as err:
            await client.call_tool(
                "call_operation", {"name": "mlflow_get_run", "arguments": {"run_id": "x"}}
            )
        assert CANARY not in str(err.value) and "Traceback" not in str(err.value)


async def test_renamed_tool_keeps_working_under_its_old_name(fake_env):
    mcp, _ = create(load(env=fake_env))
    async with Client(mcp) as client:
        names = {t.name for t in await client.list_tools()}
        assert "mlflow_artifacts" in names and "mlflow_read_artifact" not in names
        with pytest.raises(ToolError) as err:  # reaches the new tool: its own validation answers
            await client.call_tool(
                "mlflow_read_artifact", {"run_id": "r1", "path": "../etc/passwd"}
            )
        assert "`path`" in str(err.value)


async def test_jwt_auth_against_a_public_key(labgate_http):
    from fastmcp.server.auth.providers.jwt import RSAKeyPair

    keys = RSAKeyPair.generate()
    base = labgate_http(
        env={
            "LABGATE_JWT_PUBLIC_KEY": keys.public_key,
            "LABGATE_JWT_ISSUER": "https://idp.lab",
            "LABGATE_JWT_AUDIENCE": "labgate",
        }
    )
    good = keys.create_token(issuer="https://idp.lab", audience="labgate")
    wrong_aud = keys.create_token(issuer="https://idp.lab", audience="other")
    async with Client(f"{base}/mcp", auth=good) as client:
        assert await client.list_tools()
    async with httpx.AsyncClient() as http:
        r = await http.post(
            f"{base}/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
            headers={
                "Authorization": f"Bearer {wrong_aud}",
                "Accept": "application/json, text/event-stream",
            },
        )
        assert r.status_code == 401

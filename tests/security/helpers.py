"""labgate in process against fake backends on loopback (pytest-httpserver), for the attacks."""

from __future__ import annotations

import json
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create

BASE_ENV = {"HOME": "/nonexistent"}


@asynccontextmanager
async def labgate(env: dict[str, str], config: Path | None = None, **switches: Any):
    mcp, _ = create(load(config, env={**BASE_ENV, **env}, **switches))
    async with Client(mcp) as client:
        yield client


async def call(client: Client, name: str, args: dict[str, Any]) -> tuple[bool, str, list]:
    """(is_error, the text a client sees, every content block)."""
    try:
        result = await client.call_tool(name, args)
    except ToolError as exc:
        return True, str(exc), []
    return False, result.content[0].text, result.content


def answer_of(text: str) -> dict[str, Any]:
    return json.loads(text)


def clearml_envelope(data: Any, status: int = 200, msg: str = "OK") -> dict[str, Any]:
    return {"meta": {"result_code": status, "result_msg": msg}, "data": data}

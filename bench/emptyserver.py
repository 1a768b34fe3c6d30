"""The floor: a fastmcp server with one trivial tool, served like labgate (stateless, JSON).

`python -m bench.emptyserver PORT` — the overhead benchmark times the same client against it
to show how much of labgate's per-call cost is fastmcp's own.
"""

from __future__ import annotations

import sys

import uvicorn
from fastmcp import FastMCP

mcp = FastMCP("empty")


@mcp.tool
def ping(x: int = 0) -> dict:
    return {"ok": x}


if __name__ == "__main__":
    app = mcp.http_app(path="/mcp", stateless_http=True, json_response=True)
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")

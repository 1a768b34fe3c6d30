"""Tool-list cost: bytes and o200k tokens of tools/list as a client receives it.

labgate curated (all four backends), labgate `--tools all`, a naive
`FastMCP.from_openapi` conversion of the same pinned, patched specs (default route maps), and
two peer servers (MLflow's `mlflow mcp run`, Trackio's MCP; see bench/peers.py). Every list is
fetched through a fastmcp Client and serialised by cost(), so all sides compare alike.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import statistics
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from bench import tokens
from bench.common import PY, fake_env


def _wire(tools: list[Any]) -> list[dict[str, Any]]:
    return [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in tools]


async def _list(server: Any) -> list[dict[str, Any]]:
    from fastmcp import Client

    async with Client(server) as client:
        return _wire(await client.list_tools())


def cost(tools: list[dict[str, Any]]) -> dict[str, Any]:
    text = json.dumps({"tools": tools}, separators=(",", ":"), ensure_ascii=False)
    return {
        "tools": len(tools),
        "bytes": len(text.encode()),
        "tokens": tokens.count(text),
        "largest_tool_bytes": max(
            (len(json.dumps(t, separators=(",", ":"))) for t in tools), default=0
        ),
    }


def labgate_lists() -> dict[str, dict[str, Any]]:
    from labgate import server
    from labgate.config import load

    out = {}
    for key, mode, write in (
        ("curated", "curated", False),
        ("all", "all", False),
        ("all_rw", "all", True),
    ):
        settings = load(env=fake_env(), tools=mode, allow_write=write, allow_destructive=write)
        mcp, builder = server.create(settings)
        out[key] = cost(asyncio.run(_list(mcp)))
    out["curated"]["reachable_operations"] = reachable()
    return out


def reachable() -> dict[str, int]:
    """Operations call_operation can reach in curated mode (found by name, not hidden)."""
    from labgate.config import load
    from labgate.tools import ToolBuilder

    b = ToolBuilder(load(env=fake_env(), allow_write=True, allow_destructive=True))
    ops = b.registry.all_operations()
    found = sum(1 for op in ops if not op.hidden and b.registry.find(op.name) is op)
    return {"operations": len(ops), "reachable": found, "hidden": sum(op.hidden for op in ops)}


def _drop_empty_required(node: Any) -> None:
    """fastmcp's loader rejects `required: []` (Slurm's spec has 48 of them)."""
    if isinstance(node, dict):
        if node.get("required") == []:
            del node["required"]
        for v in node.values():
            _drop_empty_required(v)
    elif isinstance(node, list):
        for v in node:
            _drop_empty_required(v)


def specs() -> dict[str, dict]:
    """The OpenAPI documents labgate generates from, patched, per backend that has one."""
    from codegen.backends import mlflow, qarnot, slurm
    from codegen.emit.openapi_synth import synthesize

    docs = {"qarnot": qarnot.load_doc()[0], "slurm": slurm.load_doc("v0.0.42")[0]}
    docs["mlflow"] = synthesize(mlflow.load_model())
    try:
        docs["clearml"] = _clearml_doc()
    except Exception as exc:  # noqa: BLE001 - reported in the results, not fatal
        print(f"bench: clearml OpenAPI synthesis failed: {exc}")
    for doc in docs.values():
        _drop_empty_required(doc)
    return docs


def _clearml_doc() -> dict:
    """ClearML has no OpenAPI: synthesize one from labgate's model of its public endpoints."""
    from codegen.backends import Context, clearml
    from codegen.emit.openapi_synth import synthesize

    tmp = Path(tempfile.mkdtemp())
    try:
        model = clearml.ingest(Context(out=tmp / "out", build=tmp / "build", log=lambda _: None))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    model.operations = [op for op in model.operations if not op.internal]
    return synthesize(model)


def naive(docs: dict[str, dict]) -> dict[str, Any]:
    import httpx2
    from fastmcp import FastMCP

    per, all_tools = {}, []
    for backend, doc in docs.items():
        try:
            mcp = FastMCP.from_openapi(
                doc, client=httpx2.AsyncClient(base_url="http://127.0.0.1:9")
            )
            tools = asyncio.run(_list(mcp))
        except Exception as exc:  # noqa: BLE001
            per[backend] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
            continue
        per[backend] = cost(tools)
        all_tools += tools
    return {
        **cost(all_tools),
        "per_backend": per,
        "backends": sorted(k for k in per if "error" not in per[k]),
    }


def peers(runs: int = 3) -> dict[str, Any]:
    """MLflow's own MCP server and Trackio's, installed into .cache/peers on first use.

    Cold start is process start to tools listed through the same fastmcp Client, median of
    `runs` after a warm-up run; labgate (all four backends, stdio) is timed the same way.
    """
    from bench import peers as p

    labgate = partial(
        p.stdio_listed, [PY, "-m", "labgate", "serve"], fake_env(), p.BASE / "labgate.log"
    )
    out: dict[str, Any] = {"runs": runs, "labgate_cold_start_s": _started(labgate, runs)[1]}
    for key, name in (("mlflow_mcp", "mlflow-mcp"), ("trackio_mcp", "trackio")):
        path, why = p.ensure(name)
        if why:
            out[key] = {"error": f"install failed: {why}"}
            continue
        try:
            tools, seconds = _started(partial(p.LISTERS[name], path), runs)
        except Exception as exc:  # noqa: BLE001 - reported in the table, not fatal
            out[key] = {"error": f"{type(exc).__name__}: {str(exc)[:200]}"}
            continue
        marker = p.installed(name)
        out[key] = {**cost(tools), "cold_start_s": seconds, "requirement": marker["requirement"]}
        out[key] |= {"install_s": marker["install_s"], "venv_mb": marker["venv_mb"]}
    return out


def _started(lister: Any, runs: int) -> tuple[list[dict[str, Any]], float]:
    """The tools of a warm-up run (page cache, .pyc), then the median start of `runs` more."""
    tools, _ = lister()
    return tools, round(statistics.median([lister()[1] for _ in range(runs)]), 2)


def measure() -> dict[str, Any]:
    lab = labgate_lists()
    nv = naive(specs())
    out = {"method": tokens.method(), **lab, "naive_from_openapi": nv}
    out["ratios"] = {
        "naive_over_curated_bytes": round(nv["bytes"] / lab["curated"]["bytes"], 1),
        "all_over_curated_bytes": round(lab["all"]["bytes"] / lab["curated"]["bytes"], 1),
        "all_rw_over_curated_bytes": round(lab["all_rw"]["bytes"] / lab["curated"]["bytes"], 1),
    }
    out["peers"] = peers()
    out["goal_bytes"] = 12_000
    return out


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))

"""where_to_submit over 1 and 3 clusters, each a fake labgate Slurm shim (pytest-httpserver).

One catch-all answer carries every key the placement path reads (partitions, nodes, jobs,
shares, the shim's start estimate), so the figure is labgate's own fan-out and ranking cost;
backend calls are counted from the fake server's request log.
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import tempfile
import time
from pathlib import Path

NOW = int(time.time())


def _cluster_state() -> dict:
    tres = {"set": True, "infinite": False}
    parts = [
        {"name": name, "partition": {"state": ["UP"]}, "nodes": {"configured": f"{name}[1-4]"},
         "maximums": {"time": {**tres, "number": 2880}, "cpus_per_node": {**tres, "number": 64}}}
        for name in ("gpu", "cpu", "debug")
    ]  # fmt: skip
    nodes = [
        {"name": f"{p}{i}", "partitions": [p], "state": ["IDLE"] if i % 2 else ["MIXED"],
         "cpus": 64, "alloc_cpus": 0 if i % 2 else 32, "real_memory": 512000, "alloc_memory": 0,
         "gres": "gpu:a100:4" if p == "gpu" else "", "gres_used": "gpu:a100:1" if p == "gpu" else ""}
        for p in ("gpu", "cpu", "debug") for i in range(1, 5)
    ]  # fmt: skip
    jobs = [
        {"job_id": 100 + i, "partition": "gpu", "job_state": ["PENDING" if i < 3 else "RUNNING"],
         "user_name": "bob", "cpus": {**tres, "number": 8}, "tres_req_str": "cpu=8,gres/gpu=1"}
        for i in range(6)
    ]  # fmt: skip
    shares = {
        "shares": [
            {"name": "root", "type": ["USER"], "fairshare": {"factor": {**tres, "number": 0.5}}}
        ]
    }
    return {"partitions": parts, "nodes": nodes, "jobs": jobs, "shares": shares,
            "start_time": NOW + 900, "errors": [], "warnings": []}  # fmt: skip


def measure(runs: int = 15) -> dict:
    import logging

    from pytest_httpserver import HTTPServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    from labgate.config import load
    from labgate.tools import ToolBuilder, as_fastmcp

    server = HTTPServer(host="127.0.0.1", port=0)
    server.expect_request(re.compile(".*")).respond_with_json(_cluster_state())
    server.start()
    out = {}
    try:
        url = server.url_for("/").rstrip("/")
        for n in (1, 3):
            cfg = Path(tempfile.mkdtemp()) / "labgate.toml"
            cfg.write_text("".join(
                f'[[slurm]]\nname = "hpc{i}"\nurl = "{url}"\nuser = "root"\nkind = "shim"\n' for i in range(n)
            ))  # fmt: skip
            builder = ToolBuilder(load(cfg, env={"HOME": "/nonexistent"}, toolsets=("slurm",)))
            tool = as_fastmcp(next(t for t in builder.build() if t.name == "where_to_submit"))
            out[str(n)] = asyncio.run(_time(tool, server, runs))
    finally:
        server.stop()
    return {"clusters": out}


async def _time(tool, server, runs: int) -> dict:
    times, calls, ranked = [], set(), 0
    for i in range(runs + 2):
        server.clear_log()
        t0 = time.perf_counter()
        res = await tool.run({"gpus": 1, "time_limit": "2:00:00"})
        if i >= 2:
            times.append(time.perf_counter() - t0)
        calls.add(len(server.log))
        ranked = len(json.loads(res.content[0].text)["ranked"])
    return {
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "backend_calls": sorted(calls)[0] if len(calls) == 1 else sorted(calls),
        "ranked": ranked,
        "runs": runs,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(measure(), indent=1))

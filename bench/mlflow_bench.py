"""MLflow benchmark: labgate's run search vs the same search sent straight to MLflow, and
compare_tasks on 10/50/200 runs. Figures go to bench/results.json under "mlflow".

    .venv/bin/python bench/mlflow_bench.py [--url http://127.0.0.1:5000] [--n 300]

Without --url it starts its own MLflow 3.17.2 (tests/infra) in a temporary directory and seeds
the test dataset plus 200 runs for compare_tasks. labgate runs as `labgate serve --transport
http` (stateless, JSON responses); both sides are called with one bare keep-alive httpx client,
alternating, so they share the machine's state.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "infra"))
sys.path.insert(0, str(ROOT))  # bench.peers, when run as a script
import mlflow_seed  # noqa: E402
from mlflow_server import MLFLOW_VERSION, MlflowServer, free_port  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
STDIO_LOG = ROOT / ".cache" / "peers" / "mlflow_bench-stdio.log"
COMPARE_SIZES = (10, 50, 200)
COMPARE_STEPS = 50  # points per metric per compare run


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "p50_ms": round(pct(ms, 0.50), 3),
        "p99_ms": round(pct(ms, 0.99), 3),
        "mean_ms": round(statistics.fmean(ms), 3),
        "n": len(ms),
    }


# ---------------------------------------------------------------- setup


def seed_compare_runs(url: str, count: int) -> list[str]:
    """`count` runs with 2 metrics x COMPARE_STEPS points, 3 params and a tag each."""
    rest = mlflow_seed.Rest(url)
    experiment = rest.create_experiment(f"bench/compare-{int(time.time())}", {"labgate.bench": "1"})
    ids = []
    for i in range(count):
        start = mlflow_seed.BASE_TS + i * 60_000
        rid = rest.create_run(experiment, f"bench-{i:03d}", start, {"variant": f"v{i % 4}"})
        metrics = {
            "loss": [
                mlflow_seed._point(s, start + s, 1 / (1 + s + i)) for s in range(COMPARE_STEPS)
            ],
            "acc": [
                mlflow_seed._point(s, start + s, s / (s + 1 + i)) for s in range(COMPARE_STEPS)
            ],
        }
        params = {"lr": str(10 ** -(1 + i % 4)), "batch": str(32 << (i % 3)), "seed": str(i)}
        rest.log_batch(rid, params, {}, metrics)
        rest.finish_run(rid, "FINISHED", start + 30_000)
        ids.append(rid)
    return ids


class Labgate:
    """`labgate serve --transport http` as a child process, against `mlflow_url`."""

    def __init__(self, mlflow_url: str):
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("MLFLOW_", "CLEARML_"))}
        # a cap far above 200 runs' comparison: the benchmark measures the whole answer
        env.update(
            {
                "HOME": "/nonexistent",
                "MLFLOW_TRACKING_URI": mlflow_url,
                "LABGATE_BYTE_CAP": "2000000",
            }
        )
        cmd = [sys.executable, "-m", "labgate", "serve", "--transport", "http"]
        cmd += ["--port", str(self.port), "--toolsets", "mlflow"]
        self.proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}/mcp"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("labgate did not start")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


class Rpc:
    """Bare JSON-RPC tools/call over one keep-alive connection (no MCP client library)."""

    HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}

    def __init__(self, client: httpx.Client, url: str):
        self.client, self.url, self.next_id = client, url, 0

    def call(self, name: str, arguments: dict[str, Any]) -> tuple[dict[str, Any], int]:
        self.next_id += 1
        body = {
            "jsonrpc": "2.0",
            "id": self.next_id,
            "method": "tools/call",
            "params": {"name": name, "arguments": arguments},
        }
        response = self.client.post(self.url, json=body, headers=self.HEADERS)
        response.raise_for_status()
        result = response.json()["result"]
        if result.get("isError"):
            raise RuntimeError(result["content"][0]["text"])
        return json.loads(result["content"][0]["text"]), len(response.content)


# ---------------------------------------------------------------- measurements


def paired(direct, via, n: int) -> dict:
    """Time `direct` and `via` alternately, n times each, after a warm-up of both."""
    for _ in range(20):
        direct(), via()
    times: dict[str, list[float]] = {"direct": [], "labgate": []}
    sizes = {"direct": direct(), "labgate": via()}
    for _ in range(n):
        for name, fn in (("direct", direct), ("labgate", via)):
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    out = {
        "mlflow_rest": {**summary_ms(times["direct"]), "response_bytes": sizes["direct"]},
        "labgate_http": {**summary_ms(times["labgate"]), "response_bytes": sizes["labgate"]},
    }
    out["ratio_p50"] = round(out["labgate_http"]["p50_ms"] / out["mlflow_rest"]["p50_ms"], 2)
    out["ratio_p99"] = round(out["labgate_http"]["p99_ms"] / out["mlflow_rest"]["p99_ms"], 2)
    out["overhead_p50_ms"] = round(out["labgate_http"]["p50_ms"] - out["mlflow_rest"]["p50_ms"], 3)
    out["overhead_p99_ms"] = round(out["labgate_http"]["p99_ms"] - out["mlflow_rest"]["p99_ms"], 3)
    return out


def bench_search(client: httpx.Client, rpc: Rpc, mlflow_url: str, experiment: str, n: int) -> dict:
    search = {"filter": "params.parity = 'even'", "order_by": ["metrics.score DESC"]}
    direct_body = {"experiment_ids": [experiment], "max_results": 50, **search}
    tool_args = {"experiment_ids": [experiment], "max_items": 50, **search}
    direct_url = f"{mlflow_url}/api/2.0/mlflow/runs/search"

    def direct() -> int:
        response = client.post(direct_url, json=direct_body)
        response.raise_for_status()
        assert len(response.json()["runs"]) == 50
        return len(response.content)

    def via_labgate() -> int:
        out, size = rpc.call("mlflow_search_runs", tool_args)
        assert len(out["items"]) == 50
        return size

    what = "runs/search: 50 of 120 runs, filter params.parity='even', order metrics.score DESC"
    return {"what": what, **paired(direct, via_labgate, n)}


def bench_get_run(client: httpx.Client, rpc: Rpc, mlflow_url: str, run_id: str, n: int) -> dict:
    """The call-overhead figure against the real MLflow: one small GET each way."""
    direct_url = f"{mlflow_url}/api/2.0/mlflow/runs/get"

    def direct() -> int:
        response = client.get(direct_url, params={"run_id": run_id})
        response.raise_for_status()
        assert response.json()["run"]["info"]["run_id"] == run_id
        return len(response.content)

    def via_labgate() -> int:
        out, size = rpc.call("mlflow_get_run", {"run_id": run_id})
        assert run_id in json.dumps(out)
        return size

    return {
        "what": "runs/get of one run (3 params, 2 metrics of 50 points)",
        **paired(direct, via_labgate, n),
    }


def naive_rest(client: httpx.Client, mlflow_url: str, run_ids: list[str]) -> tuple[float, int]:
    """What a per-run client does: runs/get, then metrics/get-history per metric, sequentially."""
    started, calls = time.perf_counter(), 0
    for rid in run_ids:
        run = client.get(f"{mlflow_url}/api/2.0/mlflow/runs/get", params={"run_id": rid}).json()
        calls += 1
        for metric in run["run"]["data"].get("metrics", []):
            params = {"run_id": rid, "metric_key": metric["key"]}
            client.get(f"{mlflow_url}/api/2.0/mlflow/metrics/get-history", params=params)
            calls += 1
    return time.perf_counter() - started, calls


def bench_compare(
    rpc: Rpc, client: httpx.Client, mlflow_url: str, run_ids: list[str], reps: int
) -> dict:
    out = {}
    for size in COMPARE_SIZES:
        refs = [f"mlflow:{r}" for r in run_ids[:size]]
        times, calls, nbytes = [], set(), 0
        for _ in range(reps):
            started = time.perf_counter()
            result, nbytes = rpc.call("compare_tasks", {"refs": refs})
            times.append(time.perf_counter() - started)
            calls.add(result["backend_calls"])
            assert len(result["summary"]) == size and not result.get("errors")
        naive_s, naive_calls = naive_rest(client, mlflow_url, run_ids[:size])
        out[str(size)] = {
            **summary_ms(times),
            "backend_calls": sorted(calls),
            "naive_rest_ms": round(naive_s * 1000, 1),
            "naive_rest_calls": naive_calls,
            "response_bytes": nbytes,
            "metrics_per_run": 2,
            "points_per_metric": COMPARE_STEPS,
        }
    return out


async def _stdio_server(command: list[str], env: dict[str, str], calls: dict, reps: int) -> dict:
    """Cold start to first tools/list, tools/list bytes and per-call latency over stdio."""
    import logging

    from fastmcp import Client
    from fastmcp.client.transports import StdioTransport

    from bench.toolcost import _wire, cost

    logging.getLogger("fastmcp").setLevel(logging.CRITICAL)  # mlflow's fastmcp 3 vs client 4
    STDIO_LOG.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with STDIO_LOG.open("a") as sink:  # the servers' stderr (mlflow logs each probe it rejects)
        transport = StdioTransport(command=command[0], args=command[1:], env=env, log_file=sink)
        async with Client(transport) as client:
            tools = await client.list_tools()
            out: dict[str, Any] = {"cold_start_s": round(time.perf_counter() - started, 2)}
            out["tools"] = len(tools)
            out["tools_list_bytes"] = cost(_wire(tools))["bytes"]  # as bench/toolcost.py counts
            for label, (name, args) in calls.items():
                await client.call_tool(name, args)  # warm
                times, size = [], 0
                for _ in range(reps):
                    t0 = time.perf_counter()
                    result = await client.call_tool(name, args)
                    times.append(time.perf_counter() - t0)
                    size = sum(len(getattr(c, "text", "") or "") for c in result.content)
                out[label] = {"tool": name, **summary_ms(times), "text_bytes": size}
    return out


def bench_mlflow_mcp(url: str, experiment: str, run_id: str, reps: int = 30) -> dict:
    """MLflow's own `mlflow mcp run` (stdio) beside labgate over stdio, same fastmcp client.

    Its closest tools: list_runs (every run of one experiment as a text table; no filter,
    order or page size) and describe_run. labgate is asked for the same runs with a similar
    projection so both return comparable content.
    """
    import asyncio

    from bench import peers

    venv, why = peers.ensure("mlflow-mcp")  # its own venv: mlflow[mcp] pins fastmcp<4
    if why:
        return {"skipped": f"mlflow[mcp] did not install: {why}"}
    env = {"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent", "MLFLOW_TRACKING_URI": url}
    own = asyncio.run(
        _stdio_server(
            peers.mlflow_command(venv),
            env,
            {
                "list_runs": ("list_runs", {"experiment_id": experiment}),
                "get_run": ("describe_run", {"run_id": run_id}),
            },
            reps,
        )
    )
    fields = ["info.run_id", "info.run_name", "info.start_time"]
    ours = asyncio.run(
        _stdio_server(
            [sys.executable, "-m", "labgate", "serve", "--toolsets", "mlflow"],
            env,
            {
                "list_runs": (
                    "mlflow_search_runs",
                    {"experiment_ids": [experiment], "max_items": 120, "fields": fields},
                ),
                "get_run": ("mlflow_get_run", {"run_id": run_id}),
            },
            reps,
        )
    )
    return {
        "what": "stdio, fastmcp 4.1.2 Client; 120 runs of one experiment, then one run",
        "mlflow_mcp": own,
        "labgate_stdio": ours,
    }


def table_rows(f: dict) -> list[list[str]]:
    """[figure, measured, goal] rows for bench/run.py's markdown table."""
    s, g = f["search"], f["get_run"]
    rows = [
        [
            "call overhead vs real MLflow (runs/get), added at p50",
            f"+{g['overhead_p50_ms']:.2f} ms ({g['labgate_http']['p50_ms']:.2f} vs "
            f"{g['mlflow_rest']['p50_ms']:.2f} ms direct; p99 +{g['overhead_p99_ms']:.2f} ms)",
            "≤ 3 ms",
            max(g["overhead_p50_ms"], 0) / 3.0,
        ],
        [
            "MLflow run search: labgate HTTP vs MLflow REST (p50)",
            f"{s['labgate_http']['p50_ms']:.1f} vs {s['mlflow_rest']['p50_ms']:.1f} ms "
            f"(x{s['ratio_p50']}, p99 x{s['ratio_p99']})",
            "—",
        ],
    ]
    for n, c in sorted(f["compare_tasks"].items(), key=lambda kv: int(kv[0])):
        calls = "/".join(map(str, c["backend_calls"]))
        rows.append(
            [
                f"compare_tasks, {n} MLflow runs",
                f"{c['p50_ms']:.0f} ms p50, {calls} backend calls "
                f"(per-run REST: {c['naive_rest_ms']:.0f} ms, {c['naive_rest_calls']} calls)",
                "—",
            ]
        )
    mcp = f.get("mlflow_mcp", {})
    if "mlflow_mcp" in mcp:
        own, ours = mcp["mlflow_mcp"], mcp["labgate_stdio"]
        rows.append(
            [
                "120 runs over stdio: labgate vs `mlflow mcp run` (p50)",
                f"{ours['list_runs']['p50_ms']:.1f} vs {own['list_runs']['p50_ms']:.1f} ms",
                "—",
            ]
        )
    return rows


def merge_results(figures: dict) -> None:
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data["mlflow"] = figures
    RESULTS.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an MLflow server to use (default: start one)")
    parser.add_argument("--n", type=int, default=300, help="search calls per side")
    parser.add_argument("--reps", type=int, default=5, help="compare_tasks calls per size")
    args = parser.parse_args(argv)
    with ExitStack() as stack:
        url = args.url
        if not url:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="labgate-bench-"))
            url = stack.enter_context(MlflowServer(Path(tmp) / "mlflow")).url
        print(f"[bench] MLflow at {url}; seeding", file=sys.stderr)
        try:
            seeded = mlflow_seed.seed_test(url)
            experiment = seeded["paging"]["experiment_id"]
        except mlflow_seed.AlreadySeeded:
            found = httpx.get(
                f"{url}/api/2.0/mlflow/experiments/get-by-name",
                params={"experiment_name": mlflow_seed.TEST_PAGING},
            )
            experiment = found.json()["experiment"]["experiment_id"]
        run_ids = seed_compare_runs(url, max(COMPARE_SIZES))
        labgate = Labgate(url)
        stack.callback(labgate.close)
        client = stack.enter_context(httpx.Client(trust_env=False, timeout=60))
        rpc = Rpc(client, labgate.url)
        print("[bench] search latency", file=sys.stderr)
        search = bench_search(client, rpc, url, experiment, args.n)
        print("[bench] get_run overhead", file=sys.stderr)
        get_run = bench_get_run(client, rpc, url, run_ids[0], args.n)
        print("[bench] compare_tasks", file=sys.stderr)
        compare = bench_compare(rpc, client, url, run_ids, args.reps)
        print("[bench] mlflow mcp run vs labgate, stdio", file=sys.stderr)
        mlflow_mcp = bench_mlflow_mcp(url, experiment, run_ids[0])
    figures = {
        "mlflow_version": MLFLOW_VERSION,
        "machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}",
        "server": "mlflow server --workers 1, sqlite store, loopback",
        "search": search,
        "get_run": get_run,
        "compare_tasks": compare,
        "mlflow_mcp": mlflow_mcp,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    figures["table"] = table_rows(figures)
    merge_results(figures)
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

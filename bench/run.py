"""`make bench`: every labgate benchmark in one run → bench/results.json + a markdown table.

    python -m bench.run [--only toolcost,coldstart,http,shim,slurmrestd,placement,mlflow] [--calls 300] [--seconds 3]

Each part writes its own key of bench/results.json (other keys, e.g. "mlflow" from
bench/mlflow_bench.py, are kept). The table lists every figure beside its goal, worst first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time

from bench.common import PY, RESULTS, ROOT, merge_results

PARTS = (
    "toolcost",
    "coldstart",
    "http",
    "shim",
    "slurmrestd",
    "placement",
    "neighbour",
    "replicas",
    "trackio",
    "mlflow",
)


def run_part(name: str, args: argparse.Namespace) -> object:
    if name == "toolcost":
        from bench import toolcost

        return toolcost.measure()
    if name == "coldstart":
        from bench import coldstart

        return coldstart.measure(args.runs)
    if name == "http":
        from bench import overhead

        return overhead.measure(args.calls, args.seconds)
    if name == "shim":
        from bench import shim_bench

        return shim_bench.measure(args.calls // 3)
    if name == "slurmrestd":
        from bench import slurmrestd_bench

        return slurmrestd_bench.measure(args.calls // 3)
    if name == "placement":
        from bench import placement

        return placement.measure()
    if name == "neighbour":
        from bench import neighbour

        return neighbour.measure()
    if name == "replicas":
        from bench import replicas

        return replicas.measure()
    if name == "trackio":
        from bench import trackio_bench

        return trackio_bench.measure(args.calls // 3)
    raise ValueError(name)


def mlflow_part() -> None:
    """The MLflow benchmark belongs to bench/mlflow_bench.py (it writes the "mlflow" key)."""
    script = ROOT / "bench" / "mlflow_bench.py"
    if not script.is_file():
        print("bench: bench/mlflow_bench.py not present, MLflow figures skipped", file=sys.stderr)
        return
    subprocess.run([PY, str(script)], cwd=ROOT, check=False)


def _row(what: str, value: str, goal: str, badness: float | None) -> tuple[float, list[str]]:
    status = "" if badness is None else ("✅" if badness <= 1 else "❌")
    return (badness if badness is not None else -1.0), [what, value, goal, status]


def rows(r: dict) -> list[tuple[float, list[str]]]:
    out = []
    tl = r.get("tool_list")
    if tl:
        c, a, rw, nv = tl["curated"], tl["all"], tl["all_rw"], tl["naive_from_openapi"]
        out.append(_row(
            f"tools/list, curated ({c['tools']} tools, every backend)",
            f"{c['bytes']:,} B / {c['tokens']:,} tok", "≤ 12,000 B", c["bytes"] / tl["goal_bytes"],
        ))  # fmt: skip
        reach = c["reachable_operations"]
        out.append(_row(
            "operations reachable from curated mode",
            f"{reach['reachable']} / {reach['operations']}", "all",
            0.0 if reach["reachable"] == reach["operations"] else 2.0,
        ))  # fmt: skip
        out.append(
            _row(
                f"tools/list, `--tools all` read-only ({a['tools']} tools)",
                f"{a['bytes']:,} B / {a['tokens']:,} tok ({tl['ratios']['all_over_curated_bytes']}×)",
                "—",
                None,
            )
        )
        out.append(
            _row(
                f"tools/list, `--tools all` + write + destructive ({rw['tools']} tools)",
                f"{rw['bytes']:,} B / {rw['tokens']:,} tok ({tl['ratios']['all_rw_over_curated_bytes']}×)",
                "—",
                None,
            )
        )
        out.append(_row(
            f"tools/list, naive `FastMCP.from_openapi` ({nv['tools']} tools, {', '.join(nv['backends'])})",
            f"{nv['bytes']:,} B / {nv['tokens']:,} tok ({tl['ratios']['naive_over_curated_bytes']}×)", "—", None,
        ))  # fmt: skip
        out += peer_rows(tl.get("peers", {}), c["bytes"])
    cs = r.get("cold_start")
    if cs:
        out.append(_row(
            f"cold start to first tools/list, stdio (median of {cs['runs']})",
            f"{cs['median_s']:.2f} s (min {cs['min_s']:.2f})", "≤ 1.5 s", cs["median_s"] / cs["goal_s"],
        ))  # fmt: skip
        out.append(_row("cold start of an empty fastmcp server, stdio (the floor)",
                        f"{cs['empty_fastmcp_median_s']:.2f} s", "—", None))  # fmt: skip
    http = r.get("http")
    if http:
        o, t = http["overhead"], http["throughput"]
        out.append(_row(
            "call overhead over streamable HTTP, added at p50",
            f"+{o['added_p50_ms']:.2f} ms ({o['labgate']['p50_ms']:.2f} vs {o['direct']['p50_ms']:.2f} direct, {o['ratio_p50']}×)",
            "≤ 3 ms", max(o["added_p50_ms"], 0) / o["goal_added_p50_ms"],
        ))  # fmt: skip
        out.append(_row("call overhead, added at p99", f"+{o['added_p99_ms']:.2f} ms", "—", None))
        e = o["empty_fastmcp_tool"]
        out.append(
            _row(
                "empty fastmcp tool call, same client (the floor)",
                f"{e['p50_ms']:.2f} ms p50",
                "—",
                None,
            )
        )
        floor = t.get("empty_fastmcp", {})
        for n, s in sorted(t["sessions"].items(), key=lambda kv: int(kv[0])):
            ref = f" (empty fastmcp: {floor[n]['calls_per_s']:.0f})" if n in floor else ""
            out.append(
                _row(
                    f"throughput, {n} concurrent session(s), calls/s",
                    f"{s['calls_per_s']:.0f}{ref}, {s['errors']} errors",
                    "0 errors",
                    None if not s["errors"] else 2.0,
                )
            )
        out.append(
            _row(
                "RSS idle / peak under load",
                f"{t['rss_idle_mb']:.0f} / {t['rss_peak_mb']:.0f} MB",
                "≤ 150 MB",
                t["rss_peak_mb"] / t["goal_rss_mb"],
            )
        )
    sh = r.get("shim")
    if sh and "skipped" in sh:
        out.append(
            _row(
                "call overhead vs the real Slurm shim", f"skipped: {sh['skipped']}", "≤ 3 ms", None
            )
        )
    elif sh:
        for key, q in sh.items():
            if not key.startswith("queue_"):
                continue
            out.append(_row(
                f"call overhead vs the real Slurm shim, jobs list of {q['jobs']} jobs ({q['answer_bytes'] / 1000:.0f} KB), added at p50",
                f"+{q['added_p50_ms']:.2f} ms ({q['labgate']['p50_ms']:.1f} vs {q['direct']['p50_ms']:.1f} ms direct; p99 +{q['added_p99_ms']:.1f} ms)",
                "≤ 3 ms", max(q["added_p50_ms"], 0) / sh["goal_added_p50_ms"],
            ))  # fmt: skip
            if "added_over_floor_p50" in q:
                goal = sh.get("goal_added_over_floor") if q["jobs"] >= 20 else None
                out.append(_row(
                    f"… the same, added p50 ÷ an empty fastmcp tool call's p50 ({q['jobs']} jobs)",
                    f"×{q['added_over_floor_p50']} (floor {q['empty_fastmcp_tool']['p50_ms']:.2f} ms)",
                    f"≤ ×{goal}" if goal else "—", q["added_over_floor_p50"] / goal if goal else None,
                ))  # fmt: skip
    out += slurmrestd_rows(r.get("slurmrestd"))
    out += trackio_rows(r.get("trackio"))
    pl = r.get("where_to_submit")
    if pl:
        for n, s in pl.get("clusters", {}).items():
            out.append(
                _row(
                    f"where_to_submit, {n} cluster(s)",
                    f"{s['p50_ms']:.1f} ms p50, {s['backend_calls']} backend calls",
                    "—",
                    None,
                )
            )
    out += neighbour_rows(r.get("noisy_neighbour"))
    out += replica_rows(r.get("replicas"))
    ml = r.get("mlflow")
    if isinstance(ml, dict) and ml.get("table"):
        for line in ml["table"]:  # the MLflow benchmark's rows: [figure, measured, goal, badness?]
            out.append(_row(*line[:3], line[3] if len(line) > 3 else None))
    elif ml:
        out.append(
            _row(
                "MLflow benchmarks (bench/mlflow_bench.py)",
                "see `mlflow` in bench/results.json",
                "—",
                None,
            )
        )
    return out


def replica_rows(rp: dict | None) -> list[tuple[float, list[str]]]:
    if not rp:
        return []
    d, one, three = rp["direct_one_replica_no_lb"], rp["lb_1_replica"], rp["lb_3_replicas"]
    rec = rp["recovery_after_sigkill"]
    return [
        _row(
            f"throughput through HAProxy, 1 / 3 replicas, {rp['sessions']} sessions, calls/s "
            "(÷ one replica without the balancer)",
            f"{one['calls_per_s']:.0f} / {three['calls_per_s']:.0f} (×{one['ratio_to_floor']} / "
            f"×{three['ratio_to_floor']} of {d['calls_per_s']:.0f}; 3 over 1: "
            f"×{rp['ratio_3_over_1']} on {rp['cpus']} cores), {one['errors'] + three['errors']} errors",
            "0 errors",
            None if not (one["errors"] + three["errors"]) else 2.0,
        ),
        _row(
            "SIGKILL of one of 3 replicas under load: failed calls, out of the balancer",
            f"{rec['failed']} failed of {rec['calls']} ({rec['in_flight_at_kill']} in flight "
            f"anywhere at the kill); marked DOWN in {rec['seconds_to_marked_down']:.2f} s, last "
            f"failure {rec['seconds_to_last_failure']:.2f} s after the kill",
            "only calls in flight",
            None,
        ),
    ]


def trackio_rows(tr: dict | None) -> list[tuple[float, list[str]]]:
    """bench/trackio_bench.py: labgate's Trackio tools beside Trackio's own MCP, same server."""
    if not tr:
        return []
    if "skipped" in tr:
        return [_row("Trackio: labgate vs Trackio's MCP", f"skipped: {tr['skipped']}", "—", None)]
    us, them, f = tr["labgate"], tr["trackio_mcp"], tr["empty_fastmcp_tool"]
    return [
        _row(
            "tools/list, Trackio only: labgate / Trackio's own MCP (same live server)",
            f"{us['tools']} tools, {us['tools_bytes']:,} B / {them['tools']} tools, "
            f"{them['tools_bytes']:,} B",
            "—",
            None,
        ),
        _row(
            "a metric window (train/loss, steps 10-30), p50: labgate `trackio_metric` / "
            "Trackio MCP `get_metric_values` (÷ an empty fastmcp tool call, same loop)",
            f"{us['call']['p50_ms']:.1f} / {them['call']['p50_ms']:.1f} ms "
            f"(×{us['ratio_to_floor']} / ×{them['ratio_to_floor']} of {f['p50_ms']:.2f} ms)",
            "—",
            None,
        ),
    ]


def slurmrestd_rows(sr: dict | None) -> list[tuple[float, list[str]]]:
    """bench/slurmrestd_bench.py: Slurm 24.11's own slurmrestd, each figure ÷ the run's floor."""
    if not sr:
        return []
    if "skipped" in sr:
        return [_row("figures against the real slurmrestd 24.11", f"skipped: {sr['skipped']}",
                     "—", None)]  # fmt: skip
    lj, out = sr["list_jobs"], []
    floor = lj["floor"]["p50_ms"]
    for key, label in (
        ("real", "the real slurmrestd 24.11"),
        ("shim", "the shim on the same 24.11 cluster"),
    ):
        q = lj[key]
        out.append(_row(
            f"`slurm_list_jobs` overhead vs {label}, {q['jobs']} jobs ({q['answer_bytes'] / 1000:.0f} KB direct), added at p50",
            f"+{q['added_p50_ms']:.2f} ms ({q['labgate']['p50_ms']:.1f} vs {q['direct']['p50_ms']:.1f} ms direct, ×{q['ratio_p50']}); "
            f"×{q['added_over_floor_p50']} the floor ({floor:.2f} ms, an empty fastmcp call)",
            "—", None,
        ))  # fmt: skip
    for n, w in sorted(sr["where_to_submit"].items()):
        by = ", ".join(f"{k} {v}" for k, v in w["backend_calls_by_cluster"].items())
        out.append(_row(
            f"`where_to_submit`, {n} cluster(s), the real slurmrestd one of them, p50",
            f"{w['p50_ms']:.1f} ms, ×{w['p50_over_floor']} the floor ({w['floor_p50_ms']:.2f} ms); "
            f"{w['backend_calls']} backend calls ({by})",
            "—", None,
        ))  # fmt: skip
    return out


def neighbour_rows(nn: dict | None) -> list[tuple[float, list[str]]]:
    if not nn:
        return []
    on, off = nn["limits"], nn["no_limits"]
    q_on, q_off = on["with_noisy"]["quiet"], off["with_noisy"]["quiet"]
    ratio = on.get("ratio_to_floor_p50", on["ratio_p50"])
    rounds = nn["config"].get("rounds")
    how = f", {rounds} interleaved rounds" if rounds else ""
    return [
        _row(
            "noisy neighbour: a quiet session's p50 while another caller runs flat out, "
            f"with `[server.limits]` (÷ the quiet session alone without limits{how})",
            f"{q_on['p50_ms']:.2f} ms, ×{ratio} the floor of {nn['floor_p50_ms']:.2f} ms "
            f"(alone with limits ×{on['alone'].get('ratio_to_floor_p50', '?')}; p99 "
            f"{q_on['p99_ms']:.1f} ms; the noisy caller got "
            f"{on['with_noisy']['noisy_served_per_s']:.0f} calls/s served; load "
            f"{nn['loadavg_1m_after']}, the floor's slices ×{nn.get('floor_slice_spread', '?')} "
            "apart)",
            f"≤ ×{nn['goal_ratio']}",
            ratio / nn["goal_ratio"],
        ),
        _row(
            "noisy neighbour, the same without limits",
            f"{q_off['p50_ms']:.2f} ms, ×{off.get('ratio_to_floor_p50', off['ratio_p50'])} the "
            f"floor (p99 {q_off['p99_ms']:.1f} ms; noisy caller "
            f"{off['with_noisy']['noisy_served_per_s']:.0f} calls/s)",
            "—",
            None,
        ),
    ]


PEERS = {
    "mlflow_mcp": "MLflow's own MCP (`mlflow mcp run`, stdio)",
    "trackio_mcp": "Trackio's MCP (`trackio show --mcp-server`, HTTP)",
}


def peer_rows(peers: dict, curated_bytes: int) -> list[tuple[float, list[str]]]:
    out = []
    for key, label in PEERS.items():
        p = peers.get(key)
        if not isinstance(p, dict):  # absent, or an older result
            continue
        if "error" in p:
            out.append(_row(f"tools/list, {label}", f"not measured: {p['error']}", "—", None))
            continue
        out.append(_row(
            f"tools/list, {label}",
            f"{p['tools']} tools, {p['bytes']:,} B / {p['tokens']:,} tok ({p['bytes'] / curated_bytes:.1f}× labgate curated)",
            "—", None,
        ))  # fmt: skip
        out.append(_row(
            f"cold start to first tools/list, {label}",
            f"{p['cold_start_s']:.2f} s (labgate stdio, same client: {peers['labgate_cold_start_s']:.2f} s)",
            "—", None,
        ))  # fmt: skip
    return out


def safe_rows(r: dict) -> list[list[str]]:
    """rows() per section, so a failed or older section shows as one line, not a crash."""
    out = []
    for key in ("tool_list", "cold_start", "http", "shim", "slurmrestd", "where_to_submit", "noisy_neighbour",
                "replicas", "trackio", "mlflow"):  # fmt: skip
        part = r.get(key)
        if isinstance(part, dict) and "error" in part:
            out.append((99.0, [f"`{key}` benchmark", f"failed: {part['error'][:120]}", "—", "❌"]))
            continue
        try:
            out += rows({key: part} if part is not None else {})
        except (KeyError, TypeError) as exc:
            out.append(
                (-1.0, [f"`{key}` benchmark", f"incomplete result ({exc}): re-run", "—", ""])
            )
    out.sort(key=lambda x: -x[0])  # worst (measured / goal) first
    return [cells for _, cells in out]


def table(r: dict) -> str:
    lines = ["| Figure | Measured | Goal | |", "|---|---|---|---|"]
    lines += ["| " + " | ".join(c) + " |" for c in safe_rows(r)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench")
    ap.add_argument("--only", help=f"comma-separated subset of {','.join(PARTS)}")
    ap.add_argument("--runs", type=int, default=5, help="cold starts to time")
    ap.add_argument("--calls", type=int, default=300, help="calls timed for the overhead")
    ap.add_argument("--seconds", type=float, default=3.0, help="seconds per throughput level")
    ap.add_argument("--table-only", action="store_true", help="print the table of the last run")
    args = ap.parse_args(argv)
    keys = {
        "toolcost": "tool_list",
        "coldstart": "cold_start",
        "http": "http",
        "shim": "shim",
        "slurmrestd": "slurmrestd",
        "placement": "where_to_submit",
        "neighbour": "noisy_neighbour",
        "replicas": "replicas",
        "trackio": "trackio",
    }
    parts = args.only.split(",") if args.only else list(PARTS)
    if not args.table_only:
        for part in parts:
            t0 = time.perf_counter()
            if part == "mlflow":
                mlflow_part()
                continue
            try:
                value = run_part(part, args)
            except Exception as exc:  # noqa: BLE001 - one failed part must not lose the others
                value = {"error": f"{type(exc).__name__}: {exc}"}
            if value is not None:
                merge_results(keys[part], value)
            print(f"bench: {part} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        merge_results("machine", {
            "cpus": os.cpu_count(), "python": platform.python_version(),
            "loadavg_1m": round(os.getloadavg()[0], 2), "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        })  # fmt: skip
    results = json.loads(RESULTS.read_text())
    print(table(results))
    m = results.get("machine", {})
    print(f"\n{m.get('cpus')} CPUs, Python {m.get('python')}, load {m.get('loadavg_1m')} at {m.get('when')}; "
          f"tokens: {results.get('tool_list', {}).get('method', '?')}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

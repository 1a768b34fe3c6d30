"""Call overhead and throughput of labgate over streamable HTTP against a local fake slurmrestd.

Overhead: one bare keep-alive httpx client sends JSON-RPC tools/call (call_operation →
slurm_get_jobs, one backend GET) to labgate's /mcp (stateless, JSON responses), and the same
GET straight to the backend; the two are interleaved so machine noise hits both alike.
Throughput: N concurrent sessions (one keep-alive connection each) for a fixed time; RSS of
the server process at idle and at its peak under load.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import threading
import time

import httpx

from bench.common import (
    HEADERS,
    PY,
    ROOT,
    HttpServer,
    added,
    call_body,
    fake_env,
    free_port,
    interleaved,
    rss_mb,
)

JOBS = "/slurm/v0.0.42/jobs/"
CALL = ("call_operation", {"name": "slurm_get_jobs", "arguments": {}})
SLURM_HEADERS = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": "bench-secret"}


@contextlib.contextmanager
def fake_backend(jobs: int = 5):
    port = free_port()
    proc = subprocess.Popen(
        [PY, "-m", "bench.fakebackend", str(port), str(jobs)], cwd=ROOT, stdout=subprocess.PIPE
    )
    try:
        assert proc.stdout.readline().strip() == b"ready"
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def check(resp: httpx.Response) -> None:
    resp.raise_for_status()
    data = resp.json()
    if "error" in data or data["result"].get("isError"):
        raise RuntimeError(f"tools/call failed: {str(data)[:300]}")


@contextlib.contextmanager
def empty_fastmcp():
    port = free_port()
    proc = subprocess.Popen([PY, "-m", "bench.emptyserver", str(port)], cwd=ROOT)
    try:
        wait_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)


def wait_port(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise RuntimeError("the empty fastmcp server did not start")


def three_way(
    client: httpx.Client, direct: tuple[str, dict], labgate: str, empty: str, calls: int, **kw
) -> tuple[dict, dict]:
    """The backend's job list straight (`direct`: URL and headers), through labgate
    (call_operation slurm_get_jobs) and, as the floor, an empty fastmcp tool call, interleaved."""
    body, ping = call_body(*CALL), call_body("ping", {"x": 1})
    plain = {k: v for k, v in HEADERS.items() if k != "Authorization"}
    url, headers = direct
    return interleaved(
        {
            "direct": (lambda: client.get(url, headers=headers), ok),
            "labgate": (
                lambda: client.post(labgate + "/mcp", content=body, headers=HEADERS),
                check,
            ),
            "floor": (lambda: client.post(empty + "/mcp", content=ping, headers=plain), check),
        },
        calls,
        **kw,
    )


def overhead(server: HttpServer, backend: str, empty: str, calls: int) -> dict:
    with httpx.Client(timeout=30) as client:
        direct = (backend + JOBS, SLURM_HEADERS)
        times, _ = three_way(client, direct, server.url, empty, calls, warmup=20)
    return {**added(times["direct"], times["labgate"], times["floor"]), "goal_added_p50_ms": 3.0}


def ok(resp: httpx.Response) -> None:
    resp.raise_for_status()


async def _session(
    url: str, stop: float, counts: list[int], errors: list[str], body: bytes, headers: dict
) -> None:
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=1)) as client:
        while time.perf_counter() < stop:
            try:
                check(await client.post(url + "/mcp", content=body, headers=headers))
                counts[0] += 1
            except Exception as exc:  # noqa: BLE001 - counted, reported
                errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")


async def _drive(
    url: str, sessions: int, seconds: float, body: bytes | None = None, headers: dict = HEADERS
) -> tuple[int, list[str]]:
    body = body or call_body(*CALL)
    counts, errors = [0], []
    stop = time.perf_counter() + seconds
    await asyncio.gather(
        *(_session(url, stop, counts, errors, body, headers) for _ in range(sessions))
    )
    return counts[0], errors


def throughput(server: HttpServer, levels: tuple[int, ...], seconds: float) -> dict:
    peak = [rss_mb(server.proc.pid)]
    idle = peak[0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], rss_mb(server.proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = {}
    for n in levels:
        t0 = time.perf_counter()
        calls, errors = asyncio.run(_drive(server.url, n, seconds))
        elapsed = time.perf_counter() - t0
        out[str(n)] = {
            "calls": calls,
            "calls_per_s": round(calls / elapsed, 1),
            "errors": len(errors),
            **({"first_error": errors[0]} if errors else {}),
        }
    done.set()
    sampler.join()
    return {
        "sessions": out,
        "rss_idle_mb": round(idle, 1),
        "rss_peak_mb": round(peak[0], 1),
        "goal_rss_mb": 150,
        "note": "server, fake backend and load generator share the machine's cores",
    }


def floor_throughput(empty: str, levels: tuple[int, ...], seconds: float) -> dict:
    """The same load against the empty fastmcp server: what fastmcp alone sustains here."""
    plain = {k: v for k, v in HEADERS.items() if k != "Authorization"}
    out = {}
    for n in levels:
        t0 = time.perf_counter()
        calls, errors = asyncio.run(_drive(empty, n, seconds, call_body("ping", {"x": 1}), plain))
        out[str(n)] = {
            "calls_per_s": round(calls / (time.perf_counter() - t0), 1),
            "errors": len(errors),
        }
    return out


def measure(calls: int = 300, seconds: float = 3.0) -> dict:
    with (
        fake_backend() as backend,
        empty_fastmcp() as empty,
        HttpServer(fake_env() | {"LABGATE_SLURM_URL": backend}) as srv,
    ):
        rss_start = rss_mb(srv.proc.pid)
        result = {"overhead": overhead(srv, backend, empty, calls)}
        result["throughput"] = throughput(srv, (1, 8, 32), seconds)
        result["throughput"]["empty_fastmcp"] = floor_throughput(empty, (1, 8, 32), seconds)
        result["throughput"]["rss_after_start_mb"] = round(rss_start, 1)
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))

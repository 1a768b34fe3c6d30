"""Load over streamable HTTP against a local fake slurmrestd: zero errors, no memory growth.

The full run (32 sessions × 200 calls, twice) takes minutes on 2 loaded cores: it is marked
`slow` and runs only with LABGATE_SLOW=1. A short version runs in the normal suite.
"""

from __future__ import annotations

import asyncio
import os

import httpx
import pytest

from bench.common import HEADERS, HttpServer, call_body, fake_env, rss_mb
from bench.overhead import CALL, fake_backend


@pytest.fixture(scope="module")
def server():
    with fake_backend() as backend, HttpServer(fake_env() | {"LABGATE_SLURM_URL": backend}) as srv:
        yield srv, backend


async def _session(url: str, calls: int, errors: list[str]) -> int:
    body, ok = call_body(*CALL), 0
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=1)) as client:
        for _ in range(calls):
            try:
                r = await client.post(url + "/mcp", content=body, headers=HEADERS)
                data = r.json()
                if r.status_code != 200 or "error" in data or data["result"].get("isError"):
                    errors.append(r.text[:200])
                elif data["result"]["structuredContent"]["jobs"][0]["job_id"] == 1000:
                    ok += 1
            except Exception as exc:  # noqa: BLE001 - every failure is counted
                errors.append(f"{type(exc).__name__}: {exc}")
    return ok


def load_round(url: str, sessions: int, calls: int) -> tuple[int, list[str]]:
    async def main():
        errors: list[str] = []
        done = await asyncio.gather(*(_session(url, calls, errors) for _ in range(sessions)))
        return sum(done), errors

    return asyncio.run(main())


def backend_requests(backend: str) -> int:
    return httpx.get(backend + "/_count").json()["requests"]


def test_short_load_has_no_errors(server):
    srv, backend = server
    before = backend_requests(backend)
    ok, errors = load_round(srv.url, 8, 10)
    assert errors == [] and ok == 80
    assert backend_requests(backend) - before == 80  # one backend request per call, no more


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("LABGATE_SLOW") != "1", reason="set LABGATE_SLOW=1")
def test_32_sessions_x_200_calls_twice_without_errors_or_memory_growth(server):
    srv, _ = server
    ok, errors = load_round(srv.url, 32, 200)
    assert errors == [] and ok == 6400
    after_first = rss_mb(srv.proc.pid)
    ok, errors = load_round(srv.url, 32, 200)
    after_second = rss_mb(srv.proc.pid)
    assert errors == [] and ok == 6400
    assert after_second - after_first < 8, f"RSS grew {after_first:.1f} → {after_second:.1f} MB"
    assert after_second < 150

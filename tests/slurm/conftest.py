"""Slurm tool tests run live (real cluster + shim), record cassettes from it, or replay them.

    LABGATE_LIVE_SLURM=1 pytest tests/slurm                        # live; cassettes untouched
    LABGATE_LIVE_SLURM=1 pytest tests/slurm --record-mode=rewrite  # live; re-record the cassettes
    pytest tests/slurm                                             # replay; no cluster needed

Recording rewrites tests/cassettes/slurm/: one YAML cassette per test of labgate → shim
traffic (the shim token is filtered out). The same holds for the tests against Slurm 24.11's
own slurmrestd (test_slurmrestd_tools.py, `slurmrestd_cassette`) with LABGATE_LIVE_SLURMRESTD=1
and tests/cassettes/slurmrestd/. Requests are told apart by method, path, query
(without the history window's moving start_time) and body; identical requests (polling)
replay in recorded order.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from tests.conftest import SLURM_LIVE, SLURMRESTD_LIVE

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "slurm"
RESTD_CASSETTES = CASSETTES.with_name("slurmrestd")
REPLAY_URL = "http://127.0.0.1:6830"  # never contacted: vcr answers
REPLAY_TOKEN = "labgate-test-shim-token"
MOVING = {"start_time", "end_time"}


@dataclass
class SlurmBackend:
    url: str
    token: str
    mode: str  # "live" | "record" | "replay"
    user: str = "root"
    cassettes: Path = CASSETTES

    async def pause(self, seconds: float) -> None:
        if self.mode != "replay":
            import asyncio

            await asyncio.sleep(seconds)


@pytest.fixture(scope="session")
def slurm_backend(request) -> SlurmBackend:
    if not SLURM_LIVE:
        return SlurmBackend(REPLAY_URL, REPLAY_TOKEN, "replay")
    shim = request.getfixturevalue("slurm_shim")
    return SlurmBackend(shim.url, shim.token, _live_mode(request, CASSETTES))


@pytest.fixture(scope="session")
def slurmrestd_backend(request) -> SlurmBackend:
    """Slurm 24.11's slurmrestd (tests/conftest.py `slurm24`), or its cassettes."""
    if not SLURMRESTD_LIVE:
        return SlurmBackend(REPLAY_URL, REPLAY_TOKEN, "replay", "labgate-user", RESTD_CASSETTES)
    real = request.getfixturevalue("slurm24")
    mode = _live_mode(request, RESTD_CASSETTES)
    return SlurmBackend(real.restd_url, real.token, mode, real.user, RESTD_CASSETTES)


def _live_mode(request, cassettes: Path) -> str:
    """`record` (after emptying `cassettes`) under --record-mode, else `live`."""
    if (request.config.getoption("--record-mode", default=None) or "none") == "none":
        return "live"
    shutil.rmtree(cassettes, ignore_errors=True)
    cassettes.mkdir(parents=True)
    return "record"


def _stable_query(r1, r2) -> None:
    q1 = sorted(
        (k, v) for k, v in parse_qsl(r1.query and r1.uri.split("?", 1)[-1]) if k not in MOVING
    )
    q2 = sorted(
        (k, v) for k, v in parse_qsl(r2.query and r2.uri.split("?", 1)[-1]) if k not in MOVING
    )
    assert q1 == q2


def _compact(response: dict) -> dict:
    """slurmrestd pretty-prints its JSON (a third of a cassette's bytes are indentation):
    recorded compact, same data."""
    import json

    body = response["body"]["string"]
    try:
        data = json.loads(body)
    except ValueError:
        return response
    response["body"]["string"] = json.dumps(data, separators=(",", ":")).encode()
    response["headers"].pop("Content-Length", None)
    response["headers"].pop("content-length", None)
    return response


def _vcr(record_mode: str, cassettes: Path = CASSETTES):
    import vcr

    v = vcr.VCR(
        cassette_library_dir=str(cassettes),
        record_mode=record_mode,
        match_on=["method", "path", "stable_query", "body"],
        decode_compressed_response=True,
        filter_headers=["x-slurm-user-token", "authorization"],
        before_record_response=_compact,
    )
    v.register_matcher("stable_query", _stable_query)
    return v


@pytest.fixture
def slurm_cassette(request, slurm_backend):
    """Use with `pytestmark = pytest.mark.usefixtures("slurm_cassette")`."""
    yield from _cassette(request.node.name, slurm_backend)


@pytest.fixture
def slurmrestd_cassette(request, slurmrestd_backend):
    """The same for the real slurmrestd's tests (tests/cassettes/slurmrestd/)."""
    yield from _cassette(request.node.name, slurmrestd_backend)


def _cassette(test: str, backend: SlurmBackend):
    if backend.mode == "live":
        yield
        return
    name = f"{test}.yaml"
    if backend.mode == "replay" and not (backend.cassettes / name).exists():
        pytest.fail(f"no cassette {name} in {backend.cassettes}: re-record (make record)")
    mode = "all" if backend.mode == "record" else "none"
    with _vcr(mode, backend.cassettes).use_cassette(name) as cassette:
        yield
    if backend.mode == "replay":
        assert cassette.all_played, f"{name}: recorded requests labgate no longer makes"

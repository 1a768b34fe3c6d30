"""Slurm tool tests run live (real cluster + shim), record cassettes from it, or replay them.

    LABGATE_LIVE_SLURM=1 pytest tests/slurm                        # live; cassettes untouched
    LABGATE_LIVE_SLURM=1 pytest tests/slurm --record-mode=rewrite  # live; re-record the cassettes
    pytest tests/slurm                                             # replay; no cluster needed

Recording rewrites tests/cassettes/slurm/: one YAML cassette per test of labgate → shim
traffic (the shim token is filtered out). Requests are told apart by method, path, query
(without the history window's moving start_time) and body; identical requests (polling)
replay in recorded order.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from tests.conftest import SLURM_LIVE

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "slurm"
REPLAY_URL = "http://127.0.0.1:6830"  # never contacted: vcr answers
REPLAY_TOKEN = "labgate-test-shim-token"
MOVING = {"start_time", "end_time"}


@dataclass
class SlurmBackend:
    url: str
    token: str
    mode: str  # "live" | "record" | "replay"

    async def pause(self, seconds: float) -> None:
        if self.mode != "replay":
            import asyncio

            await asyncio.sleep(seconds)


@pytest.fixture(scope="session")
def slurm_backend(request) -> SlurmBackend:
    if not SLURM_LIVE:
        return SlurmBackend(REPLAY_URL, REPLAY_TOKEN, "replay")
    shim = request.getfixturevalue("slurm_shim")
    recording = (request.config.getoption("--record-mode", default=None) or "none") != "none"
    if recording:
        shutil.rmtree(CASSETTES, ignore_errors=True)
        CASSETTES.mkdir(parents=True)
    return SlurmBackend(shim.url, shim.token, "record" if recording else "live")


def _stable_query(r1, r2) -> None:
    q1 = sorted(
        (k, v) for k, v in parse_qsl(r1.query and r1.uri.split("?", 1)[-1]) if k not in MOVING
    )
    q2 = sorted(
        (k, v) for k, v in parse_qsl(r2.query and r2.uri.split("?", 1)[-1]) if k not in MOVING
    )
    assert q1 == q2


def _vcr(record_mode: str):
    import vcr

    v = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        match_on=["method", "path", "stable_query", "body"],
        decode_compressed_response=True,
        filter_headers=["x-slurm-user-token", "authorization"],
    )
    v.register_matcher("stable_query", _stable_query)
    return v


@pytest.fixture
def slurm_cassette(request, slurm_backend):
    """Use with `pytestmark = pytest.mark.usefixtures("slurm_cassette")`."""
    if slurm_backend.mode == "live":
        yield
        return
    name = f"{request.node.name}.yaml"
    if slurm_backend.mode == "replay" and not (CASSETTES / name).exists():
        pytest.fail(f"no cassette {name}: re-record (make record)")
    mode = "all" if slurm_backend.mode == "record" else "none"
    with _vcr(mode).use_cassette(name) as cassette:
        yield
    if slurm_backend.mode == "replay":
        assert cassette.all_played, f"{name}: recorded requests labgate no longer makes"

"""MLflow tool tests run live against a real server, record cassettes from it, or replay them.

    LABGATE_LIVE_MLFLOW=1 pytest tests/mlflow                        # live; cassettes untouched
    LABGATE_LIVE_MLFLOW=1 pytest tests/mlflow --record-mode=rewrite  # live; re-record every cassette
    pytest tests/mlflow                                              # replay; no server needed

Recording rewrites tests/cassettes/mlflow/: one YAML cassette per test plus seed.json, the
description of the seeded data those cassettes were recorded against (run ids differ on
every seeding, so the two only make sense together).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MLFLOW_LIVE

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes" / "mlflow"
SEED = CASSETTES / "seed.json"


@dataclass
class MlflowBackend:
    url: str
    test: dict[str, Any]  # mlflow_seed.seed_test's description
    demo: dict[str, Any]  # mlflow_seed.seed_demo's description
    mode: str  # "live" | "record" | "replay"


@pytest.fixture(scope="session")
def mlflow_backend(request) -> MlflowBackend:
    if not MLFLOW_LIVE:
        if not SEED.exists():
            pytest.fail(f"no MLflow cassettes in {CASSETTES}: record them (make record)")
        data = json.loads(SEED.read_text())
        return MlflowBackend(data["url"], data["test"], data["demo"], "replay")
    server = request.getfixturevalue("mlflow_server")
    test = request.getfixturevalue("mlflow_seeded")
    demo = request.getfixturevalue("mlflow_demo")
    recording = (request.config.getoption("--record-mode", default=None) or "none") != "none"
    if recording:
        shutil.rmtree(CASSETTES, ignore_errors=True)
        CASSETTES.mkdir(parents=True)
        seed = {"url": server.url, "test": test, "demo": demo}
        SEED.write_text(json.dumps(seed, indent=1, sort_keys=True) + "\n")
    return MlflowBackend(server.url, test, demo, "record" if recording else "live")


def _vcr(record_mode: str):
    import vcr

    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode=record_mode,
        # The server's port changes per recording; requests are told apart by what they ask.
        match_on=["method", "path", "query", "body"],
        decode_compressed_response=True,
        filter_headers=["authorization"],
    )


@pytest.fixture(autouse=True)
def mlflow_cassette(request, mlflow_backend):
    if mlflow_backend.mode == "live":
        yield
        return
    # Replay never reaches the network: a request missing from the cassette fails the test
    # (a test that makes no backend call has no cassette file at all).
    name = f"{request.node.name}.yaml"
    mode = "all" if mlflow_backend.mode == "record" else "none"
    with _vcr(mode).use_cassette(name, allow_playback_repeats=True):
        yield

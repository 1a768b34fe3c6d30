"""Trackio tool tests run live against a real Trackio 0.43.0 server, record cassettes from it,
or replay them.

    LABGATE_LIVE_TRACKIO=1 pytest tests/trackio                        # live; cassettes untouched
    LABGATE_LIVE_TRACKIO=1 pytest tests/trackio --record-mode=rewrite  # live; re-record them
    pytest tests/trackio                                               # replay; no server needed

Recording rewrites tests/cassettes/trackio/: a YAML cassette per test plus seed.json, the
description of the data tests/infra/trackio_seed.py logged with Trackio's own Python API.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

TRACKIO_LIVE = os.environ.get("LABGATE_LIVE_TRACKIO") == "1"
CASSETTES = ROOT / "tests" / "cassettes" / "trackio"
SEED = CASSETTES / "seed.json"
WRITE_TOKEN = "labgate-test-write-token"  # tests/infra/trackio_server.py: the test server's


@dataclass
class TrackioBackend:
    url: str
    seed: dict[str, Any]
    mode: str  # "live" | "record" | "replay"
    server: Any = None


def _server_module():
    infra = str(ROOT / "tests" / "infra")
    if infra not in sys.path:
        sys.path.insert(0, infra)
    import trackio_server

    return trackio_server


@pytest.fixture(scope="session")
def trackio_backend(request, tmp_path_factory):
    if not TRACKIO_LIVE:
        if not SEED.exists():
            pytest.fail(f"no Trackio cassettes in {CASSETTES}: record them (make record)")
        data = json.loads(SEED.read_text())
        yield TrackioBackend(data["url"], data["seed"], "replay")
        return
    server = _server_module().TrackioServer(Path(tmp_path_factory.mktemp("trackio")))
    with server:
        seed = server.seed()
        recording = (request.config.getoption("--record-mode", default=None) or "none") != "none"
        if recording:
            shutil.rmtree(CASSETTES, ignore_errors=True)
            CASSETTES.mkdir(parents=True)
            SEED.write_text(json.dumps({"url": server.url, "seed": seed}, indent=1) + "\n")
        yield TrackioBackend(server.url, seed, "record" if recording else "live", server)


@pytest.fixture(autouse=True)
def trackio_cassette(request, trackio_backend):
    if trackio_backend.mode == "live":
        yield
        return
    import vcr

    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if trackio_backend.mode == "record" else "none",
        match_on=["method", "path", "query", "body"],
        decode_compressed_response=True,
        filter_headers=["authorization", "x-trackio-write-token"],
    )
    with recorder.use_cassette(f"{request.node.name}.yaml", allow_playback_repeats=True):
        yield

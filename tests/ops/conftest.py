"""The operations tests' fixtures: a fake slurmrestd, and real `labgate serve --transport http`
processes over it, stopped after the test."""

from __future__ import annotations

import pytest

from tests.ops.helpers import FakeSlurm, Labgate, slurm_env


@pytest.fixture
def fake():
    backend = FakeSlurm()
    yield backend
    backend.close()


@pytest.fixture
def serve(fake, tmp_path):
    """start(*args, env=…, toolsets=…) -> a labgate over `fake`, each with its own log file."""
    started: list[Labgate] = []

    def start(*args: str, env: dict[str, str] | None = None, toolsets: str = "slurm") -> Labgate:
        started.append(Labgate("--toolsets", toolsets, *args, env=slurm_env(fake) | (env or {}),
                               log=tmp_path / f"labgate{len(started)}.log"))  # fmt: skip
        return started[-1]

    yield start
    for lg in started:
        lg.stop()

"""`lab_overview(ref="trackio:<project>/<run>")` against a real Trackio 0.43.0 server (or its
cassette): a run whose config names no job says which conventions were tried. Which config keys
name a job (SLURM_JOB_ID, slurm_job_id, nested or not) is tested in tests/unit/test_runs_jobs.py;
Trackio offers no `track` target (its client reads no run identity from the environment)."""

from __future__ import annotations

import pytest

from tests.trackio.conftest import TRACKIO_LIVE
from tests.trackio.test_trackio_tools import call, labgate

pytestmark = [pytest.mark.live] if TRACKIO_LIVE else []


async def test_a_run_without_a_job_says_which_conventions_were_tried(trackio_backend):
    project = trackio_backend.seed["project"]
    async with labgate(trackio_backend) as client:
        out = await call(client, "lab_overview", {"ref": f"trackio:{project}/lr-high"})
    assert out["run"] == {"ref": f"trackio:{project}/lr-high", "name": "lr-high",
                          "created": out["run"]["created"]}  # fmt: skip
    assert out["jobs"] == [] and "SLURM_JOB_ID" in out["note"] and "labgate.job" in out["note"]

"""The Slurm shim on the real cluster (LABGATE_LIVE_SLURM=1): every served read answers in
v0.0.42 shapes that validate, and schemathesis finds no server error or schema violation.

The Slurm tool tests proper (submit, list, output tail, cancel, history, where_to_submit)
are tests/slurm/test_slurm_tools.py: live with the same switch, replayed from cassettes
otherwise.
"""

from __future__ import annotations

import os

import httpx
import pytest

from tests.slurm.schema_check import errors

pytestmark = pytest.mark.live
V, DB = "/slurm/v0.0.42", "/slurmdb/v0.0.42"


def _client(shim) -> httpx.Client:
    headers = {"X-SLURM-USER-NAME": shim.user, "X-SLURM-USER-TOKEN": shim.token}
    return httpx.Client(base_url=shim.url, headers=headers, trust_env=False, timeout=60)


def test_every_read_validates_on_the_real_cluster(slurm_cluster, slurm_shim, tmp_path) -> None:
    job = slurm_cluster.sbatch(
        "--job-name=shim-live", "--wrap", "echo live-out; sleep 20", out=tmp_path / "o.out"
    )
    try:
        slurm_cluster.wait_running(job)
        with _client(slurm_shim) as c:
            for url, template in [
                (f"{V}/ping/", f"{V}/ping/"), (f"{V}/diag/", f"{V}/diag/"), (f"{V}/jobs/", f"{V}/jobs/"),
                (f"{V}/job/{job}", f"{V}/job/{{job_id}}"), (f"{V}/nodes/", f"{V}/nodes/"),
                (f"{V}/partitions/", f"{V}/partitions/"), (f"{V}/partition/gpu", f"{V}/partition/{{partition_name}}"),
                (f"{V}/reservations/", f"{V}/reservations/"), (f"{V}/shares", f"{V}/shares"),
                (f"{DB}/jobs/", f"{DB}/jobs/"), (f"/labgate/v1/job/{job}/output", "/labgate/v1/job/{job_id}/output"),
            ]:  # fmt: skip
                r = c.get(url)
                assert r.status_code == 200, (url, r.text[:300])
                assert errors("GET", template, r.json()) == [], url
            (live,) = c.get(f"{V}/job/{job}").json()["jobs"]
            assert live["job_state"] == ["RUNNING"] and live["name"] == "shim-live"
            tail = c.get(f"/labgate/v1/job/{job}/output").json()
            assert tail["text"] == "live-out\n" and tail["path"] == str(tmp_path / "o.out")
            est = c.post(
                "/labgate/v1/job/estimate",
                json={
                    "job": {
                        "script": "#!/bin/sh\ntrue",
                        "partition": "gpu",
                        "tres_per_node": "gres/gpu:1",
                    }
                },
            )
            assert est.status_code == 200 and est.json()["partition"] == "gpu"
    finally:
        slurm_cluster.run("scancel", str(job))


def test_schemathesis_against_the_live_shim(slurm_shim) -> None:
    schemathesis = pytest.importorskip("schemathesis", minversion="4.32.5")
    from hypothesis import HealthCheck, given, settings
    from schemathesis.checks import not_a_server_error, response_schema_conformance

    schema = schemathesis.openapi.from_url(f"{slurm_shim.url}/openapi.json")
    headers = {"X-SLURM-USER-NAME": slurm_shim.user, "X-SLURM-USER-TOKEN": slurm_shim.token}
    # Reads only: fuzzed submits and cancels have no business on a shared cluster.
    for op in schema.include(method="GET").get_all_operations():
        operation = op.ok()

        @given(case=operation.as_strategy())
        # the same examples on every run (a CI run found the unknown-user 502 by chance);
        # LABGATE_SCHEMATHESIS_RANDOM=1 explores new ones
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=not os.environ.get("LABGATE_SCHEMATHESIS_RANDOM"))  # fmt: skip
        def check(case) -> None:
            case.call_and_validate(
                headers=headers, checks=[not_a_server_error, response_schema_conformance]
            )

        check()

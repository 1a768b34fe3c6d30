"""Contract test of the Slurm shim against its own /openapi.json with schemathesis 4.32.5:
no server error and no answer that violates the documented schema, for generated requests
to every operation (authenticated; the Slurm CLI is the canned FakeCli, so fuzzed submits
and cancels touch no cluster). The live variant runs the same against the real cluster's
read-only operations (tests/live/test_slurm_tools.py)."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", minversion="4.32.5")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import (  # noqa: E402
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from labgate.shim.app import create_app  # noqa: E402
from labgate.shim.handlers import Shim  # noqa: E402
from tests.slurm.fake_cli import FakeCli  # noqa: E402

TOKEN = "contract-token"
AUTH = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": TOKEN}
CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Shim(FakeCli(), "root"), TOKEN))


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_shim_honours_its_openapi_document(case) -> None:
    case.call_and_validate(headers=AUTH, checks=CHECKS)


@schema.exclude(method="POST").parametrize()  # the big job bodies cost ~15 s each to generate
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
def test_unauthenticated_answers_are_401_in_the_documented_shape(case) -> None:
    response = case.call_and_validate(headers={}, checks=CHECKS)
    assert response.status_code == 401

"""What the findings table of tests/infra/README.md ("slurmrestd 24.11 vs its published schema")
says about how labgate copes, checked without a cluster: the operations where slurmrestd answers
without its data or with string job ids are no curated tool's, and a call to them through
`call_operation` hands the answer back as slurmrestd gave it; the bare `Infinity` of v0.0.40/41
shares reads as null.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import httpx
import pytest

from tests.slurm.restd_findings import SCHEMA_TABLE, WITHOUT_DATA, table
from tests.slurm.test_slurm_tools import call

ROOT = Path(__file__).resolve().parents[2]
# The operations of the rows whose coping is "no labgate tool calls it" (path templates of v0.0.42)
NOT_CURATED = {
    "get_node": "/slurm/v0.0.42/node/{node_name}",
    "get_reservation": "/slurm/v0.0.42/reservation/{reservation_name}",
    "get_jobs_state": "/slurm/v0.0.42/jobs/state/",
    "db_get_association": "/slurmdb/v0.0.42/association/",
    "db_get_associations": "/slurmdb/v0.0.42/associations/",
    "db_get_instance": "/slurmdb/v0.0.42/instance/",
    "db_get_instances": "/slurmdb/v0.0.42/instances/",
}


def curated_operations() -> set[str]:
    """Every generated Slurm operation a curated tool or composite calls."""
    used: set[str] = set()
    for name in ("labgate_overrides.slurm_tools", "labgate_overrides.slurm_placement"):
        used |= set(importlib.import_module(name).USES)
    toml = tomllib.loads((ROOT / "overrides" / "slurm.toml").read_text())
    return used | set(toml.get("operations", {}))


def test_the_rows_name_these_operations() -> None:
    rows = table(SCHEMA_TABLE)
    assert {"answer-without-data", "string-job-id", "infinity-literal"} <= set(rows)
    for op, path in NOT_CURATED.items():
        assert WITHOUT_DATA.search(path), (op, path)


def test_no_curated_tool_calls_the_operations_that_answer_without_data() -> None:
    used = curated_operations()
    assert {"get_jobs", "get_nodes", "get_shares"} <= used  # the check reads the right names
    assert not used & set(NOT_CURATED)


async def test_call_operation_hands_back_an_answer_without_its_list(httpserver, tmp_path) -> None:
    """slurmrestd 24.11's HTTP 200 for an unknown node: meta, errors, warnings and no `nodes`."""
    from labgate.config import load
    from labgate.server import create

    bare = {"meta": {"plugin": {"data_parser": "data_parser/v0.0.42"}}, "errors": [],
            "warnings": []}  # fmt: skip
    httpserver.expect_request("/slurm/v0.0.42/node/nosuchnode").respond_with_json(bare)
    env = {"HOME": "/nonexistent", "LABGATE_SLURM_URL": httpserver.url_for("/").rstrip("/"),
           "SLURM_JWT": "t", "LABGATE_SLURM_USER": "u"}  # fmt: skip
    mcp, _ = create(load(env=env, toolsets=("slurm",)))
    from fastmcp import Client

    async with Client(mcp) as c:
        got = await call(
            c,
            "call_operation",
            {"name": "slurm_get_node", "arguments": {"node_name": "nosuchnode"}},
        )
    assert got["errors"] == [] and "nodes" not in got


def test_a_bare_infinity_of_v0041_shares_is_decoded() -> None:
    """infinity-literal (tests/infra/README.md): the bare Infinity reads as null."""
    from labgate.errors import LabgateError
    from labgate.runtime import decode

    body = (
        b'{"shares": {"shares": [{"name": "u", "fairshare": {"factor": 1.0, "level": Infinity}}]}}'
    )
    resp = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    row = decode("slurm", resp)["shares"]["shares"][0]
    assert row["fairshare"] == {"factor": 1.0, "level": None}
    with pytest.raises(LabgateError, match="malformed JSON"):  # still refused: not JSON at all
        decode("slurm", httpx.Response(200, content=b'{"shares": [Infinit', headers=resp.headers))

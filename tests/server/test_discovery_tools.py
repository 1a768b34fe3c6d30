"""The discovery tools as a client reaches them: through the built tool list, not the builder's
internals (their answers also become the docs' examples, see tests/tool_examples.py)."""

from __future__ import annotations

import pytest

from labgate.config import load
from labgate.errors import ArgumentError
from labgate.tools import ToolBuilder


@pytest.fixture
def tools(fake_env):
    return {t.name: t for t in ToolBuilder(load(env=fake_env)).build()}


async def test_search_then_describe_a_slurm_operation(tools):
    found = await tools["search_operations"].handler({"query": "cancel a slurm job", "limit": 3})
    assert "slurm_delete_job" in [i["name"] for i in found["items"]]
    described = await tools["describe_operation"].handler({"name": "slurm_delete_job"})
    assert described["safety"] == "destructive"
    assert "job_id" in described["input_schema"]["properties"]


async def test_call_operation_names_the_bad_field(tools):
    with pytest.raises(ArgumentError, match="`job_id`"):
        await tools["call_operation"].handler({"name": "slurm_get_job", "arguments": {}})

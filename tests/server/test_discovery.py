"""Every generated operation is reachable: search finds, describe explains, call runs (or refuses)."""

from __future__ import annotations

import pytest

from labgate.config import load
from labgate.errors import ArgumentError, SafetyError
from labgate.tools import ToolBuilder

QUERIES = [
    ("search runs by metric", "mlflow", "mlflow_search_runs"),
    ("cancel a slurm job", "slurm", "slurm_delete_job"),
    ("task stdout qarnot", "qarnot", "qarnot_get_task_stdout"),
    ("clearml queue workers", "clearml", "clearml_workers_get_all"),
]


@pytest.fixture
def builder(fake_env):
    return ToolBuilder(load(env=fake_env))


@pytest.mark.parametrize("query,backend,expected", QUERIES)
async def test_realistic_queries_find_the_operation(builder, query, backend, expected):
    out = await builder._search({"query": query, "limit": 5})
    names = [i["name"] for i in out["items"]]
    assert expected in names[:5], f"{query!r} → {names}"


async def test_backend_filter(builder):
    out = await builder._search({"query": "list jobs", "backend": "qarnot"})
    assert out["items"] and all(i["backend"] == "qarnot" for i in out["items"])


async def test_every_operation_is_describable(builder):
    for op in builder.registry.all_operations():
        if op.hidden:
            continue
        d = await builder._describe({"name": op.name})
        assert d["input_schema"]["type"] == "object"
        assert d["safety"] in ("read", "write", "destructive", "credential")
        assert d["enabled_by"].startswith("never") == (d["safety"] == "credential")


async def test_call_operation_refuses_writes_naming_the_switch(builder):
    op = next(o for o in builder.registry.all_operations() if o.safety == "write")
    with pytest.raises(SafetyError, match="--allow-write"):
        await builder._call({"name": op.name, "arguments": {}})
    op = next(o for o in builder.registry.all_operations() if o.safety == "destructive")
    with pytest.raises(SafetyError, match="--allow-destructive"):
        await builder._call({"name": op.name, "arguments": {}})


async def test_call_operation_validates_arguments(builder):
    with pytest.raises(ArgumentError, match="`job_id`"):
        await builder._call({"name": "slurm_get_job", "arguments": {}})
    with pytest.raises(ArgumentError, match="`bogus`"):
        await builder._call({"name": "slurm_get_job", "arguments": {"job_id": "1", "bogus": 1}})
    with pytest.raises(ArgumentError, match="`name`"):
        await builder._call({"name": "no_such_tool"})

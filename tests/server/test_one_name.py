"""One name, one tool: for every listed name, describe_operation describes what tools/call runs,
and call_operation runs the same thing (same schema, same errors)."""

from __future__ import annotations

import pytest
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.registry import OverrideError, Registry
from labgate.tools import ToolBuilder
from tests.conftest import FAKE_ENV


@pytest.fixture(scope="module", params=["curated", "all"])
def builder(request):
    settings = load(env=FAKE_ENV, tools=request.param, allow_write=True, allow_destructive=True)
    return ToolBuilder(settings)


async def _error(handler, args) -> str:
    try:
        await handler(args)
    except ToolError as exc:
        return str(exc)
    return ""


async def test_describe_and_call_agree_for_every_listed_name(builder):
    tools = {t.name: t for t in builder.build()}
    for name, tool in tools.items():
        if tool.kind == "discovery":
            continue
        described = await builder._describe({"name": name})
        assert described["name"] == name
        assert described["safety"] == tool.safety, name
        listed, shown = tool.schema, described["input_schema"]
        assert set(listed.get("required", [])) == set(shown.get("required", [])), name
        assert set(shown["properties"]) <= set(listed["properties"]), name
        if tool.kind == "composite":
            assert shown == listed, name
            # nothing missing: both paths refuse the same way, naming the same field
            direct = await _error(tool.handler, {})
            through = await _error(lambda a, n=name: builder._call({"name": n, "arguments": a}), {})
            assert direct == through, name


def test_composites_that_replace_an_operation_leave_it_reachable_under_a_raw_name():
    reg = Registry()
    for c in reg.composites().values():
        if c.replaces:
            raw = reg.find(f"{c.name}_raw")
            assert raw is not None and raw.id == c.replaces and reg.find(c.name) is c


def test_a_composite_named_like_an_operation_without_replaces_fails_at_load(monkeypatch):
    from labgate import composite, registry

    clash = composite.Composite(
        "mlflow_create_run", ("mlflow",), "write", "mlflow", None, None, "", False
    )
    monkeypatch.setattr(registry, "REGISTERED", [*registry.REGISTERED, clash])
    with pytest.raises(OverrideError, match="mlflow_create_run"):
        Registry(("mlflow",)).operations("mlflow")


def test_an_operation_id_a_composite_calls_must_exist(monkeypatch):
    import labgate_overrides.mlflow_tools as module

    monkeypatch.setattr(module, "USES", (*module.USES, "get_runz"))
    with pytest.raises(OverrideError, match="get_runz"):
        Registry(("mlflow",)).composites()

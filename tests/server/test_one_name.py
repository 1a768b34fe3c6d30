"""One name, one tool: for every listed name, describe_operation describes what tools/call runs,
and call_operation runs the same thing (same schema, same errors)."""

from __future__ import annotations

import re

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
            # (an unknown argument: refused before any backend call, whatever the tool needs)
            bad = {"no_such_argument": 1}
            direct = await _error(tool.handler, bad)
            through = await _error(
                lambda a, n=name: builder._call({"name": n, "arguments": a}), bad
            )
            assert "invalid argument `no_such_argument`" in direct, (name, direct)
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


def _bounded_ints(schema: dict) -> list[tuple[str, str, int]]:
    """(property, bound, a value just past it) for every bounded integer argument."""
    out = []
    for name, prop in schema.get("properties", {}).items():
        if prop.get("type") == "integer":
            if "maximum" in prop:
                out.append((name, "maximum", prop["maximum"] + 1))
            if "minimum" in prop:
                out.append((name, "minimum", prop["minimum"] - 1))
    return out


async def test_every_bound_is_enforced_never_clamped(builder):
    """A value past a bound is refused naming the argument, before any backend call (the fake
    backends are unreachable: a clamped value would end in 'cannot reach'). Bounds are the listed
    schema's, and for composites also their signature's (the list spells `max_items` the same on
    every list tool to save bytes; its per-tool ceiling is enforced all the same)."""
    composites = builder.registry.composites()
    checked = 0
    for tool in builder.build():
        required = set(tool.schema.get("required", []))
        bounds = _bounded_ints(tool.schema)
        if tool.name in composites:
            full = composites[tool.name].model.model_json_schema()
            bounds += [b for b in _bounded_ints(full) if b[0] in tool.schema["properties"]]
        props = dict(tool.schema["properties"])
        if tool.name in composites:
            props.update(full.get("properties", {}))  # with the patterns the list leaves out
        for name, _, value in bounds:
            args = {r: _placeholder(props[r]) for r in required}
            args[name] = value
            with pytest.raises(ToolError, match=f"invalid argument `{name}`"):
                await tool.handler(args)
            checked += 1
    assert checked >= 10, checked  # the walk reaches the bounded arguments it is meant to


CANDIDATES = ("1", "00000000-0000-0000-0000-000000000000", "0123456789abcdef0123456789abcdef")


def _placeholder(prop: dict):
    """A value the argument accepts (so only the bound under test is wrong)."""
    prop = next((a for a in prop.get("anyOf", []) if a.get("type") != "null"), prop)
    if "enum" in prop:
        return prop["enum"][0]
    if prop.get("type") == "string":
        longest = "x" * max(3, prop.get("minLength", 0))
        ok = [c for c in (longest, *CANDIDATES) if re.search(prop.get("pattern", ""), c)]
        return next(c for c in ok if len(c) >= prop.get("minLength", 0))
    return {"integer": 1, "number": 1, "boolean": False, "array": ["x"], "object": {}}.get(
        prop.get("type"), "x"
    )


async def test_an_argument_the_listed_schema_does_not_show_is_refused(fake_env):
    """With one Qarnot account the account-picking `instance` is not listed, so it is refused;
    the per-instance log is `instance_id`, listed either way."""
    tools = {t.name: t for t in ToolBuilder(load(env=fake_env)).build()}
    out = tools["qarnot_task_output"]
    assert "instance" not in out.schema["properties"] and "instance_id" in out.schema["properties"]
    with pytest.raises(ToolError, match="invalid argument `instance`: unknown argument"):
        await out.handler({"task_uuid": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "instance": 3})


def test_a_tool_registered_twice_is_refused_not_replaced():
    """An overrides module imported under a second name (`overrides.x` beside
    `labgate_overrides.x`) ran its decorators again, and its copies silently replaced the tools
    (a test's monkeypatch of the first module then missed them)."""
    import labgate_overrides.slurm_tools  # noqa: F401 - registers the Slurm tools

    from labgate.composite import tool

    async def list_jobs(ctx):
        """A second slurm_list_jobs."""

    with pytest.raises(RuntimeError, match=r"slurm_list_jobs is registered twice: .*list_jobs"):
        tool("slurm_list_jobs", backend="slurm")(list_jobs)

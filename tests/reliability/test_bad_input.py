"""Property-based fuzzing of every curated tool and of call_operation, in-process.

Arguments that violate a tool's schema must fail with a LabgateError naming a field and must
never reach the backend. Hostile strings that the schema allows (huge, unicode, path
traversal, shell metacharacters) may reach it, but only as a request to one of the
operation paths the spec defines: no dot segments, no extra path segments.
Strategies are hand-written (hypothesis-jsonschema 0.23.1 breaks on this hypothesis).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labgate.config import load
from labgate.errors import LabgateError
from labgate.tools import ToolBuilder, as_fastmcp
from tests.conftest import FAKE_ENV

FUZZ = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,  # the same examples in CI and locally
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)

HOSTILE = st.sampled_from(
    [
        "..",
        ".",
        "../../../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "/etc/shadow",
        "a/../../b",
        "$(touch /tmp/pwned)",
        "`id`; rm -rf / #",
        "x && curl http://127.0.0.1:9 | sh",
        "' OR 1=1 --",
        "\u202eevil\u202c",
        "名前🙂\u0301",
        "nul\x00byte",
        "line\r\nX-Injected: 1",
        "%00%0d%0a",
        "",
        "x" * 200_000,
    ]
) | st.text(min_size=1, max_size=40)

# Routes composites use that no spec declares: MLflow's own artifact download route.
EXTRA_ROUTES = [r"GET /get-artifact"]

JSON_TYPES = {
    "object": {"a": 1},
    "array": [1],
    "string": "s",
    "integer": 7,
    "number": 7.5,
    "boolean": True,
}


@pytest.fixture(scope="module")
def builder(backend):
    url = backend.url_for("/").rstrip("/")
    env = {
        **FAKE_ENV,
        "MLFLOW_TRACKING_URI": url,
        "CLEARML_API_HOST": url,
        "QARNOT_CLUSTER_URL": url,
        "LABGATE_SLURM_URL": url,
    }
    return ToolBuilder(load(env=env))


@pytest.fixture(scope="module")
def routes(builder) -> list[re.Pattern]:
    """Every (method, path) any operation may send, as patterns over the raw request line."""
    out = [re.compile(r) for r in EXTRA_ROUTES]
    for op in builder.registry.all_operations():
        path = re.sub(
            r"\{[^}]+\}", "[^/]+", re.escape(op.path).replace(r"\{", "{").replace(r"\}", "}")
        )
        out.append(re.compile(f"{op.method.upper()} {path}/?"))
    return out


def tools(builder) -> dict[str, Any]:
    return {t.name: t for t in builder.build()}


def _types(ps: dict[str, Any]) -> set[str]:
    t = ps.get("type")
    types = set(t if isinstance(t, list) else [t] if t else [])
    return types | ({"integer"} if "number" in types else set())


def wrong_value(ps: dict[str, Any]) -> Any:
    """A JSON value the property's schema rejects, or None when none is obvious."""
    if isinstance(ps.get("enum"), list) and all(isinstance(e, str) for e in ps["enum"]):
        return "__not_one_of_the_choices__"
    types = _types(ps)
    if not types or "null" in types:
        return None
    if types & {"integer", "number"} and "minimum" in ps:
        return ps["minimum"] - 1
    for name in ("object", "array", "string"):  # never bool/null: lax validators coerce them
        if name not in types and not (name == "string" and "number" in types):
            return JSON_TYPES[name]
    return None


def minimal(ps: dict[str, Any]) -> Any:
    if ps.get("enum"):
        return ps["enum"][0]
    types = _types(ps)
    for name, value in (
        ("string", "x1"),
        ("integer", 1),
        ("boolean", False),
        ("array", []),
        ("object", {}),
    ):
        if name in types:
            return value
    return "x1"


def base_args(schema: dict[str, Any]) -> dict[str, Any]:
    props = schema.get("properties", {})
    return {r: minimal(props.get(r, {})) for r in schema.get("required", [])}


@st.composite
def violation(draw, schema: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """(arguments, a field the error may name) with exactly one schema violation."""
    props = schema.get("properties", {})
    args = base_args(schema)
    kinds = ["unknown"]
    wrong = {p: w for p, ps in props.items() if (w := wrong_value(ps)) is not None}
    kinds += ["wrong"] * bool(wrong) + ["missing"] * bool(schema.get("required"))
    kind = draw(st.sampled_from(kinds))
    if kind == "wrong":
        field = draw(st.sampled_from(sorted(wrong)))
        args[field] = wrong[field]
    elif kind == "missing":
        field = draw(st.sampled_from(schema["required"]))
        args.pop(field)
    else:
        field = draw(st.sampled_from(["__proto__", "../x", "$(id)", "a" * 300, "ünknown"]))
        args[field] = draw(HOSTILE)
    return args, field


def named_fields(message: str) -> list[str]:
    return re.findall(r"invalid argument `([^`]+)`", message)


def names_one_of(names: list[str], known: set[str]) -> bool:
    """Every named field is one of `known` or a dotted path inside one."""
    return bool(names) and all(any(n == k or n.startswith(f"{k}.") for k in known) for n in names)


async def run(tool, args):
    return await as_fastmcp(tool).run(args)


def check_invalid(loop, backend, tool, args, field):
    backend.clear_log()
    with pytest.raises(LabgateError) as err:
        loop.run_until_complete(run(tool, args))
    msg = str(err.value)
    names = named_fields(msg)
    assert names, f"{tool.name}({list(args)}): error names no field: {msg}"
    known = set(args) | set(tool.schema.get("properties", {})) | {"arguments"}
    assert names_one_of(names, known), f"{tool.name}: error names {names}, not an argument: {msg}"
    assert "Traceback" not in msg
    assert not backend.log, (
        f"{tool.name}: invalid arguments reached the backend: {backend.log[0][0]}"
    )


def check_requests(backend, routes, what):
    for req, _ in backend.log:
        raw = req.environ.get("RAW_URI") or req.environ.get("REQUEST_URI") or req.path
        line = f"{req.method} {raw.split('?', 1)[0]}"
        assert "/./" not in line + "/" and "/../" not in line + "/", (
            f"{what}: dot segment sent: {line}"
        )
        assert any(r.fullmatch(line) for r in routes), f"{what}: request outside the spec: {line}"


# The curated list does not depend on where the backends are: name the tests at collection.
CURATED = {t.name: t.schema for t in ToolBuilder(load(env=FAKE_ENV)).build()}


def free_text(schema: dict) -> list[str]:
    props = schema.get("properties", {})
    return sorted(p for p, ps in props.items() if "string" in _types(ps) and not ps.get("enum"))


WITH_FREE_TEXT = [name for name, schema in CURATED.items() if free_text(schema)]


@pytest.mark.parametrize("name", CURATED)
def test_curated_tool_rejects_schema_violations(builder, backend, loop, name):
    tool = tools(builder)[name]

    @FUZZ
    @given(case=violation(tool.schema))
    def fuzz(case):
        check_invalid(loop, backend, tool, *case)

    fuzz()


@pytest.mark.parametrize("name", WITH_FREE_TEXT)
def test_curated_tool_survives_hostile_strings(builder, backend, loop, routes, name):
    tool = tools(builder)[name]
    strings = free_text(tool.schema)

    @FUZZ
    @given(field=st.sampled_from(strings), value=HOSTILE)
    def fuzz(field, value):
        backend.clear_log()
        args = {**base_args(tool.schema), field: value}
        try:
            out = loop.run_until_complete(run(tool, args))
        except LabgateError as exc:
            assert "Traceback" not in str(exc)
        else:
            assert out.content, f"{name}: empty result"
        check_requests(backend, routes, f"{name}({field}={value[:40]!r})")

    fuzz()


def test_call_operation_rejects_schema_violations_of_any_operation(builder, backend, loop):
    call = tools(builder)["call_operation"]
    ops = [op for op in builder.registry.all_operations() if op.safety == "read"]

    @settings(FUZZ, max_examples=150)
    @given(data=st.data())
    def fuzz(data):
        op = data.draw(st.sampled_from(ops))
        args, field = data.draw(violation(op.input_schema))
        backend.clear_log()
        with pytest.raises(LabgateError) as err:
            loop.run_until_complete(run(call, {"name": op.name, "arguments": args}))
        names = named_fields(str(err.value))
        known = set(args) | set(op.input_schema.get("properties", {}))
        assert names_one_of(names, known), f"{op.name}: {err.value}"
        assert not backend.log, f"{op.name}: invalid arguments reached the backend"

    fuzz()


def test_call_operation_refuses_writes_before_the_backend(builder, backend, loop):
    call = tools(builder)["call_operation"]
    writes = [op for op in builder.registry.all_operations() if op.safety != "read"]
    assert writes

    @settings(FUZZ, max_examples=40)
    @given(op=st.sampled_from(writes), value=HOSTILE)
    def fuzz(op, value):
        backend.clear_log()
        args = {**base_args(op.input_schema), "x": value}
        with pytest.raises(LabgateError, match="--allow-write|destructive|never runs"):
            loop.run_until_complete(run(call, {"name": op.name, "arguments": args}))
        assert not backend.log

    fuzz()


@FUZZ
@given(
    args=st.dictionaries(
        st.sampled_from(["name", "arguments", "instance", "extra"]),
        st.one_of(HOSTILE, st.integers(), st.lists(st.integers(), max_size=2), st.none()),
        max_size=4,
    )
)
def test_call_operation_envelope_arguments(builder, backend, loop, args):
    backend.clear_log()
    call = tools(builder)["call_operation"]
    try:
        loop.run_until_complete(run(call, args))
    except LabgateError as exc:
        assert named_fields(str(exc)), str(exc)
    else:  # only a real operation name with valid arguments gets here
        assert builder.registry.find(args["name"]) is not None


def test_call_operation_keeps_hostile_path_parameters_inside_their_segment(
    builder, backend, loop, routes
):
    call = tools(builder)["call_operation"]
    cases = [
        (op, p)
        for op in builder.registry.all_operations()
        if op.safety == "read"
        for p in re.findall(r"\{([^}]+)\}", op.path)
        if "string" in _types(op.input_schema.get("properties", {}).get(p, {}))
    ]
    assert cases

    @settings(FUZZ, max_examples=60)
    @given(case=st.sampled_from(cases), value=HOSTILE)
    def fuzz(case, value):
        op, param = case
        backend.clear_log()
        args = {**base_args(op.input_schema), param: value}
        try:
            loop.run_until_complete(run(call, {"name": op.name, "arguments": args}))
        except LabgateError as exc:
            assert "Traceback" not in str(exc)
        check_requests(backend, routes, f"{op.name}({param}={value[:40]!r})")

    fuzz()

"""Trackio's model from the pinned wheel: every function the HTTP route dispatches to, typed
from its signature, with the safety the server itself gives it.

Expected values are read here from the wheel's source independently of the ingester (regexes
over the text, `inspect`-free), or are facts of Trackio 0.43.0 written out by hand.
"""

from __future__ import annotations

import ast
import json
import re
import zipfile

import pytest

from codegen import specs
from codegen.backends import trackio
from codegen.ingest import pyapi
from tests.conftest import ROOT

GENERATED = ROOT / "generated" / "trackio"


@pytest.fixture(scope="module")
def wheel_text() -> dict[str, str]:
    (pinned,) = specs.load_pin("trackio").files
    with zipfile.ZipFile(specs.ensure("trackio", pinned.path)) as zf:
        return {n: zf.read(n).decode() for n in (trackio.SERVER, trackio.MCP_SETUP)}


@pytest.fixture(scope="module")
def model():
    trees, source = trackio.sources()
    return trackio.build_model(trees, source)


def test_every_dispatched_function_is_an_operation(model, wheel_text):
    body = wheel_text[trackio.SERVER].split("def _api_registry()", 1)[1].split("\n\n\n", 1)[0]
    routed = set(re.findall(r'"(\w+)": \w+,', body))
    assert len(routed) == 44
    assert {op.id for op in model.operations} == routed
    for op in model.operations:
        assert (op.method, op.path) == ("POST", f"/api/{op.id}")


def test_safety_follows_the_servers_write_apis(model, wheel_text):
    block = wheel_text[trackio.SERVER].split("WRITE_APIS = frozenset(", 1)[1].split(")", 1)[0]
    writes = set(re.findall(r'"(\w+)"', block))
    by_id = {op.id: op.safety for op in model.operations}
    assert {i for i, s in by_id.items() if s != "read"} == writes
    assert by_id["delete_run"] == "destructive" and by_id["rename_run"] == "write"
    assert by_id["force_sync"] == "write"  # Trackio's MCP calls it trigger_sync


def test_trackios_own_mcp_tools_all_map_to_operations(model, wheel_text):
    text = wheel_text[trackio.MCP_SETUP]
    added = set(re.findall(r"add_tool\(\s*trackio_server\.(\w+)", text))
    wrapped = set(re.findall(r"@mcp\.tool\([^@]*?\)\s*def (\w+)\(", text, re.S))
    assert len(added) == 12 and wrapped == {"delete_run", "rename_run", "trigger_sync"}
    exposed = {op.extra["mcp_tool"]: op.id for op in model.operations if "mcp_tool" in op.extra}
    assert set(exposed) == added | wrapped
    assert exposed["trigger_sync"] == "force_sync"


def test_arguments_come_from_the_signature(model):
    ops = {op.id: op for op in model.operations}
    body = ops["get_metric_values"].body_schema
    assert body["required"] == ["metric_name", "project", "run"]  # run: no default, may be null
    assert body["properties"]["run"]["type"] == ["string", "null"]
    assert body["properties"]["max_points"]["type"] == ["integer", "null"]
    assert ops["get_all_projects"].body_schema is None
    # `request` is filled by the server from the HTTP request, never an argument
    assert "request" not in ops["delete_run"].body_schema["properties"]
    assert ops["delete_run"].extra["server_injected"] == ["request"]
    assert ops["get_logs_batch"].body_schema["properties"]["max_points"]["default"] == 3000
    bulk = ops["bulk_log"].body_schema["properties"]["logs"]
    assert bulk == {"type": "array", "items": {"$ref": "#/components/schemas/LogEntry"}}
    assert model.schemas["LogEntry"]["properties"]["step"]["type"] == ["integer", "null"]
    assert "required" not in model.schemas["LogEntry"]  # total=False


def test_descriptions_come_from_trackios_mcp_registrations_then_docstrings(model):
    ops = {op.id: op for op in model.operations}
    assert ops["get_metric_values"].summary == (
        "Fetch metric values for a run, optionally around a step or time."
    )
    assert ops["delete_run"].summary == "Delete a run."  # the MCP wrapper's hf_token note: dropped
    assert ops["get_registries"].summary.startswith("List registries stored locally")


def test_generated_manifest_matches_the_model(model):
    manifest = json.loads((GENERATED / "manifest.json").read_text())
    assert [(o["id"], o["safety"]) for o in manifest["operations"]] == [
        (op.id, op.safety) for op in sorted(model.operations, key=lambda o: o.id)
    ]
    assert "sha256 65d56b3d7b9d" in manifest["source"]


def test_unsupported_annotations_fail_by_name():
    tree = ast.parse("def f(x: Callable[[int], None]) -> None: ...")
    with pytest.raises(pyapi.SchemaError, match="f: unsupported annotation Callable"):
        pyapi.functions(tree, pyapi.Types(tree), frozenset(), {"f"})
    with pytest.raises(pyapi.SchemaError, match="no top-level function g"):
        pyapi.functions(tree, pyapi.Types(tree), frozenset(), {"g"})

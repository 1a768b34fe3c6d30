"""MLflow ingestion: golden record on a tiny fixture, then checks on the real pinned inputs."""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from codegen import specs
from codegen.emit.openapi_synth import synthesize, to_oas30
from codegen.ingest.mlflow import build_model, normalize_endpoints
from codegen.ingest.proto_comments import parse_files, parse_text
from codegen.model import SpecSource
from codegen.patches import apply_file

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "mlflow"
GOLDEN = HERE / "golden" / "mlflow"
EXAMPLES = specs.ROOT.parent / "shared" / "examples" / "mlflow-3.17.2"
VENV_BIN = Path(sys.executable).parent


def _dump(obj) -> str:
    return json.dumps(obj, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def fixture_model():
    descriptor = json.loads((FIXTURES / "descriptor_set.json").read_text())
    endpoints = normalize_endpoints(json.loads((FIXTURES / "http_endpoints.json").read_text()))
    apply_file(endpoints, FIXTURES / "patches.json")
    docs = parse_files([FIXTURES / "demo.proto"])
    source = SpecSource(
        files=[("fixtures/mlflow/descriptor_set.json", "0" * 64)], version="fixture"
    )
    return build_model(descriptor, endpoints, docs, source, services={"DemoService": "demo"})


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    assert text == path.read_text(), (
        f"{name} differs from the golden record (UPDATE_GOLDEN=1 to refresh)"
    )


def test_golden_model_and_openapi():
    model = fixture_model()
    _check_golden("model.json", _dump(dataclasses.asdict(model)))
    _check_golden("openapi.json", _dump(synthesize(model)))


def test_fixture_decisions():
    ops = {op.id: op for op in fixture_model().operations}
    assert sorted(ops) == ["delete_thing_tag", "get_thing", "log_thing", "search_things"]
    get = ops["get_thing"]
    assert (get.method, get.path, get.safety) == (
        "GET",
        "/api/2.0/mlflow/things/{thing_id}",
        "read",
    )
    assert get.summary == "Get one thing by its id."  # the comment's first sentence
    assert ops["delete_thing_tag"].summary == "Delete Thing Tag"  # no comment: rpc_doc_title
    assert ops["search_things"].summary == "Search things with a filter."
    assert [p.location for p in get.parameters] == ["path", "query"]  # thing_id left the query
    search = ops["search_things"]
    assert search.method == "POST" and search.extra["bindings"] == [
        ["POST", "/api/2.0/mlflow/things/search"],
        ["GET", "/api/2.0/mlflow/things/search"],
    ]
    delete = ops["delete_thing_tag"]  # since 3.1 → /api/3.0; {thing.thing_id} → {thing_id}
    assert (
        delete.path == "/api/3.0/mlflow/things/{thing_id}/tags" and delete.safety == "destructive"
    )
    log = ops["log_thing"]
    assert log.path == "/ajax-api/2.0/mlflow/things/log" and log.description == "Log one thing."
    assert log.extra["upstream_path"] == "mlflow/things/log"


def test_proto_comment_scanner():
    docs = parse_text((FIXTURES / "demo.proto").read_text())
    assert docs.comments["mlflow.DemoService.getThing"].startswith(
        "Get one thing by its id.\n\nThrows"
    )
    assert docs.comments["mlflow.ThingState.READY"] == "Ready for use."  # trailing comment
    assert docs.comments["mlflow.Thing.text"] == "Text payload."  # inside a oneof
    assert docs.comments["mlflow.LogThing"] == "Log one thing."  # block comment
    assert "mlflow.DeleteThingTag" not in docs.comments
    assert docs.required == {"mlflow.SearchThings.filter", "mlflow.LogThing.thing"}
    assert docs.titles == {
        "mlflow.DemoService.getThing": "Get Thing",
        "mlflow.DemoService.deleteThingTag": "Delete Thing Tag",
    }


def test_to_oas30_rewrites_type_lists_and_ref_siblings():
    int64 = {"type": ["integer", "string"], "format": "int64", "description": "d"}
    assert to_oas30(int64) == {
        "anyOf": [{"type": "integer", "format": "int64"}, {"type": "string"}],
        "description": "d",
    }
    assert to_oas30({"type": ["string", "null"]}) == {"type": "string", "nullable": True}
    assert to_oas30({"$ref": "#/components/schemas/X", "description": "d"}) == {
        "$ref": "#/components/schemas/X"
    }


# --- the real pinned inputs -------------------------------------------------------------


@pytest.fixture(scope="module")
def real():
    from codegen.backends.mlflow import load_model

    return load_model()


def test_counts_per_service(real):
    assert real.extra["services"] == {
        "MlflowService": 148,
        "ModelRegistryService": 21,
        "MlflowArtifactsService": 8,
        "WebhookService": 6,
    }
    assert len(real.operations) == 183
    assert sum(len(op.extra["bindings"]) for op in real.operations) == 187
    assert not real.extra.get("unresolved_types")


def test_ids_names_and_paths(real):
    ids = [op.id for op in real.operations]
    names = [op.name for op in real.operations]
    assert len(set(ids)) == len(ids) and len(set(names)) == len(names)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", n) and len(n) <= 50 for n in names)
    assert {
        "search_runs",
        "get_run",
        "log_metric",
        "delete_experiment",
        "get_metric_history",
        "list_artifacts",
    } <= set(names)
    assert "list_proxied_artifacts" in names  # MlflowArtifactsService.listArtifacts
    odd = {
        op.id: op.path
        for op in real.operations
        if not op.path.startswith(("/api/2.0/", "/api/3.0/"))
    }
    assert odd == {"search_datasets": "/ajax-api/2.0/mlflow/experiments/search-datasets"}
    assert all(
        "<" not in op.path and "." not in "".join(re.findall(r"\{[^}]*\}", op.path))
        for op in real.operations
    )
    bindings = [(m, p) for op in real.operations for m, p in op.extra["bindings"]]
    assert len(set(bindings)) == len(bindings)


def test_unimplemented_rpcs_are_internal(real):
    internal = {op.id for op in real.operations if op.internal}
    assert internal == {"search_unified_trace_handler", "get_online_trace_details"}


def _schema(model, ref):
    return model.schemas[ref["$ref"].rsplit("/", 1)[-1]]


def test_required_fields(real):
    ops = {op.id: op for op in real.operations}
    assert "name" in _schema(real, ops["create_experiment"].body_schema)["required"]
    run_id = next(p for p in ops["get_run"].parameters if p.name == "run_id")
    assert run_id.required and run_id.location == "query"
    key = next(p for p in ops["get_metric_history"].parameters if p.name == "metric_key")
    assert key.required
    assert "key" in _schema(real, ops["set_trace_tag_v3"].body_schema)["required"]  # patched in
    assert "experiment_id" in _schema(real, ops["create_label_schema"].body_schema)["required"]


def test_descriptions_types_and_safety(real):
    ops = {op.id: op for op in real.operations}
    assert ops["search_runs"].description.startswith("Search for runs")
    assert ops["get_metric_history"].description.startswith("Get a list of all values")
    assert all(op.summary and op.description for op in real.operations)
    metric = real.schemas["Metric"]["properties"]
    assert (
        metric["timestamp"]["type"] == ["integer", "string"]
        and metric["timestamp"]["format"] == "int64"
    )
    assert real.schemas["RunStatus"]["enum"] == [
        "RUNNING",
        "SCHEDULED",
        "FINISHED",
        "FAILED",
        "KILLED",
    ]
    assert {"type": "object", "additionalProperties": {"type": "string"}}.items() <= real.schemas[
        "TraceInfoV3"
    ]["properties"]["tags"].items()
    safety = {
        i: ops[i].safety
        for i in (
            "search_runs",
            "search_experiments",
            "get_run",
            "delete_experiment",
            "log_metric",
            "get_or_create_user_queue",
            "cancel_prompt_optimization_job",
        )
    }
    assert safety == {
        "search_runs": "read",
        "search_experiments": "read",
        "get_run": "read",
        "delete_experiment": "destructive",
        "log_metric": "write",
        "get_or_create_user_queue": "write",
        "cancel_prompt_optimization_job": "destructive",
    }
    assert ops["upload_artifact"].extra["request_content_type"] == "application/octet-stream"
    assert ops["download_artifact"].extra["slash_params"] == ["artifact_path"]


def test_all_refs_resolve_and_output_is_deterministic(real):
    from codegen.backends.mlflow import load_model

    text = _dump(dataclasses.asdict(real))
    missing = {
        r for r in re.findall(r'"#/components/schemas/([^"]+)"', text) if r not in real.schemas
    }
    assert not missing
    assert _dump(dataclasses.asdict(load_model())) == text
    assert _dump(synthesize(load_model())) == _dump(synthesize(real))


def _recorded():
    if not EXAMPLES.is_dir():
        pytest.skip(f"no recorded MLflow traffic at {EXAMPLES}")
    for f in sorted(EXAMPLES.glob("*.json")):
        yield f.name, json.loads(f.read_text())["request"]


def _pattern(template: str, slash_params: list[str]) -> str:
    """A regex for a templated path; params that may hold slashes match across segments."""

    def param(m: re.Match) -> str:
        return ".+" if m.group(1) in slash_params else "[^/]+"

    return re.sub(r"\\\{(\w+)\\\}", param, re.escape(template.replace("/ajax-api/", "/api/", 1)))


def _route(model, method: str, url: str):
    path = url.replace("/ajax-api/", "/api/", 1)
    for op in model.operations:
        for m, template in op.extra["bindings"]:
            if m == method and re.fullmatch(
                _pattern(template, op.extra.get("slash_params", [])), path
            ):
                return op
    return None


def test_recorded_traffic_matches_synthesized_paths(real):
    matched = 0
    for name, req in _recorded():
        url = urlsplit(req["path"])
        if url.path == "/get-artifact":  # a plain Flask route, not a protobuf RPC
            continue
        op = _route(real, req["method"], url.path)
        assert op is not None, f"{name}: {req['method']} {url.path} matches no operation"
        query = set(parse_qs(url.query))
        assert query <= {p.name for p in op.parameters if p.location == "query"}, name
        if isinstance(req.get("body"), dict) and op.body_schema and "$ref" in op.body_schema:
            assert set(req["body"]) <= set(_schema(real, op.body_schema)["properties"]), name
        matched += 1
    assert matched >= 20


@pytest.mark.skipif(
    not (VENV_BIN / "openapi-python-client").exists(), reason="openapi-python-client not installed"
)
def test_synthesized_document_generates_and_imports(real, tmp_path):
    (tmp_path / "doc.json").write_text(_dump(synthesize(real)))
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    out = str(tmp_path / "mlflow_client")
    cmd = [str(VENV_BIN / "openapi-python-client"), "generate", "--path", "doc.json",
           "--meta", "none", "--output-path", out, "--fail-on-warning"]  # fmt: skip
    run = subprocess.run(
        cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Warning" not in run.stdout + run.stderr
    modules = sorted((tmp_path / "mlflow_client" / "api").rglob("*.py"))
    assert len([m for m in modules if m.name != "__init__.py"]) == 183
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.import_module("mlflow_client.api.tracking.search_runs")
        importlib.import_module("mlflow_client.api.artifacts.upload_artifact")
        importlib.import_module("mlflow_client.models")
    finally:
        sys.path.remove(str(tmp_path))
        for mod in [m for m in sys.modules if m.startswith("mlflow_client")]:
            del sys.modules[mod]
        shutil.rmtree(tmp_path / "mlflow_client", ignore_errors=True)


# --- live: every route against a real MLflow 3.17.2 server (LABGATE_LIVE_MLFLOW=1) ------------


def _dummy_request(op) -> tuple[str, dict]:
    path = op.path
    for p in op.parameters:
        if p.location == "path":
            value = "0/x y" if p.name in op.extra.get("slash_params", []) else "missing"
            path = path.replace("{" + p.name + "}", quote(value, safe=""))
    if op.body_schema is None:
        return path, {}
    if op.extra.get("request_content_type"):
        return path, {
            "content": b"x",
            "headers": {"Content-Type": op.extra["request_content_type"]},
        }
    return path, {"json": {}}


@pytest.mark.live
@pytest.mark.skipif(
    os.environ.get("LABGATE_LIVE_MLFLOW") != "1", reason="set LABGATE_LIVE_MLFLOW=1"
)
def test_live_every_operation_is_routed(real, tmp_path):
    """No synthesized (method, path) falls through to Flask's 404/405 page; internal ones 404."""
    import httpx

    sys.path.insert(0, str(HERE.parent / "infra"))
    from mlflow_server import MlflowServer

    with MlflowServer(tmp_path) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        unrouted = []
        for op in real.operations:
            path, kwargs = _dummy_request(op)
            r = http.request(op.method, path, **kwargs)
            routed = r.status_code not in (404, 405) or r.headers.get(
                "content-type", ""
            ).startswith("application/json")
            if routed == op.internal:
                unrouted.append((op.id, op.method, path, r.status_code))
        assert unrouted == []

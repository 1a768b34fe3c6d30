"""OpenAPI path: generic ingester (golden record), Qarnot and Slurm models, typed clients."""

from __future__ import annotations

import dataclasses
import importlib
import itertools
import json
import os
import sys
from pathlib import Path

import pytest

from codegen.backends import Context, qarnot, slurm
from codegen.emit import openapi_client
from codegen.ingest.openapi import classify, ingest_openapi
from codegen.model import BackendModel, SpecSource

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "openapi" / "tiny.json"
GOLDEN = HERE / "golden" / "openapi" / "tiny.model.json"
SLURM_OPS = {"v0.0.41": 59, "v0.0.42": 60, "v0.0.43": 62, "v0.0.44": 68, "v0.0.45": 74}


def _tiny() -> tuple[dict, BackendModel]:
    doc = json.loads(FIXTURE.read_text())
    source = SpecSource(files=[("tiny.json", "0" * 64)], version="2.1")
    return doc, ingest_openapi(doc, backend="tiny", source=source)


def _ctx(tmp_path: Path, name: str, version: str = "v0.0.42") -> Context:
    out = tmp_path / "pkgs" / f"labgate_gen_{name}_{version.replace('.', '_')}" / name
    out.mkdir(parents=True)
    for d in (out.parent, out):
        (d / "__init__.py").write_text("")
    build = tmp_path / "build"
    build.mkdir(exist_ok=True)
    return Context(out=out, build=build, versions={"slurm": version}, log=lambda m: None)


def _convert(conv: str, value, ns: dict):
    """What the calls template does with each converter."""
    kind, _, cls = conv.partition(":")
    if kind == "raw":
        return value
    c = ns[cls]
    if kind == "enum":
        return c(value)
    if kind == "enum_list":
        return [c(x) for x in value]
    if kind == "attrs":
        return c.from_dict(value)
    if kind == "attrs_list":
        return [c.from_dict(x) for x in value]
    if kind == "file":
        return c(payload=value)
    if kind == "attrs_or_list":
        return [c.from_dict(x) for x in value] if isinstance(value, list) else c.from_dict(value)
    raise AssertionError(conv)


def _request(ctx: Context, op, args: dict) -> dict:
    """Import the bound endpoint from the generated package and build the request."""
    pkg = f"{ctx.out.parent.name}.{ctx.out.name}"
    sys.path.insert(0, str(ctx.out.parent.parent))
    try:
        b = op.binding
        ns: dict = {}
        for line in b.imports:
            exec(line.replace("from .", f"from {pkg}.", 1), ns)  # noqa: S102 - generated import lines
        fn = getattr(importlib.import_module(f"{pkg}.{b.module}"), b.function)
        kwargs = {kw: _convert(conv, args[src], ns) for src, kw, conv in b.args if src in args}
        return fn(**kwargs)
    finally:
        sys.path.remove(str(ctx.out.parent.parent))


def _sample(schema: dict, schemas: dict, pick: int, depth: int = 0):
    """A schema-shaped value with every writable property; `pick` chooses oneOf/enum branches."""
    if "$ref" in schema:
        return (
            None
            if depth > 8
            else _sample(schemas[schema["$ref"].split("/")[-1]], schemas, pick, depth + 1)
        )
    alts = schema.get("oneOf") or schema.get("anyOf")
    if alts:
        return _sample(alts[pick % len(alts)], schemas, pick, depth)
    if "allOf" in schema:
        parts = [_sample(s, schemas, pick, depth) for s in schema["allOf"]]
        return {k: v for part in parts if isinstance(part, dict) for k, v in part.items()}
    if "enum" in schema:
        return schema["enum"][pick % len(schema["enum"])]
    kind = schema.get("type", "object" if "properties" in schema else None)
    if kind == "object":
        props = {
            k: _sample(v, schemas, pick, depth + 1)
            for k, v in schema.get("properties", {}).items()
            if not v.get("readOnly")
        }
        return {k: v for k, v in props.items() if v is not None}
    if kind == "array":
        item = _sample(schema.get("items", {}), schemas, pick, depth + 1)
        return [] if item is None else [item]
    formats = {
        "date-time": "2024-01-02T03:04:05+00:00",
        "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
    }
    return {
        "string": formats.get(schema.get("format"), "s"),
        "integer": 3,
        "number": 1.5,
        "boolean": True,
    }.get(kind)


def _assert_lossless_bodies(ctx: Context, model: BackendModel, picks: int) -> int:
    """Typed converters must not drop or change anything a schema-valid body carries."""
    checked = 0
    for op in model.operations:
        if op.body_schema is None:
            continue
        for pick in range(picks):
            body = _sample(op.body_schema, model.schemas, pick)
            args = {p.name: "x" for p in op.parameters if p.required} | {"body": body}
            assert _request(ctx, op, args)["json"] == body, (op.id, pick)
            checked += 1
    return checked


# --- generic ingester -------------------------------------------------------------------


def test_tiny_golden_record():
    doc, model = _tiny()
    openapi_client.bind(doc, model)
    got = json.dumps(dataclasses.asdict(model), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(got)
    assert got == GOLDEN.read_text(), "golden differs; refresh with UPDATE_GOLDEN=1 if intended"


def test_tiny_details():
    _, model = _tiny()
    ops = {op.id: op for op in model.operations}
    assert [op.id for op in model.operations] == sorted(ops)
    get_job = ops["getJob"]
    assert [(p.name, p.location) for p in get_job.parameters] == [
        ("jobId", "path"),
        ("X-Trace", "header"),
    ]
    assert get_job.parameters[0].description == "Job id (operation level wins)"
    assert ops["listJobs"].parameters[0].name == "account"  # path-level $ref parameter merged
    assert ops["createJob"].body_schema == {"$ref": "#/components/schemas/NewJob"}
    assert ops["createJob"].body_required and ops["createJob"].response_schema["$ref"].endswith(
        "/Job"
    )
    assert ops["searchJobs"].response_schema["items"]["$ref"] == "#/components/schemas/Job"
    assert ops["post_v2_batch"].response_schema is None  # text/plain only
    safety = {op.id: op.safety for op in model.operations}
    assert safety == {
        "cancelJob": "destructive",
        "createJob": "write",
        "deleteJob": "destructive",
        "getJob": "read",
        "listJobs": "read",
        "post_v2_batch": "write",
        "searchJobs": "read",
        "updateJob": "write",
        "uploadInput": "write",
    }
    assert set(model.schemas) == {"Job", "JobState", "NewJob", "Query"}


def test_classify_heuristics():
    assert classify("POST", "abortTask", "/tasks/{id}/abort", "Abort Task") == "destructive"
    assert classify("POST", "list_tasks_paginate", "/tasks/paginate", "Paginate") == "read"
    # only the summary's first word counts: "signaled to stop" must not make it destructive
    assert classify("POST", "allocate", "/job/allocate", "submit ... signaled to stop") == "write"
    assert classify("GET", "x", "/delete-log", "Delete log viewer") == "read"


def test_tiny_client_generation(tmp_path):
    doc, model = _tiny()
    ctx = _ctx(tmp_path, "tiny")
    openapi_client.emit(doc, model, ctx)
    assert all(op.binding for op in model.operations)
    assert not (ctx.out / "client" / ".ruff_cache").exists()
    ops = {op.id: op for op in model.operations}
    kw = _request(ctx, ops["listJobs"], {"account": "a", "states": ["DONE", "RUNNING"], "limit": 5})
    assert kw["method"] == "get" and kw["url"] == "/v2/jobs"
    assert kw["params"] == {"account": "a", "states": ["DONE", "RUNNING"], "limit": 5}
    kw = _request(ctx, ops["updateJob"], {"jobId": "a/b", "body": {"name": "n", "cores": 2}})
    assert kw["url"] == "/v2/jobs/a%2Fb" and kw["json"] == {"name": "n", "cores": 2}
    kw = _request(ctx, ops["post_v2_batch"], {"body": [{"name": "x"}, {"name": "y"}]})
    assert kw["json"] == [{"name": "x"}, {"name": "y"}]
    kw = _request(ctx, ops["getJob"], {"jobId": "j", "X-Trace": "t"})
    assert kw["headers"] == {"X-Trace": "t"}
    assert ops["uploadInput"].body_schema is None  # the model keeps JSON bodies only
    kw = _request(ctx, ops["uploadInput"], {"jobId": "j", "body": b"data"})
    assert (kw["content"], kw["headers"]) == (b"data", {"Content-Type": "application/octet-stream"})


# --- Qarnot ---------------------------------------------------------------------------------


def test_qarnot_model():
    model = qarnot.ingest(None)
    assert len(model.operations) == 69
    names = [op.name for op in model.operations]
    assert len(set(names)) == 69 and all(len(n) <= 50 for n in names)
    assert {"list_jobs", "get_job", "create_task", "list_tasks_paginate", "get_task_stdout",
            "abort_task", "delete_task", "list_pools_paginate"} <= set(names)  # fmt: skip
    for op in model.operations:
        assert op.path.startswith(("/v1", "/carbon/v1/")), op.path
        assert "version" not in [p.name for p in op.parameters]
    assert "Id" not in model.schemas and "ID" in model.schemas
    by = {op.name: op for op in model.operations}
    assert by["abort_task"].safety == by["terminate_job"].safety == "destructive"
    assert by["search_tasks"].safety == by["list_tasks_paginate"].safety == "read"
    assert by["create_task"].safety == "write" and by["create_task"].body_required
    assert by["get_task_carbon_facts"].response_schema is not None
    assert by["get_job"].parameters[0].name == "jobUuid"


def test_qarnot_client(tmp_path):
    model = qarnot.ingest(None)
    ctx = _ctx(tmp_path, "qarnot")
    doc, _ = qarnot.load_doc()
    openapi_client.emit(doc, model, ctx)
    assert all(op.binding and op.binding.kind == "openapi" for op in model.operations)
    by = {op.name: op for op in model.operations}
    kw = _request(
        ctx, by["get_task"], {"taskUuid": "t-1", "QarnotReadOnlyRequestForAccount": "bob"}
    )
    assert (kw["method"], kw["url"], kw["headers"]) == (
        "get",
        "/v1/tasks/t-1",
        {"QarnotReadOnlyRequestForAccount": "bob"},
    )
    kw = _request(ctx, by["list_tasks_paginate"], {"body": {"maximumResults": 10, "token": "abc"}})
    assert (kw["url"], kw["json"]) == ("/v1/tasks/paginate", {"maximumResults": 10, "token": "abc"})
    assert kw["headers"]["Content-Type"] == "application/json"
    task = {"name": "t", "profile": "docker-batch", "instanceCount": 2, "tags": ["a"]}
    assert _request(ctx, by["create_task"], {"body": task})["json"] == task
    # 12 picks reach every hardware-constraint subtype (dispatch fixed by a data patch)
    assert _assert_lossless_bodies(ctx, model, picks=12) == 22 * 12


# --- Slurm ----------------------------------------------------------------------------------


def _slurm(version: str) -> BackendModel:
    return slurm.ingest(Context(out=Path("."), build=Path("."), versions={"slurm": version}))


def test_slurm_model():
    model = _slurm("v0.0.42")
    assert len(model.operations) == 60 and model.api_version == "v0.0.42"
    names = [op.name for op in model.operations]
    assert len(set(names)) == 60 and all(len(n) <= 50 for n in names)
    assert {"get_jobs", "get_job", "delete_job", "submit_job", "db_get_jobs", "db_get_job",
            "get_partitions"} <= set(names)  # fmt: skip
    assert not [n for n in names if "v00" in n or n.startswith(("slurm_", "post_"))]
    by = {op.name: op for op in model.operations}
    assert by["delete_job"].safety == "destructive" and by["submit_job"].safety == "write"
    assert by["reconfigure"].safety == "write" and by["get_jobs"].safety == "read"
    assert by["submit_job"].body_schema == {"$ref": "#/components/schemas/v0.0.42_job_submit_req"}


def test_slurm_versions_share_ids():
    ids = {v: {op.id for op in _slurm(v).operations} for v in SLURM_OPS}
    assert {v: len(s) for v, s in ids.items()} == SLURM_OPS
    for older, newer in itertools.pairwise(SLURM_OPS):
        assert ids[older] <= ids[newer], (older, newer)  # later versions only add operations


@pytest.mark.parametrize("version", ["v0.0.41", "v0.0.43", "v0.0.44", "v0.0.45"])
def test_slurm_other_versions_bind(version):
    model = _slurm(version)
    doc, _ = slurm.load_doc(version)
    openapi_client.bind(doc, model)
    assert all(op.binding for op in model.operations)


def test_slurm_client(tmp_path):
    model = _slurm("v0.0.42")
    ctx = _ctx(tmp_path, "slurm")
    slurm.emit_client(model, ctx)
    assert all(op.binding for op in model.operations)
    by = {op.name: op for op in model.operations}
    assert by["get_jobs"].binding.module == "client.api.slurm.get_jobs"
    kw = _request(ctx, by["get_jobs"], {"update_time": "0", "flags": "DETAIL"})
    assert (kw["method"], kw["url"], kw["params"]) == (
        "get",
        "/slurm/v0.0.42/jobs/",
        {"update_time": "0", "flags": "DETAIL"},
    )
    kw = _request(ctx, by["delete_job"], {"job_id": "42", "signal": "SIGKILL"})
    assert (kw["method"], kw["url"], kw["params"]) == (
        "delete",
        "/slurm/v0.0.42/job/42",
        {"signal": "SIGKILL"},
    )
    job = {"script": "#!/bin/sh\nhostname", "job": {"name": "t", "current_working_directory": "/tmp",
           "environment": ["PATH=/bin"], "time_limit": {"set": True, "infinite": False, "number": 5}}}  # fmt: skip
    kw = _request(ctx, by["submit_job"], {"body": job})
    assert (kw["method"], kw["url"], kw["json"]) == ("post", "/slurm/v0.0.42/job/submit", job)
    assert _assert_lossless_bodies(ctx, model, picks=3) == 16 * 3

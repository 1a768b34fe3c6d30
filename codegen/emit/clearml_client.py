"""The ClearML typed client: pydantic models (datamodel-code-generator) + a jinja2 RPC client.

`client/models.py` holds one request and one response class per endpoint
(`TasksGetAllRequest`, `TasksGetAllResponse`) plus the shared definitions, generated from one
JSON Schema built out of the model. `client/rpc.py` is an httpx-only async client with one
method per public endpoint (see `templates/clearml_rpc.py.j2`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from codegen.emit.templates import render
from codegen.model import BackendModel, ClientBinding, Operation

_COMPONENT_REF = "#/components/schemas/"
DATAMODEL_CODEGEN_ARGS = (
    "--input-file-type", "jsonschema",
    "--output-model-type", "pydantic_v2.BaseModel",
    "--target-python-version", "3.11",
    "--formatters", "builtin",
    "--output-datetime-class", "datetime",  # ClearML sends naive timestamps too
    "--allow-population-by-field-name",  # `_all_` becomes `field_all_` with an alias
    "--type-mappings", "string+email=string",  # no email-validator at run time
    "--ignore-enum-constraints",  # newer servers add statuses; enums stay in the tool schemas
    "--extra-fields", "allow",  # fields a newer server knows must pass through
    "--use-standard-collections",
    "--use-union-operator",
    "--use-schema-description",
    "--use-field-description",
    "--use-title-as-name",
    "--disable-timestamp",
    "--skip-root-model",
    "--use-double-quotes",
)  # fmt: skip
MODELS_HEADER = "# ClearML request/response models, from the intermediate model's JSON Schemas."


def pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9a-zA-Z]+", name) if p)


def public(model: BackendModel) -> list[Operation]:
    return [op for op in model.operations if not op.internal]


# --- models.py ---------------------------------------------------------------------------


def class_names(model: BackendModel) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(component → class, endpoint → (request class, response class)), all unique."""
    ops = {
        op.id: (pascal(op.name) + "Request", pascal(op.name) + "Response")
        for op in model.operations
    }
    taken = {c for pair in ops.values() for c in pair}
    comps = {}
    for comp in model.schemas:
        cls = pascal(comp)
        comps[comp] = cls + "Model" if cls in taken else cls
    every = list(comps.values()) + sorted(taken)
    if len(set(every)) != len(every):
        raise ValueError("clearml: model class names collide")
    return comps, ops


def _refs_to_definitions(schema: Any, comps: dict[str, str]) -> Any:
    if isinstance(schema, list):
        return [_refs_to_definitions(s, comps) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _refs_to_definitions(v, comps) for k, v in schema.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMPONENT_REF):
        out["$ref"] = "#/definitions/" + comps[ref.removeprefix(_COMPONENT_REF)]
    return out


def _title_inline(schema: Any, name: str, root: bool = True) -> None:
    """Title nested object schemas after their path (`TasksGetAllResponseTasksItem`), so
    datamodel-codegen names their classes readably instead of `Filters3`."""
    if isinstance(schema, list):
        for i, sub in enumerate(schema):
            _title_inline(sub, f"{name}Option{i + 1}", root=False)
        return
    if not isinstance(schema, dict):
        return
    if not root and "properties" in schema:
        schema["title"] = name
    for prop, sub in (schema.get("properties") or {}).items():
        _title_inline(sub, name + pascal(prop), root=False)
    for key, suffix in (("items", "Item"), ("additionalProperties", "Value")):
        _title_inline(schema.get(key), name + suffix, root=False)
    for key in ("anyOf", "oneOf", "allOf"):
        _title_inline(schema.get(key), name, root=False)


def _request(op: Operation, by_id: dict[str, Operation], ops: dict[str, tuple[str, str]]) -> dict:
    body = op.body_schema or {"type": "object"}
    batch = op.extra.get("batch_request")
    target = by_id.get(batch["endpoint"]) if batch else None
    if batch and target is not None and target.extra["version"] == batch["version"]:
        # the batch items are exactly the target endpoint's request: reuse its class
        items = {"$ref": f"#/definitions/{ops[target.id][0]}"}
        body = {
            **body,
            "properties": {"requests": {**body["properties"]["requests"], "items": items}},
        }
    return body


def models_schema(model: BackendModel) -> dict[str, Any]:
    """One JSON Schema whose definitions are every component and every request/response."""
    comps, ops = class_names(model)
    by_id = {op.id: op for op in model.operations}
    defs: dict[str, Any] = {comps[name]: schema for name, schema in model.schemas.items()}
    for op in model.operations:
        req, resp = ops[op.id]
        defs[req] = {
            **_request(op, by_id, ops),
            "description": f"Request of {op.id} {op.extra['version']}.",
        }
        defs[resp] = {
            **(op.response_schema or {"type": "object"}),
            "description": f"Data of {op.id} {op.extra['version']} responses.",
        }
    defs = _refs_to_definitions(dict(sorted(defs.items())), comps)
    for cls, schema in defs.items():
        _title_inline(schema, cls)
    return {"$schema": "http://json-schema.org/draft-07/schema#", "definitions": defs}


def generate_models(schema: dict[str, Any], build: Path, target: Path) -> None:
    build.mkdir(parents=True, exist_ok=True)
    src = build / "clearml_models.schema.json"
    src.write_text(json.dumps(schema, indent=1, sort_keys=True))
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(src),
        "--output",
        str(target),
    ]
    cmd += [*DATAMODEL_CODEGEN_ARGS, "--custom-file-header", MODELS_HEADER]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=build)
    if proc.returncode != 0:
        raise RuntimeError(f"datamodel-codegen failed ({proc.returncode}): {proc.stderr[-2000:]}")


# --- rpc.py ------------------------------------------------------------------------------


def _doc(op: Operation) -> str:
    line = (op.summary or op.description or f"{op.method} {op.path}").replace('"""', "'''")
    line = line.replace("\\", "\\\\")
    return f"{line} ({op.id}, API ≥ {op.extra['min_version']}, schema {op.extra['version']})"


def render_rpc(model: BackendModel) -> str:
    _, ops = class_names(model)
    endpoints = [
        {
            "id": op.id,
            "min_version": op.extra["min_version"],
            "request": ops[op.id][0],
            "response": ops[op.id][1],
            "batch": "batch_request" in op.extra,
            "internal": op.internal,
            "authorize": op.extra["authorize"],
        }
        for op in model.operations
    ]
    methods = [{"name": method_name(op), "id": op.id, "doc": _doc(op)} for op in public(model)]
    return render("clearml_rpc.py.j2", model=model, endpoints=endpoints, methods=methods)


def method_name(op: Operation) -> str:
    return op.id.replace(".", "_")


def bind(model: BackendModel) -> None:
    _, ops = class_names(model)
    for op in public(model):
        request = ops[op.id][0]
        op.binding = ClientBinding(
            kind="rpc",
            module="client.rpc",
            function=method_name(op),
            args=(("body", "body", f"pydantic:{request}"),),
            imports=(f"from .client.models import {request}",),
        )


def emit(model: BackendModel, out: Path, build: Path) -> dict[str, int]:
    client = out / "client"
    client.mkdir(parents=True, exist_ok=True)
    (client / "__init__.py").write_text(
        '"""ClearML typed client: `rpc.ClearMLClient` and `models`."""\n'
    )
    generate_models(models_schema(model), build, client / "models.py")
    (client / "rpc.py").write_text(render_rpc(model))
    bind(model)
    text = (client / "models.py").read_text()
    return {
        "model_classes": len(re.findall(r"^class ", text, re.MULTILINE)),
        "rpc_methods": len(public(model)),
    }

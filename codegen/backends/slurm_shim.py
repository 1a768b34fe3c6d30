"""labgate's Slurm shim API: selected slurmrestd v0.0.42 operations + labgate extensions.

The document is assembled, not downloaded: the pinned v0.0.42 dump (specs/slurm_shim/pin.toml,
patched and renamed exactly like the `slurm` backend), reduced to the operations listed in
the pin, plus the paths and schemas of `specs/slurm_shim/extensions.json`. Only the schemas
reachable from the kept operations stay. The assembled document is written to
`generated/slurm_shim/openapi.json`: the shim serves it at `/openapi.json`.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from codegen import specs
from codegen.backends import Context
from codegen.backends import slurm as upstream
from codegen.emit import openapi_client
from codegen.ingest.openapi import ingest_openapi
from codegen.model import BackendModel, Safety, SpecSource
from codegen.patches import apply_file

BACKEND = "slurm_shim"
CASSETTE_DIRS = ("slurm",)  # the shim serves the slurm paths plus these extensions
VERSION = "v0.0.42"  # the shim speaks this data_parser version whatever SLURM_VERSION says
EXTENSIONS = specs.SPECS_DIR / BACKEND / "extensions.json"
SAFETY: dict[str, Safety] = {"estimate_job": "read"}  # a POST that submits nothing


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        out = {node["$ref"].rsplit("/", 1)[-1]} if isinstance(node.get("$ref"), str) else set()
        for v in node.values():
            out |= _refs(v)
        return out
    if isinstance(node, list):
        return set().union(*map(_refs, node)) if node else set()
    return set()


def _reachable(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [r for r in roots if r in schemas]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo += [r for r in _refs(schemas[name]) if r in schemas and r not in seen]
    return seen


def _drop_phantom_required(schemas: dict[str, Any]) -> None:
    """Upstream defect: v0.0.42 requires keys like `nodes/count` (a path into a nested object)
    that no object can have, so every real job_resources/kill response would fail validation.
    Required entries naming no property of the schema are removed."""
    for schema in schemas.values():
        req = schema.get("required")
        if req:
            kept = [r for r in req if r in schema.get("properties", {})]
            if kept:
                schema["required"] = kept
            else:
                del schema["required"]


def assemble() -> tuple[dict[str, Any], SpecSource]:
    """The shim's OpenAPI document and the pinned files it came from."""
    pin = specs.load_pin(BACKEND)
    path = upstream.spec_path(VERSION)
    doc = json.loads(specs.ensure(BACKEND, path).read_text(encoding="utf-8"))
    apply_file(doc, upstream.PATCH_DIR / f"{VERSION}.json")
    upstream._stabilise_ids(doc)
    wanted = set(pin.raw["operations"])
    paths: dict[str, Any] = {}
    for p, item in doc["paths"].items():
        kept = {
            m: op
            for m, op in item.items()
            if isinstance(op, dict) and op.get("operationId") in wanted
        }
        if kept:
            paths[p] = {**{k: v for k, v in item.items() if k == "parameters"}, **kept}
    found = {
        op["operationId"] for item in paths.values() for op in item.values() if "operationId" in op
    }
    if found != wanted:
        raise RuntimeError(f"slurm_shim: v0.0.42 lacks operations {sorted(wanted - found)}")
    ext = json.loads(EXTENSIONS.read_text(encoding="utf-8"))
    paths.update(copy.deepcopy(ext["paths"]))
    schemas = {**doc["components"]["schemas"], **ext["components"]["schemas"]}
    keep = _reachable(schemas, _refs(paths))
    schemas = {k: copy.deepcopy(schemas[k]) for k in keep}
    _drop_phantom_required(schemas)
    info = doc["info"]
    out = {
        "openapi": doc["openapi"],
        "info": {
            "title": "labgate Slurm shim",
            "version": VERSION,
            "description": (
                f"The subset of the slurmrestd {VERSION} API that labgate serves over the Slurm "
                f"CLI (`labgate slurm-shim`), plus labgate extensions. {ext['info']['description']}"
            ),
            "x-slurm": info.get("x-slurm", {}),
        },
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": doc["components"]["securitySchemes"],
        },
        "security": doc.get("security", []),
    }
    ext_sha = specs._sha256(EXTENSIONS.read_bytes())
    source = SpecSource(
        files=[(path, pin.file(path).sha256), (f"specs/{BACKEND}/extensions.json", ext_sha)],
        version=VERSION,
    )
    return out, source


def ingest(ctx: Context) -> BackendModel:
    doc, source = assemble()
    return ingest_openapi(
        doc,
        backend=BACKEND,
        source=source,
        title="labgate Slurm shim",
        api_version=VERSION,
        safety_overrides=SAFETY,
    )


def emit_client(model: BackendModel, ctx: Context) -> None:
    doc, _ = assemble()
    openapi_client.emit(doc, model, ctx)
    from codegen.emit import files
    from codegen.pipeline import GENERATOR

    # The served document; the generated-file notice goes first (an OpenAPI `x-` field).
    stamped = {"x-generated": " ".join(files.header_lines(model, GENERATOR)), **doc}
    (ctx.out / "openapi.json").write_text(
        json.dumps(stamped, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )

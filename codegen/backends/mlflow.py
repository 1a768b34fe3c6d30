"""MLflow: protobuf RPCs → model → synthesized OpenAPI 3.0.3 → openapi-python-client.

MLflow publishes no OpenAPI. Structure comes from the wheel's serialized descriptors
(decoded to JSON) and its HTTP endpoint index, doc comments from the upstream .proto files;
`specs/mlflow/patches.json` fixes the endpoint index as data. See codegen/ingest/mlflow.py.
"""

from __future__ import annotations

import hashlib
import json
import re

from codegen import specs
from codegen.backends import Context
from codegen.emit import openapi_client
from codegen.emit.openapi_synth import synthesize
from codegen.ingest.mlflow import build_model, normalize_endpoints
from codegen.ingest.proto_comments import parse_files
from codegen.model import BackendModel, SpecSource
from codegen.patches import apply_file

BACKEND = "mlflow"
DESCRIPTOR = ".descriptor_set.json"  # suffixes of the derived files' pinned paths
ENDPOINTS = ".http_endpoints.json"
PROTO_DIR = "mlflow/protos/"
PATCHES = specs.SPECS_DIR / BACKEND / "patches.json"
# The AI gateway's stored API keys. (MLflow's user and permission endpoints belong to its
# auth app, which the protobuf definitions do not describe: they are not in the model.)
CREDENTIAL = re.compile(r"\w+_gateway_secrets?(_infos?)?")


def _source_files(pin: specs.Pin) -> list[tuple[str, str]]:
    """The two derived files, and the .proto files as one entry (sha256 of their pins)."""
    protos = sorted(f"{f.path} {f.sha256}" for f in pin.files if f.path.startswith(PROTO_DIR))
    digest = hashlib.sha256("\n".join(protos).encode()).hexdigest()
    derived = [(f.path, f.sha256) for f in pin.files if not f.path.startswith(PROTO_DIR)]
    return [*derived, (f"{PROTO_DIR}*.proto", digest)]


def _derived(pin: specs.Pin, suffix: str) -> dict:
    """A derived file, found by suffix so that `make bump` can move the pin to another release."""
    (path,) = [f.path for f in pin.files if f.path.endswith(suffix)]
    return json.loads(specs.ensure(BACKEND, path).read_text(encoding="utf-8"))


def load_model() -> BackendModel:
    pin = specs.load_pin(BACKEND)
    descriptor = _derived(pin, DESCRIPTOR)
    endpoints = normalize_endpoints(_derived(pin, ENDPOINTS))
    reasons = apply_file(endpoints, PATCHES) if PATCHES.is_file() else []
    protos = [f.path for f in pin.files if f.path.startswith(PROTO_DIR)]
    docs = parse_files([specs.ensure(BACKEND, p) for p in protos])
    source = SpecSource(files=_source_files(pin), version=pin.version)
    model = build_model(descriptor, endpoints, docs, source, api_version=pin.version)
    model.extra["patches"] = reasons
    return model


def ingest(ctx: Context) -> BackendModel:
    model = load_model()
    counts = model.extra["services"]
    ctx.notes.append(
        f"mlflow: {len(model.operations)} operations {counts}, {len(model.schemas)} schemas"
    )
    return model


def emit_client(model: BackendModel, ctx: Context) -> None:
    doc = synthesize(model)
    (ctx.build / "mlflow.openapi.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    openapi_client.emit(doc, model, ctx)

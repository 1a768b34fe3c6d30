"""MLflow: protobuf RPCs → model → synthesized OpenAPI 3.0.3 → openapi-python-client.

MLflow publishes no OpenAPI. Structure comes from the wheel's serialized descriptors
(decoded to JSON) and its HTTP endpoint index, doc comments from the upstream .proto files;
`specs/mlflow/patches.json` fixes the endpoint index as data. See codegen/ingest/mlflow.py.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
from pathlib import Path

from codegen import specs
from codegen.backends import Context
from codegen.emit import openapi_client
from codegen.emit.openapi_synth import synthesize
from codegen.ingest import mlflow_wheel
from codegen.ingest.mlflow import build_model, normalize_endpoints
from codegen.ingest.proto_comments import parse_files
from codegen.model import BackendModel, SpecSource
from codegen.patches import apply_file
from codegen.upstream import NeedsInput, NewFile, Release, pypi_wheel

BACKEND = "mlflow"
RERECORD = "make record"
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


# --- make bump: where a new release comes from --------------------------------------------
# The PyPI wheel of mlflow-skinny, through pip; the two derived files are rebuilt from it
# (codegen/ingest/mlflow_wheel.py). The .proto sources (comments only) stay pinned as they are.


def fetch(pin: specs.Pin, version: str, wheel: Path | None = None, **_) -> Release:
    if wheel is not None and f"-{version}-" not in wheel.name:
        raise NeedsInput(f"{wheel.name} is not the {version} wheel")
    with tempfile.TemporaryDirectory(prefix="labgate-wheel-") as tmp:
        url = None
        if wheel is None:
            wheel, url = pypi_wheel(mlflow_wheel.PACKAGE, version, Path(tmp))
        wheel_sha = hashlib.sha256(wheel.read_bytes()).hexdigest()
        derived = mlflow_wheel.derive(wheel, version)
    package = mlflow_wheel.PACKAGE
    recorded = {
        "wheel": url or f"{wheel.name} (given by the maintainer)",
        "wheel_sha256": wheel_sha,
    }
    from_wheel = f"PyPI {package}=={version} wheel, mlflow/protos/*_pb2.py"
    new = [NewFile(p, data, derived_from=from_wheel, extra=recorded) for p, data in derived.items()]
    protos = [e for e in pin.raw["files"] if "derived_from" not in e]
    origin = re.sub(rf"{package}==\S+", f"{package}=={version}", pin.raw["origin"])
    commit = re.search(r"@ (\w+)", pin.raw["origin"])
    note = (
        f"the .proto files (descriptions, `Must be provided.` required fields) stay pinned at "
        f"{commit.group(1) if commit else 'their commit'}: they are on GitHub only; for "
        f"{version}'s own, pin mlflow/protos/*.proto at tag v{version} by hand"
    )
    return Release(version, origin, [f.entry() for f in new] + protos, new, [note])

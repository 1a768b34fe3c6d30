"""MLflow's two derived spec files, rebuilt from a PyPI wheel of mlflow-skinny.

The wheel ships no .proto: each `mlflow/protos/*_pb2.py` embeds its FileDescriptorProto as
`AddSerializedFile(b'...')`, read here by AST (nothing from the wheel is imported or run).

- descriptor set: the files the four OSS services need, dependencies first, as JSON with proto
  field names; custom options stay undecoded (`"options": {}`), as codegen/ingest/mlflow.py expects;
- HTTP endpoint index: every rpc of every file with its `(rpc)` DatabricksRpcOptions decoded.

On the mlflow-skinny 3.17.2 wheel both come out byte-identical to the pinned files.
"""

from __future__ import annotations

import ast
import json
import zipfile
from pathlib import Path

from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from google.protobuf.unknown_fields import UnknownFieldSet

PACKAGE = "mlflow-skinny"
ROOTS = ("service.proto", "model_registry.proto", "mlflow_artifacts.proto", "webhooks.proto")
RPC_OPTIONS = "mlflow.DatabricksRpcOptions"
NOTE = (
    "DERIVED (not upstream source): index of RPCs and their (rpc) HttpEndpoint annotations, "
    "decoded from the serialized FileDescriptorProtos embedded in mlflow/protos/*_pb2.py of the "
    "PyPI wheel {wheel} (Apache-2.0). Includes Databricks/Unity-Catalog-only services (file "
    "databricks_*/unity_catalog_*) that an OSS MLflow server does not serve. "
    "Real URL = /api/<since>/<path>."
)
FileSet = dict[str, descriptor_pb2.FileDescriptorProto]


def derived_names(version: str) -> tuple[str, str]:
    """Mirror paths of the descriptor set and the endpoint index for one release."""
    stem = f"mlflow/derived/{PACKAGE}-{version}"
    return f"{stem}.descriptor_set.json", f"{stem}.http_endpoints.json"


def serialized_files(wheel: Path) -> FileSet:
    out: FileSet = {}
    with zipfile.ZipFile(wheel) as zf:
        for name in sorted(zf.namelist()):
            if name.startswith("mlflow/protos/") and name.endswith("_pb2.py"):
                fd = _embedded(zf.read(name))
                if fd is not None:
                    out[fd.name] = fd
    if not out:
        raise ValueError(f"{wheel.name}: no serialized descriptors under mlflow/protos/")
    return out


def _embedded(source: bytes) -> descriptor_pb2.FileDescriptorProto | None:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "AddSerializedFile":
            data = node.args[0]
            if not isinstance(data, ast.Constant) or not isinstance(data.value, bytes):
                raise ValueError(f"AddSerializedFile of {ast.dump(data)[:80]}, not a bytes literal")
            return descriptor_pb2.FileDescriptorProto.FromString(data.value)
    return None


def descriptor_set(files: FileSet) -> bytes:
    order: list[str] = []

    def visit(name: str) -> None:
        if name in files and name not in order:
            for dep in files[name].dependency:
                visit(dep)
            order.append(name)

    for root in ROOTS:
        visit(root)
    doc = {
        "file": [
            json_format.MessageToDict(files[n], preserving_proto_field_name=True) for n in order
        ]
    }
    return json.dumps(doc, separators=(",", ":")).encode()


def _rpc_options_class(files: FileSet):
    """DatabricksRpcOptions and its extension number, from databricks.proto in the wheel."""
    db = files["databricks.proto"]
    (ext,) = [
        e
        for e in db.extension
        if e.extendee == ".google.protobuf.MethodOptions" and e.type_name == f".{RPC_OPTIONS}"
    ]
    pool = descriptor_pool.DescriptorPool()
    base = descriptor_pb2.FileDescriptorProto()
    descriptor_pb2.DESCRIPTOR.CopyToProto(base)
    for fd in (base, *(files[d] for d in db.dependency if d in files), db):
        pool.Add(fd)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName(RPC_OPTIONS)), ext.number


def _rpc_entry(file: str, service: str, method, cls, number: int) -> dict:
    opts = next(
        (
            cls.FromString(f.data)
            for f in UnknownFieldSet(method.options)
            if f.field_number == number
        ),
        None,
    )
    visibility = None
    if opts is not None and opts.HasField("visibility"):
        enum = cls.DESCRIPTOR.fields_by_name["visibility"].enum_type
        visibility = enum.values_by_number[opts.visibility].name
    endpoints = [
        {"method": e.method, "path": e.path, "since": f"{e.since.major}.{e.since.minor}"}
        for e in (opts.endpoints if opts is not None else [])
    ]
    return {
        "file": file,
        "service": service,
        "rpc": method.name,
        "request": method.input_type.lstrip("."),
        "response": method.output_type.lstrip("."),
        "visibility": visibility,
        "endpoints": endpoints,
    }


def http_endpoints(files: FileSet, wheel_name: str) -> bytes:
    cls, number = _rpc_options_class(files)
    rpcs = [
        _rpc_entry(name, svc.name, m, cls, number)
        for name in sorted(files)
        for svc in files[name].service
        for m in svc.method
    ]
    return json.dumps({"_note": NOTE.format(wheel=wheel_name), "rpcs": rpcs}, indent=1).encode()


def derive(wheel: Path, version: str) -> dict[str, bytes]:
    """{mirror path: content} of the two derived files for `version` from its wheel."""
    files = serialized_files(wheel)
    ds_path, ep_path = derived_names(version)
    return {ds_path: descriptor_set(files), ep_path: http_endpoints(files, wheel.name)}

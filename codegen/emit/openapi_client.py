"""Typed clients from (patched) OpenAPI documents with openapi-python-client 0.29.1.

`emit` writes the document to `ctx.build`, runs the generator there, copies the package
to `ctx.out / package` and binds every operation to its endpoint module's `_get_kwargs`.
Python names and converters come from openapi-python-client's own parser, so they match
the generated code by construction.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from openapi_python_client import __version__ as OPC_VERSION
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    EnumProperty,
    ListProperty,
    ModelProperty,
    Property,
    UnionProperty,
)
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.strings import PythonIdentifier

from codegen.backends import Context
from codegen.model import BackendModel, ClientBinding

EXPECTED_VERSION = "0.29.1"
# Post hooks without a cache directory, so the output tree holds only generated sources.
POST_HOOKS = ["ruff check . --fix-only --extend-select=I --no-cache", "ruff format . --no-cache"]
# Property types whose generated request code accepts plain JSON values unchanged.
_RAW_OK = {
    "AnyProperty",
    "BooleanProperty",
    "ConstProperty",
    "FloatProperty",
    "IntProperty",
    "LiteralEnumProperty",
    "NoneProperty",
    "StringProperty",
    "UuidProperty",  # the generated code calls str() on it
}


class ClientEmitError(RuntimeError):
    pass


def _shape(method: str, path: str) -> tuple[str, str]:
    """Match key: the generator renames `{param}`s in paths, so compare them without names."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


def _text(value: Any) -> str:
    """Plain text of the generator's `UntrustedString` wrappers (and of plain strings)."""
    getter = getattr(value, "get_untrusted_value", None)
    return getter() if getter else str(value)


def _config_file(package: str) -> ConfigFile:
    return ConfigFile(
        package_name_override=package,
        project_name_override=package,
        post_hooks=POST_HOOKS,
    )


def _generate(doc_path: Path, cfg_path: Path, out: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)  # ruff for the post hooks
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    cmd = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(doc_path), "--meta", "none", "--config", str(cfg_path),
        "--output-path", str(out), "--overwrite", "--fail-on-warning",
    ]  # fmt: skip
    proc = subprocess.run(
        cmd, check=False, cwd=doc_path.parent, env=env, capture_output=True, text=True
    )
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout)[-4000:]
        raise ClientEmitError(f"openapi-python-client failed (exit {proc.returncode}):\n{tail}")


def parse(doc: dict[str, Any], package: str = "client") -> tuple[GeneratorData, Config]:
    """openapi-python-client's own view of `doc`, with the configuration `emit` uses."""
    config = Config.from_sources(
        _config_file(package), MetaType.NONE, Path("openapi.json"), "utf-8", True, None
    )
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise ClientEmitError(
            f"openapi-python-client cannot parse the document: {data.header} {data.detail}"
        )
    return data, config


def _converter(
    prop: PropertyProtocol, where: str
) -> tuple[str, ModelProperty | EnumProperty | None]:
    """(converter, class property to import) for a value given as plain JSON."""
    kind = type(prop).__name__
    if kind in _RAW_OK:
        return "raw", None
    if isinstance(prop, EnumProperty):
        return f"enum:{prop.class_info.name}", prop
    if isinstance(prop, ModelProperty):
        return f"attrs:{prop.class_info.name}", prop
    if isinstance(prop, ListProperty):
        inner = prop.inner_property
        if type(inner).__name__ in _RAW_OK:
            return "raw", None
        if isinstance(inner, EnumProperty):
            return f"enum_list:{inner.class_info.name}", inner
        if isinstance(inner, ModelProperty):
            return f"attrs_list:{inner.class_info.name}", inner
    if isinstance(prop, UnionProperty):
        members = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        if all(type(p).__name__ in _RAW_OK for p in members):
            return "raw", None
        if len(members) == 1:
            return _converter(members[0], where)
        models = {p.class_info.name: p for p in members if isinstance(p, ModelProperty)}
        lists = {
            p.inner_property.class_info.name
            for p in members
            if isinstance(p, ListProperty) and isinstance(p.inner_property, ModelProperty)
        }
        if len(members) == 2 and len(models) == 1 and lists == set(models):
            name, model = next(iter(models.items()))
            return f"attrs_or_list:{name}", model
    raise ClientEmitError(f"{where}: no converter for {kind} ({prop.get_type_string()})")


def _import_line(cls: ModelProperty | EnumProperty, package: str) -> str:
    return f"from .{package}.models.{cls.class_info.module_name} import {cls.class_info.name}"


def _binding(
    endpoint: Endpoint, tag: str, package: str, config_prefix: str, params: dict
) -> ClientBinding:
    where = f"{endpoint.method.upper()} {_text(endpoint.path)}"
    args: list[tuple[str, str, str]] = []
    imports: set[str] = set()
    located: list[tuple[str, Property]] = [
        *(("path", p) for p in endpoint.path_parameters),
        *(("query", p) for p in endpoint.query_parameters),
        *(("header", p) for p in endpoint.header_parameters),
    ]
    for location, prop in located:
        name = _text(prop.name)
        if (name, location) not in params:
            raise ClientEmitError(f"{where}: parameter {name!r} ({location}) is not in the model")
        conv, cls = _converter(prop, f"{where} {name}")
        args.append((name, str(prop.python_name), conv))
        if cls is not None:
            imports.add(_import_line(cls, package))
    if any(p.required for p in endpoint.cookie_parameters):
        raise ClientEmitError(f"{where}: required cookie parameters are not supported")
    if len(endpoint.bodies) > 1:
        raise ClientEmitError(f"{where}: several request bodies; keep application/json only")
    for body in endpoint.bodies:
        kw = str(body.prop.python_name)
        if body.body_type == "content":  # raw bytes (application/octet-stream)
            args.append(("body", kw, "file:File"))
            imports.add(f"from .{package}.types import File")
            continue
        if body.body_type != "json":
            raise ClientEmitError(f"{where}: {_text(body.content_type)} bodies are not supported")
        conv, cls = _converter(body.prop, f"{where} body")
        args.append(("body", kw, conv))
        if cls is not None:
            imports.add(_import_line(cls, package))
    module = PythonIdentifier(endpoint.name, config_prefix)
    return ClientBinding(
        kind="openapi",
        module=f"{package}.api.{tag}.{module}",
        function="_get_kwargs",
        args=tuple(args),
        imports=tuple(sorted(imports)),
    )


def bind(doc: dict[str, Any], model: BackendModel, package: str = "client") -> None:
    """Set `op.binding` on every non-internal operation of `model` from `doc`'s parse."""
    data, config = parse(doc, package)
    by_key = {_shape(op.method, op.path): op for op in model.operations}
    bound: set[str] = set()
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        for endpoint in collection.endpoints:
            op = by_key.get(_shape(endpoint.method, _text(endpoint.path)))
            if op is None:
                where = f"{endpoint.method.upper()} {_text(endpoint.path)}"
                raise ClientEmitError(f"{where}: not in the model")
            params = {(p.name, p.location): p for p in op.parameters}
            op.binding = _binding(endpoint, tag, package, config.field_prefix, params)
            bound.add(op.id)
    missing = sorted(op.id for op in model.operations if not op.internal and op.id not in bound)
    if missing:
        raise ClientEmitError(
            f"{model.name}: operations without a generated endpoint: {missing[:10]}"
        )


def emit(doc: dict[str, Any], model: BackendModel, ctx: Context, package: str = "client") -> None:
    """Generate `ctx.out / package` from `doc` and bind `model`'s operations to it."""
    if OPC_VERSION != EXPECTED_VERSION:
        raise ClientEmitError(
            f"openapi-python-client {OPC_VERSION} installed, {EXPECTED_VERSION} pinned"
        )
    work = ctx.build / f"openapi-{package}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    doc_path = work / "openapi.json"
    doc_path.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    cfg_path = work / "config.json"
    cfg_path.write_text(
        _config_file(package).model_dump_json(exclude_defaults=True, indent=1) + "\n"
    )
    _generate(doc_path, cfg_path, work / package)
    shutil.rmtree(work / package / ".ruff_cache", ignore_errors=True)
    target = ctx.out / package
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(work / package, target)
    bind(doc, model, package)
    files = sum(1 for p in target.rglob("*.py"))
    ctx.log(
        f"{model.name}: openapi-python-client {OPC_VERSION} wrote {files} modules to {package}/"
    )

"""Every operation labgate can run, from generated/<backend>/tools.json plus overrides/.

Generated operations are data (loaded lazily, one JSON file per backend). The overrides
layer renames, re-describes, hides, sets defaults and projections, marks the curated ones,
and keeps old names working through aliases. An override naming an operation the spec no
longer has fails loudly with the backend and the name.
"""

from __future__ import annotations

import importlib
import importlib.resources
import importlib.util
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import orjson

BACKENDS = ("mlflow", "clearml", "qarnot", "slurm")
OVERRIDES = Path(importlib.util.find_spec("labgate_overrides").origin).parent  # type: ignore[union-attr]


class OverrideError(RuntimeError):
    pass


@dataclass
class Operation:
    backend: str
    id: str
    name: str
    description: str
    input_schema: dict[str, Any]
    annotations: dict[str, bool]
    safety: str
    call: str
    method: str
    path: str
    tags: list[str]
    toolset: str
    hidden: bool = False
    curated: bool = False
    defaults: dict[str, Any] = field(default_factory=dict)
    fields: list[str] | None = None
    # {"items": response key, "next": next-token key, "token_arg": page-token argument, "total": key}
    listing: dict[str, str] | None = None
    expose: list[str] | None = None  # curated tools show only these arguments
    docs: dict[str, str] = field(default_factory=dict)  # curated argument descriptions

    @property
    def tool_schema(self) -> dict[str, Any]:
        """The schema a client sees. Curated: exposed arguments only, the override's short
        docs instead of upstream prose, defaults folded in."""
        schema = self.input_schema
        if not self.curated:
            return schema
        props = schema.get("properties", {})
        keep = self.expose if self.expose is not None else list(props)
        out_props = {}
        for k in keep:
            if k not in props:
                raise OverrideError(
                    f"{self.backend}: override of {self.id} exposes unknown argument {k!r}"
                )
            p = _lean(props[k])
            if k in self.docs:
                p["description"] = self.docs[k]
            if k in self.defaults:
                p["default"] = self.defaults[k]
            out_props[k] = p
        required = [
            r for r in schema.get("required", []) if r in out_props and r not in self.defaults
        ]
        return {
            "type": "object",
            "properties": out_props,
            **({"required": required} if required else {}),
        }


def _lean(schema: dict[str, Any]) -> dict[str, Any]:
    """An argument schema without prose or wire-format detail (validation keeps the full one)."""
    out = {k: v for k, v in schema.items() if k not in ("description", "format", "title")}
    # int64 as JSON: the backend takes a number or a string; a model should send numbers
    if isinstance(out.get("type"), list) and set(out["type"]) == {"integer", "string"}:
        out["type"] = "integer"
    if isinstance(out.get("items"), dict):
        out["items"] = _lean(out["items"])
    if isinstance(out.get("properties"), dict):
        out["properties"] = {k: _lean(v) for k, v in out["properties"].items()}
    return out


def _generated_json(backend: str, name: str) -> Any:
    return orjson.loads(
        importlib.resources.files(f"labgate_generated.{backend}").joinpath(name).read_bytes()
    )


@cache
def generated_tools(backend: str) -> list[dict[str, Any]]:
    return _generated_json(backend, "tools.json")["tools"]


@cache
def generated_schemas(backend: str) -> dict[str, Any]:
    return _generated_json(backend, "schemas.json")


def calls_module(backend: str):
    return importlib.import_module(f"labgate_generated.{backend}.calls")


@cache
def overrides(backend: str) -> dict[str, Any]:
    path = OVERRIDES / f"{backend}.toml"
    return tomllib.loads(path.read_text()) if path.is_file() else {}


@cache
def aliases() -> dict[str, str]:
    path = OVERRIDES / "aliases.toml"
    return tomllib.loads(path.read_text()).get("aliases", {}) if path.is_file() else {}


def load_operations(backend: str) -> dict[str, Operation]:
    """All operations of one backend keyed by tool name, overrides applied and checked."""
    ovr = overrides(backend).get("operations", {})
    known = {t["operation"] for t in generated_tools(backend)}
    stale = sorted(set(ovr) - known)
    if stale:
        raise OverrideError(
            f"overrides/{backend}.toml names operations the {backend} spec no longer has: {', '.join(stale)}"
        )
    ops: dict[str, Operation] = {}
    for t in generated_tools(backend):
        o = ovr.get(t["operation"], {})
        op = Operation(
            backend=backend,
            id=t["operation"],
            name=o.get("name", t["name"]),
            description=o.get("description", t["description"]),
            input_schema=t["inputSchema"],
            annotations=t["annotations"],
            safety=t["safety"],
            call=t["call"],
            method=t["method"],
            path=t["path"],
            tags=t["tags"],
            toolset=o.get("toolset", backend),
            hidden=o.get("hidden", False),
            curated=o.get("curated", False),
            defaults=o.get("defaults", {}),
            fields=o.get("fields"),
            listing=o.get("list"),
            expose=o.get("expose"),
            docs=o.get("docs", {}),
        )
        if op.name in ops:
            raise OverrideError(
                f"{backend}: two operations named {op.name!r} ({ops[op.name].id}, {op.id})"
            )
        ops[op.name] = op
    return ops


class Registry:
    def __init__(self, backends: tuple[str, ...] = BACKENDS):
        self.backends = backends
        self._ops: dict[str, dict[str, Operation]] = {}

    def operations(self, backend: str) -> dict[str, Operation]:
        if backend not in self._ops:
            self._ops[backend] = load_operations(backend)
        return self._ops[backend]

    def all_operations(self) -> list[Operation]:
        return [op for b in self.backends for op in self.operations(b).values()]

    def find(self, name: str) -> Operation | None:
        """An operation by tool name or id, or by an old name from overrides/aliases.toml."""
        op = self._lookup(name)
        new = aliases().get(name)
        return self._lookup(new) if op is None and new else op

    def _lookup(self, name: str) -> Operation | None:
        backend = name.split("_", 1)[0]
        if backend in self.backends:
            op = self.operations(backend).get(name)
            if op is not None:
                return op
        for b in self.backends:
            for op in self.operations(b).values():
                if op.id == name or op.name == name:
                    return op
        return None


def load_composites() -> None:
    """Import every composite-tool module under overrides/ (they register themselves)."""
    for path in sorted(OVERRIDES.glob("*.py")):
        if path.stem != "__init__":
            importlib.import_module(f"labgate_overrides.{path.stem}")

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

from labgate.composite import REGISTERED, Composite


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ImportError(f"{name} is not installed: pip install -e . from the repository")
    return Path(spec.origin).parent


OVERRIDES = _package_dir("labgate_overrides")


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
    """Generated operations and composite tools of the configured backends: one name, one
    entry, whichever way a client reaches it (tools/list, tools/call, describe_operation,
    call_operation, the docs)."""

    def __init__(self, backends: tuple[str, ...] | None = None):
        from labgate.backends import names

        self.backends = names() if backends is None else backends
        self._ops: dict[str, dict[str, Operation]] = {}
        self._composites: dict[str, Composite] | None = None

    def operations(self, backend: str) -> dict[str, Operation]:
        if backend not in self._ops:
            self._ops[backend] = _make_room(backend, load_operations(backend))
        return self._ops[backend]

    def all_operations(self) -> list[Operation]:
        return [op for b in self.backends for op in self.operations(b).values()]

    def composites(self) -> dict[str, Composite]:
        """The composite tools of the configured backends, each operation id they call checked
        against the spec (a stale one fails here, naming it, not when the tool is called)."""
        if self._composites is None:
            load_composites()
            self._composites = {
                c.name: c for c in REGISTERED if set(c.backends) & set(self.backends)
            }
            for backend in self.backends:
                self.check_uses(backend)
        return self._composites

    def check_uses(self, backend: str) -> None:
        from labgate.backends import adapter

        known = {op.id for op in self.operations(backend).values()}
        stale = sorted(uses(backend) - known)
        spec = adapter(backend).extension_spec
        if spec:
            calls = importlib.import_module(f"labgate_generated.{spec}.calls")
            stale += sorted(f"{spec}:{i}" for i in extensions(backend) if not hasattr(calls, i))
        if stale:
            raise OverrideError(
                f"composite tools call {backend} operations the spec no longer has: {', '.join(stale)}"
            )

    def find(self, name: str) -> Operation | Composite | None:
        """A composite or an operation by tool name (an operation also by id), or by an old
        name from overrides/aliases.toml."""
        found = self._lookup(name)
        new = aliases().get(name)
        return self._lookup(new) if found is None and new else found

    def _lookup(self, name: str) -> Operation | Composite | None:
        if name in self.composites():
            return self.composites()[name]
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


def _make_room(backend: str, ops: dict[str, Operation]) -> dict[str, Operation]:
    """A composite that replaces a generated operation takes its name; the operation stays
    reachable as `<name>_raw`. Any other clash of names is an error."""
    load_composites()
    for c in REGISTERED:
        if c.replaces is None or c.backend != backend:
            continue
        op = next((o for o in ops.values() if o.id == c.replaces), None)
        if op is None:
            raise OverrideError(
                f"composite {c.name} replaces {backend} operation {c.replaces!r}, which the spec no longer has"
            )
        del ops[op.name]
        op.name = f"{c.name}_raw"
        ops[op.name] = op
    clash = sorted(c.name for c in REGISTERED if c.name in ops)
    if clash:
        raise OverrideError(
            f"{backend}: composites named like operations ({', '.join(clash)}): rename one, "
            "or declare `replaces=` on the composite"
        )
    return ops


def uses(backend: str) -> set[str]:
    """The operation ids the composite modules of `backend` declare they call (`USES`)."""
    from labgate.backends import adapter

    load_composites()
    found: set[str] = set()
    for module in adapter(backend).modules:
        found |= set(getattr(importlib.import_module(f"labgate_overrides.{module}"), "USES", ()))
    return found


def extensions(backend: str) -> set[str]:
    """The ids of its adapter's `extension_spec` the composite modules of `backend` declare
    they call (`EXTENSIONS`)."""
    from labgate.backends import adapter

    load_composites()
    found: set[str] = set()
    for module in adapter(backend).modules:
        mod = importlib.import_module(f"labgate_overrides.{module}")
        found |= set(getattr(mod, "EXTENSIONS", ()))
    return found


def load_composites() -> None:
    """Import the composite-tool modules each adapter names, and the cross-backend ones."""
    from labgate.backends import adapters

    for adapter in adapters().values():
        for module in adapter.modules:
            importlib.import_module(f"labgate_overrides.{module}")
    from labgate_overrides.composites import MODULES

    for module in MODULES:
        importlib.import_module(f"labgate_overrides.composites.{module}")

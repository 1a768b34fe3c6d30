"""v0.0.38 CLI JSON → v0.0.42 shapes, driven by the v0.0.42 schemas themselves.

`Schemas.coerce(value, schema)` keeps what the target schema accepts and converts the
systematic layout changes between the two versions: plain numbers (or null) become
`{set, infinite, number}` no_val structs, a single state string becomes a flag array
(`"idle"` → `["IDLE"]`), comma-separated strings become string arrays; anything of the
wrong type or outside an enum is dropped rather than sent invalid. Semantics that differ
(exit codes, job resources) are translated explicitly by the handlers.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from typing import Any

import orjson

SKIP = object()
NO_VAL_KEYS = {"set", "infinite", "number"}
INFINITE_WORDS = {"INFINITE", "UNLIMITED"}


@cache
def document() -> dict[str, Any]:
    """The shim's generated OpenAPI document (also served at /openapi.json)."""
    data = importlib.resources.files("labgate_generated.slurm_shim").joinpath("openapi.json")
    return orjson.loads(data.read_bytes())


def no_val(value: Any) -> dict[str, Any]:
    if isinstance(value, dict) and NO_VAL_KEYS >= set(value):
        return {"set": bool(value.get("set")), "infinite": bool(value.get("infinite")),
                "number": value.get("number", 0)}  # fmt: skip
    if isinstance(value, str) and value.upper() in INFINITE_WORDS:
        return {"set": False, "infinite": True, "number": 0}
    if isinstance(value, bool) or not isinstance(value, int | float):
        return {"set": False, "infinite": False, "number": 0}
    return {"set": True, "infinite": False, "number": value}


class Schemas:
    def __init__(self, doc: dict[str, Any] | None = None):
        self.doc = doc or document()
        self.components = self.doc["components"]["schemas"]

    def get(self, name: str) -> dict[str, Any]:
        return self.components[name]

    def deref(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 50:
            schema, seen = self.components[schema["$ref"].rsplit("/", 1)[-1]], seen + 1
        return schema

    def is_no_val(self, schema: dict[str, Any]) -> bool:
        return set(schema.get("properties", {})) == NO_VAL_KEYS

    def coerce(self, value: Any, schema: dict[str, Any] | str) -> Any:
        s = self.deref({"$ref": schema} if isinstance(schema, str) else schema)
        if self.is_no_val(s):
            return no_val(value)
        kind = s.get("type")
        if value is None:
            return SKIP
        if kind == "object" or "properties" in s:
            if not isinstance(value, dict):
                return SKIP
            props = s.get("properties", {})
            out = {}
            for k, v in value.items():
                if k in props:
                    c = self.coerce(v, props[k])
                    if c is not SKIP:
                        out[k] = c
            return self.complete(out, s)
        if kind == "array":
            items = self.deref(s.get("items", {}))
            if isinstance(value, str):
                if "enum" in items:
                    value = [value]
                else:
                    value = [x for x in value.split(",") if x]
            if not isinstance(value, list):
                return SKIP
            coerced = [self.coerce(v, items) for v in value]
            return [v for v in coerced if v is not SKIP]
        if "enum" in s:
            if isinstance(value, str) and value.upper() in s["enum"]:
                return value.upper()
            return value if value in s["enum"] else SKIP
        if kind == "string":
            return value if isinstance(value, str) else SKIP
        if kind == "boolean":
            return value if isinstance(value, bool) else SKIP
        if kind == "integer":
            if isinstance(value, bool):
                return SKIP
            if isinstance(value, float) and value.is_integer():
                return int(value)
            return value if isinstance(value, int) else SKIP
        if kind == "number":
            return value if isinstance(value, int | float) and not isinstance(value, bool) else SKIP
        return value

    def complete(self, obj: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
        """Fill the required properties `obj` lacks with empty values of the right type."""
        s = self.deref(schema)
        for key in s.get("required") or []:
            if key not in obj and key in s.get("properties", {}):
                obj[key] = self.skeleton(s["properties"][key])
        return obj

    def skeleton(self, schema: dict[str, Any] | str) -> Any:
        s = self.deref({"$ref": schema} if isinstance(schema, str) else schema)
        if self.is_no_val(s):
            return no_val(None)
        kind = s.get("type")
        if kind == "array":
            return []
        if kind == "object" or "properties" in s:
            return self.complete({}, s)
        if "enum" in s:
            return s["enum"][0]
        if not isinstance(kind, str):  # no type, or a list of types
            return None
        return {"string": "", "integer": 0, "number": 0, "boolean": False}.get(kind)

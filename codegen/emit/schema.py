"""Turn model schemas (OpenAPI-flavoured, with $refs) into bounded, self-contained JSON Schema.

Refs are inlined (cycles cut), OpenAPI-only keywords dropped, `nullable` folded into `type`.
`bound()` then shrinks a schema that is still too large: first nested descriptions go,
then nested objects collapse to `{"type": "object"}` from the deepest level up.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson

KEEP = {
    "type", "properties", "items", "required", "enum", "description", "default", "format",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "additionalProperties", "oneOf", "anyOf",
    "allOf", "const", "title",
}  # fmt: skip
MAX_INPUT_SCHEMA_BYTES = 8_000


def size(schema: Any) -> int:
    return len(orjson.dumps(schema))


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def inline(schema: Any, components: dict[str, Any], _seen: tuple[str, ...] = ()) -> Any:
    """Resolve refs recursively; a ref already on the path becomes a plain object."""
    if isinstance(schema, list):
        return [inline(s, components, _seen) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        name = _ref_name(schema["$ref"])
        target = components.get(name)
        if target is None or name in _seen:
            return {"type": "object", "description": f"{name} (recursive)"}
        merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return inline(merged, components, (*_seen, name))
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEEP:
            continue
        if key == "properties":
            out[key] = {k: inline(v, components, _seen) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "oneOf", "anyOf", "allOf"):
            out[key] = inline(value, components, _seen)
        elif key == "required":
            if value:
                out[key] = sorted(set(value))
        else:
            out[key] = value
    if schema.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def _strip_descriptions(schema: Any, depth: int, from_depth: int) -> None:
    if isinstance(schema, list):
        for s in schema:
            _strip_descriptions(s, depth, from_depth)
        return
    if not isinstance(schema, dict):
        return
    if depth >= from_depth:
        schema.pop("description", None)
        schema.pop("title", None)
    for key in ("properties",):
        for sub in schema.get(key, {}).values():
            _strip_descriptions(sub, depth + 1, from_depth)
    for key in ("items", "additionalProperties", "oneOf", "anyOf", "allOf"):
        if key in schema:
            _strip_descriptions(schema[key], depth + 1, from_depth)


def _collapse(schema: Any, depth: int, at: int) -> Any:
    if isinstance(schema, list):
        return [_collapse(s, depth, at) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if depth >= at and ("properties" in schema or "oneOf" in schema or "anyOf" in schema):
        kept = {k: schema[k] for k in ("description",) if k in schema}
        return {"type": "object", **kept}
    out = dict(schema)
    if "properties" in out:
        out["properties"] = {k: _collapse(v, depth + 1, at) for k, v in out["properties"].items()}
    for key in ("items", "additionalProperties", "oneOf", "anyOf", "allOf"):
        if key in out and isinstance(out[key], (dict, list)):
            out[key] = _collapse(out[key], depth + 1, at)
    return out


def _depth(schema: Any) -> int:
    if isinstance(schema, list):
        return max((_depth(s) for s in schema), default=0)
    if not isinstance(schema, dict):
        return 0
    subs = list(schema.get("properties", {}).values())
    subs += [
        schema[k]
        for k in ("items", "additionalProperties", "oneOf", "anyOf", "allOf")
        if k in schema
    ]
    return 1 + max((_depth(s) for s in subs), default=0)


def bound(schema: dict[str, Any], limit: int = MAX_INPUT_SCHEMA_BYTES) -> dict[str, Any]:
    """Shrink `schema` until it fits `limit` bytes (or cannot shrink further)."""
    if size(schema) <= limit:
        return schema
    schema = copy.deepcopy(schema)
    for from_depth in (3, 2):
        _strip_descriptions(schema, 0, from_depth)
        if size(schema) <= limit:
            return schema
    for at in range(_depth(schema) - 1, 1, -1):
        collapsed = _collapse(schema, 0, at)
        if size(collapsed) <= limit:
            return collapsed
    return _collapse(schema, 0, 2)

"""An OpenAPI 3.0.3 document synthesized from a BackendModel (for backends with no OpenAPI).

operationIds are the operation ids, `components.schemas` are the model's schemas, one tag
per model tag. Model schemas are JSON-Schema flavoured; the few constructs OpenAPI 3.0.3
lacks are rewritten: a `type` list becomes `anyOf` (`"null"` becomes `nullable`), and
keywords beside a `$ref` are dropped (3.0.3 ignores them anyway). Output is deterministic:
paths and methods sorted, parameters in model order.
"""

from __future__ import annotations

from typing import Any

from codegen.model import BackendModel, Operation

OPENAPI_VERSION = "3.0.3"
_TYPED_KEYWORDS = {  # keywords that only make sense for one branch of a split `type` list
    "integer": {"format", "minimum", "maximum"},
    "number": {"format", "minimum", "maximum"},
    "string": {"pattern", "minLength", "maxLength"},
}


def to_oas30(schema: Any) -> Any:
    """Rewrite a JSON-Schema-flavoured schema into OpenAPI 3.0.3's schema dialect."""
    if isinstance(schema, list):
        return [to_oas30(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return {"$ref": schema["$ref"]}
    out = {
        k: to_oas30(v)
        if k in ("items", "additionalProperties", "anyOf", "oneOf", "allOf", "not")
        else v
        for k, v in schema.items()
    }
    if "properties" in out:
        out["properties"] = {k: to_oas30(v) for k, v in out["properties"].items()}
    types = out.get("type")
    if isinstance(types, list):
        out.pop("type")
        if "null" in types:
            out["nullable"] = True
            types = [t for t in types if t != "null"]
        if len(types) == 1:
            out["type"] = types[0]
        else:
            out["anyOf"] = [
                {"type": t, **{k: out[k] for k in sorted(_TYPED_KEYWORDS.get(t, ())) if k in out}}
                for t in types
            ]
            for k in set().union(*(_TYPED_KEYWORDS.get(t, set()) for t in types)):
                out.pop(k, None)
    return out


def _parameter(p) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "in": p.location,
        "required": p.required,
        "schema": to_oas30(p.schema),
    }
    if p.description:
        out["description"] = p.description
    return out


def _operation(op: Operation) -> dict[str, Any]:
    out: dict[str, Any] = {"operationId": op.id, "summary": op.summary, "tags": list(op.tags)}
    if op.description:
        out["description"] = op.description
    if op.deprecated:
        out["deprecated"] = True
    if op.parameters:
        out["parameters"] = [_parameter(p) for p in op.parameters]
    if op.body_schema is not None:
        ctype = op.extra.get("request_content_type", "application/json")
        out["requestBody"] = {
            "required": op.body_required,
            "content": {ctype: {"schema": to_oas30(op.body_schema)}},
        }
    ok: dict[str, Any] = {"description": "Success."}
    if op.response_schema is not None:
        ctype = op.extra.get("response_content_type", "application/json")
        ok["content"] = {ctype: {"schema": to_oas30(op.response_schema)}}
    out["responses"] = {"200": ok}
    return out


def _tags(model: BackendModel) -> list[dict[str, str]]:
    described: dict[str, str] = {}
    for op in model.operations:
        for t in op.tags:
            service = op.extra.get("service")
            described.setdefault(t, f"{service} RPCs." if service else "")
    return [{"name": t, **({"description": d} if d else {})} for t, d in sorted(described.items())]


def synthesize(model: BackendModel) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for op in sorted(model.operations, key=lambda o: (o.path, o.method)):
        item = paths.setdefault(op.path, {})
        method = op.method.lower()
        if method in item:
            first = item[method]["operationId"]
            raise ValueError(f"{model.name}: {op.method} {op.path} bound twice ({first}, {op.id})")
        item[method] = _operation(op)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": model.title,
            "version": model.api_version,
            "description": f"Synthesized by labgate codegen from {model.source.label}.",
        },
        "tags": _tags(model),
        "paths": paths,
        "components": {"schemas": {name: to_oas30(s) for name, s in sorted(model.schemas.items())}},
    }

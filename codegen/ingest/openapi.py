"""OpenAPI 3.0 documents (already patched) → `BackendModel`.

Generic: one `Operation` per method+path, JSON request/response schemas only, schema
`$ref`s kept as `#/components/schemas/X`. Backend modules pick names and fix the spec
through data patches before calling `ingest_openapi`.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from codegen.model import BackendModel, Operation, Parameter, Safety, SpecSource

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
JSON = "application/json"

# Words (from the operationId, the literal path segments and the summary's first word)
# that make a POST/PUT/PATCH read-only or destructive.
READ_WORDS = frozenset({"search", "paginate", "list", "summaries", "query", "count", "find"})
DESTRUCTIVE_WORDS = frozenset(
    {"cancel", "abort", "kill", "terminate", "delete", "reset", "purge", "stop", "remove"}
)


def _resolve(doc: dict[str, Any], obj: dict[str, Any]) -> dict[str, Any]:
    """Follow non-schema component refs (parameters, requestBodies, responses)."""
    seen = 0
    while isinstance(obj, dict) and "$ref" in obj and seen < 20:
        ref = obj["$ref"]
        if not ref.startswith("#/components/") or ref.startswith("#/components/schemas/"):
            return obj
        node: Any = doc
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        obj, seen = node, seen + 1
    return obj


def _words(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return [w for w in re.split(r"[^a-zA-Z0-9]+", text.lower()) if w]


def classify(method: str, operation_id: str, path: str, summary: str) -> Safety:
    """Safety from the method, refined by the verbs in the id, path and summary."""
    method = method.upper()
    if method == "DELETE":
        return "destructive"
    literal = " ".join(seg for seg in path.split("/") if not seg.startswith("{"))
    summary_words = _words(summary)[:1]
    words = set(_words(operation_id)) | set(_words(literal)) | set(summary_words)
    if method in ("GET", "HEAD", "OPTIONS"):
        return "read"
    if words & DESTRUCTIVE_WORDS:
        return "destructive"
    if words & READ_WORDS:
        return "read"
    return "write"


def synthesize_id(method: str, path: str) -> str:
    parts = [w for seg in path.split("/") if seg for w in _words(seg)]
    return "_".join([method.lower(), *parts])


def _parameters(doc: dict, path_item: dict, op: dict) -> list[Parameter]:
    merged: dict[tuple[str, str], dict] = {}
    for raw in [*path_item.get("parameters", []), *op.get("parameters", [])]:
        p = _resolve(doc, raw)
        merged[(p["name"], p["in"])] = p
    out = []
    for p in merged.values():
        if p["in"] not in ("path", "query", "header"):
            continue  # cookies: no backend here uses them
        schema = p.get("schema") or p.get("content", {}).get(JSON, {}).get("schema", {})
        out.append(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required")) or p["in"] == "path",
                schema=copy.deepcopy(schema),
                description=p.get("description", ""),
            )
        )
    return out


def _body(doc: dict, op: dict) -> tuple[dict | None, bool]:
    if "requestBody" not in op:
        return None, False
    body = _resolve(doc, op["requestBody"])
    media = body.get("content", {}).get(JSON)
    if media is None or "schema" not in media:
        return None, False
    return copy.deepcopy(media["schema"]), bool(body.get("required"))


def _success_schema(doc: dict, op: dict) -> dict | None:
    codes = sorted(c for c in op.get("responses", {}) if str(c).startswith("2"))
    for code in codes:
        media = _resolve(doc, op["responses"][code]).get("content", {}).get(JSON)
        if media and "schema" in media:
            return copy.deepcopy(media["schema"])
    return None


def _operation(doc: dict, backend: str, path: str, method: str, item: dict, op: dict) -> Operation:
    op_id = op.get("operationId") or synthesize_id(method, path)
    summary = op.get("summary", "")
    body, body_required = _body(doc, op)
    return Operation(
        backend=backend,
        id=op_id,
        name="_".join(_words(op_id)),
        method=method.upper(),
        path=path,
        summary=summary,
        description=op.get("description", ""),
        parameters=_parameters(doc, item, op),
        body_schema=body,
        body_required=body_required,
        response_schema=_success_schema(doc, op),
        tags=list(op.get("tags", [])),
        safety=classify(method, op_id, path, summary),
        deprecated=bool(op.get("deprecated")),
    )


def ingest_openapi(
    doc: dict[str, Any],
    *,
    backend: str,
    source: SpecSource,
    title: str | None = None,
    api_version: str | None = None,
    safety_overrides: dict[str, Safety] | None = None,
    extra: dict[str, Any] | None = None,
) -> BackendModel:
    """Every operation of `doc`; `safety_overrides` maps operation ids to a safety class."""
    operations = []
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                operations.append(_operation(doc, backend, path, method, item, item[method]))
    for op in operations:
        op.safety = (safety_overrides or {}).get(op.id, op.safety)
    ids = [op.id for op in operations]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"{backend}: duplicate operation ids {dupes}")
    unknown = sorted(set(safety_overrides or {}) - set(ids))
    if unknown:
        raise ValueError(f"{backend}: safety overrides for unknown operations {unknown}")
    info = doc.get("info", {})
    return BackendModel(
        name=backend,
        title=title or info.get("title", backend),
        api_version=api_version or str(info.get("version", "")),
        source=source,
        operations=operations,
        schemas=copy.deepcopy(doc.get("components", {}).get("schemas", {})),
        extra=dict(extra or {}),
    ).sorted()

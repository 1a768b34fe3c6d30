"""HTTP traffic checked against the pinned specs (generated/<backend>/schemas.json).

`match(method, url)` maps a request to its operation: ClearML `POST /[vX.Y/]<service>.<action>`,
Qarnot the `/v1/...` and `/carbon/v1/...` path templates. `check_request` validates what
labgate sends (body, path and query parameters, auth header); `check_response` validates what a
cassette answers (ClearML: the `{meta, data}` envelope with `data` against the response schema).

Strict mode (the default, used for cassettes): an object schema that lists `properties` and says
nothing about `additionalProperties` is closed, so a cassette cannot carry a field the spec does
not have, and labgate cannot send one. OpenAPI 3.0 `nullable` and Swashbuckle's `allOf`
inheritance (base and subtype both closed) are translated to what JSON Schema means by them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from labgate.registry import generated_schemas, generated_tools

BACKENDS = ("clearml", "qarnot")
CLEARML_PATH = re.compile(r"^(?:/v\d+\.\d+)?/([a-z0-9_]+\.[a-z0-9_]+)$")
FOREIGN = ("/api/2.0/mlflow/", "/ajax-api/2.0/mlflow/")  # real recordings, checked elsewhere
JSON_LINES = {"events.add_batch", "tasks.update_batch"}


class SpecViolation(AssertionError):
    pass


@dataclass(frozen=True)
class Route:
    backend: str
    op: str
    method: str
    regex: re.Pattern
    params: tuple[str, ...]


@cache
def routes(backend: str) -> tuple[Route, ...]:
    out = []
    for t in generated_tools(backend):
        names = tuple(re.findall(r"\{([^}]+)\}", t["path"]))
        pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(t["path"]))
        out.append(Route(backend, t["operation"], t["method"], re.compile(f"^{pattern}$"), names))
    # literal segments beat templates (/tasks/summaries before /tasks/{taskUuid})
    return tuple(sorted(out, key=lambda r: (r.regex.pattern.count("([^/]+)"), r.op)))


def backend_of(path: str) -> str | None:
    if CLEARML_PATH.match(path):
        return "clearml"
    if path.startswith(("/v1/", "/carbon/v1/")) or path == "/v1":
        return "qarnot"
    return None


def match(method: str, url: str, backend: str | None = None) -> tuple[str, str, dict[str, str]]:
    """(backend, operation id, path parameters) or SpecViolation naming what has no operation."""
    path = urlsplit(url).path
    backend = backend or backend_of(path)
    if backend is None:
        raise SpecViolation(f"{method} {path}: not a ClearML or Qarnot API path")
    if backend == "clearml":
        m = CLEARML_PATH.match(path)
        op = m.group(1) if m else None
        if op not in generated_schemas("clearml")["operations"]:
            raise SpecViolation(
                f"{method} {path}: the pinned ClearML spec has no endpoint {op!r} (gone or renamed?)"
            )
        if method != "POST":
            raise SpecViolation(f"{method} {path}: ClearML endpoints take POST")
        return backend, op, {}
    for r in routes(backend):
        m = r.regex.match(path)
        if m and r.method == method:
            return backend, r.op, dict(zip(r.params, m.groups(), strict=True))
    raise SpecViolation(
        f"{method} {path}: no operation of the pinned {backend} spec has this method and path"
    )


# --- schema translation ------------------------------------------------------------------


def _components(backend: str) -> dict[str, Any]:
    return generated_schemas(backend)["components"]


def _resolve(node: dict, comps: dict) -> dict:
    while "$ref" in node:
        node = comps[node["$ref"].rsplit("/", 1)[-1]]
    return node


def _merge_all_of(node: dict, comps: dict) -> dict:
    """Swashbuckle inheritance: every member is a closed object; the meaning is their union."""
    props, required, closed = {}, [], False
    for part in node["allOf"]:
        part = _resolve(part, comps)
        if "allOf" in part:
            part = _merge_all_of(part, comps)
        props.update(part.get("properties", {}))
        required += part.get("required", [])
        closed |= part.get("additionalProperties") is False
    out = {k: v for k, v in node.items() if k != "allOf"}
    out.update(type="object", properties=props)
    if required:
        out["required"] = sorted(set(required))
    if closed:
        out["additionalProperties"] = False
    return out


def translate(node: Any, comps: dict, strict: bool) -> Any:
    if isinstance(node, list):
        return [translate(n, comps, strict) for n in node]
    if not isinstance(node, dict):
        return node
    if "allOf" in node and all(
        _resolve(p, comps).get("type", "object") == "object" for p in node["allOf"]
    ):
        node = _merge_all_of(node, comps)
    out = {}
    for k, v in node.items():
        if k in ("properties", "patternProperties", "$defs"):
            out[k] = {p: translate(s, comps, strict) for p, s in v.items()}
        elif k in ("discriminator", "example", "nullable", "readOnly", "writeOnly"):
            continue
        else:
            out[k] = translate(v, comps, strict)
    if strict and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


@cache
def _translated_components(backend: str, strict: bool) -> dict:
    comps = _components(backend)
    return {name: translate(s, comps, strict) for name, s in comps.items()}


@cache
def _validator(backend: str, op: str, part: str, strict: bool) -> Draft202012Validator | None:
    schema = generated_schemas(backend)["operations"][op][part]
    if schema is None:
        return None
    doc = translate(schema, _components(backend), strict)
    doc["components"] = {"schemas": _translated_components(backend, strict)}
    return Draft202012Validator(doc)


def _validate(backend: str, op: str, part: str, value: Any, what: str, strict: bool) -> None:
    v = _validator(backend, op, part, strict)
    if v is None:
        return
    err = best_match(v.iter_errors(value))
    if err is not None:
        where = "/".join(map(str, err.absolute_path)) or "(root)"
        raise SpecViolation(f"{backend} {op}: {what} at {where}: {err.message[:300]}")


# --- requests ------------------------------------------------------------------------------


def _json(body: bytes | str | None) -> Any:
    if body in (None, b"", ""):
        return None
    return json.loads(body)


def check_request(
    method: str,
    url: str,
    headers: dict[str, str],
    body: bytes | str | None,
    strict: bool = True,
) -> tuple[str, str]:
    """Raise SpecViolation unless the pinned spec allows this request; returns (backend, op)."""
    backend, op, path_params = match(method, url)
    spec = generated_schemas(backend)["operations"][op]
    headers = {k.lower(): v for k, v in headers.items()}
    if backend == "clearml":
        _check_clearml_request(op, spec, headers, body, strict)
    else:
        _check_qarnot_request(op, spec, url, path_params, headers, body, strict)
    return backend, op


def _check_clearml_request(op, spec, headers, body, strict) -> None:
    auth = headers.get("authorization", "")
    if op == "auth.login":
        if not auth.startswith("Basic "):
            raise SpecViolation("clearml auth.login: must authenticate with HTTP basic (key pair)")
    elif spec["extra"].get("authorize", True) and not auth.startswith("Bearer "):
        raise SpecViolation(f"clearml {op}: sent without `Authorization: Bearer <token>`")
    if op in JSON_LINES:
        return
    payload = _json(body)
    _validate("clearml", op, "body", {} if payload is None else payload, "request body", strict)


def _check_qarnot_request(op, spec, url, path_params, headers, body, strict) -> None:
    auth = headers.get("authorization", "")
    if not auth or auth.lower().startswith(("bearer ", "basic ")):
        raise SpecViolation(f"qarnot {op}: Authorization must carry the raw token")
    declared = {(p["in"], p["name"]): p for p in spec["parameters"]}
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    for name in query:
        if ("query", name) not in declared:
            raise SpecViolation(f"qarnot {op}: query parameter {name!r} is not in the spec")
    for (where, name), p in declared.items():
        value = path_params.get(name) if where == "path" else query.get(name)
        if where not in ("path", "query"):
            continue
        if value is None:
            if p.get("required"):
                raise SpecViolation(f"qarnot {op}: required {where} parameter {name!r} missing")
            continue
        schema = p.get("schema", {})
        if schema.get("type") == "integer" and not re.fullmatch(r"-?\d+", value):
            raise SpecViolation(
                f"qarnot {op}: {where} parameter {name!r}={value!r} is not an integer"
            )
        if schema.get("format") == "uuid" and not re.fullmatch(r"[0-9a-fA-F-]{36}", value):
            raise SpecViolation(f"qarnot {op}: {where} parameter {name!r}={value!r} is not a uuid")
    payload = _json(body)
    if spec["body"] is None:
        if payload not in (None, {}):
            raise SpecViolation(f"qarnot {op}: the spec declares no request body")
        return
    ctype = headers.get("content-type", "")
    if payload is not None and not ctype.startswith("application/json"):
        raise SpecViolation(f"qarnot {op}: body sent as {ctype!r}, not application/json")
    _validate("qarnot", op, "body", payload, "request body", strict)


# --- responses -----------------------------------------------------------------------------


def check_response(
    backend: str,
    op: str,
    status: int,
    headers: dict[str, Any],
    body: bytes | str | None,
    strict: bool = True,
) -> None:
    """Raise SpecViolation unless the response is one the pinned spec allows."""
    ctype = str(_first(headers, "content-type") or "")
    if backend == "clearml":
        doc = _json(body)
        if not isinstance(doc, dict) or not isinstance(doc.get("meta"), dict):
            if "json" in ctype:
                raise SpecViolation(
                    f"clearml {op}: JSON answer without the {{meta, data}} envelope"
                )
            return  # attachments (log downloads) are not enveloped
        meta = doc["meta"]
        code = meta.get("result_code")
        if not isinstance(code, int) or code != status:
            raise SpecViolation(f"clearml {op}: meta.result_code {code!r} != HTTP {status}")
        if status >= 400:
            if not isinstance(meta.get("result_msg"), str):
                raise SpecViolation(f"clearml {op}: an error answer needs meta.result_msg")
            return
        _validate("clearml", op, "response", doc.get("data"), "response data", strict)
        return
    if status >= 400:
        doc = _json(body)
        if doc is not None and not (isinstance(doc, dict) and "message" in doc):
            raise SpecViolation(f"qarnot {op}: error answer is not a {{message}} object")
        return
    spec = generated_schemas("qarnot")["operations"][op]
    if spec["response"] is None:
        if "json" in ctype and body:
            raise SpecViolation(f"qarnot {op}: the spec declares no JSON response")
        return
    _validate("qarnot", op, "response", _json(body), "response", strict)


def _first(headers: dict[str, Any], key: str) -> Any:
    for k, v in headers.items():
        if k.lower() == key:
            return v[0] if isinstance(v, list) else v
    return None


# --- cassettes -----------------------------------------------------------------------------


def check_cassette(path) -> list[str]:
    """Every interaction of one vcrpy cassette against the spec; returns the problems found."""
    import yaml

    problems = []
    data = yaml.safe_load(open(path))
    for i, it in enumerate(data.get("interactions", [])):
        req, resp = it["request"], it["response"]
        if urlsplit(req["uri"]).path.startswith(FOREIGN):
            continue  # another tracker's recorded traffic (a mixed compare_tasks cassette)
        try:
            backend, op = check_request(
                req["method"],
                req["uri"],
                {k: v[0] for k, v in (req.get("headers") or {}).items()},
                req.get("body"),
            )
            body = resp.get("body", {}).get("string")
            check_response(backend, op, resp["status"]["code"], resp.get("headers") or {}, body)
        except SpecViolation as exc:
            problems.append(f"{path.name} interaction {i} ({req['method']} {req['uri']}): {exc}")
    return problems

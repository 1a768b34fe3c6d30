"""Default MCP tools for every operation: tools.json, calls.py, schemas.json, manifest.json."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from codegen.emit import schema as sch
from codegen.emit.templates import render
from codegen.emit.text import brief, clean, snake, tool_name
from codegen.model import BackendModel, Operation


@dataclass
class Tool:
    op: Operation
    name: str
    function: str
    input_schema: dict[str, Any]
    body_mode: str  # "none" | "flat" | "nested"
    body_keys: list[str]
    unbounded_bytes: int
    keys: dict[str, str]  # parameter name -> argument key a client sends


def tool_annotations(op: Operation) -> dict[str, bool]:
    idempotent = op.safety == "read" or op.method in ("PUT", "DELETE")
    return {
        "readOnlyHint": op.safety == "read",
        "destructiveHint": op.safety in ("destructive", "credential"),
        "idempotentHint": idempotent,
        "openWorldHint": True,
    }


def _param_schema(param, components) -> dict[str, Any]:
    s = sch.inline(param.schema, components)
    desc = clean(param.description) or s.get("description", "")
    if desc:
        s["description"] = desc
    return s


_SAFE_KEY = re.compile(r"^[a-zA-Z0-9_.-]{1,64}$")


def arg_key(name: str) -> str:
    """Wire names like "Include deleted QOS" become keys every MCP client accepts."""
    return name if _SAFE_KEY.match(name) else snake(name)


def input_schema(op: Operation, components: dict[str, Any]) -> tuple[dict, str, list[str], int]:
    props: dict[str, Any] = {}
    required: list[str] = []
    for p in op.parameters:
        props[arg_key(p.name)] = _param_schema(p, components)
        if p.required:
            required.append(arg_key(p.name))
    body_mode, body_keys = "none", []
    if op.body_schema is not None:
        body = sch.inline(op.body_schema, components)
        composed = any(k in body for k in ("anyOf", "oneOf", "allOf"))
        fields = (
            body.get("properties")
            if body.get("type", "object") == "object" and not composed
            else None
        )
        if fields is not None and not set(fields) & set(props):
            body_mode, body_keys = "flat", sorted(fields)
            props.update(fields)
            required += body.get("required", [])
        else:
            body_mode = "nested"
            props["body"] = body
            if op.body_required:
                required.append("body")
    for prop in props.values():
        if isinstance(prop.get("description"), str):
            prop["description"] = brief(prop["description"], 160)
    full: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        full["required"] = sorted(set(required))
    return sch.bound(full), body_mode, body_keys, sch.size(full)


def build_tools(model: BackendModel) -> list[Tool]:
    taken: set[str] = set()
    tools = []
    for op in model.operations:
        if op.internal:
            continue
        name = tool_name(model.name, op.name or op.id, taken)
        schema, mode, keys, raw = input_schema(op, model.schemas)
        arg_keys = {p.name: arg_key(p.name) for p in op.parameters}
        tools.append(Tool(op, name, snake(op.id), schema, mode, keys, raw, arg_keys))
    return tools


def tool_entry(t: Tool) -> dict[str, Any]:
    op = t.op
    return {
        "name": t.name,
        "operation": op.id,
        "description": brief(op.summary or op.description) or f"{op.method} {op.path}",
        "inputSchema": t.input_schema,
        "annotations": tool_annotations(op),
        "safety": op.safety,
        "method": op.method,
        "path": op.path,
        "tags": op.tags,
        "call": t.function,
    }


def manifest(model: BackendModel, tools: list[Tool]) -> dict[str, Any]:
    by_op = {t.op.id: t.name for t in tools}
    return {
        "backend": model.name,
        "api_version": model.api_version,
        "source": model.source.label,
        "operations": [
            {
                "id": op.id,
                "tool": by_op.get(op.id),
                "method": op.method,
                "path": op.path,
                "safety": op.safety,
                **({"internal": True} if op.internal else {}),
            }
            for op in model.operations
        ],
    }


def schemas(model: BackendModel, tools: list[Tool]) -> dict[str, Any]:
    """Full request/response schemas per operation, for describe_operation and cassette checks."""
    return {
        "components": model.schemas,
        "operations": {
            op.id: {
                "description": clean(op.description or op.summary),
                "parameters": [
                    {"name": p.name, "in": p.location, "required": p.required, "schema": p.schema}
                    for p in op.parameters
                ],
                "body": op.body_schema,
                "response": op.response_schema,
                **({"extra": op.extra} if op.extra else {}),
            }
            for op in model.operations
        },
    }


def calls_module(model: BackendModel, tools: list[Tool], header: str) -> str:
    return render("calls.py.j2", header=header, model=model, tools=tools)

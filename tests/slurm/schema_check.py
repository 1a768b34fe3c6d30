"""Validate shim responses against the shim's own OpenAPI document (the v0.0.42 schemas)."""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft4Validator

from labgate.shim.convert import document


@cache
def _validator(method: str, template: str) -> Draft4Validator:
    doc = document()
    op = doc["paths"][template][method.lower()]
    resp = op["responses"].get("200") or op["responses"]["default"]
    schema = resp["content"]["application/json"]["schema"]
    return Draft4Validator({**schema, "components": doc["components"]})


def errors(method: str, template: str, body: Any) -> list[str]:
    """Schema violations of `body` as answered by METHOD TEMPLATE (empty when valid)."""
    v = _validator(method, template)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in v.iter_errors(body)
    ]

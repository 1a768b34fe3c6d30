"""The one jinja2 environment every template under codegen/templates/ renders with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _fail(message: str) -> None:
    raise jinja2.TemplateError(message)


ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
ENV.globals["raise"] = _fail


def render(name: str, **context: Any) -> str:
    return ENV.get_template(name).render(**context)

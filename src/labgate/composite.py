"""Hand-written tools (curated composites, discovery): a typed signature becomes the schema.

    @tool("<backend>_get_metric_history", backend="<backend>", safety="read")
    async def history(ctx: CallContext, run_id: Annotated[str, Field(description=...)]) -> dict:
        "When to use it (first paragraph becomes the description)."

Arguments are validated with pydantic; the first failing field is named in the error.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from labgate.envelope import ARGS as ENVELOPE_ARGS
from labgate.errors import ArgumentError

REGISTERED: list[Composite] = []


@dataclass
class Composite:
    name: str
    backends: tuple[str, ...]  # the tool exists when any of these is configured
    safety: str
    toolset: str
    fn: Callable[..., Awaitable[Any]]
    model: type[BaseModel]
    description: str
    idempotent: bool
    replaces: str | None = None  # the generated operation id whose name this tool takes

    # read like an Operation by the registry, the search index and describe_operation
    hidden = False
    curated = True
    method = path = ""

    @property
    def backend(self) -> str:
        return self.backends[0]

    @property
    def id(self) -> str:
        return self.name

    @property
    def tags(self) -> list[str]:
        return [self.toolset]

    @property
    def input_schema(self) -> dict[str, Any]:
        return self.schema()

    def schema(self) -> dict[str, Any]:
        return compact_schema(self.model.model_json_schema())

    def validate(self, args: dict[str, Any]) -> dict[str, Any]:
        try:
            return dict(self.model.model_validate(args or {}))
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"]) or "arguments"
            raise ArgumentError(field, err["msg"].lower()) from None


def _model(fn: Callable, name: str) -> type[BaseModel]:
    hints = typing.get_type_hints(fn, include_extras=True)
    fields: dict[str, Any] = {}  # name: (type, default); Any: create_model's own keywords
    for pname, param in list(inspect.signature(fn).parameters.items())[1:]:
        default = ... if param.default is inspect.Parameter.empty else param.default
        fields[pname] = (hints[pname], default)
    config = ConfigDict(extra="forbid", title=name)
    return create_model(name, __config__=config, **fields)


def tool(
    name: str,
    *,
    backend: str | tuple[str, ...],
    safety: str = "read",
    toolset: str | None = None,
    idempotent: bool | None = None,
    replaces: str | None = None,
):
    """Register a composite tool. `replaces`: the id of the generated operation whose name it
    takes (that operation stays reachable as `<name>_raw`)."""
    backends = (backend,) if isinstance(backend, str) else tuple(backend)

    def register(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        twice = [c.fn for c in REGISTERED if c.name == name]
        if twice:  # e.g. a module imported as overrides.x and labgate_overrides.x: the last won
            raise RuntimeError(f"tool {name} is registered twice: {twice[0].__module__}."
                               f"{twice[0].__qualname__} and {fn.__module__}.{fn.__qualname__}")  # fmt: skip
        doc = inspect.cleandoc(fn.__doc__ or "").split("\n\n")[0].replace("\n", " ")
        REGISTERED.append(
            Composite(
                name=name,
                backends=backends,
                safety=safety,
                toolset=toolset or backends[0],
                fn=fn,
                model=_model(fn, name),
                description=doc,
                idempotent=safety == "read" if idempotent is None else idempotent,
                replaces=replaces,
            )
        )
        return fn

    return register


# Shown to clients: types, enums, defaults. Enforced but not shown (bytes on every turn, and a
# violation comes back naming the field and the bound): titles, lengths, patterns, ranges.
_DROP = {"title", "minLength", "maxLength", "pattern", "minItems", "maxItems", "minimum", "maximum"}


def compact_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """pydantic's JSON schema without titles, $defs inlined, Optional[X] as X (null allowed by omission)."""
    defs = schema.get("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return walk(
                {
                    **defs[node["$ref"].rsplit("/", 1)[-1]],
                    **{k: v for k, v in node.items() if k != "$ref"},
                }
            )
        any_of = node.get("anyOf")
        if any_of and len(any_of) == 2 and {"type": "null"} in any_of:
            inner = next(a for a in any_of if a != {"type": "null"})
            rest = {k: v for k, v in node.items() if k != "anyOf"}
            if rest.get("default", ...) is None:
                rest.pop("default")
            return walk({**inner, **rest})
        out = {}
        for k, v in node.items():
            if k in _DROP or k == "$defs":
                continue
            if k == "properties":
                out[k] = {p: walk(s) for p, s in v.items()}
            else:
                out[k] = walk(v)
        return out

    out = walk(schema)
    out.pop("additionalProperties", None)
    for key, spelled in ENVELOPE_ARGS.items():  # the same on every list tool, composite or not
        if key in out.get("properties", {}):
            out["properties"][key] = spelled
    return out

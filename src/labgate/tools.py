"""The tool list a client receives, built from the registry, overrides and composites.

Curated mode: per configured backend the curated operations and composites, plus the
three discovery tools. `--tools all`: every generated operation as its own tool (plus
composites). Write tools appear only with --allow-write, destructive ones only with
--allow-destructive as well. Every tool runs through `LabgateTool.run`, which turns any
unexpected failure into a one-line error (never a traceback).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from fastmcp.tools.base import Tool, ToolResult
from mcp.types import ContentBlock, TextContent, ToolAnnotations

from labgate import audit, composite, discovery, metrics
from labgate.backends import adapter, instance_args
from labgate.config import Settings
from labgate.context import CallContext
from labgate.envelope import ARGS as ENVELOPE_ARGS
from labgate.envelope import cap_document, decode_cursor, envelope
from labgate.errors import ArgumentError, LabgateError, redact, redact_secrets
from labgate.registry import Operation, OverrideError, Registry, aliases
from labgate.runtime import CREDENTIAL_WHY, Runtime, check_safety, compiled, validate

log = logging.getLogger("labgate")
Handler = Callable[[dict[str, Any]], Awaitable[Any]]


@dataclass
class ToolDef:
    name: str
    description: str
    schema: dict[str, Any]
    safety: str
    idempotent: bool
    backend: str | None
    toolset: str
    handler: Handler
    kind: str  # "curated" | "operation" | "composite" | "discovery"
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # One validation path: every tool, whichever way it is reached (tools/call,
        # call_operation), refuses what its listed schema refuses, naming the field.
        self.handler = checked(self.schema, self.handler)

    def annotations(self) -> dict[str, bool]:
        return {
            "readOnlyHint": self.safety == "read",
            "destructiveHint": self.safety == "destructive",
            "idempotentHint": self.idempotent,
            "openWorldHint": self.kind != "discovery" or self.name == "call_operation",
        }

    def mcp(self) -> dict[str, Any]:
        """The tools/list entry exactly as a client receives it."""
        return wire(as_fastmcp(self))


# MCP's defaults for tool annotations; destructive and idempotent mean something only for a tool
# that is not read-only. What is sent leaves out what a client would assume anyway (~1.8 KB of
# the default list); `hints` reads it back.
HINT_DEFAULTS = {
    "readOnlyHint": False,
    "destructiveHint": True,
    "idempotentHint": False,
    "openWorldHint": True,
}
_READ_ONLY = {"destructiveHint": False, "idempotentHint": True}


def sent_hints(full: dict[str, bool]) -> dict[str, bool]:
    implied = {**HINT_DEFAULTS, **(_READ_ONLY if full["readOnlyHint"] else {})}
    return {k: v for k, v in full.items() if v != implied[k]}


def hints(sent: dict[str, bool]) -> dict[str, bool]:
    """Every annotation as a client reads what labgate sent."""
    return {**HINT_DEFAULTS, **(_READ_ONLY if sent.get("readOnlyHint") else {}), **sent}


def checked(schema: dict[str, Any], handler: Handler) -> Handler:
    validator = compiled(schema)

    async def run(args: dict[str, Any]) -> Any:
        validate(schema, args, validator)
        return await handler(args)

    return run


def to_result(value: Any, *extra: ContentBlock) -> ToolResult:
    """One JSON text block (plus `extra`, e.g. a chart), credentials masked.

    No `structuredContent`: no labgate tool declares an output schema, and clients that forward
    both would bill the model twice for the same answer (it also doubled the bytes on the wire).
    """
    if isinstance(value, ToolResult):
        return value
    if not isinstance(value, dict):
        value = {"result": value}
    text = redact_secrets(orjson.dumps(value).decode())  # a backend may echo a credential
    return ToolResult(content=[TextContent(type="text", text=text), *extra])


class LabgateTool(Tool):
    handler: Any = None

    def to_mcp_tool(self, **overrides: Any):
        # fastmcp's per-tool `_meta` ({"fastmcp": {"tags": []}}) costs every client bytes on
        # every turn and carries nothing for labgate tools.
        # The same goes for the title fastmcp derives from the name: clients fall back to the name.
        return super().to_mcp_tool(**{"_meta": None, "title": None, **overrides})

    async def run(self, arguments: dict[str, Any]) -> ToolResult:
        tool = audit.TOOL.set(self.name)
        try:
            with metrics.tool_call(self.name) as seen:
                return seen(to_result(await self.handler(arguments or {})))
        except LabgateError:
            raise
        except Exception as exc:  # noqa: BLE001 - the client must never see a traceback
            log.error("tool %s failed: %s", self.name, redact(repr(exc)))
            raise LabgateError(
                f"{self.name} failed: {type(exc).__name__}: {redact(str(exc))[:300]}"
            ) from None
        finally:
            audit.TOOL.reset(tool)


def as_fastmcp(t: ToolDef) -> LabgateTool:
    return LabgateTool(
        name=t.name,
        description=t.description,
        parameters=t.schema,
        annotations=ToolAnnotations.model_validate(sent_hints(t.annotations())),
        handler=t.handler,
    )


def wire(tool: Tool) -> dict[str, Any]:
    return tool.to_mcp_tool().model_dump(by_alias=True, exclude_none=True, mode="json")


def _dig(data: Any, path: str | None) -> Any:
    if not path:
        return None
    for key in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


class ToolBuilder:
    def __init__(self, settings: Settings, registry: Registry | None = None):
        self.settings = settings
        self.registry = registry or Registry(
            tuple(b for b in settings.toolsets if settings.enabled(b))
        )
        self.runtime = Runtime(settings, self.registry)
        self.ctx = CallContext(settings, self.registry, self.runtime)
        self._index: discovery.SearchIndex | None = None
        self._composites: dict[str, ToolDef] = {}

    # -- which tools -------------------------------------------------------------------
    def allowed(self, safety: str) -> bool:
        return (
            safety == "read"
            or (safety == "write" and self.settings.allow_write)
            or (safety == "destructive" and self.settings.allow_destructive)
        )

    def enabled_by(self, safety: str) -> str:
        return {
            "read": "always",
            "write": "--allow-write",
            "destructive": "--allow-write --allow-destructive",
            "credential": f"never ({CREDENTIAL_WHY})",
        }[safety]

    def build(self) -> list[ToolDef]:
        out: list[ToolDef] = []
        for backend in self.registry.backends:
            for op in self.registry.operations(backend).values():
                if op.hidden or not self.allowed(op.safety):
                    continue
                if self.settings.tools == "all" or op.curated:
                    out.append(self.operation_tool(op))
        out += [t for t in self.composite_tools() if self.allowed(t.safety)]
        if self.settings.tools != "all" and self.registry.backends:
            out += self.discovery_tools()
        self._check_aliases(
            {t.name for t in out} | {op.name for op in self.registry.all_operations()}
        )
        return sorted(out, key=lambda t: (t.kind == "discovery", t.name))

    @staticmethod
    def _check_aliases(live: set[str]) -> None:
        shadowing = sorted(old for old in aliases() if old in live)
        if shadowing:
            raise OverrideError(
                f"overrides/aliases.toml: old names still in use by live tools: {', '.join(shadowing)}"
            )

    # -- per kind ----------------------------------------------------------------------
    def _instance_arg(self, backend: str) -> tuple[str, dict[str, Any]] | None:
        names = [i.name for i in self.settings.instances.get(backend, [])]
        if len(names) < 2:
            return None
        key = adapter(backend).instance_arg
        return key, {"type": "string", "enum": names, "description": f"default {names[0]}"}

    def operation_tool(self, op: Operation) -> ToolDef:
        schema = op.tool_schema if op.curated else op.input_schema
        props = dict(schema.get("properties", {}))
        listing = op.listing if op.curated else None
        if listing:
            props.pop(listing.get("token_arg", ""), None)
            props.update(ENVELOPE_ARGS)
        inst = self._instance_arg(op.backend)
        if inst:
            props[inst[0]] = inst[1]
        schema = {**schema, "properties": props}
        return ToolDef(
            name=op.name,
            description=op.description,
            schema=schema,
            safety=op.safety,
            idempotent=op.annotations.get("idempotentHint", op.safety == "read"),
            backend=op.backend,
            toolset=op.toolset,
            handler=self._op_handler(op, listing, inst[0] if inst else None),
            kind="curated" if op.curated else "operation",
            meta={"operation": op.id},
        )

    def _op_handler(self, op: Operation, listing: dict | None, inst_key: str | None) -> Handler:
        cap = self.settings.byte_cap

        async def handler(args: dict[str, Any]) -> Any:
            args = dict(args)
            instance = args.pop(inst_key, None) if inst_key else None
            if not listing:
                return cap_document(await self.runtime.run(op, args, instance), cap)
            fields = args.pop("fields", None)
            if fields is not None and not (
                isinstance(fields, list) and all(isinstance(f, str) for f in fields)
            ):
                raise ArgumentError("fields", "must be a list of dotted key names")
            fields = fields or op.fields
            max_items = args.pop("max_items", None)
            if max_items is not None and (not isinstance(max_items, int) or max_items < 1):
                raise ArgumentError("max_items", "must be a positive integer")
            token, offset = decode_cursor(args.pop("cursor", None))
            if token is not None:
                args[listing["token_arg"]] = token
            data = await self.runtime.run(op, args, instance)
            items = _dig(data, listing["items"]) or []
            return envelope(
                items,
                page_token=token,
                offset=offset,
                next_token=_dig(data, listing.get("next")) or None,
                total=_dig(data, listing.get("total")),
                fields=fields,
                max_items=max_items,
                byte_cap=cap,
            )

        return handler

    def composite_tools(self) -> list[ToolDef]:
        """Every composite of the configured backends (listed or not: call_operation and
        describe_operation reach the ones the switches leave out, and refuse them)."""
        if not self._composites:
            self._composites = {
                c.name: self.composite_tool(c) for c in self.registry.composites().values()
            }
        return list(self._composites.values())

    def composite_tool(self, c: composite.Composite) -> ToolDef:
        live = [b for b in c.backends if b in self.registry.backends]
        schema = self._without_lone_instance(c.schema(), live)
        chooses = self._instance_choice(schema, live)
        if chooses:
            schema = {**schema, "properties": {**schema["properties"], "instance": chooses[1]}}
        return ToolDef(
            name=c.name,
            description=c.description,
            schema=schema,
            safety=c.safety,
            idempotent=c.idempotent,
            backend=live[0],
            toolset=c.toolset,
            handler=self._composite_handler(c, chooses and chooses[0]),
            kind="composite",
            meta={"replaces": f"{c.name}_raw"} if c.replaces else {},
        )

    def _instance_choice(
        self, schema: dict[str, Any], backends: list[str]
    ) -> tuple[str, dict[str, Any]] | None:
        """(backend, `instance` property) for a one-backend composite without its own instance
        argument, when that backend has several instances."""
        props = schema.get("properties", {})
        if len(backends) != 1 or instance_args() & set(props):
            return None
        inst = self._instance_arg(backends[0])
        return (backends[0], inst[1]) if inst else None

    def _without_lone_instance(self, schema: dict[str, Any], backends: list[str]) -> dict[str, Any]:
        """A `cluster`/`instance` argument is noise while each backend has one instance."""
        if any(len(self.settings.instances.get(b, [])) > 1 for b in backends):
            return schema
        props = {k: v for k, v in schema.get("properties", {}).items() if k not in instance_args()}
        return {**schema, "properties": props}

    def _composite_handler(self, c: composite.Composite, chooses: str | None = None) -> Handler:
        """`chooses`: the backend whose instance this tool's `instance` argument picks."""

        async def handler(args: dict[str, Any]) -> Any:
            check_safety(self.settings, c.name, c.safety)
            if not chooses or args.get("instance") is None:
                return await c.fn(self.ctx, **c.validate(args))
            ctx = self.ctx.using(chooses, str(args["instance"]))
            return await c.fn(ctx, **c.validate({k: v for k, v in args.items() if k != "instance"}))

        return handler

    # -- discovery ---------------------------------------------------------------------
    def index(self) -> discovery.SearchIndex:
        if self._index is None:
            ops: list[Any] = [
                op
                for op in self.registry.all_operations()
                if not op.hidden and op.safety != "credential"
            ]
            ops += self.registry.composites().values()
            self._index = discovery.SearchIndex(ops)
        return self._index

    def discovery_tools(self) -> list[ToolDef]:
        backends = list(self.registry.backends)
        search_schema = {
            "type": "object",
            "properties": {
                "query": {"type": "string", "minLength": 1},
                "backend": {"type": "string", "enum": backends},
                "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 8},
            },
            "required": ["query"],
        }
        name_schema = {
            "type": "object",
            "properties": {"name": {"type": "string"}},
            "required": ["name"],
        }
        call_schema = {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "arguments": {"type": "object"},
                "instance": {"type": "string"},
            },
            "required": ["name"],
        }
        mk = lambda name, desc, schema, handler, safety="read", idem=True: ToolDef(
            name, desc, schema, safety, idem, None, "discovery", handler, "discovery"
        )
        return [
            mk(
                "search_operations",
                "Find API operations no listed tool covers; then describe_operation, call_operation.",
                search_schema,
                self._search,
            ),
            mk(
                "describe_operation",
                "An operation's arguments, safety, example call.",
                name_schema,
                self._describe,
            ),
            mk(
                "call_operation",
                "Run an operation found by search_operations.",
                call_schema,
                self._call,
                safety="write" if self.settings.allow_write else "read",
                idem=False,
            ),
        ]

    async def _search(self, args: dict[str, Any]) -> Any:
        backend, limit = args.get("backend"), args.get("limit", 8)
        if not args["query"].strip():
            raise ArgumentError("query", "must not be empty: say what you want to do")
        hits = self.index().search(args["query"], backend, limit)
        items = [
            {
                "name": op.name,
                "backend": op.backend,
                "summary": op.description[:160],
                "safety": op.safety,
                **({} if self.allowed(op.safety) else {"needs": self.enabled_by(op.safety)}),
            }
            for op, _ in hits
        ]
        return envelope(items, byte_cap=self.settings.byte_cap)

    def _find(self, name: str) -> Operation | composite.Composite:
        op = self.registry.find(name)
        if op is None or op.hidden:
            raise ArgumentError(
                "name", f"no operation named {name!r}; use search_operations to find one"
            )
        return op

    async def _describe(self, args: dict[str, Any]) -> Any:
        op = self._find(args["name"])
        if isinstance(op, composite.Composite):
            tool = self._composite_defs()[op.name]
            return discovery.describe_tool(tool, self.enabled_by(op.safety))
        return discovery.describe(op, self.enabled_by(op.safety))

    async def _call(self, args: dict[str, Any]) -> Any:
        op = self._find(args["name"])
        arguments = dict(args.get("arguments") or {})
        if isinstance(op, composite.Composite):
            tool = self._composite_defs()[op.name]
            key = next((k for k in instance_args() if k in tool.schema["properties"]), None)
            if args.get("instance") is not None:
                if key is None:
                    raise ArgumentError("instance", f"{op.name} has one instance to choose from")
                arguments[key] = args["instance"]
            return await tool.handler(arguments)
        result = await self.runtime.run(op, arguments, args.get("instance"))
        return cap_document(result, self.settings.byte_cap)

    def _composite_defs(self) -> dict[str, ToolDef]:
        self.composite_tools()
        return self._composites

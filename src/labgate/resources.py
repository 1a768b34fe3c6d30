"""MCP beyond tools: resource templates, prompts and argument completion.

A backend's resource templates are typed functions in its overrides modules, like its tools:

    @resource("<backend>://{instance}/runs/{run_id}", backend="<backend>",
              complete={"run_id": recent_run_ids})
    async def run(ctx: CallContext, run_id: RunId):
        "One run: status, params, latest metrics (first paragraph: the description)."
        return await get_run(ctx, run_id)          # the curated composite's own logic

The URI's authority is the adapter's instance argument (`{instance}`, or `{cluster}`...): it
picks the instance, checked against the configuration; the other parameters are validated like a
tool's arguments. A read goes through a read-only call context (an operation that is not a read
is refused whatever the switches), the runtime (timeouts, retries, size limits, counting), the
byte cap and credential masking, and fails as one line naming what is wrong, never a traceback.

Prompts are functions returning the message text, declared in `overrides/prompts.py` with the
backends they need (`@prompt(backends=(...))`); they are listed when one of them is configured.

Completions: a template or prompt names, per argument, an async completer
`(ctx, given) -> list[str]` (`given`: the arguments already filled in); an instance argument
completes from the configuration.
Answers are cached for `COMPLETION_TTL_S`, bounded to `COMPLETION_MAX` values and
`COMPLETION_TIMEOUT_S`; a completer that fails answers no values.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson
from fastmcp.exceptions import ResourceError
from fastmcp.exceptions import ValidationError as ValidationError_
from fastmcp.prompts.base import Prompt, PromptArgument
from fastmcp.resources.base import ResourceContent, ResourceResult
from fastmcp.resources.template import ResourceTemplate
from pydantic import BaseModel, Field, ValidationError
from pydantic.json_schema import SkipJsonSchema

from labgate import metrics
from labgate.backends import adapter
from labgate.composite import _model
from labgate.context import CallContext
from labgate.envelope import cap_document
from labgate.errors import ArgumentError, LabgateError, SafetyError, redact, redact_secrets

if TYPE_CHECKING:
    from labgate.tools import ToolBuilder

log = logging.getLogger("labgate")

# (context, the other arguments already given) -> every candidate; the handler narrows them to
# what was typed, so one answer serves every keystroke while it is cached
Completer = Callable[[CallContext, Mapping[str, str]], Awaitable[list[str]]]

COMPLETION_MAX = 100  # MCP's cap on values per completion answer
COMPLETION_TTL_S = 30.0  # how long a completer's answer is reused
COMPLETION_TIMEOUT_S = 5.0
COMPLETION_CACHE = 256  # answers kept
_PARAM = re.compile(r"\{([a-z_]+)\*?\}")


@dataclass
class Template:
    uri: str
    backend: str
    name: str
    description: str
    fn: Callable[..., Awaitable[Any]]
    model: type[BaseModel]  # the parameters besides the instance
    complete: dict[str, Completer] = field(default_factory=dict)

    @property
    def instance_arg(self) -> str:
        return adapter(self.backend).instance_arg

    def validate(self, params: dict[str, Any]) -> dict[str, Any]:
        try:
            return dict(self.model.model_validate(params))
        except ValidationError as exc:
            err = exc.errors()[0]
            name = ".".join(str(p) for p in err["loc"]) or "uri"
            raise ArgumentError(name, _lower_first(err["msg"])) from None


@dataclass
class PromptDef:
    name: str
    backends: tuple[str, ...]
    description: str
    fn: Callable[..., str]
    arguments: list[PromptArgument]
    model: type[BaseModel]
    complete: dict[str, Completer] = field(default_factory=dict)


TEMPLATES: list[Template] = []
PROMPTS: list[PromptDef] = []


def _lower_first(msg: str) -> str:
    return msg[:1].lower() + msg[1:]


def _doc(fn: Callable) -> str:
    return inspect.cleandoc(fn.__doc__ or "").split("\n\n")[0].replace("\n", " ")


def resource(
    uri: str,
    *,
    backend: str,
    name: str | None = None,
    complete: Mapping[str, Completer] | None = None,
):
    """Register a resource template of `backend`: `fn(ctx, **params)` returns the JSON answer."""

    def register(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
        params = _PARAM.findall(uri)
        key = adapter(backend).instance_arg
        if not uri.startswith(f"{backend}://{{{key}}}/"):
            raise ValueError(f"resource {uri}: must start with {backend}://{{{key}}}/")
        signature = list(inspect.signature(fn).parameters)[1:]
        if sorted(params[1:]) != sorted(signature):
            raise ValueError(f"resource {uri}: parameters {params[1:]} vs {fn.__name__}{signature}")
        TEMPLATES.append(
            Template(
                uri=uri,
                backend=backend,
                name=name or fn.__name__,
                description=_doc(fn),
                fn=fn,
                model=_model(fn, name or fn.__name__),
                complete=dict(complete or {}),
            )
        )
        return fn

    return register


def prompt(
    name: str,
    *,
    backends: tuple[str, ...],
    complete: Mapping[str, Completer] | None = None,
):
    """Register a prompt: `fn(lab, **arguments)` returns the message (arguments are strings)."""

    def register(fn: Callable[..., str]) -> Callable[..., str]:
        model = _model(fn, name)
        args = [
            PromptArgument(name=k, description=f.description, required=f.is_required())
            for k, f in model.model_fields.items()
        ]
        PROMPTS.append(PromptDef(name, backends, _doc(fn), fn, args, model, dict(complete or {})))
        return fn

    return register


def load() -> None:
    """Import the modules that declare templates (the adapters' overrides modules) and prompts."""
    from labgate.registry import load_composites

    load_composites()
    importlib.import_module("labgate_overrides.prompts")


# -- reading --------------------------------------------------------------------------------
class ReadOnlyContext(CallContext):
    """A call context that runs read operations only, whatever the server's switches."""

    def using(self, backend: str, instance: str | None) -> CallContext:
        if instance is None:
            return self
        self.instance(backend, instance)
        return ReadOnlyContext(
            self.settings, self.registry, self.runtime, {**self.chosen, backend: instance}
        )

    async def call(
        self, backend: str, op_id: str, args: dict[str, Any], instance: str | None = None
    ) -> Any:
        op = self.op(backend, op_id)
        if op.safety != "read":
            raise SafetyError(f"{op.name} is a {op.safety} operation: resources only read")
        return await super().call(backend, op_id, args, instance)


def _text(value: Any, cap: int) -> str:
    from fastmcp.tools.base import ToolResult

    if isinstance(value, ToolResult):  # a composite that added an image: its JSON block
        texts = [getattr(b, "text", None) for b in value.content]
        return next((t for t in texts if isinstance(t, str)), "{}")
    return redact_secrets(orjson.dumps(cap_document(value, cap)).decode())


def uri_error(uri: str, problem: str) -> Exception:
    """A client's mistake: JSON-RPC invalid params naming the URI and what is wrong with it
    (logged at debug level: no traceback in the server's log either)."""
    return BadUri(f"{uri}: {problem}", log_level=logging.DEBUG)


class BadUri(ValidationError_):
    pass


class LabgateTemplate(ResourceTemplate):
    """A registered `Template`, read through the builder's runtime."""

    spec: SkipJsonSchema[Any] = Field(default=None, exclude=True)
    builder: SkipJsonSchema[Any] = Field(default=None, exclude=True)

    def to_mcp_template(self, **overrides: Any):
        # as for tools: fastmcp's `_meta` and derived title cost bytes and say nothing
        return super().to_mcp_template(**{"_meta": None, "title": None, **overrides})

    async def _read(self, uri: str, params: dict[str, Any]) -> ResourceResult:
        t: Template = self.spec
        try:
            with metrics.tool_call(t.name):
                params = dict(params)
                base = self.builder.ctx
                ctx = ReadOnlyContext(base.settings, base.registry, base.runtime).using(
                    t.backend, params.pop(t.instance_arg)
                )
                value = await t.fn(ctx, **t.validate(params))
                text = _text(value, base.settings.byte_cap)
        except ArgumentError as exc:
            raise uri_error(uri, str(exc)) from None
        except LabgateError as exc:
            raise ResourceError(f"{uri}: {exc}", log_level=logging.INFO) from None
        except Exception as exc:  # noqa: BLE001 - the client must never see a traceback
            log.error("resource %s failed: %s", uri, redact(repr(exc)))
            raise ResourceError(
                f"{uri}: {t.name} failed: {type(exc).__name__}: {redact(str(exc))[:300]}"
            ) from None
        return ResourceResult([ResourceContent(text, mime_type="application/json")])


def _instance_names(ctx: CallContext, backend: str) -> list[str]:
    return [i.name for i in ctx.settings.instances.get(backend, [])]


def templates_for(builder: ToolBuilder) -> list[LabgateTemplate]:
    load()
    out = []
    for t in TEMPLATES:
        if t.backend not in builder.registry.backends:
            continue
        schema = t.model.model_json_schema()
        props = {t.instance_arg: {"type": "string"}, **schema.get("properties", {})}
        out.append(
            LabgateTemplate(
                name=t.name,
                uri_template=t.uri,
                description=t.description,
                mime_type="application/json",
                parameters={"type": "object", "properties": props},
                security=None,  # every parameter is validated here, naming what is wrong
                spec=t,
                builder=builder,
            )
        )
    return out


def unmatched(uri: str, builder: ToolBuilder) -> str | None:
    """Why no template matches `uri`, when it is one of labgate's schemes (None otherwise)."""
    scheme = uri.partition("://")[0]
    if scheme not in builder.registry.backends:
        known = sorted({t.backend for t in TEMPLATES} - set(builder.registry.backends))
        if scheme in known:
            return f"{scheme} is not configured on this server"
        return None
    shapes = [t.uri for t in TEMPLATES if t.backend == scheme]
    if not shapes:
        return f"labgate has no {scheme} resources: its tools read {scheme}"
    rest = uri.partition("://")[2]
    inst = rest.partition("/")[0]
    names = [i.name for i in builder.settings.instances.get(scheme, [])]
    key = adapter(scheme).instance_arg
    if inst not in names:
        return f"no {scheme} {key} named {inst!r} (configured: {', '.join(names)})"
    return f"no {scheme} resource at this path; the shapes are: {', '.join(shapes)}"


# -- prompts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lab:
    """What a prompt may adapt its text to: the listed tools and the configured instances."""

    tools: frozenset[str]
    instances: Mapping[str, tuple[str, ...]]

    def has(self, *names: str) -> bool:
        return all(n in self.tools for n in names)


class LabgatePrompt(Prompt):
    spec: SkipJsonSchema[Any] = Field(default=None, exclude=True)
    lab: SkipJsonSchema[Any] = Field(default=None, exclude=True)

    def to_mcp_prompt(self, **overrides: Any):
        return super().to_mcp_prompt(**{"_meta": None, "title": None, **overrides})

    async def render(self, arguments: dict[str, Any] | None = None) -> str:
        p: PromptDef = self.spec
        try:
            args = dict(p.model.model_validate(arguments or {}))
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"]) or "arguments"
            raise BadUri(
                f"prompt {p.name}: invalid argument `{where}`: {_lower_first(err['msg'])}",
                log_level=logging.DEBUG,
            ) from None
        return p.fn(self.lab, **args)


def prompts_for(builder: ToolBuilder, tools: list[str]) -> list[LabgatePrompt]:
    load()
    live = set(builder.registry.backends)
    lab = Lab(
        frozenset(tools),
        {b: tuple(i.name for i in builder.settings.instances.get(b, [])) for b in live},
    )
    return [
        LabgatePrompt(
            name=p.name,
            description=p.description,
            arguments=p.arguments,
            spec=p,
            lab=lab,
        )
        for p in PROMPTS
        if live & set(p.backends)
    ]


# -- completion -----------------------------------------------------------------------------
def instances(backend: str) -> Completer:
    """Completes the names of `backend`'s configured instances (no backend call)."""

    async def names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
        return _instance_names(ctx, backend)

    names.cached = False  # type: ignore[attr-defined]
    return names


def fixed(*values: str) -> Completer:
    async def names(ctx: CallContext, given: Mapping[str, str]) -> list[str]:
        return list(values)

    names.cached = False  # type: ignore[attr-defined]
    return names


def narrow(values: list[str], typed: str) -> list[str]:
    """Values starting with what was typed first, then those containing it (case-insensitive)."""
    low = typed.lower()
    first = [v for v in values if v.lower().startswith(low)]
    return first + [v for v in values if low in v.lower() and v not in first]


class Completions:
    """The server's one completion handler: finds the completer of a template's or prompt's
    argument and runs it through a read-only context on the instance the context names."""

    def __init__(self, builder: ToolBuilder, templates: list[LabgateTemplate], prompts: list):
        self.builder = builder
        self.templates = {t.uri_template: t.spec for t in templates}
        self.prompts = {p.name: p.spec for p in prompts}
        self._cache: dict[tuple, tuple[float, list[str]]] = {}

    def _find(self, ref: Any, arg: str) -> tuple[Completer | None, str | None, str | None]:
        """(completer, backend whose instance the context may name, that argument's name)."""
        if getattr(ref, "type", "") == "ref/resource":
            t = self.templates.get(ref.uri)
            if t is None:
                return None, None, None
            if arg == t.instance_arg:
                return instances(t.backend), t.backend, t.instance_arg
            return t.complete.get(arg), t.backend, t.instance_arg
        p = self.prompts.get(getattr(ref, "name", ""))
        if p is None:
            return None, None, None
        live = [b for b in p.backends if b in self.builder.registry.backends]
        backend = live[0] if len(live) == 1 else None
        return p.complete.get(arg), backend, backend and adapter(backend).instance_arg

    async def __call__(self, ref: Any, argument: Any, context: Any) -> list[str]:
        given = dict((context.arguments if context else None) or {})
        completer, backend, key = self._find(ref, argument.name)
        if completer is None:
            return []
        base = self.builder.ctx
        ctx: CallContext = ReadOnlyContext(base.settings, base.registry, base.runtime)
        try:
            if backend and key and given.get(key):
                ctx = ctx.using(backend, given[key])
            values = await self._values(completer, ctx, argument.name, given, backend)
        except Exception as exc:  # noqa: BLE001 - a completion that fails has no values
            log.info("completion of %s failed: %s", argument.name, redact(str(exc))[:300])
            return []
        return narrow([v for v in values if isinstance(v, str)], argument.value)[:COMPLETION_MAX]

    async def _values(self, completer, ctx, name, given, backend) -> list[str]:
        if not getattr(completer, "cached", True):
            return await completer(ctx, given)
        inst = ctx.chosen.get(backend) if backend else None
        cache_key = (id(completer), inst, tuple(sorted(given.items())), name)
        hit = self._cache.get(cache_key)
        now = time.monotonic()
        if hit and now - hit[0] < COMPLETION_TTL_S:
            return hit[1]
        values = await asyncio.wait_for(completer(ctx, given), COMPLETION_TIMEOUT_S)
        if len(self._cache) >= COMPLETION_CACHE:
            self._cache.pop(next(iter(self._cache)))
        self._cache[cache_key] = (now, values)
        return values


def install(mcp: Any, builder: ToolBuilder, tools: list[str]) -> None:
    """Register the templates and prompts of the configured backends, and the completions."""
    templates = templates_for(builder)
    for t in templates:
        mcp.add_template(t)
    prompts = prompts_for(builder, tools)
    for p in prompts:
        mcp.add_prompt(p)
    if templates or prompts:
        mcp.add_completion_handler(Completions(builder, templates, prompts))

"""The typed call context: the only API composite tools use to reach a backend.

    out = await ctx.call("<backend>", "<operation id>", {...})        # validated, retried, capped
    items, pages = await ctx.paginate("<backend>", "<op>", {...}, items="runs", what="runs")
    headers = await ctx.stream("<backend>", "/path", consume)          # bounded by time
    answer = await ctx.once(key, lambda: ctx.call(...))               # shared while in flight
    await ctx.progress(done, total, "message")
    return ctx.result(answer, image)                                   # text (+ a PNG)

Retries, timeouts, size limits, call counting and error mapping live in the runtime, once. The
instance a call goes to is the one the tool call chose (`ctx.using(backend, name)`), else the
first configured. Every operation id a composite calls must be declared in its module's `USES`
(checked against the spec when the registry loads; a call to an undeclared id fails).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from labgate.errors import LabgateError
from labgate.paging import Pages

if TYPE_CHECKING:
    from fastmcp.tools.base import ToolResult
    from mcp.types import ContentBlock

    from labgate.config import Instance, Settings
    from labgate.registry import Operation, Registry
    from labgate.runtime import Runtime


class CallContext:
    def __init__(
        self,
        settings: Settings,
        registry: Registry,
        runtime: Runtime,
        chosen: Mapping[str, str] | None = None,
    ):
        self.settings, self.registry, self.runtime = settings, registry, runtime
        self.chosen = dict(chosen or {})  # backend -> instance name this tool call picked
        self._ops: dict[tuple[str, str], Operation] = {}

    def using(self, backend: str, instance: str | None) -> CallContext:
        """This context, with `backend`'s calls going to `instance` (None: unchanged)."""
        if instance is None:
            return self
        self.instance(backend, instance)  # an unknown name fails here, naming the argument
        return CallContext(
            self.settings, self.registry, self.runtime, {**self.chosen, backend: instance}
        )

    def instance(self, backend: str, name: str | None = None) -> Instance:
        return self.runtime.instance(backend, name or self.chosen.get(backend))

    @property
    def calls(self) -> int:
        """Backend calls made so far (composites report how many they needed)."""
        return self.runtime.calls

    def op(self, backend: str, op_id: str) -> Operation:
        key = (backend, op_id)
        if key not in self._ops:
            from labgate.registry import uses

            if op_id not in uses(backend):
                raise LabgateError(f"internal: {op_id!r} is not in the {backend} composites' USES")
            found = [o for o in self.registry.operations(backend).values() if o.id == op_id]
            if not found:
                raise LabgateError(f"{backend} has no operation {op_id}")
            self._ops[key] = found[0]
        return self._ops[key]

    async def call(
        self, backend: str, op_id: str, args: dict[str, Any], instance: str | None = None
    ) -> Any:
        op = self.op(backend, op_id)
        return await self.runtime.run(op, args, instance or self.chosen.get(backend))

    async def once(self, key: tuple[str, ...], make: Callable[[], Awaitable[Any]]) -> Any:
        """`make()`'s answer, shared with the concurrent tool calls that ask for the same `key`
        (a whole job queue, say: one read and one copy for all of them, not one each)."""
        return await self.runtime.once(key, make)

    async def paginate(
        self,
        backend: str,
        op_id: str,
        args: dict[str, Any],
        *,
        items: str,
        what: str,
        token_arg: str = "page_token",
        next_key: str = "next_page_token",
    ) -> tuple[list[Any], Pages]:
        """Every page of a token-paged operation, bounded (`Pages`): the items and the bound,
        whose `mark(answer)` says when it cut the loop short."""
        pages, token = Pages(what), None
        out: list[Any] = []
        while True:
            page = await self.call(
                backend, op_id, {**args, **({token_arg: token} if token else {})}
            )
            out += page.get(items) or []
            token = page.get(next_key)
            if not pages.more(token):
                return out, pages

    def client(self, backend: str) -> Any:
        """The generated client of the chosen instance (for what it learnt, such as a
        server's API version; calls go through `call`, `send` or `stream`)."""
        return self.runtime.client(self.instance(backend))

    async def send(
        self, backend: str, request: Callable[[Any], Awaitable[Any]], instance: str | None = None
    ) -> Any:
        """A request outside the registry (`request(client)`, e.g. a shim extension), with the
        runtime's timeout, counting and errors; the raw response."""
        return await self.runtime.send(self.instance(backend, instance), request)

    async def extension(
        self, backend: str, op_id: str, args: dict[str, Any], instance: str | None = None
    ) -> Any:
        """An operation of the backend adapter's `extension_spec` (declared in the module's
        `EXTENSIONS`), with the runtime's timeout, counting and errors; the raw response."""
        import importlib

        from labgate.backends import adapter
        from labgate.registry import extensions

        spec = adapter(backend).extension_spec
        if not spec or op_id not in extensions(backend):
            raise LabgateError(
                f"internal: {op_id!r} is not in the {backend} composites' EXTENSIONS"
            )
        fn = getattr(importlib.import_module(f"labgate_generated.{spec}.calls"), op_id)
        return await self.send(backend, lambda client: fn(client, args), instance)

    async def stream(
        self,
        backend: str,
        path: str,
        consume: Callable[[bytes], bool | None],
        *,
        params: dict[str, Any] | None = None,
    ) -> Mapping[str, str]:
        """GET `path` and hand each chunk to `consume` (which keeps what it needs; False
        stops) under the instance's timeout; the answer's headers. For bodies too large to
        hold (log tails), so the size limit does not apply: `consume` bounds memory."""
        return await self.runtime.stream(self.instance(backend), path, consume, params)

    async def progress(
        self, done: float, total: float | None = None, message: str | None = None
    ) -> None:
        try:
            from fastmcp.server.dependencies import get_context

            await get_context().report_progress(done, total, message)
        except (RuntimeError, LookupError, AttributeError):
            pass  # not inside an MCP request (CLI, tests): nothing to report to

    @staticmethod
    def result(value: Any, *extra: ContentBlock | None) -> ToolResult:
        """The answer as one JSON text block, plus images (None entries are skipped)."""
        from labgate.tools import to_result

        return to_result(value, *(e for e in extra if e is not None))

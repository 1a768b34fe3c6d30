"""Running one generated operation: validate, gate, call the typed client, retry, decode."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import cache
from typing import TYPE_CHECKING, Any

import orjson

from labgate import metrics
from labgate.audit import AuditLog
from labgate.backends import adapter
from labgate.config import ConfigError, Instance, Settings
from labgate.errors import ArgumentError, BackendError, LabgateError, SafetyError
from labgate.limits import BackendSlots
from labgate.limits import parse as parse_limits
from labgate.registry import Operation, Registry, calls_module

if TYPE_CHECKING:  # httpx and jsonschema are imported where used: ~0.2 s less at startup
    import httpx
    from jsonschema import Draft202012Validator

RETRY_STATUSES = {429, 502, 503, 504}


MAX_ATTEMPTS = 3


class _Again(Exception):
    """An attempt that failed in a way worth repeating after `wait` seconds."""

    def __init__(self, error: LabgateError, wait: float):
        super().__init__(str(error))
        self.error, self.wait = error, wait


def _backoff(exc: Exception) -> bool | float:
    return exc.wait if isinstance(exc, _Again) else False


CREDENTIAL_WHY = "it mints, reveals or changes credentials or users"


def check_safety(settings: Settings, name: str, safety: str) -> None:
    if safety == "credential":
        raise SafetyError(f"labgate never runs {name}, whatever the switches: {CREDENTIAL_WHY}")
    if safety == "write" and not settings.allow_write:
        raise SafetyError(
            f"{name} changes data; labgate is read-only unless started with --allow-write"
        )
    if safety == "destructive" and not settings.allow_destructive:
        raise SafetyError(
            f"{name} is destructive (delete/cancel/abort); it needs --allow-write and --allow-destructive"
        )


@cache
def _validator(schema_json: bytes) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(orjson.loads(schema_json))


def compiled(schema: dict[str, Any]) -> Draft202012Validator:
    return _validator(orjson.dumps(schema, option=orjson.OPT_SORT_KEYS))


def validate(
    schema: dict[str, Any], args: dict[str, Any], validator: Draft202012Validator | None = None
) -> None:
    """Refuse `args` that `schema` refuses, naming the first wrong field. `validator`: one
    compiled for `schema` already (tools compile theirs once)."""
    if not isinstance(args, dict):
        raise ArgumentError("arguments", "must be an object")
    props = schema.get("properties", {})
    for key in args:
        if key not in props:
            raise ArgumentError(
                key, f"unknown argument; expected one of: {', '.join(sorted(props)) or 'none'}"
            )
    from jsonschema.exceptions import best_match

    validator = validator or compiled(schema)
    err = best_match(validator.iter_errors(args))
    if err is None:
        return
    path = ".".join(str(p) for p in err.absolute_path)
    if err.validator == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        raise ArgumentError(f"{path}.{missing}" if path else missing, "is required")
    raise ArgumentError(path or "arguments", _short(err.message))


def check_path_params(path: str, args: dict[str, Any]) -> None:
    """A path parameter of "", "." or ".." would be resolved away by the HTTP client (dot
    segments are removed from URLs), sending the request to a different endpoint; one with a
    ".." segment inside ("a/../../x", sent as a%2F..%2F..) reaches another endpoint through any
    proxy that decodes %2F before normalising."""
    for name in re.findall(r"\{([^}]+)\}", path):
        value = str(args.get(name, "x"))
        if value in ("", ".") or ".." in re.split(r"[/\\]", value):
            raise ArgumentError(name, "must not be empty, '.', or hold a '..' segment")


def _short(message: str) -> str:
    return message if len(message) < 200 else message[:200] + "…"


def retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value)
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def make_client(inst: Instance, max_response_bytes: int) -> Any:
    """The backend's client (from its adapter), every answer read under the size limit."""
    from labgate.bounded import response_hook
    from labgate.requestid import outgoing

    hooks: dict[str, list[Any]] = {
        "request": [outgoing],
        "response": [response_hook(inst.backend, max_response_bytes)],
    }
    headers = {"Accept-Encoding": "gzip, deflate"}  # what the response hook can decode
    return adapter(inst.backend).client(inst, hooks, headers)


def backend_error(
    backend: str, status: int, body: bytes | str | None, hint: str = ""
) -> BackendError:
    return BackendError(backend, status, body, hint or adapter(backend).hints.get(status, ""))


def decode(backend: str, resp: httpx.Response) -> Any:
    if resp.status_code >= 400:
        raise backend_error(backend, resp.status_code, resp.content)
    if not resp.content:
        return {"ok": True, "status": resp.status_code}
    ctype = resp.headers.get("content-type", "")
    if "json" in ctype or resp.content[:1] in (b"{", b"["):
        try:
            return orjson.loads(resp.content)
        except orjson.JSONDecodeError:
            pass
        try:  # slurmrestd v0.0.40/41 writes a bare Infinity, which is not JSON: read it as null
            return json.loads(resp.content, parse_constant=lambda _: None)
        except ValueError:
            raise LabgateError(
                f"{backend} returned malformed JSON (HTTP {resp.status_code}, {len(resp.content)} bytes)"
            ) from None
    return {"text": resp.text, "content_type": ctype}


async def _head(resp: httpx.Response, limit: int = 65_536) -> bytes:
    """The start of a streamed error body (enough for its message)."""
    body = b""
    async for chunk in resp.aiter_bytes():
        body += chunk
        if len(body) >= limit:
            break
    return body[:limit]


def too_slow(backend: str, inst: Instance, detail: str = "") -> LabgateError:
    return LabgateError(f"{backend} did not answer within {inst.timeout:.0f} s{detail}")


class Unreachable(LabgateError):
    def __init__(self, inst: Instance, exc: Exception):
        super().__init__(f"cannot reach {inst.backend} at {inst.url}: {type(exc).__name__}")


def busy(inst: Instance, limit: int) -> LabgateError:
    return LabgateError(
        f"{inst.backend} ({inst.name}) is busy: labgate's {limit} requests in flight to it "
        f"([server.limits] backend_concurrency) did not free a slot within {inst.timeout:.0f} s"
    )


class Clients:
    """A backend client per configured instance, made on first use (what health probes need)."""

    def __init__(self, settings: Settings, registry: Registry):
        self.settings = settings
        self.registry = registry
        self._clients: dict[str, Any] = {}

    def client(self, inst: Instance) -> Any:
        if inst.key not in self._clients:
            self._clients[inst.key] = make_client(inst, self.settings.max_response_bytes)
        return self._clients[inst.key]

    async def aclose(self) -> None:
        for c in self._clients.values():
            closer = getattr(c, "aclose", None) or getattr(c, "__aexit__", None)
            if closer is not None:
                try:
                    await (closer() if closer.__name__ == "aclose" else closer(None, None, None))
                except Exception:  # noqa: BLE001 - closing is best effort
                    pass
        self._clients.clear()


class Runtime(Clients):
    """Clients per configured instance, and the one path every backend call takes."""

    def __init__(self, settings: Settings, registry: Registry):
        super().__init__(settings, registry)
        self.calls = 0  # backend calls made (benchmarks and composites report it)
        self.audit = AuditLog(settings.audit_log)
        # at most N requests in flight per backend instance ([server.limits] backend_concurrency)
        self.slots = BackendSlots(parse_limits(settings.server).backend_concurrency)
        self._flights: dict[tuple[str, ...], asyncio.Future[Any]] = {}

    async def once(self, key: tuple[str, ...], make: Callable[[], Awaitable[Any]]) -> Any:
        """`make()`'s answer, shared by every caller that asks for `key` while it is being made:
        one backend read, and one copy in memory, however many tool calls want it at once.
        Nothing is kept once it is made (no staleness); a caller that leaves does not cancel it
        for the others."""
        flight = self._flights.get(key)
        if flight is None:
            flight = asyncio.ensure_future(make())
            self._flights[key] = flight
            flight.add_done_callback(lambda done: self._landed(key, done))
        return await asyncio.shield(flight)

    def _landed(self, key: tuple[str, ...], flight: asyncio.Future[Any]) -> None:
        if self._flights.get(key) is flight:
            del self._flights[key]
        if not flight.cancelled():
            flight.exception()  # seen: when every caller left, asyncio would log it as lost

    def instance(self, backend: str, name: str | None) -> Instance:
        try:
            return self.settings.instance(backend, name)
        except ConfigError as exc:
            raise ArgumentError(adapter(backend).instance_arg, str(exc)) from None

    async def run(self, op: Operation, args: dict[str, Any], instance: str | None = None) -> Any:
        try:
            check_safety(self.settings, op.name, op.safety)
        except SafetyError:
            self.audit.refused(op, args, instance)
            raise
        args = {**op.defaults, **(args or {})}
        validate(op.input_schema, args)
        check_path_params(op.path, args)
        inst = self.instance(op.backend, instance)
        fn = getattr(calls_module(op.backend), op.call)
        with self.audit.call(op, inst, args) as watch:  # writes: attempt on disk first
            send = metrics.backend_call(op.backend, watch(lambda: fn(self.client(inst), args)))
            return await self._with_retries(op, inst, send)

    async def _with_retries(self, op: Operation, inst: Instance, attempt) -> Any:
        """One policy: idempotent calls get up to MAX_ATTEMPTS (stamina runs the loop and
        sleeps), each retry only when its wait plus one more attempt fits the instance's
        timeout; writes are sent once."""
        deadline = time.monotonic() + inst.timeout
        if not op.annotations.get("idempotentHint", False):
            return await self._attempt(op, inst, attempt, deadline, 1, last=True)
        import stamina

        try:
            async for tried in stamina.retry_context(
                on=_backoff, attempts=MAX_ATTEMPTS, timeout=None, wait_jitter=0
            ):
                with tried:
                    last = tried.num == MAX_ATTEMPTS
                    return await self._attempt(op, inst, attempt, deadline, tried.num, last)
        except _Again as exc:
            raise exc.error from None
        raise AssertionError("unreachable")

    async def _attempt(self, op, inst, attempt, deadline: float, n: int, last: bool) -> Any:
        """One try: the decoded answer, or the error to give up with, or `_Again`."""
        import httpx

        backend = adapter(op.backend)
        started = time.monotonic()

        def again(error: LabgateError, wait: float | None = None) -> LabgateError | _Again:
            wait = 0.25 * 2**n * (1 + random.random() / 4) if wait is None else wait
            took = time.monotonic() - started
            # a retry as slow as this attempt (slurmrestd spends 9 s finding slurmctld down)
            # that cannot end in time would only turn the backend's message into a timeout
            fits = time.monotonic() + wait + took < deadline
            return error if last or not fits else _Again(error, wait)

        try:
            async with self._bounded(inst, f" ({op.name})", max(0.1, deadline - started)):
                result = await attempt()
        except Unreachable as exc:
            raise again(exc) from None
        except backend.errors() as exc:  # clients that raise instead of returning a response
            status, message = backend.error_of(exc)
            hint = backend.auth_hint if status == 401 else ""
            error = backend_error(op.backend, status, orjson.dumps({"message": message}), hint)
            raise (again(error) if status in RETRY_STATUSES else error) from None
        if not isinstance(result, httpx.Response):
            return result  # RPC clients decode themselves
        if result.status_code in RETRY_STATUSES:
            raise again(backend_error(op.backend, result.status_code, result.content),
                        retry_after(result))  # fmt: skip
        return decode(op.backend, result)

    @contextlib.asynccontextmanager
    async def _bounded(
        self, inst: Instance, detail: str = "", within: float | None = None
    ) -> AsyncIterator[None]:
        """One request: counted, holding a backend slot, under the instance's timeout (or
        `within` seconds), with the runtime's errors."""
        import httpx

        self.calls += 1
        slot, sent = self.slots(inst.key), False
        try:
            async with asyncio.timeout((within or inst.timeout) + 1.0), slot:
                sent = True
                yield
        except (TimeoutError, httpx.TimeoutException):
            if not sent:
                raise busy(inst, self.slots.limit) from None
            raise too_slow(inst.backend, inst, detail) from None
        except httpx.TransportError as exc:
            raise Unreachable(inst, exc) from None

    async def send(self, inst: Instance, request: Callable[[Any], Awaitable[Any]]) -> Any:
        """One request built by `request(client)` outside the registry (the shim's
        extensions); the raw response."""
        send = metrics.backend_call(inst.backend, lambda: request(self.client(inst)))
        async with self._bounded(inst):
            return await send()

    async def stream(
        self,
        inst: Instance,
        path: str,
        consume: Callable[[bytes], bool | None],
        params: dict[str, Any] | None = None,
    ) -> Any:
        """A GET whose body goes to `consume` chunk by chunk (see CallContext.stream)."""
        http = self.client(inst).get_async_httpx_client()
        async with self._bounded(inst, f" ({path})"):
            request = http.build_request("GET", path, params=params)
            request.extensions["labgate_stream"] = True  # no size limit: consume bounds it
            resp = await http.send(request, stream=True)
            try:
                if resp.status_code >= 400:
                    raise backend_error(inst.backend, resp.status_code, await _head(resp))
                async for chunk in resp.aiter_bytes():
                    if consume(chunk) is False:
                        break
                return resp.headers
            finally:
                await resp.aclose()

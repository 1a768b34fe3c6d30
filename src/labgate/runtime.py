"""Running one generated operation: validate, gate, call the typed client, retry, decode."""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING, Any

import orjson

from labgate import metrics
from labgate.audit import AuditLog
from labgate.config import ConfigError, Instance, Settings
from labgate.errors import (
    ArgumentError,
    BackendError,
    LabgateError,
    SafetyError,
    register_secret,
)
from labgate.registry import Operation, Registry, calls_module

if TYPE_CHECKING:  # httpx and jsonschema are imported where used: ~0.2 s less at startup
    import httpx
    from jsonschema import Draft202012Validator

RETRY_STATUSES = {429, 502, 503, 504}
# (backend, instance) a composite tool call was asked to use (its `instance` argument, or the
# `mlflow@prod:` of a compare_tasks ref): that backend's calls that name no instance go there.
CHOSEN: ContextVar[tuple[str, str] | None] = ContextVar("labgate_chosen_instance", default=None)


class _RpcError(Exception):
    status_code: int
    result_msg: str


def _rpc_errors() -> tuple[type[Exception], ...]:
    try:
        from labgate_generated.clearml.client.rpc import ClearMLError
    except ImportError:  # clearml not generated: nothing raises it
        return (_RpcError,)
    return (ClearMLError,)


MAX_ATTEMPTS = 3


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


def validate(schema: dict[str, Any], args: dict[str, Any]) -> None:
    if not isinstance(args, dict):
        raise ArgumentError("arguments", "must be an object")
    props = schema.get("properties", {})
    for key in args:
        if key not in props:
            raise ArgumentError(
                key, f"unknown argument; expected one of: {', '.join(sorted(props)) or 'none'}"
            )
    from jsonschema.exceptions import best_match

    err = best_match(
        _validator(orjson.dumps(schema, option=orjson.OPT_SORT_KEYS)).iter_errors(args)
    )
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
    import httpx

    from labgate.bounded import response_hook
    from labgate.requestid import outgoing

    timeout = httpx.Timeout(inst.timeout, connect=min(10.0, inst.timeout))
    hooks = {"request": [outgoing], "response": [response_hook(inst.backend, max_response_bytes)]}
    headers: dict[str, str] = {"Accept-Encoding": "gzip, deflate"}  # what the hook can decode
    if inst.backend == "clearml":
        from labgate_generated.clearml.client.rpc import ClearMLClient

        return ClearMLClient(
            inst.url,
            str(inst.auth["access_key"]),
            str(inst.auth["secret_key"]),
            timeout=timeout,
            headers=headers,
            event_hooks=hooks,
            on_token=register_secret,  # a session token echoed by the server stays masked
        )
    from importlib import import_module

    client_cls = import_module(f"labgate_generated.{inst.backend}.client").Client
    httpx_args: dict[str, Any] = {"event_hooks": hooks}
    if inst.backend == "slurm":
        headers["X-SLURM-USER-NAME"] = str(inst.auth.get("user", "root"))
        if "token" in inst.auth:
            headers["X-SLURM-USER-TOKEN"] = str(inst.auth["token"])
    elif inst.backend == "qarnot":
        headers["Authorization"] = str(inst.auth["token"])  # Qarnot wants the raw token
    elif inst.backend == "mlflow":
        if "token" in inst.auth:
            headers["Authorization"] = f"Bearer {inst.auth['token']}"
        elif "username" in inst.auth:
            httpx_args["auth"] = (str(inst.auth["username"]), str(inst.auth.get("password", "")))
    return client_cls(
        base_url=inst.url,
        headers=headers,
        timeout=timeout,
        raise_on_unexpected_status=False,
        follow_redirects=False,
        httpx_args=httpx_args,
    )


def decode(backend: str, resp: httpx.Response) -> Any:
    if resp.status_code >= 400:
        raise BackendError(backend, resp.status_code, resp.content)
    if not resp.content:
        return {"ok": True, "status": resp.status_code}
    ctype = resp.headers.get("content-type", "")
    if "json" in ctype or resp.content[:1] in (b"{", b"["):
        try:
            return orjson.loads(resp.content)
        except orjson.JSONDecodeError:
            raise LabgateError(
                f"{backend} returned malformed JSON (HTTP {resp.status_code}, {len(resp.content)} bytes)"
            ) from None
    return {"text": resp.text, "content_type": ctype}


def too_slow(backend: str, inst: Instance, detail: str = "") -> LabgateError:
    return LabgateError(f"{backend} did not answer within {inst.timeout:.0f} s{detail}")


def unreachable(backend: str, inst: Instance, exc: Exception) -> LabgateError:
    return LabgateError(f"cannot reach {backend} at {inst.url}: {type(exc).__name__}")


class Runtime:
    """Clients per configured instance, and the one path every backend call takes."""

    def __init__(self, settings: Settings, registry: Registry):
        self.settings = settings
        self.registry = registry
        self._clients: dict[str, Any] = {}
        self.calls = 0  # backend calls made (benchmarks and composites report it)
        self.audit = AuditLog(settings.audit_log)

    def client(self, inst: Instance) -> Any:
        if inst.key not in self._clients:
            self._clients[inst.key] = make_client(inst, self.settings.max_response_bytes)
        return self._clients[inst.key]

    def instance(self, backend: str, name: str | None) -> Instance:
        try:
            chosen = CHOSEN.get()
            if name is None and chosen and chosen[0] == backend:
                name = chosen[1]
            return self.settings.instance(backend, name)
        except ConfigError as exc:
            raise ArgumentError("instance" if backend != "slurm" else "cluster", str(exc)) from None

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
        import httpx

        RPC_ERRORS = _rpc_errors() if op.backend == "clearml" else (_RpcError,)
        deadline = time.monotonic() + inst.timeout
        retryable = op.annotations.get("idempotentHint", False)
        for n in range(1, MAX_ATTEMPTS + 1):
            try:
                self.calls += 1
                started = time.monotonic()
                async with asyncio.timeout(max(0.1, deadline - time.monotonic()) + 1.0):
                    result = await attempt()
            except (TimeoutError, httpx.TimeoutException):
                raise too_slow(op.backend, inst, f" ({op.name})") from None
            except RPC_ERRORS as exc:  # the ClearML client raises instead of returning a response
                if (
                    exc.status_code in RETRY_STATUSES
                    and retryable
                    and n < MAX_ATTEMPTS
                    and time.monotonic() < deadline - 1
                ):
                    await asyncio.sleep(0.25 * 2**n)
                    continue
                hint = "" if exc.status_code != 401 else "check the ClearML access/secret key"
                raise BackendError(
                    op.backend,
                    exc.status_code,
                    orjson.dumps({"message": exc.result_msg or str(exc)}),
                    hint,
                ) from None
            except httpx.TransportError as exc:
                if retryable and n < MAX_ATTEMPTS and time.monotonic() < deadline - 0.5:
                    await asyncio.sleep(min(0.25 * 2**n, deadline - time.monotonic()))
                    continue
                raise unreachable(op.backend, inst, exc) from None
            if not isinstance(result, httpx.Response):
                return result  # RPC clients decode and raise themselves
            if result.status_code in RETRY_STATUSES and retryable and n < MAX_ATTEMPTS:
                wait = retry_after(result)
                wait = 0.25 * 2**n * (1 + random.random() / 4) if wait is None else wait
                # A retry as slow as this attempt (slurmrestd spends 9 s finding slurmctld down)
                # that cannot end in time would only turn the backend's message into a timeout.
                if time.monotonic() + wait + (time.monotonic() - started) < deadline:
                    await asyncio.sleep(wait)
                    continue
            return decode(op.backend, result)
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        for c in self._clients.values():
            closer = getattr(c, "aclose", None) or getattr(c, "__aexit__", None)
            if closer is not None:
                try:
                    await (closer() if closer.__name__ == "aclose" else closer(None, None, None))
                except Exception:  # noqa: BLE001 - closing is best effort
                    pass
        self._clients.clear()

"""Limits: per caller (a rate and a concurrency limit on MCP requests) and per backend instance
(requests in flight), from `[server.limits]` in labgate.toml.

    [server.limits]
    rate = 10                 # MCP requests per second per caller (token bucket), default off
    burst = 20                # requests a caller may send at once after a quiet spell (default 2 × rate)
    concurrency = 4           # MCP requests in flight per caller, default off
    backend_concurrency = 32  # requests in flight to one backend instance (default 32)

The caller is the JWT's `sub` (JWT auth), the shared token (LABGATE_TOKEN: every holder is one
caller), or the client's address (no auth; behind a proxy that is the proxy's address). Only
POSTs to /mcp count (every JSON-RPC message is one); an unauthenticated request is left to the
auth layer, which refuses it.

A refused request gets HTTP 429 with `Retry-After` and a JSON-RPC error whose id is the
request's, code -32029, a one-line message naming the limit, and `data`
`{"limit": "rate"|"concurrency", "retry_after_s": …}`. A caller that ignores the hint (sends
again before it is up) has its next refusal held `hold_s` (default 0.25 s) before it is
answered: a client that retries at once then costs labgate a few refusals per second per
connection instead of a busy loop that would slow every other caller.

The backend limit sits in the runtime, the one path every backend request takes: a request
waits for a slot within its instance's timeout. Health probes (one request per instance per
probe interval) are not counted.
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass
from typing import Any

import orjson

from labgate import metrics
from labgate.config import ConfigError

KEYS = ("rate", "burst", "concurrency", "backend_concurrency", "hold_s")
BACKEND_CONCURRENCY = 32
HOLD_S = 0.25
LIMITED = -32029  # JSON-RPC server error code: a per-caller limit refused the request
CONCURRENCY_RETRY_S = 1.0
MAX_CALLERS = 10_000  # idle callers are forgotten past this many


@dataclass(frozen=True)
class Limits:
    rate: float | None = None
    burst: float | None = None
    concurrency: int | None = None
    backend_concurrency: int = BACKEND_CONCURRENCY
    hold_s: float = HOLD_S

    def __post_init__(self) -> None:
        if self.rate and self.burst is None:  # a rate always comes with a bucket
            object.__setattr__(self, "burst", max(1.0, 2 * self.rate))

    @property
    def per_caller(self) -> bool:
        return self.rate is not None or self.concurrency is not None


def _number(table: dict[str, Any], key: str, kind: type, low: float) -> Any:
    value = table.get(key)
    if value is None:
        return None
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if ok and kind is int:
        ok = float(value).is_integer()
    if not ok or value < low:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"[server.limits] {key} must be {what} ≥ {low:g}, got {value!r}")
    return kind(value)


def parse(server: dict[str, Any]) -> Limits:
    """The `[server.limits]` table checked: unknown keys and bad values are refused by name."""
    table = server.get("limits") or {}
    if not isinstance(table, dict):
        raise ConfigError("[server] limits must be a table ([server.limits])")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"[server.limits]: unknown key{'s' if len(unknown) > 1 else ''} "
            f"{', '.join(unknown)}; known: {', '.join(sorted(KEYS))}"
        )
    rate = _number(table, "rate", float, 0.001)
    burst = _number(table, "burst", float, 1)
    if burst is not None and rate is None:
        raise ConfigError("[server.limits] burst needs rate")
    backend = _number(table, "backend_concurrency", int, 1)
    hold = _number(table, "hold_s", float, 0)
    return Limits(
        rate=rate,
        burst=burst,  # by default 2 × rate (Limits.__post_init__)
        concurrency=_number(table, "concurrency", int, 1),
        backend_concurrency=BACKEND_CONCURRENCY if backend is None else backend,
        hold_s=HOLD_S if hold is None else hold,
    )


def caller_of(scope: dict[str, Any]) -> str | None:
    """Who sent this request: `sub:<sub>`, `token` (the shared token), `addr:<ip>`; None for a
    request the auth layer will refuse."""
    if "user" in scope:  # auth is on
        access = getattr(scope["user"], "access_token", None)
        if access is None:  # auth is on and this request carries no valid token
            return None
        if access.subject:
            return f"sub:{access.subject}"
        return "token" if access.client_id == "static-token" else f"client:{access.client_id}"
    client = scope.get("client")
    return f"addr:{client[0]}" if client else "addr:?"


class _Caller:
    __slots__ = ("tokens", "stamp", "in_flight", "hint_until")

    def __init__(self, tokens: float, stamp: float):
        self.tokens, self.stamp, self.in_flight = tokens, stamp, 0
        self.hint_until = 0.0  # the last refusal told it to wait until then


class CallerLimits:
    """ASGI middleware, inside the auth middleware (it reads the verified caller)."""

    def __init__(self, app: Any, limits: Limits):
        self.app, self.limits = app, limits
        self.callers: dict[str, _Caller] = {}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/mcp":
            await self.app(scope, receive, send)
            return
        who = caller_of(scope)
        if who is None:
            await self.app(scope, receive, send)
            return
        caller = self._caller(who)
        refused = self._refusal(caller)
        if refused is not None:
            await self._refuse(caller, *refused, receive, send)
            return
        caller.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            caller.in_flight -= 1

    def _caller(self, who: str) -> _Caller:
        found = self.callers.get(who)
        if found is None:
            if len(self.callers) >= MAX_CALLERS:
                self._forget_idle()
            found = self.callers[who] = _Caller(self.limits.burst or 0.0, time.monotonic())
        return found

    def _forget_idle(self) -> None:
        now, lim = time.monotonic(), self.limits
        for who, c in list(self.callers.items()):
            full = lim.rate is None or c.tokens + (now - c.stamp) * lim.rate >= (lim.burst or 0)
            if c.in_flight == 0 and full:
                del self.callers[who]

    def _refusal(self, caller: _Caller) -> tuple[str, str, float] | None:
        lim = self.limits
        if lim.concurrency is not None and caller.in_flight >= lim.concurrency:
            return (
                "concurrency",
                f"too many requests in flight: this caller may have {lim.concurrency} at once",
                CONCURRENCY_RETRY_S,
            )
        if lim.rate is not None and lim.burst is not None:  # burst is set with rate
            now = time.monotonic()
            caller.tokens = min(lim.burst, caller.tokens + (now - caller.stamp) * lim.rate)
            caller.stamp = now
            if caller.tokens < 1:
                wait = (1 - caller.tokens) / lim.rate
                return (
                    "rate",
                    f"rate limit: this caller may send {lim.rate:g} requests per second "
                    f"(bursts of {lim.burst:g})",
                    wait,
                )
            caller.tokens -= 1
        return None

    async def _refuse(
        self, caller: _Caller, kind: str, message: str, wait: float, receive, send
    ) -> None:
        metrics.limited(kind)
        rid = await _request_id(receive)
        now = time.monotonic()
        hold = self.limits.hold_s if now < caller.hint_until else 0.0  # it ignored the hint
        wait = round(max(wait - hold, 0.0), 3)  # from when the answer leaves
        caller.hint_until = now + hold + wait
        body = orjson.dumps(
            {
                "jsonrpc": "2.0",
                "id": rid,
                "error": {
                    "code": LIMITED,
                    "message": f"{message}; retry in {wait:g} s",
                    "data": {"limit": kind, "retry_after_s": wait},
                },
            }
        )
        if hold > 0:
            await asyncio.sleep(hold)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(math.ceil(wait)).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def _request_id(receive, limit: int = 65_536) -> Any:
    """The JSON-RPC id of the request being refused (None for a notification, a batch, or a
    body that is not JSON)."""
    body = b""
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        body += message.get("body", b"")
        if len(body) > limit:
            return None
        if not message.get("more_body"):
            break
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    rid = data.get("id") if isinstance(data, dict) else None
    return rid if isinstance(rid, (str, int)) and not isinstance(rid, bool) else None


class BackendSlots:
    """At most `limit` requests in flight per backend instance (one semaphore each)."""

    def __init__(self, limit: int):
        self.limit = limit
        self._slots: dict[str, asyncio.Semaphore] = {}

    def __call__(self, key: str) -> asyncio.Semaphore:
        slot = self._slots.get(key)
        if slot is None:
            slot = self._slots[key] = asyncio.Semaphore(self.limit)
        return slot

"""Prometheus metrics (prometheus-client), and the two hooks that feed them.

`tool_call(name)` wraps every tool call (LabgateTool.run): calls by tool and outcome, latency,
answer bytes, byte-cap truncations, plus an INFO log line per call. `backend_call(backend, send)`
wraps every attempt at a backend request (Runtime.run): latency, errors by HTTP status (or
`timeout`, `unreachable`, `too_large`, `error`), retries, requests in flight.

Labels are tool and backend names only, never argument values or callers: a tool name labgate
does not serve counts as `other`. Off until `enable()` (the HTTP server calls it): stdio neither
imports prometheus-client nor pays for the hooks beyond one flag test.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

log = logging.getLogger("labgate.calls")

ON = False
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
_m: dict[str, Any] = {}  # the metric objects, once enabled
_known: frozenset[str] = frozenset()
_tools: dict[str, tuple] = {}  # tool label -> its children, bound once (labels() is ~1 µs)


def enable(tools: Iterable[str], backends: Iterable[str]) -> Any:
    """Create the metrics (once per process); returns their registry."""
    global ON, _known
    from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
    from prometheus_client.process_collector import ProcessCollector

    _known = frozenset(tools)
    if _m:
        ON = True
        return _m["registry"]
    reg = CollectorRegistry()
    ProcessCollector(registry=reg)
    tool, backend = ["tool"], ["backend"]
    _m.update(
        registry=reg,
        calls=Counter("labgate_tool_calls", "Tool calls by outcome (ok, error, failed)",
                      ["tool", "outcome"], registry=reg),
        latency=Histogram("labgate_tool_duration_seconds", "Tool call latency", tool,
                          buckets=LATENCY_BUCKETS, registry=reg),
        bytes=Counter("labgate_tool_answer_bytes", "Bytes of tool answers", tool, registry=reg),
        truncated=Counter("labgate_tool_truncations", "Answers cut by the byte cap", tool,
                          registry=reg),
        backend_latency=Histogram("labgate_backend_duration_seconds",
                                  "Backend request latency (each attempt)", backend,
                                  buckets=LATENCY_BUCKETS, registry=reg),
        backend_errors=Counter("labgate_backend_errors", "Backend errors by HTTP status or kind",
                               ["backend", "status"], registry=reg),
        retries=Counter("labgate_backend_retries", "Backend requests sent again", backend,
                        registry=reg),
        backend_in_flight=Gauge("labgate_backend_requests_in_flight",
                                "Backend requests awaiting an answer", backend, registry=reg),
        sessions=Gauge("labgate_active_sessions",
                       "MCP requests being served (stateless: each is its own session)",
                       registry=reg),
        limited=Counter("labgate_limited", "Requests refused by a per-caller limit", ["limit"],
                        registry=reg),
    )  # fmt: skip
    reg.register(_HealthCollector())
    for name in backends:  # every backend shows, errors or not
        _m["backend_latency"].labels(name)
        _m["retries"].labels(name)
    ON = True
    return reg


def disable() -> None:
    global ON
    ON = False


def _children(name: str) -> tuple:
    label = name if name in _known else "other"
    found = _tools.get(label)
    if found is None:
        found = _tools[label] = (
            _m["latency"].labels(label),
            _m["bytes"].labels(label),
            _m["truncated"].labels(label),
            {o: _m["calls"].labels(label, o) for o in ("ok", "error", "failed")},
        )
    return found


class ToolCall:
    """`with tool_call(name) as seen: return seen(result)`; the outcome comes from how the block
    ends: ok, `error` (a LabgateError: the client's or a backend's error, said in one line) or
    `failed` (anything else)."""

    __slots__ = ("name", "started", "size", "cut")

    def __init__(self, name: str):
        self.name, self.started, self.size, self.cut = name, time.perf_counter(), 0, False

    def __enter__(self) -> ToolCall:
        return self

    def __call__(self, result: Any) -> Any:
        for block in getattr(result, "content", ()):
            text = getattr(block, "text", None) or getattr(block, "data", None) or ""
            self.size += len(text)
            if text.startswith("{") and '"truncated":true' in text and "byte cap" in text:
                self.cut = True
        return result

    def __exit__(self, kind, exc, tb) -> None:
        from labgate.errors import LabgateError

        took = time.perf_counter() - self.started
        outcome = "ok" if kind is None else "error" if issubclass(kind, LabgateError) else "failed"
        if ON:
            latency, size, truncated, calls = _children(self.name)
            latency.observe(took)
            calls[outcome].inc()
            size.inc(self.size)
            if self.cut:
                truncated.inc()
        if log.isEnabledFor(logging.INFO):
            log.info("tool call %s: %s in %.1f ms", self.name, outcome, took * 1000,
                     extra={"tool": self.name, "outcome": outcome, "bytes": self.size,
                            "duration_ms": round(took * 1000, 1)})  # fmt: skip


tool_call = ToolCall

Send = Callable[[], Awaitable[Any]]


def status_of(exc: BaseException) -> str:
    import httpx

    from labgate.bounded import ResponseTooLarge

    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if isinstance(status, int):
        return str(status)
    if isinstance(exc, asyncio.CancelledError):  # the call's timeout, or its client gone
        return "cancelled"
    if isinstance(exc, (TimeoutError, httpx.TimeoutException)):
        return "timeout"
    if isinstance(exc, httpx.TransportError):
        return "unreachable"
    if isinstance(exc, ResponseTooLarge):
        return "too_large"
    return "error"


def backend_call(backend: str, send: Send) -> Send:
    """`send` (one attempt at a backend request, called again for each retry), observed."""
    if not ON:
        return send
    tries = 0
    latency = _m["backend_latency"].labels(backend)
    in_flight = _m["backend_in_flight"].labels(backend)

    async def observed() -> Any:
        nonlocal tries
        tries += 1
        if tries > 1:
            _m["retries"].labels(backend).inc()
        started = time.perf_counter()
        in_flight.inc()
        try:
            answer = await send()
        except BaseException as exc:
            _m["backend_errors"].labels(backend, status_of(exc)).inc()
            raise
        finally:
            in_flight.dec()
            latency.observe(time.perf_counter() - started)
        status = getattr(answer, "status_code", 200)
        if isinstance(status, int) and status >= 400:
            _m["backend_errors"].labels(backend, str(status)).inc()
        return answer

    return observed


def limited(kind: str) -> None:
    if ON:
        _m["limited"].labels(kind).inc()


def gauge(name: str) -> Any:
    """The `sessions` gauge, or None when metrics are off."""
    return _m.get(name) if ON else None


_health: list[Any] = [None]  # the labgate.health.Health the gauges below read


def report_health(health: Any) -> None:
    _health[0] = health


class _HealthCollector:
    """`labgate_backend_up{backend}` (1 when every instance of it answered its last probe) and
    `labgate_draining`, read from the Health at scrape time."""

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        health = _health[0]
        if health is None:
            return
        up = GaugeMetricFamily(
            "labgate_backend_up",
            "1 when every instance answered its last probe",
            labels=["backend"],
        )
        backends: dict[str, bool] = {}
        for (backend, _), probe in health.probes.items():
            backends[backend] = backends.get(backend, True) and probe.ok
        for backend, ok in backends.items():
            up.add_metric([backend], int(ok))
        yield up
        yield GaugeMetricFamily("labgate_draining", "1 after SIGTERM", value=int(health.draining))

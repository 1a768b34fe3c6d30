"""Readiness: `GET /readyz`, the backends' health probed in the background, and draining.

Once something asks (the first `/readyz`, or a metrics scrape), every configured backend instance
is probed every `interval` seconds: its spec's ping operation
when it has one (the shortest path whose last segment is `ping`, with no required argument: Slurm's
`/slurm/v0.0.42/ping/`, ClearML's `debug.ping`), else `GET /health` (MLflow's). A probe goes
through the instance's own client (its auth headers), not through the runtime: it is no tool
call, so no retries, audit or call metrics. An instance is up when it answered with a status
below 500 within the last interval (plus the probe's own timeout). Nothing is probed until then,
so a labgate nobody watches sends its backends nothing but tool calls.

`/readyz` answers 200 with per-instance detail while labgate serves: "ready" when every instance is
up, "degraded" when one is not. A backend that is down makes labgate degraded, not unready: every
replica shares the same backends, so failing readiness would take the tools of the healthy
backends out of the load balancer too. It answers 503 only while draining (after SIGTERM), so
the load balancer stops sending new calls before labgate stops accepting them. Like /healthz it is
answered before the Host check and auth (probes use the pod's address) and reveals backend and
instance names, HTTP statuses and error class names only.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labgate.config import Instance
    from labgate.runtime import Runtime

log = logging.getLogger("labgate")
PROBE_TIMEOUT = 5.0


@dataclass
class Probe:
    """The last answer of one instance."""

    ok: bool = False
    checked: float | None = None  # time.monotonic() of the last probe
    status: int | None = None
    error: str | None = None
    latency_ms: float | None = None

    def fresh(self, now: float, interval: float) -> bool:
        return self.checked is not None and now - self.checked <= interval + PROBE_TIMEOUT

    def detail(self, now: float) -> dict[str, Any]:
        out: dict[str, Any] = {"ok": self.ok}
        if self.checked is not None:
            out["checked_s_ago"] = round(now - self.checked, 1)
            out["latency_ms"] = self.latency_ms
        if self.status is not None:
            out["status"] = self.status
        if self.error:
            out["error"] = self.error
        return out


def ping_operation(runtime: Runtime, backend: str) -> Any:
    """The backend's ping from its spec, or None."""
    ops = [
        op
        for op in runtime.registry.operations(backend).values()
        if op.safety == "read"
        and op.path.strip("/").rsplit("/", 1)[-1].rsplit(".", 1)[-1] == "ping"
        and not op.input_schema.get("required")
    ]
    return min(ops, key=lambda op: len(op.path), default=None)


class Health:
    """Backend probes, the draining flag, and the /readyz answer."""

    def __init__(self, runtime: Runtime, interval: float = 10.0):
        self.runtime, self.interval = runtime, interval
        self.draining = False
        self.probes: dict[tuple[str, str], Probe] = {
            (inst.backend, inst.name): Probe()
            for insts in runtime.settings.instances.values()
            for inst in insts
            if inst.backend in runtime.registry.backends
        }
        self._task: asyncio.Task | None = None
        self._first: asyncio.Future | None = None  # done when the first round is

    # -- probing -----------------------------------------------------------------------
    async def probe(self, inst: Instance) -> Probe:
        client = self.runtime.client(inst)
        op = ping_operation(self.runtime, inst.backend)
        started = time.monotonic()
        try:
            async with asyncio.timeout(min(PROBE_TIMEOUT, inst.timeout)):
                if op is not None:
                    from labgate.registry import calls_module

                    answer = await getattr(calls_module(inst.backend), op.call)(client, {})
                else:
                    answer = await client.get_async_httpx_client().get("/health")
            status = getattr(answer, "status_code", 200)  # RPC clients decode: they answered
            error = None if status < 500 else f"HTTP {status}"
        except TimeoutError:
            status, error = None, f"no answer within {min(PROBE_TIMEOUT, inst.timeout):g} s"
        except Exception as exc:  # noqa: BLE001 - any failure is the probe's answer
            status = getattr(exc, "status_code", None)
            error = f"HTTP {status}" if status else type(exc).__name__
            if status is not None and status < 500:
                error = None
        took = round((time.monotonic() - started) * 1000, 1)
        return Probe(error is None, time.monotonic(), status, error, took)

    async def check(self) -> None:
        """One round: every instance at once."""
        insts = [self.runtime.settings.instance(backend, name) for backend, name in self.probes]
        for inst, probe in zip(insts, await asyncio.gather(*map(self.probe, insts)), strict=True):
            before = self.probes[(inst.backend, inst.name)]
            if before.checked is not None and before.ok != probe.ok:
                log.warning(
                    "backend %s/%s is %s%s", inst.backend, inst.name,
                    "up" if probe.ok else "down", f": {probe.error}" if probe.error else "",
                )  # fmt: skip
            self.probes[(inst.backend, inst.name)] = probe

    async def _loop(self, first: asyncio.Future) -> None:
        while True:
            try:
                await self.check()
            except Exception as exc:  # noqa: BLE001 - the loop must outlive one bad round
                log.error("backend health round failed: %s", type(exc).__name__)
            if not first.done():
                first.set_result(None)
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        """Probe from now on."""
        if self._task is None and self.probes:
            loop = asyncio.get_running_loop()
            self._first = loop.create_future()
            self._task = loop.create_task(self._loop(self._first))

    async def watch(self) -> None:
        """Probe from now on; returns once the first round is done (at most a probe timeout)."""
        self.start()
        if self._first is not None:
            await asyncio.wait([self._first], timeout=PROBE_TIMEOUT + 1)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    # -- answering ---------------------------------------------------------------------
    def ready(self) -> tuple[int, dict[str, Any]]:
        now = time.monotonic()
        backends = {
            f"{backend}/{name}": probe.detail(now) for (backend, name), probe in self.probes.items()
        }
        if self.draining:
            return 503, {"status": "draining", "backends": backends}
        if any(p.checked is None for p in self.probes.values()):
            return 200, {"status": "starting", "backends": backends}
        up = all(p.ok and p.fresh(now, self.interval) for p in self.probes.values())
        return 200, {"status": "ready" if up else "degraded", "backends": backends}

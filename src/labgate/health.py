"""Readiness: `GET /readyz`, the backends' health probed in the background, and draining.

Once something asks (the first `/readyz`, or a metrics scrape), every configured backend instance
is probed every `interval` seconds: with its adapter's `check` operation when it names one (an
authorised read: ClearML's `users.get_current_user`, so a refused key pair shows), else its
spec's ping operation (the shortest path whose last segment is `ping`, with no required
argument: Slurm's `/slurm/v0.0.42/ping/`), else `GET /health` (MLflow's). A probe goes
through the instance's own client (its auth headers), not through the runtime: it is no tool
call, so no retries, audit or call metrics. An instance is up when it answered within the last
interval (plus the probe's own timeout) with a status below 500, or below 400 for a `check`.
Nothing is probed until then, so a labgate nobody watches sends its backends nothing but tool
calls — except the one round `labgate serve` and `labgate tools` run at start (`at_start`),
which reports one line per instance and is never fatal.

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
    from collections.abc import Callable

    from labgate.config import Instance, Settings
    from labgate.registry import Registry
    from labgate.runtime import Clients

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


def ping_operation(runtime: Clients, backend: str) -> Any:
    """The backend's ping from its spec, or None."""
    ops = [
        op
        for op in runtime.registry.operations(backend).values()
        if op.safety == "read"
        and op.path.strip("/").rsplit("/", 1)[-1].rsplit(".", 1)[-1] == "ping"
        and not op.input_schema.get("required")
    ]
    return min(ops, key=lambda op: len(op.path), default=None)


def probe_operation(runtime: Clients, backend: str) -> tuple[Any, bool]:
    """(operation, strict): the adapter's `check` (strict: a 4xx is a failure), else the ping."""
    from labgate.backends import adapter

    wanted = adapter(backend).check
    ops = runtime.registry.operations(backend).values() if wanted else ()
    found = [op for op in ops if op.id == wanted]
    if found:
        return found[0], True
    return ping_operation(runtime, backend), False


class Health:
    """Backend probes, the draining flag, and the /readyz answer."""

    def __init__(self, runtime: Clients, interval: float = 10.0):
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
        op, strict = probe_operation(self.runtime, inst.backend)
        bad = 400 if strict else 500  # a ping's 401/404 still says the server answers
        started = time.monotonic()
        try:
            async with asyncio.timeout(min(PROBE_TIMEOUT, inst.timeout)):
                # the bare request, not the generated call: that imports every model of the
                # backend's client (+32 MB and ~0.6 s of a stdio cold start for five backends)
                if op is not None and hasattr(client, "get_async_httpx_client"):
                    http = client.get_async_httpx_client()
                    answer = await http.request(op.method.upper(), op.path)
                elif op is not None:  # an RPC client: a method per operation, it logs in itself
                    answer = await getattr(client, op.call)()
                else:
                    answer = await client.get_async_httpx_client().get("/health")
            status = getattr(answer, "status_code", 200)  # RPC clients decode: they answered
            error = None if status < bad else f"HTTP {status}"
        except TimeoutError:
            status, error = None, f"no answer within {min(PROBE_TIMEOUT, inst.timeout):g} s"
        except Exception as exc:  # noqa: BLE001 - any failure is the probe's answer
            status = getattr(exc, "status_code", None)
            error = f"HTTP {status}" if status else type(exc).__name__
            if status is not None and status < bad:
                error = None
        if error and status in (401, 403):
            from labgate.backends import adapter

            hint = adapter(inst.backend).auth_hint
            error += f" (credentials refused{': ' + hint if hint else ''})"
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


# -- the check at start ------------------------------------------------------------------
def describe(key: str, probe: Probe) -> str:
    """One line for one instance."""
    if probe.ok:
        return f"{key}: reachable ({probe.latency_ms:g} ms)"
    return f"{key}: NOT reachable — {probe.error}; labgate serves anyway, its tools will say so"


async def check_once(settings: Settings, registry: Registry) -> list[str]:
    """One probe round of every configured instance, at once (at most a probe timeout)."""
    from labgate.runtime import Clients

    clients = Clients(settings, registry)
    health = Health(clients)
    try:
        await health.check()
    finally:
        await clients.aclose()
    return [describe(f"{b}/{n}", p) for (b, n), p in health.probes.items()]


def at_start(settings: Settings, registry: Registry, write: Callable[[str], Any]) -> Any:
    """The start-up check in a daemon thread: never delays serving, never fatal."""
    import threading

    def run() -> None:
        try:
            lines = asyncio.run(check_once(settings, registry))
        except Exception as exc:  # noqa: BLE001 - a failed check must not take labgate down
            lines = [f"backend check failed: {type(exc).__name__}"]
        for line in lines:
            write(line)

    thread = threading.Thread(target=run, name="labgate-backend-check", daemon=True)
    thread.start()
    return thread

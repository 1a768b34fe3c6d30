"""What an operator of the HTTP server gets around the MCP app: `/readyz`, `/metrics`, request
ids and the active-sessions gauge, in one ASGI layer outside the Host check and auth.

`/metrics` (Prometheus text format) sits behind the same Host check and auth as `/mcp`, unless
`[server] metrics_public = true` (then it is answered here, like /healthz and /readyz) or
`--metrics-port` serves it on a port of its own (see labgate.serving).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from labgate import metrics
from labgate.config import ConfigError
from labgate.health import Health
from labgate.requestid import REQUEST_ID, echoing, from_scope

if TYPE_CHECKING:
    from fastmcp import FastMCP

    from labgate.tools import ToolBuilder

UNAUTHORIZED = {"www-authenticate": 'Bearer error="invalid_token"'}


class Operations:
    def __init__(self, builder: ToolBuilder, tools: list[str], probe_interval: float = 10.0):
        self.health = Health(builder.runtime, probe_interval)
        self.public = builder.settings.server.get("metrics_public", False)
        if not isinstance(self.public, bool):
            raise ConfigError("[server] metrics_public must be true or false")
        self.registry = metrics.enable(tools, builder.registry.backends)
        metrics.report_health(self.health)
        self.probe_at_start = False  # --metrics-port: scrapes there cannot start the probes

    def add_routes(self, mcp: FastMCP, auth: Any) -> None:
        """`GET /metrics` inside the MCP app: behind its Host check, and its auth when it has
        one (the same rules as /mcp)."""
        if self.public:
            return

        @mcp.custom_route("/metrics", methods=["GET"])
        async def scrape(request: Any) -> Response:
            if auth is not None and not request.user.is_authenticated:
                return JSONResponse({"error": "unauthorized"}, 401, headers=UNAUTHORIZED)
            return await self.scrape()

    async def scrape(self) -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        await self.health.watch()  # labgate_backend_up needs the probes running
        return Response(generate_latest(self.registry), media_type=CONTENT_TYPE_LATEST)

    def wrap(self, app: Any) -> OperationsApp:
        return OperationsApp(app, self)


class OperationsApp:
    def __init__(self, app: Any, ops: Operations):
        self.app, self.ops = app, ops
        self.health, self.registry = ops.health, ops.registry

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                receive = self._watch_lifespan(receive)
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if path == "/readyz":
            await self.health.watch()
            status, body = self.health.ready()
            await JSONResponse(body, status_code=status)(scope, receive, send)
            return
        if path == "/metrics" and self.ops.public:
            await (await self.ops.scrape())(scope, receive, send)
            return
        rid = from_scope(scope)
        token = REQUEST_ID.set(rid)
        sessions = metrics.gauge("sessions") if path == "/mcp" else None
        if sessions is not None:
            sessions.inc()
        try:
            await self.app(scope, receive, echoing(send, rid))
        finally:
            REQUEST_ID.reset(token)
            if sessions is not None:
                sessions.dec()

    def _watch_lifespan(self, receive):
        async def watched():
            message = await receive()
            if message["type"] == "lifespan.startup" and self.ops.probe_at_start:
                self.health.start()
            elif message["type"] == "lifespan.shutdown":
                await self.health.stop()
            return message

        return watched

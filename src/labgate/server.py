"""The MCP server: tools from the builder, stdio or streamable HTTP with auth and Host/Origin checks."""

from __future__ import annotations

import hmac
import ipaddress
import os
from typing import Any

from fastmcp import FastMCP
from fastmcp.server.auth import AccessToken, TokenVerifier
from starlette.responses import JSONResponse

from labgate import __version__
from labgate.config import ConfigError, Settings
from labgate.registry import aliases
from labgate.tools import ToolBuilder, as_fastmcp

INSTRUCTIONS = (
    "labgate reaches the lab's experiment trackers (MLflow, ClearML) and compute (Slurm, Qarnot). "
    "Listed tools cover common work; search_operations finds every other API operation. "
    "List tools return {items, next_cursor, truncated, note}: pass next_cursor back as `cursor` to "
    "continue; `fields` keeps only the dotted keys you name per item; `max_items` caps the page."
)


class StaticBearer(TokenVerifier):
    """One shared bearer token (LABGATE_TOKEN), compared in constant time."""

    def __init__(self, token: str):
        super().__init__()
        self._token = token.encode()

    async def verify_token(self, token: str) -> AccessToken | None:
        if hmac.compare_digest(token.encode(), self._token):
            return AccessToken(token="***", client_id="labgate", scopes=[])
        return None


def http_auth(env: dict[str, str] | None = None) -> TokenVerifier | None:
    env = dict(os.environ if env is None else env)
    if env.get("LABGATE_JWT_PUBLIC_KEY") or env.get("LABGATE_JWKS_URI"):
        from fastmcp.server.auth.providers.jwt import JWTVerifier

        return JWTVerifier(
            public_key=env.get("LABGATE_JWT_PUBLIC_KEY"),
            jwks_uri=env.get("LABGATE_JWKS_URI"),
            issuer=env.get("LABGATE_JWT_ISSUER"),
            audience=env.get("LABGATE_JWT_AUDIENCE"),
            algorithm=env.get("LABGATE_JWT_ALGORITHM"),
        )
    if env.get("LABGATE_TOKEN"):
        from labgate.errors import register_secret

        register_secret(env["LABGATE_TOKEN"])
        return StaticBearer(env["LABGATE_TOKEN"])
    return None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class LabgateMCP(FastMCP):
    """FastMCP whose tool lookup honours overrides/aliases.toml: renamed tools keep their old
    names working for tools/call, while only the new names are listed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.by_name: dict[str, Any] = {}

    def add_labgate_tool(self, tool: Any) -> None:
        self.by_name[tool.name] = self.add_tool(tool)

    async def call_tool(self, name: str, *args: Any, **kwargs: Any):
        return await super().call_tool(aliases().get(name, name), *args, **kwargs)

    async def get_tool(self, name: str, version: Any = None):
        # labgate uses no per-session transforms, visibility or component auth, so fastmcp's
        # provider chain would find the same tool, ~0.15 ms later on every call
        found = self.by_name.get(name) if version is None else None
        return found or await super().get_tool(name, version)


def create(settings: Settings, auth: TokenVerifier | None = None) -> tuple[FastMCP, ToolBuilder]:
    builder = ToolBuilder(settings)
    mcp = LabgateMCP(
        "labgate",
        instructions=INSTRUCTIONS,
        version=__version__,
        auth=auth,
        mask_error_details=True,
    )
    for t in builder.build():
        mcp.add_labgate_tool(as_fastmcp(t))
    return mcp, builder


def with_health(app: Any, backends: list[str]) -> Any:
    """`GET /healthz` answered before the Host/Origin guard and auth: load-balancer and kubelet
    probes use the pod address as Host. It reveals only the version and configured backends."""
    body = {"status": "ok", "version": __version__, "backends": backends}

    async def asgi(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/healthz":
            await JSONResponse(body)(scope, receive, send)
            return
        await app(scope, receive, send)

    return asgi


def http_app(
    settings: Settings,
    *,
    host: str,
    insecure_no_auth: bool = False,
    stateless: bool = True,
    allowed_hosts: list[str] | None = None,
    env: dict[str, str] | None = None,
) -> Any:
    auth = http_auth(env)
    if auth is None and not is_loopback(host) and not insecure_no_auth:
        raise ConfigError(
            f"refusing to serve on {host} without auth: set LABGATE_TOKEN (or LABGATE_JWT_PUBLIC_KEY/"
            "LABGATE_JWKS_URI), or pass --insecure-no-auth"
        )
    mcp, builder = create(settings, auth)
    hosts = allowed_hosts or ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    if not allowed_hosts and not is_loopback(host):
        # bound to a routable address: clients use names we can't know; auth guards it instead
        hosts = ["*"] if host in ("0.0.0.0", "::") else [*hosts, f"{host}:*"]
    app = mcp.http_app(
        path="/mcp",
        stateless_http=stateless,
        json_response=stateless,
        host_origin_protection=True,
        allowed_hosts=hosts,
    )
    return with_health(app, list(builder.registry.backends))

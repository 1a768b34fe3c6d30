"""The MCP server: tools from the builder, stdio or streamable HTTP with auth and Host/Origin checks."""

from __future__ import annotations

import hmac
import ipaddress
import logging
import os
from typing import Any

from fastmcp import FastMCP
from fastmcp.exceptions import NotFoundError
from fastmcp.server.auth import AccessToken, TokenVerifier
from starlette.middleware import Middleware
from starlette.responses import JSONResponse

from labgate import __version__, resources
from labgate.backends import adapters
from labgate.config import ConfigError, Settings
from labgate.limits import CallerLimits
from labgate.limits import parse as parse_limits
from labgate.operations import Operations
from labgate.registry import aliases
from labgate.tools import ToolBuilder, as_fastmcp

log = logging.getLogger("labgate")


def _titles(role: str) -> str:
    return ", ".join(a.title for a in adapters().values() if a.role == role)


INSTRUCTIONS = (
    f"labgate reaches the lab's experiment trackers ({_titles('tracker')}) and compute "
    f"({_titles('compute')}). "
    "Listed tools cover common work; search_operations finds every other API operation. "
    "List tools return {items, next_cursor, truncated, note}: pass next_cursor back as `cursor` to "
    "continue; `fields` keeps only the dotted keys you name per item; `max_items` caps the page."
)


# Seconds of clock difference tolerated between the token issuer and labgate (nbf, iat).
JWT_LEEWAY = 60


class StaticBearer(TokenVerifier):
    """One shared bearer token (LABGATE_TOKEN), compared in constant time."""

    def __init__(self, token: str):
        super().__init__()
        self._token = token.encode()

    async def verify_token(self, token: str) -> AccessToken | None:
        if hmac.compare_digest(token.encode(), self._token):
            return AccessToken(token="***", client_id="static-token", scopes=[])
        return None


class RequiredClaims(TokenVerifier):
    """A token fastmcp's JWTVerifier accepted (signature, issuer, audience, not expired) must also
    carry `exp` and `sub`, and be valid already (`nbf`, `iat`) up to `leeway` seconds of skew.
    fastmcp refuses an expired token itself, without leeway: skew is allowed only on the "not yet
    valid" side, where refusing would lock out a fresh token from an issuer whose clock is ahead."""

    def __init__(self, verifier: TokenVerifier, leeway: int):
        from joserfc.errors import JoseError
        from joserfc.jwt import JWTClaimsRegistry

        super().__init__()
        self._verifier, self._refused = verifier, JoseError
        self._registry = JWTClaimsRegistry(
            leeway=leeway, exp={"essential": True}, sub={"essential": True}
        )

    async def verify_token(self, token: str) -> AccessToken | None:
        access = await self._verifier.verify_token(token)
        if access is None:
            return None
        try:
            self._registry.validate(access.claims)
        except self._refused as exc:
            log.info("bearer token refused: %s", exc)
            return None
        return access


def jwt_verifier(env: dict[str, str]) -> TokenVerifier:
    from fastmcp.server.auth.providers.jwt import JWTVerifier

    if not env.get("LABGATE_JWT_AUDIENCE"):
        raise ConfigError(
            "JWT auth needs LABGATE_JWT_AUDIENCE (the audience tokens for this labgate carry): "
            "without it a token issued for any other service would be accepted"
        )
    try:
        leeway = int(env.get("LABGATE_JWT_LEEWAY", JWT_LEEWAY))
    except ValueError:
        leeway = -1
    if not 0 <= leeway <= 300:
        raise ConfigError("LABGATE_JWT_LEEWAY must be a whole number of seconds, 0 to 300")
    try:
        verifier = JWTVerifier(
            public_key=env.get("LABGATE_JWT_PUBLIC_KEY"),
            jwks_uri=env.get("LABGATE_JWKS_URI"),
            issuer=env.get("LABGATE_JWT_ISSUER"),
            audience=env["LABGATE_JWT_AUDIENCE"],
            algorithm=env.get("LABGATE_JWT_ALGORITHM"),
        )
    except ValueError as exc:  # fastmcp's own refusals: both key sources, an unknown algorithm
        raise ConfigError(f"JWT auth: {exc}") from None
    return RequiredClaims(verifier, leeway)


def http_auth(env: dict[str, str] | None = None) -> TokenVerifier | None:
    env = dict(os.environ if env is None else env)
    if env.get("LABGATE_JWT_PUBLIC_KEY") or env.get("LABGATE_JWKS_URI"):
        return jwt_verifier(env)
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
        self.builder: ToolBuilder | None = None

    def add_labgate_tool(self, tool: Any) -> None:
        self.by_name[tool.name] = self.add_tool(tool)

    async def call_tool(self, name: str, *args: Any, **kwargs: Any):
        return await super().call_tool(aliases().get(name, name), *args, **kwargs)

    async def get_tool(self, name: str, version: Any = None):
        # labgate uses no per-session transforms, visibility or component auth, so fastmcp's
        # provider chain would find the same tool, ~0.15 ms later on every call
        found = self.by_name.get(name) if version is None else None
        return found or await super().get_tool(name, version)

    async def read_resource(self, uri: str, *args: Any, **kwargs: Any):
        # a URI of one of labgate's schemes that no template matches says what is wrong with it
        try:
            return await super().read_resource(uri, *args, **kwargs)
        except NotFoundError:
            why = self.builder and resources.unmatched(str(uri), self.builder)
            if not why:
                raise
            raise resources.uri_error(str(uri), why) from None


def create(settings: Settings, auth: TokenVerifier | None = None) -> tuple[LabgateMCP, ToolBuilder]:
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
    mcp.builder = builder
    resources.install(mcp, builder, list(mcp.by_name))  # resource templates, prompts, completion
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
    probe_interval: float = 10.0,
) -> Any:
    auth = http_auth(env)
    if auth is None and not is_loopback(host) and not insecure_no_auth:
        raise ConfigError(
            f"refusing to serve on {host} without auth: set LABGATE_TOKEN (or LABGATE_JWT_PUBLIC_KEY/"
            "LABGATE_JWKS_URI), or pass --insecure-no-auth"
        )
    if not allowed_hosts and not is_loopback(host):
        # clients reach a routable bind by names only the operator knows; accepting any Host
        # would let a DNS-rebinding page in a browser inside the lab drive labgate
        raise ConfigError(
            f"serving on {host} needs --allowed-hosts (or LABGATE_ALLOWED_HOSTS): the Host "
            "names clients use, e.g. labgate.example.org,labgate:*"
        )
    mcp, builder = create(settings, auth)
    ops = Operations(builder, list(mcp.by_name), probe_interval)
    ops.add_routes(mcp, auth)
    limits = parse_limits(settings.server)
    app = mcp.http_app(
        path="/mcp",
        # per-caller limits sit inside the auth middleware: the caller is the verified token's
        middleware=[Middleware(CallerLimits, limits=limits)] if limits.per_caller else None,
        stateless_http=stateless,
        json_response=stateless,
        host_origin_protection=True,
        allowed_hosts=allowed_hosts or ["127.0.0.1:*", "localhost:*", "[::1]:*"],
    )
    return ops.wrap(with_health(app, list(builder.registry.backends)))

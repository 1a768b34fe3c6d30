"""Async RPC client for the ClearML API server (ClearML API server, schema 2.9).

Every call is `POST {api}/{service}.{action}` with a JSON body; the server wraps answers in
`{"meta": {...}, "data": {...}}` and this client returns `data` (or the text of a non-JSON
answer such as a log download), raising `ClearMLError` with meta.result_code/result_msg.

Auth: `auth.login` with HTTP basic (access key, secret key) gives a token sent as
`Authorization: Bearer <token>`; it is reused until its JWT `exp` is near, and renewed once
when a call answers 401.

Versions: no `/vX.Y/` prefix is sent unless `api_version` is pinned, so each server answers
with the newest version of the endpoint it has. The server's own API version (the token's
`api_version` claim) is compared with each endpoint's first version (`ENDPOINTS`): calling
an endpoint the server is too old for raises `ClearMLVersionError` without a round trip.

Imports only httpx and the standard library; `models` (pydantic) loads on first use.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import time
from collections.abc import Callable
from typing import Any, NamedTuple, Self

import httpx

SCHEMA_VERSION = "2.9"
REFRESH_MARGIN_SECONDS = 60.0



class Endpoint(NamedTuple):
    min_version: str  # the first API version that has the endpoint
    request: str  # request model in `models`
    response: str  # response (`data`) model in `models`
    internal: bool  # not a documented/public endpoint
    authorize: bool  # needs a token


ENDPOINTS: dict[str, Endpoint] = {
    "alpha.add": Endpoint("2.1", "AlphaAddRequest", "AlphaAddResponse", False, True),
    "alpha.add_batch": Endpoint("2.1", "AlphaAddBatchRequest", "AlphaAddBatchResponse", False, True),
    "alpha.delete_many": Endpoint("2.5", "AlphaDeleteManyRequest", "AlphaDeleteManyResponse", False, True),
    "alpha.get_all": Endpoint("2.1", "AlphaGetAllRequest", "AlphaGetAllResponse", False, True),
    "alpha.secret": Endpoint("2.1", "AlphaSecretRequest", "AlphaSecretResponse", True, True),
    "beta.info": Endpoint("2.1", "BetaInfoRequest", "BetaInfoResponse", False, False),
    "beta.stop": Endpoint("2.1", "BetaStopRequest", "BetaStopResponse", True, True),
}
# Batch endpoints take {"requests": [...]} and send each request as one JSON line.
BATCH_ENDPOINTS = frozenset({
    "alpha.add_batch",
})


class ClearMLError(Exception):
    """A failed call: HTTP status and the envelope's result code, subcode and message."""

    def __init__(
        self,
        endpoint: str,
        status_code: int,
        result_code: int | None = None,
        result_subcode: int | None = None,
        result_msg: str = "",
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.status_code = status_code
        self.result_code = result_code
        self.result_subcode = result_subcode
        self.result_msg = result_msg
        self.meta = meta or {}
        code = result_code if result_code is not None else status_code
        super().__init__(f"{endpoint}: {code}/{result_subcode or 0} {result_msg}".rstrip())


class ClearMLAuthError(ClearMLError):
    """Login failed, or a call stayed unauthorized after one token renewal."""


class ClearMLVersionError(ClearMLError):
    """The server's API version predates the endpoint."""


def vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in str(version).split("."))


def jwt_claims(token: str) -> dict[str, Any]:
    """The unverified payload of a JWT ({} when the token is not one)."""
    try:
        part = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    except (IndexError, ValueError):
        return {}
    return claims if isinstance(claims, dict) else {}


def to_json(body: Any) -> Any:
    """A pydantic request model (only the fields that were set, by alias) or plain JSON."""
    if body is None:
        return {}
    dump = getattr(body, "model_dump", None)
    return dump(mode="json", by_alias=True, exclude_unset=True) if dump else body


def encode(endpoint: str, body: Any) -> tuple[bytes, str]:
    payload = to_json(body)
    if endpoint not in BATCH_ENDPOINTS:
        return json.dumps(payload).encode(), "application/json"
    items = payload.get("requests", []) if isinstance(payload, dict) else payload
    lines = "\n".join(json.dumps(to_json(item)) for item in items)
    return lines.encode(), "application/json-lines"


def unwrap(endpoint: str, response: httpx.Response) -> Any:
    """The envelope's `data`, or raise ClearMLError from its `meta`."""
    try:
        doc = response.json()
    except ValueError:
        doc = None
    meta = doc.get("meta") if isinstance(doc, dict) else None
    meta = meta if isinstance(meta, dict) else {}
    code = meta.get("result_code")
    if response.status_code >= 400 or (isinstance(code, int) and code >= 400):
        error = ClearMLAuthError if 401 in (response.status_code, code) else ClearMLError
        msg = meta.get("result_msg") or response.reason_phrase or response.text[:200]
        raise error(endpoint, response.status_code, code, meta.get("result_subcode"), msg, meta)
    if not isinstance(doc, dict) or "meta" not in doc:
        return response.text  # attachments (task log, CSV downloads) are not enveloped
    return doc.get("data") or {}


class ClearMLClient:
    """One ClearML API server. Use `async with ClearMLClient(...)` or call `aclose()`.

    `api_version` pins every call to `/v{api_version}/`; by default no prefix is sent.
    `token` may be given instead of (or besides) the key pair; without a key pair it is
    never renewed. `on_token` is called with every session token before it is used (a caller
    that masks credentials registers it); `event_hooks` go to the httpx client.
    """

    def __init__(
        self,
        base_url: str,
        access_key: str | None = None,
        secret_key: str | None = None,
        *,
        token: str | None = None,
        api_version: str | None = None,
        token_expiration_sec: int | None = None,
        timeout: float = 30.0,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: dict[str, list[Callable[..., Any]]] | None = None,
        on_token: Callable[[str], None] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version
        self.server_api_version: str | None = None
        self._key = (access_key, secret_key) if access_key and secret_key else None
        self._expiration = token_expiration_sec
        self._token: str | None = None
        self._expires_at: float | None = None
        self._lock = asyncio.Lock()
        self._on_token = on_token
        self._http = httpx.AsyncClient(
            timeout=timeout, headers=headers, transport=transport, event_hooks=event_hooks
        )
        if token:
            self._set_token(token)

    @classmethod
    def from_env(cls, **kwargs: Any) -> ClearMLClient:
        """CLEARML_API_HOST, CLEARML_API_ACCESS_KEY, CLEARML_API_SECRET_KEY (as the SDK)."""
        host = kwargs.pop("base_url", None) or os.environ.get("CLEARML_API_HOST")
        if not host:
            raise ValueError("CLEARML_API_HOST is not set")
        kwargs.setdefault("access_key", os.environ.get("CLEARML_API_ACCESS_KEY"))
        kwargs.setdefault("secret_key", os.environ.get("CLEARML_API_SECRET_KEY"))
        return cls(host, **kwargs)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # --- auth ----------------------------------------------------------------------------

    def _set_token(self, token: str) -> None:
        if self._on_token is not None:
            self._on_token(token)
        claims = jwt_claims(token)
        self._token = token
        exp = claims.get("exp")
        self._expires_at = float(exp) if isinstance(exp, (int, float)) else None
        if claims.get("api_version"):
            self.server_api_version = str(claims["api_version"])

    def _token_fresh(self) -> bool:
        if self._token is None:
            return False
        if self._expires_at is None or self._key is None:
            return True
        return time.time() < self._expires_at - REFRESH_MARGIN_SECONDS

    async def login(self) -> str:
        """`auth.login` with the key pair; stores and returns the new token."""
        if self._key is None:
            raise ClearMLAuthError("auth.login", 401, result_msg="no access key / secret key")
        body = {"expiration_sec": self._expiration} if self._expiration else {}
        response = await self._http.post(self._url("auth.login"), json=body, auth=self._key)
        data = unwrap("auth.login", response)
        if not isinstance(data, dict) or not data.get("token"):
            raise ClearMLAuthError("auth.login", response.status_code, result_msg="no token in answer")
        self._set_token(data["token"])
        return data["token"]

    async def token(self) -> str | None:
        """A usable token, logging in when there is none or it is about to expire."""
        if not self._token_fresh():
            async with self._lock:
                if not self._token_fresh():
                    await self.login()
        return self._token

    async def _renew(self, stale: str | None) -> None:
        async with self._lock:
            if self._token == stale:  # another call may have renewed it already
                await self.login()

    # --- calls ---------------------------------------------------------------------------

    def _url(self, endpoint: str) -> str:
        prefix = f"/v{self.api_version}" if self.api_version else ""
        return f"{self.base_url}{prefix}/{endpoint}"

    def check_version(self, endpoint: str) -> None:
        server = self.api_version or self.server_api_version
        known = ENDPOINTS.get(endpoint)
        first = known.min_version if known else None
        if server and first and vkey(first) > vkey(server):
            raise ClearMLVersionError(
                endpoint, 404, 404, 0, f"needs API {first}, the server speaks {server}"
            )

    def supports(self, endpoint: str) -> bool:
        """False when the server's API version (known once logged in) predates `endpoint`."""
        try:
            self.check_version(endpoint)
        except ClearMLVersionError:
            return False
        return True

    async def _post(self, endpoint: str, content: bytes, ctype: str, token: str | None) -> httpx.Response:
        headers = {"Content-Type": ctype}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return await self._http.post(self._url(endpoint), content=content, headers=headers)

    async def call(self, endpoint: str, body: Any = None) -> Any:
        """POST one endpoint ("service.action") with a dict or request model; returns `data`."""
        content, ctype = encode(endpoint, body)
        known = ENDPOINTS.get(endpoint)
        token = await self.token() if known is None or known.authorize else self._token
        self.check_version(endpoint)
        response = await self._post(endpoint, content, ctype, token)
        if response.status_code == 401 and self._key is not None:
            await self._renew(token)
            response = await self._post(endpoint, content, ctype, self._token)
        return unwrap(endpoint, response)

    @staticmethod
    def models(endpoint: str) -> tuple[type, type]:
        """(request model, response model) of an endpoint; imports pydantic on first use."""
        from . import models

        known = ENDPOINTS[endpoint]
        return getattr(models, known.request), getattr(models, known.response)

    # --- one method per public endpoint --------------------------------------------------

    async def alpha_add(self, body: Any = None) -> Any:
        """Add a thing (alpha.add, API ≥ 2.1, schema 2.1)"""
        return await self.call("alpha.add", body)

    async def alpha_add_batch(self, body: Any = None) -> Any:
        """Add many things (json-lines) (alpha.add_batch, API ≥ 2.1, schema 2.1)"""
        return await self.call("alpha.add_batch", body)

    async def alpha_delete_many(self, body: Any = None) -> Any:
        """Delete things. (alpha.delete_many, API ≥ 2.5, schema 2.5)"""
        return await self.call("alpha.delete_many", body)

    async def alpha_get_all(self, body: Any = None) -> Any:
        """Get all things. (alpha.get_all, API ≥ 2.1, schema 2.5)"""
        return await self.call("alpha.get_all", body)

    async def beta_info(self, body: Any = None) -> Any:
        """Server info (beta.info, API ≥ 2.1, schema 2.1)"""
        return await self.call("beta.info", body)

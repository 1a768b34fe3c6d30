"""The shim's HTTP surface: routing from its own OpenAPI document, auth, errors.

Every path of `generated/slurm_shim/openapi.json` is served (with and without the trailing
slash slurmrestd is inconsistent about). Requests need `X-SLURM-USER-NAME` (the user the
shim runs commands as) and `X-SLURM-USER-TOKEN` (the shim token, compared in constant
time), like slurmrestd's rest_auth/jwt. Errors keep the operation's response shape with
`errors[]` filled in, so they validate against the same schema as a success.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response

from labgate.shim import output
from labgate.shim.convert import Schemas, document
from labgate.shim.handlers import Shim, ShimError, check_job_id
from labgate.shim.runner import CommandTimeout

log = logging.getLogger("labgate.shim")
Handler = Callable[[Shim, dict[str, str], dict[str, str], Any], Awaitable[dict[str, Any]]]
SUSPICIOUS = re.compile(r"(^|/)\.\.(/|$)|[;&|`$<>(){}\\'\"*?!~\x00-\x1f]")
MAX_BODY = 1_048_576

HANDLERS: dict[str, Handler] = {
    "get_ping": lambda s, p, q, b: s.ping(),
    "get_diag": lambda s, p, q, b: s.diag(),
    "get_jobs": lambda s, p, q, b: s.jobs(),
    "get_job": lambda s, p, q, b: s.job(p["job_id"]),
    "delete_job": lambda s, p, q, b: s.cancel(p["job_id"], q.get("signal")),
    "delete_jobs": lambda s, p, q, b: s.cancel_jobs(b),
    "submit_job": lambda s, p, q, b: s.submit(b),
    "get_nodes": lambda s, p, q, b: s.nodes(),
    "get_node": lambda s, p, q, b: s.nodes(p["node_name"]),
    "get_partitions": lambda s, p, q, b: s.partitions(),
    "get_partition": lambda s, p, q, b: s.partitions(p["partition_name"]),
    "get_reservations": lambda s, p, q, b: s.reservations(),
    "get_shares": lambda s, p, q, b: s.shares(q.get("users"), q.get("accounts")),
    "db_get_jobs": lambda s, p, q, b: s.db_jobs(q),
    "db_get_job": lambda s, p, q, b: s.db_jobs(q, job_id=p["job_id"]),
    "estimate_job": lambda s, p, q, b: s.estimate(b),
    "get_job_output": lambda s, p, q, b: output.job_output(
        s,
        p["job_id"],
        q.get("stream", "stdout"),
        q.get("tail_bytes", "8192"),
        q.get("offset"),
        q.get("length"),
    ),
}


@dataclass
class Endpoint:
    method: str
    template: str
    pattern: re.Pattern[str]
    op_id: str
    schema: dict[str, Any]  # the JSON response schema (200 and default share it)
    has_body: bool


def _endpoints(doc: dict[str, Any]) -> list[Endpoint]:
    out = []
    for template, item in doc["paths"].items():
        base = template.rstrip("/")
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]*)", re.escape(base)) + "/?"
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            resp = op["responses"].get("200") or op["responses"]["default"]
            schema = resp["content"]["application/json"]["schema"]
            out.append(Endpoint(method.upper(), template, re.compile(regex), op["operationId"],
                                schema, "requestBody" in op))  # fmt: skip
    missing = {e.op_id for e in out} - set(HANDLERS)
    if missing:
        raise RuntimeError(f"shim: no handler for {sorted(missing)}")
    return out


async def read_body(request: Request) -> bytes:
    """At most MAX_BODY bytes: refused from Content-Length before reading, or once exceeded."""
    too_large = ShimError(413, f"request body larger than {MAX_BODY} bytes (1 MiB)")
    declared = request.headers.get("content-length")
    if declared is not None and not declared.isdigit():
        raise ShimError(400, "Content-Length is not a number")
    if declared is not None and int(declared) > MAX_BODY:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _json(body: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(body), status_code=status, media_type="application/json")


class ShimApp:
    def __init__(self, shim: Shim, token: str, concurrency: int = 8):
        if not token:
            raise ValueError("the shim needs a token")
        self.shim, self.token = shim, token.encode()
        self.doc = document()
        self.schemas = Schemas(self.doc)
        self.endpoints = _endpoints(self.doc)
        self.limit = asyncio.Semaphore(concurrency)

    def error(
        self, ep: Endpoint | None, status: int, message: str, source: str = "labgate-shim"
    ) -> Response:
        body: dict[str, Any] = self.schemas.skeleton(ep.schema) if ep else {}
        body.update(self.shim.wrap({}))
        body["errors"] = [{"description": message, "error_number": status, "error": message,
                           "source": source}]  # fmt: skip
        return _json(body, status)

    def authorised(self, request: Request) -> str | None:
        """None when the headers are right, else why not."""
        user = request.headers.get("x-slurm-user-name", "")
        token = request.headers.get("x-slurm-user-token", "").encode()
        if not token or not hmac.compare_digest(token, self.token):
            return "missing or wrong X-SLURM-USER-TOKEN"
        if user != self.shim.user:
            return f"X-SLURM-USER-NAME must be {self.shim.user!r} (the user this shim runs as)"
        return None

    def match(self, method: str, path: str) -> tuple[Endpoint | None, dict[str, str], bool]:
        """(endpoint, path params, whether the path exists under another method)."""
        other = False
        for ep in self.endpoints:
            m = ep.pattern.fullmatch(path)
            if m:
                if ep.method == method:
                    return ep, m.groupdict(), True
                other = True
        return None, {}, other

    async def dispatch(self, request: Request) -> Response:
        path = request.url.path
        ep, params, exists = self.match(request.method, path)
        why = self.authorised(request)
        if why:
            return self.error(ep, 401, why)
        if SUSPICIOUS.search(path):
            return self.error(ep, 400, f"refusing path {path[:80]!r}: '..' or shell metacharacters")
        if ep is None:
            status = 405 if exists else 404
            return self.error(None, status, f"{request.method} {path} is not served by the shim")
        for key, value in params.items():
            if key == "job_id":
                try:
                    check_job_id(value)
                except ShimError as exc:
                    return self.error(ep, exc.status, exc.message)
        body = None
        if ep.has_body:
            try:
                raw = await read_body(request)
                body = orjson.loads(raw) if raw else None
            except ShimError as exc:
                return self.error(ep, exc.status, exc.message)
            except orjson.JSONDecodeError:
                return self.error(ep, 400, "the request body is not JSON")
        query = {k: v for k, v in request.query_params.items()}
        try:
            async with self.limit:
                result = await HANDLERS[ep.op_id](self.shim, params, query, body)
        except ShimError as exc:
            return self.error(ep, exc.status, exc.message, exc.source)
        except CommandTimeout as exc:
            return self.error(ep, 504, str(exc))
        except Exception as exc:  # noqa: BLE001 - answered as a 500 with the operation's shape
            log.exception("shim %s failed", ep.op_id)
            return self.error(ep, 500, f"{type(exc).__name__}: {exc}")
        return _json(result)

    async def openapi(self, request: Request) -> Response:
        return _json(self.doc)

    async def __call__(self, scope, receive, send) -> None:
        """Plain ASGI: every path reaches `dispatch` (router patterns would 404 on a newline)."""
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        if request.url.path == "/openapi.json" and request.method == "GET":
            response = await self.openapi(request)
        else:
            response = await self.dispatch(request)
        await response(scope, receive, send)


def create_app(shim: Shim, token: str) -> ShimApp:
    return ShimApp(shim, token)

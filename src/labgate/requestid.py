"""A request id per HTTP request, sent on to the backends as `X-Request-ID`.

A client's own `X-Request-ID` is kept when it is a plain token (letters, digits, `._:-`, at most
128 characters), else one is made. labgate echoes it in its answer, sends it with every backend
request made for that request (httpx request hook), and puts it on its JSON log lines, so a slow
call can be followed into MLflow's or slurmrestd's own log.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar
from typing import Any

REQUEST_ID: ContextVar[str | None] = ContextVar("labgate_request_id", default=None)
_PLAIN = re.compile(rb"[A-Za-z0-9._:-]{1,128}")


def from_scope(scope: dict[str, Any]) -> str:
    for name, value in scope["headers"]:
        if name == b"x-request-id" and _PLAIN.fullmatch(value):
            return value.decode()
    return uuid.uuid4().hex


async def outgoing(request: Any) -> None:
    """httpx request hook: the current request id goes to the backend."""
    rid = REQUEST_ID.get()
    if rid is not None:
        request.headers["X-Request-ID"] = rid


def echoing(send: Any, rid: str) -> Any:
    """`send` that adds the request id to the response headers."""
    header = (b"x-request-id", rid.encode())

    async def sent(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", ()), header]}
        await send(message)

    return sent

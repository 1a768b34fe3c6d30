"""Who did what: an append-only JSON-lines record of every write and destructive backend call.

Each such call writes an "attempt" line, on disk (fsync) before the request leaves for the
backend, then an "outcome" line (ok or error, the backend's HTTP status when known, the error
class, the duration); both carry the same `call` id. A call the read-only switches refuse writes
one "outcome" line with outcome "refused" and no attempt (nothing reached a backend). Arguments
are recorded only as the sha256 of their canonical JSON, and every line passes through `redact`.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import orjson

from labgate.config import ConfigError
from labgate.errors import redact

if TYPE_CHECKING:
    from labgate.config import Instance
    from labgate.registry import Operation

Send = Callable[[], Awaitable[Any]]

# The MCP tool the client called (set by LabgateTool.run): the backend calls a composite makes
# are recorded under its name.
TOOL: ContextVar[str | None] = ContextVar("labgate_tool", default=None)

log = logging.getLogger("labgate")
_UNAUDITED = contextlib.nullcontext(lambda send: send)


def caller() -> str:
    """The verified JWT's `sub`, "static-token" (LABGATE_TOKEN), "anonymous" (HTTP without auth)
    or "stdio" (no HTTP request: stdio, or labgate used as a library)."""
    from fastmcp.server.dependencies import get_access_token, get_http_request

    token = get_access_token()
    if token is not None:
        return token.subject or token.client_id
    try:
        get_http_request()
    except RuntimeError:
        return "stdio"
    return "anonymous"


def digest(args: dict[str, Any]) -> str:
    return hashlib.sha256(orjson.dumps(args, option=orjson.OPT_SORT_KEYS, default=str)).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class AuditLog:
    """The audit file (`--audit-log`, `[server] audit_log`); with no path it records nothing."""

    def __init__(self, path: str | None = None):
        self.path = path
        self._fd = None if path is None else self._open(path)

    @staticmethod
    def _open(path: str) -> int:
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC
        try:
            return os.open(path, flags, 0o600)
        except OSError as exc:
            raise ConfigError(f"cannot open the audit log {path}: {exc.strerror}") from None

    def _append(self, record: dict[str, Any]) -> None:
        if self._fd is None:  # no audit file (callers check first)
            return
        # one write of one line on an O_APPEND descriptor: concurrent calls never interleave
        os.write(self._fd, (redact(orjson.dumps(record).decode()) + "\n").encode())
        os.fsync(self._fd)

    @staticmethod
    def _base(op: Operation, instance: str | None, args: dict[str, Any]) -> dict[str, Any]:
        return {
            "time": _now(),
            "call": uuid.uuid4().hex,
            "phase": "attempt",
            "caller": caller(),
            "tool": TOOL.get(),
            "operation": op.name,
            "backend": op.backend,
            "instance": instance,
            "safety": op.safety,
            "args_sha256": digest(args),
        }

    def refused(self, op: Operation, args: dict[str, Any], instance: str | None) -> None:
        if self._fd is not None:
            record = self._base(op, instance, {**op.defaults, **(args or {})})
            self._append(self._outcome(record, "refused", None, "SafetyError", 0.0))

    def call(
        self, op: Operation, inst: Instance, args: dict[str, Any]
    ) -> contextlib.AbstractContextManager[Callable[[Send], Send]]:
        """Around one backend call; yields a wrapper for the request function that notes the
        HTTP status of the answer. Read operations (or no audit file) pass straight through."""
        if self._fd is None or op.safety == "read":
            return _UNAUDITED
        return self._audited(op, inst, args)

    @contextlib.contextmanager
    def _audited(
        self, op: Operation, inst: Instance, args: dict[str, Any]
    ) -> Iterator[Callable[[Send], Send]]:
        record = self._base(op, inst.name, args)
        self._append(record)  # if this fails, the backend is not called
        seen: dict[str, int | None] = {}

        def watch(send: Send) -> Send:
            async def sent() -> Any:
                answer = await send()
                if isinstance(getattr(answer, "status_code", None), int):
                    seen["status"] = answer.status_code
                return answer

            return sent

        start, outcome, error = time.monotonic(), "ok", None
        try:
            yield watch
        except BaseException as exc:  # cancelled calls too: the attempt needs its outcome
            outcome, error = "error", type(exc).__name__
            seen["status"] = getattr(exc, "status", None) or seen.get("status")
            raise
        finally:
            line = self._outcome(
                record, outcome, seen.get("status"), error, time.monotonic() - start
            )
            try:
                self._append(line)
            except OSError as exc:  # the call happened: its answer still goes to the client
                log.error("audit log %s: outcome of call %s not written: %s", self.path,
                          record["call"], exc.strerror)  # fmt: skip

    @staticmethod
    def _outcome(
        record: dict[str, Any], outcome: str, status: int | None, error: str | None, took: float
    ) -> dict[str, Any]:
        return {**record, "time": _now(), "phase": "outcome", "outcome": outcome,
                "status": status, "error": error, "duration_ms": round(took * 1000, 1)}  # fmt: skip

"""Errors a client sees: one line, the field or backend named, never a traceback or a secret."""

from __future__ import annotations

import logging
import re
from typing import Any

import orjson
from fastmcp.exceptions import ToolError

_SECRETS: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a credential so it is masked in every error and log line."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def redact_secrets(text: str) -> str:
    """Mask the registered credentials only (safe on data: page tokens and ids stay intact)."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def redact(text: str) -> str:
    """For errors and logs: the registered credentials and anything shaped like a bearer token."""
    text = redact_secrets(text)
    return re.sub(
        r"(?i)(bearer|token|authorization)([\"':= ]+)[A-Za-z0-9._\-+/=]{16,}", r"\1\2***", text
    )


class LabgateError(ToolError):
    """A tool error whose message is safe to show the client."""

    def __init__(self, message: str):
        super().__init__(redact(message))


class ArgumentError(LabgateError):
    def __init__(self, field: str, problem: str):
        self.field = field
        super().__init__(f"invalid argument `{field}`: {problem}")


class SafetyError(LabgateError):
    pass


HINTS = {
    400: "check the arguments against describe_operation",
    401: "the credentials were refused: check the configured token",
    403: "the credentials lack permission for this operation",
    404: "the object does not exist: check the id (search or list first)",
    409: "the object is in a state that does not allow this",
    429: "the backend is rate limiting: retry later",
    500: "the backend failed; retrying may help",
    502: "the backend or a proxy in front of it is unavailable",
    503: "the backend is unavailable: retry later",
    504: "the backend timed out",
}


def backend_message(body: bytes | str | None) -> str:
    """The backend's own error message, from the common JSON error shapes."""
    if not body:
        return ""
    try:
        data: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode(errors="replace") if isinstance(body, bytes) else body
        return re.sub(r"<[^>]+>", " ", text).strip()[:300]
    if isinstance(data, dict):
        meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
        for key in ("message", "error_message", "result_msg", "detail", "error", "title"):
            for source in (data, meta):
                if isinstance(source.get(key), str) and source[key]:
                    code = data.get("error_code") or meta.get("result_subcode") or ""
                    return f"{code}: {source[key]}" if code else source[key]
        errors = data.get("errors")
        if isinstance(errors, list) and errors:
            first = errors[0]
            if isinstance(first, dict):
                return str(first.get("description") or first.get("error") or first)[:300]
    return orjson.dumps(data)[:300].decode(errors="replace")


class BackendError(LabgateError):
    def __init__(self, backend: str, status: int, body: bytes | str | None = None, hint: str = ""):
        self.backend, self.status = backend, status
        msg = backend_message(body) or "no message"
        hint = hint or HINTS.get(status, "")
        super().__init__(
            f"{backend} returned HTTP {status}: {msg}" + (f" (hint: {hint})" if hint else "")
        )


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


def install_log_redaction() -> None:
    f = RedactingFilter()
    for handler in logging.getLogger().handlers:
        handler.addFilter(f)
    logging.getLogger().addFilter(f)

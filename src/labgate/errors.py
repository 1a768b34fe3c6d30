"""Errors a client sees: one line, the field or backend named, never a traceback or a secret."""

from __future__ import annotations

import base64
import logging
import re
from typing import Any

import orjson
from fastmcp.exceptions import ToolError

_SECRETS: set[str] = set()
# Longest error text a client receives: a backend's 2 MB error page is not an error message.
ERROR_CAP = 2_000
# `scheme://user:password@host`: the userinfo of any URL that reaches output, errors or logs.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@:]*:[^/\s@]*@")


def register_secret(value: str | None) -> None:
    """Remember a credential so it is masked in every error and log line."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def register_basic_auth(user: str, password: str) -> None:
    """`Authorization: Basic base64(user:password)` carries the password too: mask that form."""
    if password:
        register_secret(base64.b64encode(f"{user}:{password}".encode()).decode())


def strip_userinfo(text: str) -> str:
    """`http://bob:pw@host/x` → `http://***@host/x`, anywhere in `text`."""
    return _USERINFO.sub(r"\1***@", text)


def redact_secrets(text: str) -> str:
    """Mask the registered credentials only (safe on data: page tokens and ids stay intact)."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def redact(text: str) -> str:
    """For errors and logs: the registered credentials, URL userinfo, and anything shaped like
    a bearer token or HTTP basic credentials."""
    text = strip_userinfo(redact_secrets(text))
    return re.sub(
        r"(?i)(bearer|basic|token|authorization)([\"':= ]+)[A-Za-z0-9._\-+/=]{16,}",
        r"\1\2***",
        text,
    )


def capped(text: str, cap: int = ERROR_CAP) -> str:
    if len(text) <= cap:
        return text
    return f"{text[: cap - 40]}… ({len(text) - cap + 40} more characters cut)"


def quoted(text: str) -> str:
    """Backend-supplied text as one JSON string: its words stay data, never labgate's own
    sentence (newlines and quotes escaped)."""
    return orjson.dumps(text).decode()


class LabgateError(ToolError):
    """A tool error whose message is safe to show the client: redacted, capped."""

    def __init__(self, message: str):
        super().__init__(capped(redact(message)))


class ArgumentError(LabgateError):
    def __init__(self, field: str, problem: str):
        self.field = field
        super().__init__(f"invalid argument `{field}`: {problem}")


class SafetyError(LabgateError):
    pass


MESSAGE_CAP = 500  # characters of a backend's own error message

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
        return re.sub(r"<[^>]+>", " ", text[: MESSAGE_CAP * 20]).strip()[:MESSAGE_CAP]
    if isinstance(data, dict):
        meta: dict[str, Any] = data["meta"] if isinstance(data.get("meta"), dict) else {}
        for key in ("message", "error_message", "result_msg", "detail", "error", "title"):
            for source in (data, meta):
                if isinstance(source.get(key), str) and source[key]:
                    code = data.get("error_code") or meta.get("result_subcode") or ""
                    text = f"{code}: {source[key]}" if code else source[key]
                    return text[:MESSAGE_CAP]
        errors = data.get("errors")
        if isinstance(errors, list) and errors:
            first = errors[0]
            if isinstance(first, dict):
                # slurmrestd: `description` says what failed, `error` why ("Unable to query
                # jobs: Protocol authentication error"); the shim repeats one text in both.
                said = [str(first[k]) for k in ("description", "error") if first.get(k)]
                return (": ".join(dict.fromkeys(said)) or str(first))[:MESSAGE_CAP]
        if isinstance(errors, list) and set(data) <= {"errors", "warnings", "meta"}:
            return ""  # slurmrestd failed and said nothing (e.g. partitions, slurmctld down)
    return orjson.dumps(data)[:MESSAGE_CAP].decode(errors="replace")


class BackendError(LabgateError):
    """`<backend> returned HTTP 404: "<the backend's own message>" (hint: …)`."""

    def __init__(self, backend: str, status: int, body: bytes | str | None = None, hint: str = ""):
        self.backend, self.status = backend, status
        self.message = backend_message(body)
        hint = hint or HINTS.get(status, "")
        said = quoted(self.message) if self.message else "no message"
        super().__init__(
            f"{backend} returned HTTP {status}: {said}" + (f" (hint: {hint})" if hint else "")
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

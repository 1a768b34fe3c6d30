"""`--log-format json`: one JSON object per log line, with the request id.

Every line carries `time` (UTC, ms), `level`, `logger`, `message` (already redacted by the
redaction filter) and, inside a request, `request_id`; the per-call line (`labgate.calls`, at
INFO: `LABGATE_LOG_LEVEL=INFO`) adds `tool`, `outcome`, `bytes` and `duration_ms`. uvicorn's and
fastmcp's loggers are sent through the same handler.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import orjson

from labgate.requestid import REQUEST_ID

EXTRA = ("tool", "outcome", "bytes", "duration_ms")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        rid = REQUEST_ID.get()
        if rid is not None:
            line["request_id"] = rid
        line.update({k: getattr(record, k) for k in EXTRA if hasattr(record, k)})
        if record.exc_info:
            from labgate.errors import redact

            line["error"] = redact(self.formatException(record.exc_info))[-2000:]
        return orjson.dumps(line).decode()


def use_json() -> None:
    """The root handlers write JSON; uvicorn's and fastmcp's loggers go through them."""
    root = logging.getLogger()
    for handler in root.handlers:
        handler.setFormatter(JsonFormatter())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access", "fastmcp"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True

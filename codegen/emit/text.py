"""Names and descriptions as a model reads them: snake_case, ≤ 64 chars, no markup noise."""

from __future__ import annotations

import html
import re

MAX_NAME = 64
MAX_DESCRIPTION = 300

_TAG = re.compile(r"<[^<>]+>")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(text: str) -> str:
    text = _CAMEL.sub("_", text)
    text = re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()
    return re.sub(r"_+", "_", text)


def tool_name(backend: str, stem: str, taken: set[str]) -> str:
    base = f"{backend}_{snake(stem)}"[:MAX_NAME].rstrip("_")
    name, n = base, 2
    while name in taken:
        suffix = f"_{n}"
        name, n = base[: MAX_NAME - len(suffix)] + suffix, n + 1
    taken.add(name)
    return name


def clean(text: str | None) -> str:
    """Plain text: no CRLF, HTML tags, <inheritdoc>, entity escapes or runs of blanks."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"<br\s*/?>|</p>", "\n", text, flags=re.I)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def brief(text: str, limit: int = MAX_DESCRIPTION) -> str:
    """The first paragraph, cut at a sentence end when it is longer than `limit`."""
    para = clean(text).split("\n\n", 1)[0].replace("\n", " ")
    if len(para) <= limit:
        return para
    cut = para[:limit]
    end = max(cut.rfind(". "), cut.rfind("; "))
    return cut[: end + 1] if end > limit // 4 else cut.rstrip() + "…"

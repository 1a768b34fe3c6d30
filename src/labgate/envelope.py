"""One response envelope for every tool that lists things: items, cursor, truncated, total.

Compact JSON under a byte cap; when anything is cut the envelope says so and how to get
the rest. Cursors are opaque: base64 of {"t": backend page token, "o": offset in page}.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

import orjson

from labgate.errors import ArgumentError

DEFAULT_BYTE_CAP = 20_000

# The envelope's arguments, spelled the same on every list tool (the server instructions explain
# them once): `fields` holds dotted key strings, `max_items` is ≥ 1 — both checked on the call.
ARGS = {"fields": {"type": "array"}, "max_items": {"type": "integer"}, "cursor": {"type": "string"}}


def dumps(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def encode_cursor(token: Any = None, offset: int = 0) -> str | None:
    if token in (None, "") and not offset:
        return None
    return base64.urlsafe_b64encode(dumps({"t": token, "o": offset})).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> tuple[Any, int]:
    if not cursor:
        return None, 0
    try:
        data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        return data.get("t"), int(data.get("o", 0))
    except (ValueError, TypeError, AttributeError) as exc:
        raise ArgumentError(
            "cursor", "not a cursor this server issued; pass next_cursor unchanged"
        ) from exc


def project(item: Any, fields: list[str] | None) -> Any:
    """Keep only the dotted `fields` of a dict item (lists are projected element-wise)."""
    if not fields or not isinstance(item, dict):
        return item
    out: dict[str, Any] = {}
    for path in fields:
        _copy_path(item, out, path.split("."))
    return out


def _copy_path(src: Any, dst: dict, keys: list[str]) -> None:
    key, rest = keys[0], keys[1:]
    if not isinstance(src, dict) or key not in src:
        return
    value = src[key]
    if not rest:
        dst[key] = value
    elif isinstance(value, list):
        projected = [project(v, [".".join(rest)]) for v in value]
        dst[key] = [p for p in projected if p != {}]
    else:
        _copy_path(value, dst.setdefault(key, {}), rest)


def envelope(
    page: list[Any],
    *,
    page_token: Any = None,
    offset: int = 0,
    next_token: Any = None,
    total: int | None = None,
    fields: list[str] | None = None,
    max_items: int | None = None,
    byte_cap: int = DEFAULT_BYTE_CAP,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Wrap one backend page, fetched with `page_token`, starting at `offset` inside it.

    When max_items or the byte cap stops early, the cursor points back into the same
    backend page (same token, later offset); otherwise it carries the backend's next token.
    """
    items = [project(i, fields) for i in page[offset:]]
    shown = items if max_items is None else items[:max_items]
    base = dict(extra or {})
    if total is not None:
        base["total"] = total
    shown = _fit(shown, base, byte_cap)
    cut = len(shown) < len(items)
    cursor = encode_cursor(page_token, offset + len(shown)) if cut else encode_cursor(next_token)
    out = {"items": shown, "next_cursor": cursor, "truncated": cut, **base}
    if cut:
        why = "max_items" if max_items is not None and len(shown) == max_items else "byte cap"
        out["note"] = (
            f"{why}: showing {len(shown)} of {len(items)} remaining items of this page; call again "
            "with cursor=next_cursor for the rest, or pass fields=[...] to shrink items"
        )
    return out


def _fit(items: list[Any], base: dict, cap: int) -> list[Any]:
    budget = cap - len(dumps(base)) - 400
    used = 0
    kept: list[Any] = []
    for item in items:
        used += len(dumps(item)) + 1
        if used > budget and kept:
            break
        kept.append(item)
    return kept


def cap_document(data: Any, byte_cap: int = DEFAULT_BYTE_CAP) -> Any:
    """Cap an arbitrary JSON response: trim its largest list and say what was cut.

    The usual large answer, an object around one long list, is measured item by item only
    until the cap is passed: it is never serialised whole just to learn that it is too big."""
    if isinstance(data, dict) and all(type(k) is str for k in data):
        size, key, heads = _measure(data, byte_cap)
        if size <= byte_cap:
            return data
        if key is not None:  # everything but that list is measured exactly
            budget = byte_cap - 300 - (size - _list_size(heads)) - 2
            return _trim(data, (key,), data[key], _prefix(heads, budget), byte_cap)
    return _cap_any(data, byte_cap)


def _cap_any(data: Any, byte_cap: int) -> Any:
    raw = dumps(data)
    if len(raw) <= byte_cap:
        return data
    path, lst, size = _largest_list(data, ())
    if not lst:
        text = raw[: byte_cap - 300].decode(errors="ignore")
        return {
            "truncated": True,
            "partial_json": text,
            "note": f"response was {len(raw)} bytes; capped at {byte_cap}. Pass fields/filters to narrow it.",
        }
    # the list serialises as [a,b,...]: keep the longest prefix that fits beside the rest
    budget = byte_cap - 300 - (len(raw) - size) - 2
    return _trim(data, path, lst, _prefix((len(dumps(i)) for i in lst), budget), byte_cap)


def _measure(data: dict[str, Any], cap: int) -> tuple[int, str | None, list[int]]:
    """An object's serialised size, exact while within `cap` (a lower bound past it); the key
    of its one list that passes `cap` when nothing else could hold a larger one, and the sizes
    of that list's items measured so far."""
    size = 2 + sum(len(dumps(k)) + 1 for k in data) + max(0, len(data) - 1)
    heads: dict[str, list[int]] = {}
    largest_other = 0
    for k, v in data.items():
        if isinstance(v, list):
            heads[k] = _heads(v, cap)
            size += _list_size(heads[k])
        else:
            part = len(dumps(v))
            size += part
            largest_other = max(largest_other, part)
    over = [k for k, sizes in heads.items() if _list_size(sizes) > cap]
    key = over[0] if len(over) == 1 and largest_other <= cap else None
    return size, key, heads[key] if key is not None else []


def _heads(items: list[Any], cap: int) -> list[int]:
    """Serialised sizes of the items, until the list they make passes `cap`."""
    sizes, run = [], 1
    for item in items:
        sizes.append(len(dumps(item)))
        run += sizes[-1] + 1
        if run > cap:
            break
    return sizes


def _list_size(sizes: list[int]) -> int:
    return 2 + sum(sizes) + max(0, len(sizes) - 1)


def _prefix(sizes: Iterable[int], budget: int) -> int:
    """How many items, of these serialised sizes, fit `budget` as [a,b,...] without brackets."""
    keep = used = 0
    for size in sizes:
        used += size + (1 if keep else 0)
        if used > budget:
            break
        keep += 1
    return keep


def _trim(data: Any, path: tuple, lst: list, keep: int, byte_cap: int) -> Any:
    trimmed = _with_list(data, path, lst[:keep])
    note = (
        f"`{'.'.join(map(str, path)) or '(root)'}` cut to {keep} of {len(lst)} items "
        f"(byte cap {byte_cap}). Use the operation's paging or filter arguments, or fields=[...], to get the rest."
    )
    if isinstance(trimmed, dict):
        return {**trimmed, "truncated": True, "note": note}
    return {"items": trimmed, "truncated": True, "note": note}


def _largest_list(data: Any, path: tuple) -> tuple[tuple, list | None, int]:
    """(path, list, its serialised size) of the largest list, outermost when nested."""
    if isinstance(data, list):
        return path, data, len(dumps(data))
    best: tuple[tuple, list | None, int] = ((), None, 0)
    if isinstance(data, dict):
        for k, v in data.items():
            found = _largest_list(v, (*path, k))
            if found[1] is not None and found[2] > best[2]:
                best = found
    return best


def _with_list(data: Any, path: tuple, new: list) -> Any:
    if not path:
        return new
    out = dict(data)
    out[path[0]] = _with_list(data[path[0]], path[1:], new)
    return out

"""Data-only spec patches: groups of RFC 6902 JSON Patch operations, each group with a reason.

A patch file is JSON: `[{"reason": "one line: the upstream defect", "ops": [{"op": ...}]}]`.
Applied to the parsed spec before ingestion; a failing op names its group and path.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any


class PatchError(RuntimeError):
    pass


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _split(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PatchError(f"bad JSON pointer {pointer!r}")
    return [_unescape(t) for t in pointer[1:].split("/")]


def _walk(doc: Any, tokens: list[str]) -> Any:
    for t in tokens:
        doc = doc[int(t)] if isinstance(doc, list) else doc[t]
    return doc


def _add(doc: Any, tokens: list[str], value: Any) -> None:
    parent = _walk(doc, tokens[:-1])
    key = tokens[-1]
    if isinstance(parent, list):
        parent.insert(len(parent) if key == "-" else int(key), value)
    else:
        parent[key] = value


def _remove(doc: Any, tokens: list[str]) -> Any:
    parent = _walk(doc, tokens[:-1])
    key = tokens[-1]
    return parent.pop(int(key)) if isinstance(parent, list) else parent.pop(key)


def apply_ops(doc: Any, ops: list[dict[str, Any]]) -> None:
    for op in ops:
        kind, tokens = op["op"], _split(op["path"])
        if kind == "add":
            _add(doc, tokens, copy.deepcopy(op["value"]))
        elif kind == "remove":
            _remove(doc, tokens)
        elif kind == "replace":
            _remove(doc, tokens)
            _add(doc, tokens, copy.deepcopy(op["value"]))
        elif kind == "move":
            _add(doc, tokens, _remove(doc, _split(op["from"])))
        elif kind == "copy":
            _add(doc, tokens, copy.deepcopy(_walk(doc, _split(op["from"]))))
        elif kind == "test":
            if _walk(doc, tokens) != op["value"]:
                raise PatchError(f"test failed at {op['path']}")
        else:
            raise PatchError(f"unknown op {kind!r}")


def apply_file(doc: Any, patch_file: Path) -> list[str]:
    """Apply every group of `patch_file` to `doc` in place; return the reasons applied."""
    groups = json.loads(patch_file.read_text())
    reasons = []
    for i, group in enumerate(groups):
        reason = group.get("reason", "").strip()
        if not reason or "\n" in reason:
            raise PatchError(f"{patch_file.name} group {i}: every patch needs a one-line reason")
        try:
            apply_ops(doc, group["ops"])
        except (KeyError, IndexError, ValueError, PatchError) as exc:
            raise PatchError(f"{patch_file.name} group {i} ({reason}): {exc!r}") from exc
        reasons.append(reason)
    return reasons

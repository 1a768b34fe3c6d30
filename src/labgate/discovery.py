"""Reach every generated operation without listing it: search, describe, call.

Search is Okapi BM25 (hand-written, standard library only) over each operation's name,
summary, tags, path words and argument names, with light normalisation (plurals, camelCase)
and a few synonyms an agent uses for what the specs call differently (cancel ≈ delete/signal,
stdout ≈ output).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any

from labgate.registry import Operation, generated_schemas

SYNONYMS = {
    "cancel": ["delete", "signal", "kill", "abort"],
    "kill": ["cancel", "delete", "abort"],
    "stop": ["abort", "cancel"],
    "stdout": ["output", "log", "stdout"],
    "stderr": ["output", "log", "stderr"],
    "log": ["stdout", "console", "log"],
    "logs": ["stdout", "console", "log"],
    "output": ["stdout", "stderr"],
    "find": ["search", "get_all", "list"],
    "search": ["find", "search", "get_all"],
    "list": ["get", "all", "paginate", "search"],
    "show": ["get"],
    "metric": ["metric", "scalar"],
    "run": ["run", "task"],
    "experiment": ["experiment", "project"],
    "submit": ["submit", "create", "enqueue"],
    "worker": ["worker", "workers"],
    "node": ["node", "nodes"],
    "queue": ["queue", "queues"],
}
_STOP = {
    "a",
    "an",
    "the",
    "of",
    "for",
    "to",
    "by",
    "in",
    "on",
    "and",
    "or",
    "with",
    "my",
    "all",
    "me",
    "is",
    "get",
}


def tokens(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    out = []
    for word in re.findall(r"[a-zA-Z0-9]+", text.lower()):
        if word in _STOP:
            continue
        if len(word) > 3 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.append(word)
    return out


def document(op: Operation) -> list[str]:
    args = " ".join(op.input_schema.get("properties", {}))
    # the name counts twice: it is the most deliberate text an operation has
    text = f"{op.backend} {op.name} {op.name} {op.id} {' '.join(op.tags)} {op.path} {op.description} {args}"
    return tokens(text)


def query_tokens(query: str) -> list[str]:
    out = []
    for t in tokens(query):
        out.append(t)
        out += [s for syn in SYNONYMS.get(t, []) for s in tokens(syn)]
    return out


# Okapi BM25 with Lucene's idf (always positive), the parameters bm25s used before
K1 = 1.5
B = 0.75


def idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


class SearchIndex:
    """BM25 over `document(op)`; each token's per-operation score is computed once, here."""

    def __init__(self, ops: list[Operation]):
        self.ops = ops
        docs = [Counter(document(op)) for op in ops]
        lengths = [sum(c.values()) for c in docs]
        avg = sum(lengths) / len(lengths) if lengths else 1.0
        df = Counter(t for c in docs for t in c)
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, (counts, length) in enumerate(zip(docs, lengths, strict=True)):
            norm = K1 * (1 - B + B * length / avg)
            for t, tf in counts.items():
                self.postings[t].append((i, idf(df[t], len(ops)) * tf / (tf + norm)))
        self.postings = dict(self.postings)

    def search(
        self, query: str, backend: str | None = None, limit: int = 8
    ) -> list[tuple[Operation, float]]:
        """Best first, ties by name; [] when no query word (or synonym) is in any operation."""
        scores: dict[int, float] = defaultdict(float)
        # a repeated query token (a word and its synonym) counts each time, as in bm25s
        for t in query_tokens(query):
            for i, score in self.postings.get(t, ()):
                scores[i] += score
        hits = [
            (self.ops[i], score)
            for i, score in scores.items()
            if not backend or self.ops[i].backend == backend
        ]
        hits.sort(key=lambda h: (-h[1], h[0].name))
        return hits[:limit]


def example_value(schema: dict[str, Any], name: str) -> Any:
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if kind == "array":
        return [example_value(schema.get("items", {}), name)]
    if kind == "object":
        props = schema.get("properties", {})
        return {k: example_value(v, k) for k, v in props.items() if k in schema.get("required", [])}
    return f"<{name}>"


def describe(op: Operation, enabled_by: str) -> dict[str, Any]:
    schema = op.tool_schema
    full = generated_schemas(op.backend)["operations"].get(op.id, {})
    required = schema.get("required", [])
    example = {
        k: example_value(v, k) for k, v in schema.get("properties", {}).items() if k in required
    }
    return {
        "name": op.name,
        "backend": op.backend,
        "description": full.get("description") or op.description,
        "safety": op.safety,
        "enabled_by": enabled_by,
        "http": f"{op.method} {op.path}",
        "input_schema": schema,
        "example": {"name": op.name, "arguments": example},
    }


def describe_tool(tool: Any, enabled_by: str) -> dict[str, Any]:
    """describe_operation for a composite tool: what tools/call runs under the same name."""
    schema = tool.schema
    required = schema.get("required", [])
    example = {
        k: example_value(v, k) for k, v in schema.get("properties", {}).items() if k in required
    }
    out = {
        "name": tool.name,
        "backend": tool.backend,
        "description": tool.description,
        "safety": tool.safety,
        "enabled_by": enabled_by,
        "kind": "composite: several calls, one answer",
        "input_schema": schema,
        "example": {"name": tool.name, "arguments": example},
    }
    if tool.meta.get("replaces"):
        out["replaces"] = f"the raw API call, still reachable as {tool.meta['replaces']}"
    return out

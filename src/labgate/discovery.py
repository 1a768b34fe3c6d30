"""Reach every generated operation without listing it: search, describe, call.

Search is BM25 (bm25s) over each operation's name, summary, tags, path words and
argument names, with light normalisation (plurals, camelCase) and a few synonyms an
agent uses for what the specs call differently (cancel ≈ delete/signal, stdout ≈ output).
"""

from __future__ import annotations

import re
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


class SearchIndex:
    def __init__(self, ops: list[Operation]):
        import bm25s

        self.ops = ops
        self.retriever = bm25s.BM25()
        self.retriever.index([document(op) for op in ops], show_progress=False)
        self.vocab = set(self.retriever.vocab_dict)

    def search(
        self, query: str, backend: str | None = None, limit: int = 8
    ) -> list[tuple[Operation, float]]:
        q = [t for t in query_tokens(query) if t in self.vocab]
        if not q:
            return []
        docs, scores = self.retriever.retrieve([q], k=len(self.ops), show_progress=False)
        hits = []
        for idx, score in zip(docs[0], scores[0], strict=True):
            op = self.ops[int(idx)]
            if score <= 0 or (backend and op.backend != backend):
                continue
            hits.append((op, float(score)))
            if len(hits) >= limit:
                break
        return hits


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

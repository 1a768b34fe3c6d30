"""The data and markdown behind the generated tool reference (used by gen_pages.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def docs_env() -> dict[str, str]:
    """Every backend configured with placeholder values, so the builder lists every tool."""
    from labgate.backends import adapters

    env = {"HOME": "/nonexistent"}
    for a in adapters().values():
        env.update(a.example_env)
    return env


def title(backend: str) -> str:
    from labgate.backends import adapters

    a = adapters().get(backend)
    return a.title if a else backend.title()


SWITCH = {
    "read": "always listed",
    "write": "listed with `--allow-write`",
    "destructive": "listed with `--allow-write --allow-destructive`",
    "credential": "never listed or run by labgate, whatever the switches: it mints, reveals or "
    "changes credentials or users",
}
SAFETY_LABEL = {
    "read": "read-only",
    "write": "write",
    "destructive": "destructive",
    "credential": "credential",
}
CONSTRAINT_KEYS = (
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "format",
)


@dataclass
class Page:
    path: str  # inside docs/
    name: str
    kind: str  # curated | composite | discovery | operation
    description: str
    schema: dict[str, Any]
    safety: str
    annotations: dict[str, bool]
    backends: list[str]
    toolset: str
    op: Any = None  # labgate.registry.Operation for curated and generated operations
    example: dict[str, Any] | None = None  # backend traffic from a cassette
    answer: dict[str, Any] | None = None  # the tool's own answer (docs/tool_examples.json)


@dataclass
class Catalog:
    curated: list[Page] = field(default_factory=list)
    operations: list[Page] = field(default_factory=list)
    backends: tuple[str, ...] = ()
    cassettes: Cassettes | None = None

    @classmethod
    def load(cls, root: Path) -> Catalog:
        from labgate import composite
        from labgate.config import load
        from labgate.registry import Registry
        from labgate.tools import ToolBuilder, hints

        settings = load(env=docs_env(), allow_write=True, allow_destructive=True)
        builder = ToolBuilder(settings)
        ops = {(op.backend, op.name): op for op in Registry().all_operations()}
        tools = builder.build()  # imports the composite modules, filling REGISTERED
        composites = {c.name: list(c.backends) for c in composite.REGISTERED}
        cat = cls(backends=builder.registry.backends)
        cat.cassettes = Cassettes.load(root / "tests" / "cassettes", ops.values())
        for t in tools:
            wire = t.mcp()
            backends = composites.get(t.name) or ([t.backend] if t.backend else [])
            if t.kind == "discovery":
                backends = list(cat.backends)
            group = "discovery" if t.kind == "discovery" else t.toolset
            cat.curated.append(
                Page(
                    path=f"tools/{group}/{t.name}.md",
                    name=t.name,
                    kind=t.kind,
                    description=t.description,
                    schema=wire["inputSchema"],
                    safety=t.safety,
                    annotations=hints(wire.get("annotations", {})),
                    backends=backends,
                    toolset=group,
                    # a composite may replace the operation of the same name
                    op=ops.get((t.backend, t.name)) if t.kind != "discovery" else None,
                )
            )
        for op in ops.values():
            if op.hidden:
                continue
            cat.operations.append(
                Page(
                    path=f"operations/{op.backend}/{op.name}.md",
                    name=op.name,
                    kind="operation",
                    description=op.description,
                    schema=op.input_schema,
                    safety=op.safety,
                    annotations=op.annotations,
                    backends=[op.backend],
                    toolset=op.toolset,
                    op=op,
                )
            )
        answers = tool_examples(root)
        for page in cat.pages():
            if page.op is not None:
                page.example = cat.cassettes.example(page.op)
        for page in cat.curated:
            page.answer = answers.get(page.name)
        return cat

    def pages(self) -> list[Page]:
        return self.curated + self.operations

    def find(self, name: str) -> Page | None:
        return next((p for p in self.curated if p.name == name), None)


def tool_examples(root: Path) -> dict[str, dict[str, Any]]:
    """Each tool's answer captured while the cassette tests replay (tests/tool_examples.py)."""
    path = root / "docs" / "tool_examples.json"
    return json.loads(path.read_text()) if path.exists() else {}


# -- cassettes -----------------------------------------------------------------------------
@dataclass
class Cassettes:
    """Recorded backend traffic (vcrpy YAML/JSON) indexed by the operation each request hit."""

    by_op: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    files: int = 0

    @classmethod
    def load(cls, root: Path, ops) -> Cassettes:
        out = cls()
        routes = _routes(ops)
        for backend_dir in sorted(p for p in root.glob("*") if p.is_dir()):
            for path in sorted(backend_dir.rglob("*")):
                if path.suffix not in (".yaml", ".yml", ".json") or path.name == "seed.json":
                    continue
                interactions = _interactions(path)
                out.files += bool(interactions)
                built = "# Built by" in "".join(path.read_text().splitlines(True)[:3])
                for item in interactions:
                    item["built"] = built
                    op = _match(routes.get(backend_dir.name, []), item)
                    if op is not None:
                        key = (op.backend, op.name)
                        out.by_op.setdefault(
                            key, {**item, "file": path.relative_to(root.parent.parent)}
                        )
        return out

    def example(self, op) -> dict[str, Any] | None:
        return self.by_op.get((op.backend, op.name))


def _routes(ops) -> dict[str, list[tuple[str, re.Pattern, int, Any]]]:
    routes: dict[str, list] = {}
    for op in ops:
        if not op.path:
            continue
        holes = op.path.count("{")
        pattern = re.escape(op.path)
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", pattern)
        routes.setdefault(op.backend, []).append(
            (op.method.upper(), re.compile(pattern + "/?$"), holes, op)
        )
    for table in routes.values():
        table.sort(key=lambda r: r[2])  # literal paths before templated ones
    return routes


def _interactions(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text()
        if path.suffix == ".json":
            data = json.loads(text)
        else:
            import yaml

            data = yaml.safe_load(text)
    except (OSError, ValueError, ImportError) as exc:  # a broken cassette must not break the docs
        print(f"docs: skipping cassette {path}: {exc}")
        return []
    except Exception as exc:  # noqa: BLE001 - yaml.YAMLError and friends
        print(f"docs: skipping cassette {path}: {exc}")
        return []
    items = data.get("interactions", []) if isinstance(data, dict) else []
    out = []
    for item in items:
        req, resp = item.get("request", {}), item.get("response", {})
        status = (resp.get("status") or {}).get("code", 0)
        body = (resp.get("body") or {}).get("string", "")
        if isinstance(body, bytes):
            body = body.decode("utf-8", "replace")
        if 200 <= int(status) < 300 and body:
            out.append(
                {
                    "method": req.get("method", ""),
                    "uri": req.get("uri", ""),
                    "status": status,
                    "body": body,
                }
            )
    return out


def _match(routes, item) -> Any:
    from urllib.parse import urlsplit

    path = urlsplit(item["uri"]).path
    for method, pattern, _, op in routes:
        if method == item["method"].upper() and pattern.search(path):
            return op
    return None


# -- rendering -----------------------------------------------------------------------------
def md_text(text: str) -> str:
    """Upstream prose as inert markdown: no stray links, HTML or table breaks."""
    text = (text or "").replace("\r", "")
    text = text.replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]")
    return text


def cell(text: Any) -> str:
    return md_text(str(text)).replace("\n", " ").replace("|", "\\|").strip()


def code(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`" if text else ""


def type_of(schema: dict[str, Any]) -> str:
    if "anyOf" in schema or "oneOf" in schema:
        parts = [type_of(s) for s in schema.get("anyOf", schema.get("oneOf", []))]
        return " \\| ".join(dict.fromkeys(parts))
    t = schema.get("type")
    if isinstance(t, list):
        return " \\| ".join(t)
    if t == "array":
        return f"array of {type_of(schema.get('items') or {})}"
    if t is None and "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    return t or "any"


def constraints(schema: dict[str, Any]) -> str:
    found = []
    for s in [schema, *schema.get("anyOf", []), schema.get("items") or {}]:
        for k in CONSTRAINT_KEYS:
            if k in s:
                v = s[k]
                found.append(f"{k}: {', '.join(map(str, v))}" if k == "enum" else f"{k}: {v}")
    return code("; ".join(dict.fromkeys(found))) if found else ""


def arguments_table(schema: dict[str, Any]) -> str:
    props = schema.get("properties") or {}
    if not props:
        return "This tool takes no arguments.\n"
    required = set(schema.get("required", []))
    rows = [
        "| name | type | required | default | constraints | description |",
        "|---|---|---|---|---|---|",
    ]
    for name, p in props.items():
        default = code(p["default"]) if "default" in p else ""
        rows.append(
            f"| `{name}` | {type_of(p)} | {'yes' if name in required else 'no'} | {default} "
            f"| {constraints(p)} | {cell(p.get('description', ''))} |"
        )
    return "\n".join(rows) + "\n"


def placeholder(name: str, schema: dict[str, Any]) -> Any:
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "anyOf" in schema:
        return placeholder(name, next((s for s in schema["anyOf"] if s.get("type") != "null"), {}))
    t = schema.get("type")
    t = t[0] if isinstance(t, list) else t
    if t == "integer":
        return max(schema.get("minimum", 1), 1)
    if t == "number":
        return 1.0
    if t == "boolean":
        return False
    if t == "array":
        return [placeholder(name, schema.get("items") or {})]
    if t == "object":
        return {}
    return f"<{name}>"


def example_args(page: Page) -> dict[str, Any]:
    props = page.schema.get("properties") or {}
    wanted = list(page.schema.get("required", []))
    if page.name == "search_operations":
        return {"query": "metric history", "limit": 3}
    if not wanted and props:  # show the first argument so the call isn't empty
        wanted = [next(iter(props))]
    return {k: placeholder(k, props[k]) for k in wanted if k in props}


def shrink(value: Any, depth: int = 0) -> Any:
    if isinstance(value, list):
        head = [shrink(v, depth + 1) for v in value[:2]]
        return head + ([f"… {len(value) - 2} more"] if len(value) > 2 else [])
    if isinstance(value, dict):
        keys = list(value)[:20]
        out = {k: shrink(value[k], depth + 1) for k in keys}
        if len(value) > 20:
            out["…"] = f"{len(value) - 20} more keys"
        return out
    if isinstance(value, str) and len(value) > 160:
        return value[:157] + "…"
    return value


def response_block(example: dict[str, Any]) -> str:
    try:
        body = json.dumps(shrink(json.loads(example["body"])), indent=2, ensure_ascii=False)
    except ValueError:
        body = example["body"][:1500]
    lines = body.splitlines()
    if len(lines) > 60:
        body = "\n".join(lines[:60] + ["…"])
    from urllib.parse import urlsplit

    path = urlsplit(example["uri"]).path
    origin = (
        "built from the pinned spec (this backend cannot run in CI)"
        if example.get("built")
        else "recorded from a real backend"
    )
    return (
        f"Backend traffic from the test cassette `{example['file']}`, {origin}: "
        f"`{example['method']} {path}` → {example['status']} (lists cut to two items).\n\n"
        f"```json\n{body}\n```\n"
    )


def answer_origin(test: str) -> str:
    """What a docs answer replays: tests/<backend>/ replays what the adapter says its cassettes
    were recorded from; tests/backends/ cassettes are built from the pinned specs."""
    from labgate.backends import adapters

    origins = {f"tests/{a.name}/": a.recorded for a in adapters().values() if a.recorded}
    for folder, recorded in origins.items():
        if test.startswith(folder):
            return f"replaying traffic recorded from {recorded}"
    if test.startswith("tests/backends/"):
        return "replaying a cassette built from the pinned spec and checked against it"
    return "no backend involved"


def answer_block(answer: dict[str, Any]) -> str:
    test = answer["test"]
    origin = answer_origin(test)
    body = json.dumps(shrink(answer["result"]), indent=2, ensure_ascii=False)
    lines = body.splitlines()
    if len(lines) > 60:
        body = "\n".join(lines[:60] + ["…"])
    return (
        f"What the tool answered in `{test}`, {origin} (lists cut to two items):\n\n"
        f"```json\n{body}\n```\n"
    )


def config_section(backends: list[str]) -> str:
    if not backends:
        return "Nothing beyond at least one configured backend.\n"
    from labgate.backends import adapter

    out = []
    for b in backends:
        out.append(f"**{adapter(b).title}**\n")
        out.append("| variable | required | meaning |\n|---|---|---|")
        out += [f"| `{v}` | {req} | {what} |" for v, req, what in adapter(b).env_doc]
        out.append("")
        if adapter(b).env_note:
            out.append(adapter(b).env_note + "\n")
    out.append(
        "See [Configuration](../../configuration.md) for labgate.toml and several instances.\n"
    )
    return "\n".join(out)


def annotations_section(page: Page) -> str:
    a = page.annotations
    rows = " | ".join(
        f"`{k}`: {'yes' if a.get(k) else 'no'}"
        for k in ("readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint")
    )
    switch = SWITCH[page.safety]
    if page.kind == "operation":
        switch = (
            f"{switch} when the server runs with `--tools all`; otherwise reachable through "
            f"[`call_operation`](../../tools/discovery/call_operation.md) with the same switches"
        )
    return f"**{SAFETY_LABEL[page.safety]}** — {switch}.\n\n{rows}\n"


KIND_LABEL = {
    "curated": "curated tool",
    "composite": "composite tool (several backend calls)",
    "discovery": "discovery tool",
    "operation": "generated operation",
}


def render_tool(cat: Catalog, page: Page) -> str:
    backends = ", ".join(title(b) for b in page.backends) or "any"
    out = [
        f"# {page.name}\n",
        f"*{KIND_LABEL[page.kind]} · backend: {backends} · toolset: `{page.toolset}`*\n",
        "## When to use it\n",
        md_text(page.description) + "\n",
        "## Arguments\n",
        arguments_table(page.schema),
        "## Annotations\n",
        annotations_section(page),
        "## Configuration it needs\n",
        config_section(page.backends),
        "## Example call\n",
        "```json\n"
        + json.dumps(
            {
                "method": "tools/call",
                "params": {
                    "name": page.name,
                    "arguments": page.answer["arguments"] if page.answer else example_args(page),
                },
            },
            indent=2,
        )
        + "\n```\n",
    ]
    if page.kind != "operation":
        out.append("## Example response\n")
        out.append(
            answer_block(page.answer)
            if page.answer
            else "No cassette test calls this tool yet (see `make docs-examples`).\n"
        )
    if page.op is not None:
        op = page.op
        out += [
            "## Backend operation\n",
            f"`{op.method} {op.path}` — operation id `{op.id}`"
            + (f", tags: {', '.join(op.tags)}" if op.tags else "")
            + ".\n",
        ]
        if page.kind != "operation" and not op.hidden:
            out.append(
                f"Full upstream schema: [generated operation page](../../operations/{op.backend}/{op.name}.md).\n"
            )
        out.append("## Backend traffic\n" if page.kind != "operation" else "## Example response\n")
        out.append(
            response_block(page.example)
            if page.example
            else "No cassette under `tests/cassettes/` covers this operation yet.\n"
        )
    return "\n".join(out)


def _row(page: Page, prefix: str) -> str:
    return f"| [`{page.name}`]({prefix}{Path(page.path).name}) | {SAFETY_LABEL[page.safety]} | {cell(page.description.split(chr(10))[0])} |"


def render_backend_index(cat: Catalog) -> list[tuple[str, str]]:
    files = []
    groups: dict[str, list[Page]] = {}
    for p in cat.curated:
        groups.setdefault(p.toolset, []).append(p)
    top = [
        "# Tool reference\n",
        "Generated from the same registry the server uses (`make docs`). **Curated tools** are "
        "what `labgate serve` lists; **generated operations** are every backend API operation, "
        "listed with `--tools all` or reached through `call_operation`.\n",
        "## Curated tools by toolset\n",
    ]
    for group, pages in groups.items():
        name = title(group)
        top.append(f"- [{name}]({group}/index.md) — {len(pages)} tools")
        lines = [f"# {name} tools\n", "| tool | safety | when to use it |", "|---|---|---|"]
        lines += [_row(p, "") for p in pages]
        files.append((f"tools/{group}/index.md", "\n".join(lines) + "\n"))
    top.append("\n## Generated operations by backend\n")
    for backend in cat.backends:
        ops = [p for p in cat.operations if p.backends == [backend]]
        top.append(
            f"- [{title(backend)}](../operations/{backend}/index.md) — {len(ops)} operations"
        )
        by_tag: dict[str, list[Page]] = {}
        for p in ops:
            by_tag.setdefault((p.op.tags or ["other"])[0], []).append(p)
        lines = [
            f"# {title(backend)} operations\n",
            f"{len(ops)} operations generated from the pinned {title(backend)} spec, grouped by tag.\n",
        ]
        for tag in sorted(by_tag):
            lines += [f"## {tag}\n", "| operation | safety | summary |", "|---|---|---|"]
            lines += [_row(p, "") for p in sorted(by_tag[tag], key=lambda p: p.name)]
            lines.append("")
        files.append((f"operations/{backend}/index.md", "\n".join(lines)))
    n_ex = sum(1 for p in cat.pages() if p.example)
    n_ans = sum(1 for p in cat.curated if p.answer)
    top.append(
        f"\n{len(cat.curated)} curated tools, {len(cat.operations)} operations; "
        f"{n_ans} curated tool pages show the tool's own answer and {n_ex} pages show backend "
        f"traffic, from {cat.cassettes.files} test cassettes.\n"
    )
    files.append(("tools/index.md", "\n".join(top)))
    return files


def render_explainer(cat: Catalog, name: str, partials: Path) -> str:
    prose = (partials / f"{name}.md").read_text()
    page = cat.find(name)
    if page is None:
        return prose + (
            f"\n!!! note\n    `{name}` is not in this build's tool list yet; its reference page "
            "appears here once the tool is registered.\n"
        )
    return (
        prose
        + f"\n## Reference\n\nFull page: [{name}](../{page.path}).\n\n"
        + arguments_table(page.schema)
    )

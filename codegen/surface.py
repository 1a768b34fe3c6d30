"""The surface diff of one backend between two generated trees (`make bump`, `make surface-diff`).

What the maintainer reviews after moving a pin: operations added, removed and changed (method,
path, safety class, tool arguments, response fields), the curated tools of
`overrides/<backend>.toml` and the composite calls of the Python in `overrides/` that are
affected or no longer resolve, and the cassette requests that no longer reach the operation
they were recorded for. Descriptions and titles are prose, not surface: they are ignored.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from codegen import backends, specs

OVERRIDES = specs.ROOT / "overrides"
CASSETTES = specs.ROOT / "tests" / "cassettes"
SIGNATURE = ("type", "format", "enum", "const", "nullable")
MAX_DEPTH = 8
SHOWN = 8  # items per list in the text report (the JSON has them all)


@dataclass(frozen=True)
class Surface:
    """One backend's generated manifest, tools and schemas."""

    backend: str
    api_version: str
    source: str
    ops: dict[str, dict]
    tools: dict[str, dict]
    schemas: dict

    @classmethod
    def load(cls, root: Path, backend: str) -> Surface:
        read = lambda name: json.loads((root / backend / name).read_text(encoding="utf-8"))
        manifest = read("manifest.json")
        return cls(
            backend,
            str(manifest.get("api_version", "")),
            str(manifest.get("source", "")),
            {op["id"]: op for op in manifest["operations"]},
            {t["operation"]: t for t in read("tools.json")["tools"]},
            read("schemas.json"),
        )

    def path(self, op_id: str) -> str:
        """The operation's path with the API version abstracted (Slurm puts it in every path)."""
        path = self.ops[op_id]["path"]
        return path.replace(self.api_version, "{version}") if self.api_version else path

    def bindings(self, op_id: str) -> list[tuple[str, str]]:
        extra = self.schemas["operations"].get(op_id, {}).get("extra", {})
        op = self.ops[op_id]
        return [tuple(b) for b in extra.get("bindings", [])] or [(op["method"], op["path"])]

    def response_fields(self, op_id: str) -> dict[str, dict]:
        schema = self.schemas["operations"].get(op_id, {}).get("response")
        return fields(schema, self.schemas.get("components", {}))

    def argument_fields(self, op_id: str) -> dict[str, dict]:
        tool = self.tools.get(op_id)
        return fields(tool["inputSchema"], {}) if tool else {}


# --- schemas as field paths ----------------------------------------------------------------


def fields(schema, comps: dict, prefix: str = "", depth: int = 0, seen=frozenset()) -> dict:
    """`{"job.name": {"type": "string", "required": False}, ...}` for an object schema:
    dotted paths (`[]` for array items) with their type signature, refs resolved, cycles cut."""
    out: dict[str, dict] = {}
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return out
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name in seen or name not in comps:
            return out
        return fields(comps[name], comps, prefix, depth + 1, seen | {name})
    for part in schema.get("allOf", []) + schema.get("anyOf", []) + schema.get("oneOf", []):
        out.update(fields(part, comps, prefix, depth + 1, seen))
    required = set(schema.get("required", []))
    for name, sub in (schema.get("properties") or {}).items():
        path = f"{prefix}{name}"
        out[path] = {**_signature(sub, comps), "required": name in required}
        out.update(fields(sub, comps, f"{path}.", depth + 1, seen))
    if isinstance(schema.get("items"), dict):
        out.update(fields(schema["items"], comps, f"{prefix.rstrip('.')}[].", depth + 1, seen))
    return out


def _signature(node: dict, comps: dict) -> dict:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = comps.get(node["$ref"].rsplit("/", 1)[-1], {})
    sig = {k: node[k] for k in SIGNATURE if k in node}
    if isinstance(node.get("items"), dict):
        sig["items"] = _signature(node["items"], comps)
    return sig


def field_changes(old: dict[str, dict], new: dict[str, dict]) -> dict:
    changed = {}
    for path in sorted(old.keys() & new.keys()):
        if old[path] != new[path]:
            changed[path] = _describe(old[path], new[path])
    return {
        "added": _tops(new.keys() - old.keys()),
        "removed": _tops(old.keys() - new.keys()),
        "changed": changed,
    }


def _tops(paths: set[str]) -> list[str]:
    """The paths without an ancestor in the set: a new object is one change, not one per field."""
    parents = lambda p: {p[:i].removesuffix("[]") for i, ch in enumerate(p) if ch == "."}
    return sorted(p for p in paths if not parents(p) & paths)


def _describe(old: dict, new: dict) -> str:
    if old.get("required") != new.get("required"):
        return "now required" if new.get("required") else "no longer required"
    if "enum" in old and "enum" in new:
        gone = [v for v in old["enum"] if v not in new["enum"]]
        came = [v for v in new["enum"] if v not in old["enum"]]
        if gone or came:
            return "enum " + ", ".join([f"+{v}" for v in came] + [f"-{v}" for v in gone])
    strip = lambda s: {k: v for k, v in s.items() if k != "required"}
    return f"{json.dumps(strip(old), sort_keys=True)} → {json.dumps(strip(new), sort_keys=True)}"


# --- operations ----------------------------------------------------------------------------


def operation_changes(old: Surface, new: Surface, op_id: str) -> dict:
    a, b = old.ops[op_id], new.ops[op_id]
    out: dict = {}
    for key in ("method", "safety"):
        if a[key] != b[key]:
            out[key] = [a[key], b[key]]
    if old.path(op_id) != new.path(op_id):
        out["path"] = [a["path"], b["path"]]
    for part, get in (("arguments", "argument_fields"), ("response", "response_fields")):
        diff = field_changes(getattr(old, get)(op_id), getattr(new, get)(op_id))
        if any(diff.values()):
            out[part] = diff
    return out


def _entry(s: Surface, op_id: str) -> dict:
    op = s.ops[op_id]
    return {"id": op_id, "method": op["method"], "path": op["path"], "safety": op["safety"]}


# --- curation and composites ---------------------------------------------------------------


def curated_ids(backend: str) -> dict[str, str]:
    """Operation ids named in overrides/<backend>.toml → their curated tool name ('' if none)."""
    path = OVERRIDES / f"{backend}.toml"
    if not path.is_file():
        return {}
    ops = tomllib.loads(path.read_text()).get("operations", {})
    return {op_id: str(entry.get("name", "")) for op_id, entry in ops.items()}


def composite_operation_ids(backend: str) -> dict[str, list[str]]:
    """Operation ids of `backend` the composite tools call → the overrides modules that declare
    them (`USES`, or `EXTENSIONS` for an adapter's extension spec such as slurm_shim)."""
    import importlib

    from labgate.backends import adapters

    out: dict[str, list[str]] = {}
    for a in adapters().values():
        declared = (
            "USES" if a.name == backend else "EXTENSIONS" if a.extension_spec == backend else ""
        )
        for module in a.modules if declared else ():
            mod = importlib.import_module(f"labgate_overrides.{module}")
            for op_id in getattr(mod, declared, ()):
                out.setdefault(op_id, []).append(f"overrides/{module.replace('.', '/')}.py")
    return {k: sorted(v) for k, v in sorted(out.items())}


def affected(ids: Mapping[str, object], new: Surface, changed: dict, key: str) -> list[dict]:
    """The ids that changed or are gone, each with what `ids` says of it under `key`."""
    return [
        {"id": op_id, "status": "gone" if op_id not in new.ops else "changed", key: value}
        for op_id, value in ids.items()
        if op_id not in new.ops or op_id in changed
    ]


# --- cassettes -----------------------------------------------------------------------------


def cassette_requests(backend: str) -> list[tuple[str, str, str]]:
    """(cassette, method, path) of every recorded request of the backend's cassette folders."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x faster
    out = []
    # a codegen backend module may name its cassette folders (CASSETTE_DIRS), the command that
    # re-records them (RERECORD) and a prefix its clients may put before paths (PATH_PREFIX)
    for folder in getattr(backends.load(backend), "CASSETTE_DIRS", (backend,)):
        for path in sorted((CASSETTES / folder).glob("*.yaml")):
            rel = str(path.relative_to(specs.ROOT))
            for it in (yaml.load(path.read_text(), Loader=loader) or {}).get("interactions", []):
                req = it["request"]
                out.append((rel, req["method"].upper(), urlsplit(req["uri"]).path))
    return out


def router(s: Surface):
    """`route(method, path) -> operation id | None` over the surface's HTTP bindings."""
    prefix = getattr(backends.load(s.backend), "PATH_PREFIX", "")
    routes = []
    for op_id in s.ops:
        extra = s.schemas["operations"].get(op_id, {}).get("extra", {})
        slash = set(extra.get("slash_params", []))

        def hole(m: re.Match[str], slash: set[str] = slash) -> str:
            return "(.+)" if m.group(1) in slash else "([^/]+)"

        for method, template in s.bindings(op_id):
            pattern = re.sub(r"\\\{([^}]+)\\\}", hole, re.escape(template))
            routes.append((method.upper(), re.compile(f"^{prefix}{pattern}$"), op_id))

    def route(method: str, path: str) -> str | None:
        return next((op for m, rx, op in routes if m == method and rx.match(path)), None)

    return route


def stale_cassettes(backend: str, old: Surface, new: Surface) -> dict:
    """Requests that no longer reach the operation they reached in the old tree (none answers,
    or a template does: POST /job/submit is update_job's /job/{job_id} once submit_job is
    gone), per cassette, by old operation. Requests neither tree knows (another backend's
    traffic, non-API routes) are not this diff's business."""
    was, now = router(old), router(new)
    per_file: dict[str, dict[str, int]] = {}
    checked = 0
    for cassette, method, path in cassette_requests(backend):
        before, after = was(method, path), now(method, path)
        checked += before is not None or after is not None
        if before is not None and after != before:
            ops = per_file.setdefault(cassette, {})
            ops[before] = ops.get(before, 0) + 1
    stale = [
        {"cassette": c, "requests": sum(ops.values()), "operations": dict(sorted(ops.items()))}
        for c, ops in sorted(per_file.items())
    ]
    return {
        "checked": checked,
        "stale": stale,
        "rerecord": getattr(backends.load(backend), "RERECORD", ""),
    }


# --- the report ----------------------------------------------------------------------------


def diff(backend: str, old_root: Path, new_root: Path) -> dict:
    """The surface diff of `backend` from old_root/<backend> to new_root/<backend>."""
    old, new = Surface.load(old_root, backend), Surface.load(new_root, backend)
    changed = {}
    for op_id in sorted(old.ops.keys() & new.ops.keys()):
        c = operation_changes(old, new, op_id)
        if c:
            changed[op_id] = c
    curated = curated_ids(backend)
    composites = composite_operation_ids(backend)
    gone = lambda ids: sorted(i for i in ids if i not in new.ops)
    return {
        "backend": backend,
        "old": {"api_version": old.api_version, "source": old.source, "operations": len(old.ops)},
        "new": {"api_version": new.api_version, "source": new.source, "operations": len(new.ops)},
        "added": [_entry(new, i) for i in sorted(new.ops.keys() - old.ops.keys())],
        "removed": [_entry(old, i) for i in sorted(old.ops.keys() - new.ops.keys())],
        "changed": changed,
        "curated": affected(curated, new, changed, "tool"),
        "composites": affected(composites, new, changed, "where"),
        "unresolved": {"overrides": gone(curated), "composites": gone(composites)},
        "cassettes": stale_cassettes(backend, old, new),
    }


def _some(items: list[str]) -> str:
    more = f", … (+{len(items) - SHOWN} more)" if len(items) > SHOWN else ""
    return ", ".join(items[:SHOWN]) + more


def _field_lines(part: str, d: dict) -> list[str]:
    lines = []
    if d["added"]:
        lines.append(f"{part} added: {_some(d['added'])}")
    if d["removed"]:
        lines.append(f"{part} removed: {_some(d['removed'])}")
    if d["changed"]:
        lines.append(f"{part} changed: {_some([f'{k} ({v})' for k, v in d['changed'].items()])}")
    return lines


def _change_lines(c: dict) -> list[str]:
    lines = [f"{k}: {c[k][0]} → {c[k][1]}" for k in ("method", "path", "safety") if k in c]
    for part in ("arguments", "response"):
        if part in c:
            lines += _field_lines(part, c[part])
    return lines


def render(report: dict) -> str:
    r, b = report, report["backend"]
    old, new = r["old"], r["new"]
    out = [
        f"Surface diff: {b} {old['api_version']} → {new['api_version']}",
        f"  {old['source']}  →  {new['source']}",
        f"  operations {old['operations']} → {new['operations']}: {len(r['added'])} added, "
        f"{len(r['removed'])} removed, {len(r['changed'])} changed",
    ]
    unresolved = [f"overrides/{b}.toml: {i}" for i in r["unresolved"]["overrides"]] + [
        f"composite call: {i}" for i in r["unresolved"]["composites"]
    ]
    section = lambda title, n: out.extend(["", f"{title} ({n})"])
    section("No longer resolve: fix before `make regen`", len(unresolved))
    out += [f"  ! {line}" for line in unresolved]
    section("Added operations", len(r["added"]))
    out += [f"  + {o['id']}  {o['method']} {o['path']}  [{o['safety']}]" for o in r["added"]]
    section("Removed operations", len(r["removed"]))
    out += [f"  - {o['id']}  {o['method']} {o['path']}  [{o['safety']}]" for o in r["removed"]]
    section("Changed operations", len(r["changed"]))
    for op_id, c in r["changed"].items():
        out.append(f"  ~ {op_id}")
        out += [f"      {line}" for line in _change_lines(c)]
    section(f"Curated tools affected (overrides/{b}.toml)", len(r["curated"]))
    out += [
        f"  {a['id']}{' → ' + a['tool'] if a['tool'] else ''}: {a['status']}" for a in r["curated"]
    ]
    section("Composite calls affected (overrides/)", len(r["composites"]))
    out += [f"  {a['id']}: {a['status']} ({', '.join(a['where'])})" for a in r["composites"]]
    cas = r["cassettes"]
    stale_n = sum(s["requests"] for s in cas["stale"])
    section(f"Stale cassettes, {stale_n} of {cas['checked']} recorded requests", len(cas["stale"]))
    for s in cas["stale"]:
        ops = _some([f"{op} ×{n}" for op, n in s["operations"].items()])
        out.append(f"  {s['cassette']}: {s['requests']} requests ({ops})")
    if cas["stale"] and cas["rerecord"]:
        out.append(f"  re-record with `{cas['rerecord']}`")
    return "\n".join(out) + "\n"

"""ClearML service definitions (HOCON) → the intermediate model.

A directory holds one `<service>.conf` per service, shared `_*.conf` files pulled in with
`include`, and `_api_defaults.conf` (endpoint attribute defaults). Each endpoint maps version
keys ("2.1" … "2.34") to `{description, request | batch_request, response}`; later versions
inherit through HOCON `${}` substitution + merge, which pyhocon resolves for us.

Per endpoint the newest version ≤ `max_version` becomes the operation; `op.extra` keeps the
full version list and `min_version` so a client can negotiate with older servers.
`_definitions` move into `BackendModel.schemas` under `<scope>__<name>`: the scope is the
shared file that defines the name (`common`, `tasks_common`, …) when the service's copy is
identical to it, else the service. `#/definitions/x` refs are rewritten to match.
"""

from __future__ import annotations

import concurrent.futures
import copy
import hashlib
import json
import os
import re
from importlib import metadata
from pathlib import Path
from typing import Any

from codegen import patches as patching
from codegen.model import BackendModel, Operation, Safety, SpecSource

BACKEND = "clearml"
DEFAULTS_FILE = "_api_defaults.conf"
_VERSION = re.compile(r"^\d+\.\d+$")
_REF_PREFIX = "#/definitions/"
COMPONENTS = "#/components/schemas/"
# A `_definitions` entry without any of these is a HOCON template (e.g. `batch_operation`,
# which is `{request, response}` spliced into endpoints with `${}`), not a JSON Schema.
_SCHEMA_KEYS = {"type", "properties", "$ref", "enum", "anyOf", "oneOf", "allOf", "items", "const"}
MAX_NAME = 50


def vkey(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("."))


# --- parsing -----------------------------------------------------------------------------


def parse_file(path: Path) -> dict[str, Any]:
    from pyhocon import ConfigFactory  # slow import; only when the cache misses
    from pyhocon.exceptions import ConfigException
    from pyparsing import ParseBaseException

    try:
        plain = ConfigFactory.parse_file(str(path)).as_plain_ordered_dict()
    except (ConfigException, ParseBaseException) as exc:  # neither names the file
        raise ValueError(f"{path.name}: {exc}") from None
    return json.loads(json.dumps(plain))  # plain JSON types, same as a cache hit


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256(f"pyhocon {metadata.version('pyhocon')}\n".encode())
    for f in files:
        h.update(f"{f.name}\n".encode() + f.read_bytes() + b"\n")
    return h.hexdigest()[:24]


def parse_dir(root: Path, cache_dir: Path | None = None) -> dict[str, Any]:
    """Parse every `.conf` of `root` → {"services", "includes", "defaults"} (plain JSON).

    pyhocon needs ~6 s for the real schema, so the result may be cached in `cache_dir`,
    keyed by the sha256 of every input byte and the pyhocon version: a hit returns exactly
    what a fresh parse returns, and a missing cache only costs time.
    """
    files = sorted(root.glob("*.conf"))
    cache = cache_dir / f"clearml-hocon-{_digest(files)}.json" if cache_dir else None
    if cache and cache.is_file():
        return json.loads(cache.read_text())
    biggest_first = sorted(files, key=lambda f: -f.stat().st_size)  # balances the workers
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        parsed = dict(
            zip([f.name for f in biggest_first], pool.map(parse_file, biggest_first), strict=True)
        )
    parsed = dict(sorted(parsed.items()))
    result = {
        "services": {Path(n).stem: d for n, d in parsed.items() if not n.startswith("_")},
        "includes": {
            Path(n).stem.lstrip("_"): d
            for n, d in parsed.items()
            if n.startswith("_") and n != DEFAULTS_FILE
        },
        "defaults": parsed.get(DEFAULTS_FILE, {}),
    }
    if cache:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")  # concurrent writers write alike
        tmp.write_text(json.dumps(result))
        tmp.replace(cache)
    return result


def apply_patches(services: dict[str, Any], patch_file: Path | None) -> list[str]:
    """Patch paths are rooted at the service map: `/serving/<endpoint>/<version>/...`."""
    if patch_file is None or not patch_file.is_file():
        return []
    return patching.apply_file(services, patch_file)


# --- text --------------------------------------------------------------------------------


def text(value: Any) -> str:
    """HOCON triple-quoted text → paragraphs of single-spaced lines (see schema README)."""
    if not isinstance(value, str):
        return ""
    paras = re.split(r"\n\s*\n", value.strip())
    return "\n\n".join(" ".join(p.split()) for p in paras if p.strip())


def _summary(description: str) -> str:
    first = description.split("\n\n", 1)[0]
    m = re.search(r"(?<=[.!?])\s", first)
    return first[: m.start()] if m else first


# --- definitions → components ------------------------------------------------------------


def is_template(schema: Any) -> bool:
    return isinstance(schema, dict) and not (set(schema) & _SCHEMA_KEYS)


def _scope(name: str, schema: Any, includes: dict[str, Any]) -> str | None:
    """The smallest shared file that defines `name` exactly like this (its true origin)."""
    owners = [(len(defs), inc) for inc, defs in includes.items() if defs.get(name) == schema]
    return min(owners)[1] if owners else None


def rewrite(schema: Any, refs: dict[str, str], where: str) -> Any:
    """Rewrite `#/definitions/x` refs to components and tidy descriptions, recursively."""
    if isinstance(schema, list):
        return [rewrite(s, refs, where) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref" and isinstance(value, str):
            name = value.removeprefix(_REF_PREFIX)
            if not value.startswith(_REF_PREFIX) or name not in refs:
                raise ValueError(f"{where}: unresolvable $ref {value!r}")
            out[key] = COMPONENTS + refs[name]
        elif key == "description" and isinstance(value, str):
            out[key] = text(value)
        elif key == "properties" and isinstance(value, dict):
            out[key] = {k: rewrite(v, refs, f"{where}.{k}") for k, v in value.items()}
        else:
            out[key] = rewrite(value, refs, where)
    return out


def components(
    services: dict[str, Any], includes: dict[str, Any]
) -> tuple[dict[str, dict], dict[str, dict[str, str]], list[str]]:
    """All services' `_definitions` → (components, per-service ref map, skipped templates)."""
    refmaps: dict[str, dict[str, str]] = {}
    raw: dict[str, list[tuple[str, str, Any]]] = {}
    templates = []
    for service in sorted(services):
        defs = services[service].get("_definitions") or {}
        refmap = refmaps.setdefault(service, {})
        for name in sorted(defs):
            if is_template(defs[name]):
                templates.append(f"{service}.{name}")
                continue
            scope = _scope(name, defs[name], includes) or service
            refmap[name] = f"{scope}__{name}"
            raw.setdefault(refmap[name], []).append((service, name, defs[name]))
    out: dict[str, dict] = {}
    for comp in sorted(raw):
        for service, name, schema in raw[comp]:
            done = rewrite(schema, refmaps[service], f"{service}._definitions.{name}")
            if out.setdefault(comp, done) != done:
                raise ValueError(
                    f"{service}._definitions.{name}: shared {comp} resolves differently"
                )
    return dict(sorted(out.items())), refmaps, sorted(set(templates))


# --- endpoints → operations --------------------------------------------------------------

_READ = re.compile(
    r"^(get_|validate|download_|prepare_download|peek_|next_)|_ex$|stats|histogram|iter_raw"
    r"|^(debug_images|plots|supported_modes|info|config|endpoints)$"
)
_DESTRUCTIVE = re.compile(
    r"(^|_)(delete|archive|reset|abort|stop|dequeue|purge|clear|revoke|remove|merge)(_|$)"
)
# Names that read one way but act another.
SAFETY_OVERRIDES: dict[str, Safety] = {
    "queues.get_next_task": "destructive",  # pops the task off the queue
    "auth.get_token_for_user": "write",  # mints a token
    "server.report_stats_option": "write",  # sets the option when `enabled` is given
    "events.clear_scroll": "write",  # frees a server-side cursor; no data lost
    "debug.ping": "read",
}


def safety(endpoint: str) -> Safety:
    if endpoint in SAFETY_OVERRIDES:
        return SAFETY_OVERRIDES[endpoint]
    action = endpoint.split(".", 1)[1]
    if _READ.search(action):
        return "read"
    if _DESTRUCTIVE.search(action):
        return "destructive"
    return "write"


def _pick_version(versions: list[str], max_version: str) -> str | None:
    eligible = [v for v in versions if vkey(v) <= vkey(max_version)]
    return eligible[-1] if eligible else None


def _batch_target(services: dict, service: str, spec: dict) -> tuple[str, str]:
    """`batch_request: {action, version}` → (action, version key); HOCON made 2.10 a float."""
    action, wanted = spec["action"], spec["version"]
    keys = [k for k in services[service][action] if _VERSION.match(k)]
    match = [k for k in keys if k == str(wanted)] or [k for k in keys if float(k) == float(wanted)]
    if len(match) != 1:
        raise ValueError(f"{service}: batch_request {spec} matches versions {match}")
    return action, match[0]


def _batch_body(
    services: dict, service: str, spec: dict, refs: dict[str, str]
) -> tuple[dict, dict]:
    action, version = _batch_target(services, service, spec)
    item = rewrite(services[service][action][version]["request"], refs, f"{service}.{action}")
    body = {
        "type": "object",
        "required": ["requests"],
        "properties": {
            "requests": {
                "type": "array",
                "minItems": 1,
                "description": f"{service}.{action} requests, sent as one JSON line each",
                "items": item,
            }
        },
    }
    target = {
        "endpoint": f"{service}.{action}",
        "version": version,
        "content_type": "application/json-lines",
    }
    return body, target


def _attrs(conf: dict, defaults: dict) -> dict[str, Any]:
    out = {k: conf.get(k, defaults.get(k)) for k in ("internal", "authorize", "allow_roles")}
    out["internal"] = bool(out["internal"])
    out["authorize"] = bool(out["authorize"])  # `authorize: null` means no authorization
    return out


def operation(
    services: dict,
    service: str,
    action: str,
    defaults: dict,
    refs: dict[str, str],
    max_version: str,
) -> Operation | None:
    conf = services[service][action]
    versions = sorted((k for k in conf if _VERSION.match(k)), key=vkey)
    chosen = _pick_version(versions, max_version)
    if chosen is None:
        return None
    spec, attrs, where = conf[chosen], _attrs(conf, defaults), f"{service}.{action}"
    extra: dict[str, Any] = {
        "service": service,
        "action": action,
        "version": chosen,
        "versions": versions,
        "min_version": versions[0],
        "authorize": attrs["authorize"],
        "allow_roles": list(attrs["allow_roles"] or []),
    }
    if "batch_request" in spec:
        body, extra["batch_request"] = _batch_body(services, service, spec["batch_request"], refs)
    else:
        body = rewrite(spec["request"], refs, where)
    description = text(spec.get("description"))
    endpoint = f"{service}.{action}"
    return Operation(
        backend=BACKEND,
        id=endpoint,
        method="POST",
        path=f"/{endpoint}",
        summary=_summary(description),
        description=description,
        body_schema=body,
        body_required=bool(body.get("required") or body.get("anyOf") or body.get("oneOf")),
        response_schema=rewrite(spec["response"], refs, where) if "response" in spec else None,
        tags=[service],
        safety=safety(endpoint),
        internal=attrs["internal"],
        extra=extra,
        name=f"{service}_{action}"[:MAX_NAME],
    )


def build_model(
    parsed: dict[str, Any],
    *,
    source: SpecSource,
    max_version: str,
    patch_file: Path | None = None,
    title: str = "ClearML API server",
) -> BackendModel:
    services = copy.deepcopy(parsed["services"])
    reasons = apply_patches(services, patch_file)
    schemas, refmaps, templates = components(services, parsed["includes"])
    ops, skipped = [], []
    for service in sorted(services):
        conf = services[service]
        defaults = {**parsed["defaults"], **(conf.get("_default") or {})}
        for action in sorted(a for a in conf if not a.startswith("_")):
            op = operation(services, service, action, defaults, refmaps[service], max_version)
            if op is None:
                skipped.append(f"{service}.{action}")
            else:
                ops.append(op)
    names = [op.name for op in ops]
    if len(set(names)) != len(names):
        raise ValueError("clearml: duplicate operation names")
    return BackendModel(
        name=BACKEND,
        title=title,
        api_version=max_version,
        source=source,
        operations=ops,
        schemas=schemas,
        extra={
            "max_version": max_version,
            "services": {s: text(services[s].get("_description")) for s in sorted(services)},
            "templates_skipped": templates,
            "endpoints_newer_than_max": skipped,
            "patches": reasons,
        },
    ).sorted()


def ingest_dir(
    root: Path,
    *,
    source: SpecSource,
    max_version: str,
    patch_file: Path | None = None,
    cache_dir: Path | None = None,
) -> BackendModel:
    return build_model(
        parse_dir(root, cache_dir), source=source, max_version=max_version, patch_file=patch_file
    )

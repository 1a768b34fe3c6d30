"""Trackio: the typed functions of the pinned wheel's server.py → model → synthesized OpenAPI →
openapi-python-client.

Trackio publishes no OpenAPI. Its HTTP route `POST /api/{name}` (trackio/asgi_app.py) calls the
function `_api_registry()` maps `name` to, with the JSON body's keys as keyword arguments, and
answers `{"data": <return value>}` (errors: `{"error": "..."}` with 400/404/500). The wheel is
read as a zip and its source parsed with `ast` (codegen/ingest/pyapi.py): no import, no network.
Safety comes from the server's own `WRITE_APIS`; descriptions from the MCP registrations of
trackio/mcp_setup.py where Trackio's MCP server exposes the function, else its docstring.
"""

from __future__ import annotations

import ast
import json
import tempfile
import zipfile
from pathlib import Path

from codegen import specs
from codegen.backends import Context
from codegen.emit import openapi_client
from codegen.emit.openapi_synth import synthesize
from codegen.ingest import pyapi
from codegen.model import BackendModel, Operation, Safety, SpecSource
from codegen.upstream import NeedsInput, NewFile, Release, pypi_wheel, settled

BACKEND = "trackio"
SERVER = "trackio/server.py"
TYPEHINTS = "trackio/typehints.py"
MCP_SETUP = "trackio/mcp_setup.py"
# filled by the server from the request (auth headers, cookies), never sent by a client
INJECTED = frozenset({"request"})
# imported classes Trackio's API takes as JSON objects (gradio_client's file reference)
OPAQUE = frozenset({"FileData"})
# body keys the dispatcher reads as its own envelope instead of as arguments
ENVELOPE_KEYS = {"args", "kwargs", "data"}
# Where WRITE_APIS' write is not the whole story: these remove or replace data for good.
DESTRUCTIVE = {
    "delete_run",  # the run and every metric, config and media of it
    "upload_db_to_space",  # replaces the project's database on a Space
}
# No CREDENTIAL: no function mints, shows or changes a token (`hf_token` arguments are the
# caller's own Hugging Face token, checked and never stored or returned).


def sources() -> tuple[dict[str, ast.Module], SpecSource]:
    pin = specs.load_pin(BACKEND)
    (wheel,) = pin.files  # one file, whatever path `make bump` gave it
    with zipfile.ZipFile(specs.ensure(BACKEND, wheel.path)) as zf:
        trees = {
            name: ast.parse(zf.read(name).decode("utf-8"), filename=name)
            for name in (SERVER, TYPEHINTS, MCP_SETUP)
        }
    return trees, SpecSource(files=[(wheel.path, wheel.sha256)], version=pin.version)


def _summary(fn: pyapi.Function, mcp: tuple[str, str] | None) -> str:
    if mcp and mcp[1]:  # its first sentence: the rest is about the MCP wrapper's own arguments
        return mcp[1].split(". ")[0].rstrip(".") + "."
    if fn.doc:
        return fn.doc.split("\n\n")[0].replace("\n", " ")
    words = fn.name.replace("_", " ")
    return f"{words[0].upper()}{words[1:]} (Trackio HTTP API `{fn.name}`)."


def _body(fn: pyapi.Function) -> dict | None:
    if not fn.params:
        return None
    clash = ENVELOPE_KEYS & {p.name for p in fn.params}
    if clash:  # the dispatcher would take them as its envelope: a flat body cannot carry them
        raise RuntimeError(f"trackio {fn.name}: parameters {sorted(clash)} need another body shape")
    props = {}
    for p in fn.params:
        schema = dict(p.schema)
        if p.has_default and p.default is not None:
            schema["default"] = p.default
        props[p.name] = schema
    required = sorted(p.name for p in fn.params if p.required)
    return {"type": "object", "properties": props, **({"required": required} if required else {})}


def build_model(trees: dict[str, ast.Module], source: SpecSource) -> BackendModel:
    server = trees[SERVER]
    types = pyapi.Types(trees[TYPEHINTS], server, opaque=OPAQUE)
    routes = pyapi.registry(server, "_api_registry")
    fns = pyapi.functions(server, types, INJECTED, set(routes.values()))
    writes = pyapi.string_set(server, "WRITE_APIS")
    mcp = pyapi.mcp_tools(trees[MCP_SETUP])
    ops = []
    for api, fn_name in sorted(routes.items()):
        fn = fns[fn_name]
        safety: Safety = (
            "destructive" if api in DESTRUCTIVE else "write" if api in writes else "read"
        )
        extra: dict = {"function": f"trackio.server.{fn_name}"}
        if fn_name in mcp:
            extra["mcp_tool"] = mcp[fn_name][0]
        if fn.injected:
            extra["server_injected"] = fn.injected
        body = _body(fn)
        ops.append(
            Operation(
                backend=BACKEND,
                id=api,
                method="POST",
                path=f"/api/{api}",
                summary=_summary(fn, mcp.get(fn_name)),
                description=fn.doc,
                body_schema=body,
                body_required=bool(body and body.get("required")),
                response_schema={
                    "type": "object",
                    "properties": {"data": fn.returns if fn.returns is not None else {}},
                },
                tags=["mcp" if fn_name in mcp else "http"],
                safety=safety,
                extra=extra,
            )
        )
    model = BackendModel(
        name=BACKEND,
        title="Trackio HTTP API",
        api_version=source.version,
        source=source,
        operations=ops,
        schemas=dict(sorted(types.schemas.items())),
    )
    model.extra["mcp_tools"] = sorted(v[0] for v in mcp.values())
    return model


def ingest(ctx: Context) -> BackendModel:
    trees, source = sources()
    model = build_model(trees, source)
    by_safety: dict[str, int] = {}
    for op in model.operations:
        by_safety[op.safety] = by_safety.get(op.safety, 0) + 1
    ctx.notes.append(
        f"trackio: {len(model.operations)} API functions {by_safety}, "
        f"{len(model.extra['mcp_tools'])} exposed by Trackio's own MCP"
    )
    return model


def emit_client(model: BackendModel, ctx: Context) -> None:
    doc = synthesize(model)
    (ctx.build / "trackio.openapi.json").write_text(
        json.dumps(doc, indent=1, sort_keys=True) + "\n"
    )
    openapi_client.emit(doc, model, ctx)


# --- make bump: where a new release comes from --------------------------------------------
# The PyPI wheel of trackio, through pip (or WHEEL=<path> when no index can be reached).


def fetch(pin: specs.Pin, version: str, wheel: Path | None = None, **_) -> Release:
    if wheel is not None and f"-{version}-" not in wheel.name:
        raise NeedsInput(f"{wheel.name} is not the {version} wheel")
    with tempfile.TemporaryDirectory(prefix="labgate-wheel-") as tmp:
        url = None
        if wheel is None:
            wheel, url = pypi_wheel(BACKEND, version, Path(tmp))
        data = wheel.read_bytes()
    given = None if url else f"{wheel.name} (given by the maintainer)"
    new = settled(pin, [NewFile(f"{BACKEND}/{wheel.name}", data, url=url, derived_from=given)])
    origin = f"PyPI {BACKEND}=={version} (the wheel, unmodified)"
    return Release(version, origin, [f.entry() for f in new], new)

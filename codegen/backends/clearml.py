"""ClearML: pinned HOCON service definitions → model → pydantic models + async RPC client."""

from __future__ import annotations

import re
import time
from pathlib import PurePosixPath

from codegen import specs
from codegen.backends import Context
from codegen.emit import clearml_client
from codegen.ingest import clearml as hocon
from codegen.model import BackendModel, SpecSource

PATCHES = specs.SPECS_DIR / "clearml" / "patches.json"
# Every auth.* call (login mints a session token, create_credentials a key pair) and the
# writes to users.
CREDENTIAL = re.compile(r"auth\.\w+|login\.logout|users\.(create|delete|update|set_preferences)")
# Parsed-HOCON cache, content-addressed (see `hocon.parse_dir`); regen works without it.
PARSE_CACHE = specs.CACHE_DIR / "parsed"


def ingest(ctx: Context) -> BackendModel:
    pin = specs.load_pin("clearml")
    paths = [specs.ensure("clearml", f.path) for f in pin.files]  # includes must sit beside
    root = next(p.parent for p in paths if p.parent.name == "schema")
    # the service files sit in a folder named schema (meta.conf: not read)
    read = [f for f in pin.files if PurePosixPath(f.path).parent.name == "schema"]
    source = SpecSource(files=[(f.path, f.sha256) for f in read], version=pin.version)
    t0 = time.perf_counter()
    model = hocon.ingest_dir(
        root, source=source, max_version=pin.version, patch_file=PATCHES, cache_dir=PARSE_CACHE
    )
    public = sum(not op.internal for op in model.operations)
    ctx.notes.append(
        f"clearml: {len(model.operations)} endpoints ({public} public), "
        f"{len(model.schemas)} shared schemas, parsed in {time.perf_counter() - t0:.1f} s"
    )
    return model


def emit_client(model: BackendModel, ctx: Context) -> None:
    counts = clearml_client.emit(model, ctx.out, ctx.build)
    ctx.notes.append(
        f"clearml: {counts['model_classes']} model classes, {counts['rpc_methods']} RPC methods"
    )

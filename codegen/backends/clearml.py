"""ClearML: pinned HOCON service definitions → model → pydantic models + async RPC client."""

from __future__ import annotations

import re
import time
from pathlib import Path, PurePosixPath

from codegen import specs
from codegen.backends import Context
from codegen.emit import clearml_client
from codegen.ingest import clearml as hocon
from codegen.model import BackendModel, SpecSource
from codegen.upstream import NeedsInput, NewFile, Release, download, settled

RERECORD = "make cassettes"
PATH_PREFIX = r"(?:/v\d+\.\d+)?"  # ClearML clients may name the API version

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


# --- make bump: where a new release comes from --------------------------------------------
# clearml-server's apiserver/schema at a git commit: raw.githubusercontent.com, or a checkout
# the maintainer gives (SOURCE) when GitHub cannot be reached.
CLEARML_RAW = (
    "https://raw.githubusercontent.com/clearml/clearml-server/{commit}"
    "/apiserver/schema/{part}/{name}"
)


def _clearml_sources(
    pin: specs.Pin, commit: str, source: Path | None
) -> dict[tuple[str, str], bytes]:
    """{(part, file name): content}: part is services or meta."""
    if source is not None:
        root = source / "apiserver" / "schema"
        if not (root / "services").is_dir():
            raise NeedsInput(
                f"{source}: no apiserver/schema/services/ (a clearml-server checkout?)"
            )
        found = {
            ("services", p.name): p.read_bytes() for p in sorted((root / "services").glob("*.conf"))
        }
        return {**found, ("meta", "meta.conf"): (root / "meta" / "meta.conf").read_bytes()}
    out = {}
    for f in pin.files:
        part = "meta" if Path(f.path).parent.name == "meta" else "services"
        name = Path(f.path).name
        out[(part, name)] = download(
            CLEARML_RAW.format(commit=commit, part=part, name=name),
            f"clearml-server {name} @ {commit}",
            f"give a clearml-server checkout at that commit: SOURCE=<dir> COMMIT={commit}",
        )
    return out


def fetch(
    pin: specs.Pin, version: str, commit: str | None = None, source: Path | None = None, **_
) -> Release:
    if not commit:
        raise NeedsInput("ClearML: say which clearml-server commit holds the release: COMMIT=<sha>")
    short = commit[:12]
    new = settled(
        pin,
        [
            NewFile(
                f"clearml/{short}/{'meta' if part == 'meta' else 'schema'}/{name}",
                data,
                url=CLEARML_RAW.format(commit=commit, part=part, name=name),
            )
            for (part, name), data in _clearml_sources(pin, commit, source).items()
        ],
    )
    notes = [
        f"read from {source}: check it is clearml-server at {commit}"
        if source
        else "fetched the file names pinned before: a service file new upstream is only "
        "picked up from a checkout (SOURCE=<dir>)"
    ]
    origin = f"clearml/clearml-server : apiserver/schema/services/ @ {commit}"
    return Release(version, origin, [f.entry() for f in new], new, notes)

"""Qarnot Compute API: the pinned Swashbuckle OpenAPI export, patched as data, then generic."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from codegen import specs
from codegen.backends import Context
from codegen.emit import openapi_client
from codegen.ingest.openapi import ingest_openapi
from codegen.model import BackendModel, Safety, SpecSource
from codegen.patches import apply_file
from codegen.upstream import NeedsInput, NewFile, Release, download, settled

BACKEND = "qarnot"
RERECORD = "make cassettes"
PATCHES = specs.SPECS_DIR / BACKEND / "patches.json"

# No CREDENTIAL here: the Compute API has no operation that mints, shows or changes a token or
# a user (GET /info reads the account's quotas).

# Where the method/verb heuristic is wrong for this API.
SAFETY: dict[str, Safety] = {
    "close_pool": "destructive",  # closing a pool stops its instances for good
    "check_pool_scaling": "read",  # a dry-run sanity check of a scaling document
}


def load_doc() -> tuple[dict, SpecSource]:
    """The patched OpenAPI document and where it came from."""
    pin = specs.load_pin(BACKEND)
    (spec,) = pin.files  # one file, whatever path `make bump` gave it
    doc = json.loads(specs.ensure(BACKEND, spec.path).read_text(encoding="utf-8"))
    apply_file(doc, PATCHES)
    return doc, SpecSource(files=[(spec.path, spec.sha256)], version=pin.version)


def ingest(ctx: Context) -> BackendModel:
    doc, source = load_doc()
    return ingest_openapi(
        doc,
        backend=BACKEND,
        source=source,
        title="Qarnot Compute API",
        api_version=str(doc["info"]["version"]).lstrip("v"),
        safety_overrides=SAFETY,
        extra={"servers": [s["url"] for s in doc.get("servers", [])]},
    )


def emit_client(model: BackendModel, ctx: Context) -> None:
    doc, _ = load_doc()
    openapi_client.emit(doc, model, ctx)


# --- make bump: where a new release comes from --------------------------------------------
# One OpenAPI file at a URL the maintainer gives, or the file itself (SOURCE).


def fetch(
    pin: specs.Pin, version: str, url: str | None = None, source: Path | None = None, **_
) -> Release:
    if not url:
        raise NeedsInput(
            "Qarnot: give the URL Qarnot publishes the OpenAPI file at (the 'Download OpenAPI "
            "specification' link of its API documentation): URL=<https://...>, and SOURCE=<file> "
            "as well if that URL cannot be reached from here"
        )
    data = (
        source.read_bytes()
        if source
        else download(url, "Qarnot's OpenAPI", "give the file: SOURCE=<path>")
    )
    json.loads(data)  # an HTML error page must not become the pin
    digest = hashlib.sha256(data).hexdigest()
    new = settled(pin, [NewFile(f"qarnot/{digest[:12]}/openapi.json", data, url=url)])
    notes = [f"read from {source}: check it is what {url} serves"] if source else []
    return Release(version, url, [f.entry() for f in new], new, notes)

"""Slurm REST API (slurmrestd): SchedMD's OpenAPI dump for one data_parser version.

`ctx.versions["slurm"]` (default: the version in pin.toml; v0.0.41–v0.0.45 have patches) picks the pinned dump and its data patch file
`specs/slurm/patches/<version>.json`. Operation ids are made version-independent
(`slurm_v0042_get_jobs` → `get_jobs`, `slurmdb_v0042_get_jobs` → `db_get_jobs`) so tools,
generated modules and manifests keep their names across versions.
"""

from __future__ import annotations

import json
import re

from codegen import specs
from codegen.backends import Context
from codegen.emit import openapi_client
from codegen.ingest.openapi import ingest_openapi
from codegen.model import BackendModel, Safety, SpecSource
from codegen.patches import apply_file
from codegen.upstream import NeedsInput

BACKEND = "slurm"
# Cassettes: tests/cassettes/slurmrestd recorded from the real daemon, slurm through the shim.
CASSETTE_DIRS = ("slurm", "slurmrestd")
RERECORD = "make record"
PATCH_DIR = specs.SPECS_DIR / BACKEND / "patches"
_UPSTREAM_ID = re.compile(r"^(slurm|slurmdb|util)_v\d+_(\w+)$")
_PREFIX = {"slurm": "", "slurmdb": "db_", "util": "util_"}

# Readable stems where the upstream id is a bare HTTP verb (`post_job`) or misleading.
RENAMES = {
    "post_job_submit": "submit_job",
    "post_job_allocate": "allocate_job",
    "post_job": "update_job",
    "post_nodes": "update_nodes",
    "post_node": "update_node",
    "post_new_node": "create_node",
    "post_reservation": "upsert_reservation",
    "post_reservations": "upsert_reservations",
    "get_reconfigure": "reconfigure",
    "get_resources": "get_job_resources",
    "get_job_requeue": "requeue_job",
    "post_jobs_requeue": "requeue_jobs",
    "post_partitions": "upsert_partitions",
    "db_post_config": "db_load_config",
    "db_post_tres": "db_add_tres",
    "db_post_qos": "db_upsert_qos",
    "db_post_associations": "db_upsert_associations",
    "db_post_users_association": "db_add_users_association",
    "db_post_users": "db_upsert_users",
    "db_post_clusters": "db_add_clusters",
    "db_post_wckeys": "db_upsert_wckeys",
    "db_post_accounts_association": "db_add_accounts_association",
    "db_post_accounts": "db_upsert_accounts",
    "db_post_job": "db_update_job",
    "db_post_jobs": "db_update_jobs",
    "util_post_hostlist": "util_to_hostlist",
    "util_post_hostnames": "util_to_hostnames",
}

# slurmdb administration of who may run what: users, accounts and their associations.
CREDENTIAL = re.compile(r"db_(add|upsert|delete)_(users?|accounts?|associations?)(_association)?")

# Where the method/verb heuristic is wrong (keys are final ids; absent ones are skipped).
SAFETY: dict[str, Safety] = {
    "reconfigure": "write",  # a GET that makes slurmctld re-read its configuration
    "requeue_job": "write",  # a GET that requeues the job (v0.0.45)
    "util_to_hostlist": "read",  # pure hostlist conversions
    "util_to_hostnames": "read",
}


def version_of(ctx: Context) -> str:
    return ctx.versions.get(BACKEND) or specs.load_pin(BACKEND).version


def spec_path(version: str) -> str:
    return f"slurm/schedmd-testsuite/openapi_spec_{version}.json"


def stable_id(upstream: str) -> str:
    m = _UPSTREAM_ID.match(upstream)
    if not m:
        raise ValueError(f"unexpected Slurm operationId {upstream!r}")
    stem = _PREFIX[m.group(1)] + m.group(2)
    return RENAMES.get(stem, stem)


def _stabilise_ids(doc: dict) -> None:
    """Rewrite operationIds in the document too, so generated module names are stable."""
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "operationId" in op:
                op["operationId"] = stable_id(op["operationId"])


def load_doc(version: str) -> tuple[dict, SpecSource]:
    """The patched document for one data_parser version, with version-independent ids."""
    patch = PATCH_DIR / f"{version}.json"
    if not patch.is_file():
        known = sorted(p.stem for p in PATCH_DIR.glob("*.json"))
        raise ValueError(f"Slurm {version}: no patch file (supported: {', '.join(known)})")
    path = spec_path(version)
    doc = json.loads(specs.ensure(BACKEND, path).read_text(encoding="utf-8"))
    apply_file(doc, patch)
    _stabilise_ids(doc)
    sha = specs.load_pin(BACKEND).file(path).sha256
    return doc, SpecSource(files=[(path, sha)], version=version)


def _data_parser(doc: dict) -> str:
    return doc["info"]["x-slurm"]["data_parsers"][0]["plugin"]


def ingest(ctx: Context) -> BackendModel:
    doc, source = load_doc(version_of(ctx))
    ids = {
        op.get("operationId")
        for item in doc["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    info = doc["info"]
    return ingest_openapi(
        doc,
        backend=BACKEND,
        source=source,
        title="Slurm REST API",
        api_version=_data_parser(doc),
        safety_overrides={k: v for k, v in SAFETY.items() if k in ids},
        extra={"slurm_release": info.get("x-slurm", {}).get("release", info.get("version", ""))},
    )


def emit_client(model: BackendModel, ctx: Context) -> None:
    doc, _ = load_doc(version_of(ctx))
    openapi_client.emit(doc, model, ctx)


def choose(pin: specs.Pin, text: str, version: str) -> tuple[str, list[dict], list[str]]:
    """`make bump`: the data_parser version must be pinned already (sha256 checked); only
    `version` changes in the pin. (new pin text, its files, notes)"""
    path = spec_path(version)
    if path not in {f.path for f in pin.files}:
        pinned = sorted(re.sub(r".*_(v[\d.]+)\.json$", r"\1", f.path) for f in pin.files)
        raise NeedsInput(
            f"Slurm {version} is not pinned (pinned: {', '.join(pinned)}). Add a [[files]] entry "
            f"to specs/slurm/pin.toml (path = {path!r}, the url of SchedMD's "
            f"testsuite/python/data/openapi_specs/openapi_spec_v{version[-2:]}.json at a commit, "
            f"its sha256) and specs/slurm/patches/{version}.json (start from the previous "
            f"version's), then run this again"
        )
    if not (PATCH_DIR / f"{version}.json").is_file():
        raise NeedsInput(f"write specs/slurm/patches/{version}.json first")
    specs.ensure("slurm", path)
    entry = next(e for e in pin.raw["files"] if e["path"] == path)
    new_text = re.sub(r'^version = ".*"$', f'version = "{version}"', text, count=1, flags=re.M)
    from codegen.backends.slurm_shim import VERSION as SHIM_VERSION

    note = f"slurm_shim stays on {SHIM_VERSION} (codegen/backends/slurm_shim.py)"
    return new_text, [{**entry, "status": "chosen (already pinned)"}], [note]

"""`make bump`: move a backend's pin to a new upstream release, regenerate, show the surface diff.

1. fetch the release's files (the backend's `fetch`, or `choose` a version pinned already),
   check their sha256, store them in the mirror and the cache, record sha256 and origin in
   specs/<backend>/pin.toml (its comment header kept);
2. regenerate the backend into a temporary tree, overrides not enforced, and diff its surface
   against generated/ (codegen/surface.py);
3. unless dry-run, replace generated/<backend> with the new tree (overrides do not shape
   generated/, so it is what `make regen` writes once they resolve again).

A dry run leaves the pin and generated/ as they were.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from codegen import backends, pipeline, specs, surface, upstream
from codegen.patches import PatchError

# a backend moves by fetching a release (`fetch`) or by choosing a version pinned already (`choose`)
BUMPABLE = tuple(
    b
    for b in backends.BACKENDS
    if hasattr(backends.load(b), "fetch") or hasattr(backends.load(b), "choose")
)


# --- pin.toml ------------------------------------------------------------------------------


def header(text: str) -> list[str]:
    """The comment lines that open a pin file."""
    lines = text.splitlines()
    return lines[
        : next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))
    ]


def _toml(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def render_pin(comments: list[str], data: dict) -> str:
    lines = comments + [f"{k} = {_toml(v)}" for k, v in data.items() if k != "files"]
    for entry in data["files"]:
        lines += ["", "[[files]]", *(f"{k} = {_toml(v)}" for k, v in entry.items())]
    return "\n".join(lines) + "\n"


def pin_file(backend: str) -> Path:
    return specs.SPECS_DIR / backend / "pin.toml"


# --- moving the pin ------------------------------------------------------------------------


def store(files: list[upstream.NewFile], mirror: bool) -> str:
    """Write new files to the cache and, for a real bump, the mirror (never over other bytes)."""
    mirror_dir = specs.mirror_dir() if mirror else None
    bases = [specs.CACHE_DIR] + ([mirror_dir] if mirror_dir else [])
    for f in files:
        for base in bases:
            target = base / f.path
            if target.is_file() and specs._sha256(target.read_bytes()) != f.sha256:
                raise specs.PinError(f"{target} holds other bytes than {f.sha256}; not replaced")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(f.data)
    return f"{len(files)} files stored in {' and '.join(map(str, bases))}"


def fetched_pin(pin: specs.Pin, text: str, release: upstream.Release) -> tuple[str, list[dict]]:
    comments = [line.replace(pin.version, release.version) for line in header(text)]
    data = {**pin.raw, "version": release.version, "origin": release.origin, "files": release.files}
    old = {e["path"] for e in pin.raw["files"]}
    new = {e["path"] for e in release.files}
    listed = [{**e, "status": "kept" if e["path"] in old else "new"} for e in release.files]
    listed += [{**e, "status": "dropped"} for e in pin.raw["files"] if e["path"] not in new]
    return render_pin(comments, data), listed


def bump(
    backend: str,
    version: str,
    *,
    dry_run: bool = False,
    work: Path | None = None,
    log=print,
    **inputs,
) -> dict:
    """Move `backend`'s pin to `version`; `inputs`: source, url, commit, wheel (the backend's `fetch`).
    `work`: where to regenerate (default: a temporary directory). Returns the report."""
    if backend not in BUMPABLE:
        raise upstream.NeedsInput(f"{backend}: not bumpable (bumpable: {', '.join(BUMPABLE)})")
    path, pin = pin_file(backend), specs.load_pin(backend)
    text = path.read_text(encoding="utf-8")
    module, versions = backends.load(backend), {}
    notes: list[str] = []
    chosen = not hasattr(module, "fetch")
    if chosen:  # the pin file changes only in its version: a dry run regenerates at `versions`
        new_text, files, notes = module.choose(pin, text, version)
        versions = {backend: version}
    else:
        release = module.fetch(pin, version, **inputs)
        new_text, files = fetched_pin(pin, text, release)
        notes += release.notes
        notes.append(store(release.new, mirror=not dry_run))
    report = {
        "backend": backend,
        "from": pin.version,
        "to": version,
        "dry_run": dry_run,
        "pin": {"file": str(path.relative_to(specs.ROOT)), "files": files},
        "notes": notes,
        "surface": None,
        "regen_error": None,
        "generated": "generated/ untouched",
    }
    rewrite = new_text != text and not (dry_run and chosen)
    if rewrite:
        path.write_text(new_text, encoding="utf-8")
    try:
        with tempfile.TemporaryDirectory(prefix="labgate-bump-") as tmp:
            out = work or Path(tmp)
            pipeline.regen([backend], out, versions, log=log, strict=False)
            report["surface"] = surface.diff(backend, pipeline.GENERATED, out)
            if not dry_run:
                shutil.rmtree(pipeline.GENERATED / backend, ignore_errors=True)
                shutil.copytree(out / backend, pipeline.GENERATED / backend)
                report["generated"] = f"generated/{backend} rewritten"
    except (RuntimeError, ValueError, KeyError, PatchError) as exc:
        report["regen_error"] = f"{type(exc).__name__}: {exc}"
    finally:
        if rewrite and dry_run:
            path.write_text(text, encoding="utf-8")
    return report


def failed(report: dict) -> bool:
    s = report["surface"]
    return bool(report["regen_error"] or (s and any(s["unresolved"].values())))


def render(report: dict) -> str:
    r = report
    pin = r["pin"]
    mode = " (dry run: pin and generated/ left as they were)" if r["dry_run"] else ""
    out = [f"Bump {r['backend']}: {r['from']} → {r['to']}{mode}", f"  {pin['file']}:"]
    for e in pin["files"]:
        origin = e.get("url") or e.get("derived_from", "")
        out.append(f"    {e['status']:>8}  {e['path']}  sha256 {e['sha256'][:12]}  {origin}")
    out += [f"  note: {n}" for n in r["notes"]]
    if r["regen_error"]:
        out.append(f"  REGEN FAILED, generated/ untouched: {r['regen_error']}")
    else:
        out.append(f"  {r['generated']}")
    text = "\n".join(out) + "\n"
    return text + ("\n" + surface.render(r["surface"]) if r["surface"] else "")

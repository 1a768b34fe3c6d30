"""Pinned upstream specs: fill the git-ignored cache from a mirror or the upstream URLs.

Each backend has `specs/<backend>/pin.toml` listing its files (path relative to the
mirror root, upstream URL, sha256). A file whose sha256 differs from its pin is refused.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
CACHE_DIR = Path(os.environ.get("LABGATE_SPECS_CACHE", ROOT / ".cache" / "specs"))
_DEFAULT_MIRROR = ROOT.parent / "shared" / "specs" / "upstream"


class PinError(RuntimeError):
    pass


@dataclass(frozen=True)
class PinnedFile:
    path: str
    sha256: str
    url: str | None


@dataclass(frozen=True)
class Pin:
    backend: str
    version: str
    license: str
    files: tuple[PinnedFile, ...]
    raw: dict

    def file(self, path: str) -> PinnedFile:
        for f in self.files:
            if f.path == path:
                return f
        raise PinError(f"{self.backend}: no pinned file {path!r}")


def mirror_dir() -> Path | None:
    env = os.environ.get("SPECS_MIRROR")
    if env:
        return Path(env)
    return _DEFAULT_MIRROR if _DEFAULT_MIRROR.is_dir() else None


def load_pin(backend: str) -> Pin:
    data = tomllib.loads((SPECS_DIR / backend / "pin.toml").read_text())
    files = tuple(
        PinnedFile(path=f["path"], sha256=f["sha256"], url=f.get("url")) for f in data["files"]
    )
    return Pin(backend, data["version"], data["license"], files, data)


def pinned_backends() -> list[str]:
    return sorted(p.parent.name for p in SPECS_DIR.glob("*/pin.toml"))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fetch_bytes(f: PinnedFile) -> tuple[bytes, str]:
    mirror = mirror_dir()
    if mirror and (mirror / f.path).is_file():
        return (mirror / f.path).read_bytes(), f"mirror {mirror}"
    if not f.url:
        raise PinError(f"{f.path}: not in the mirror ({mirror}) and no upstream URL is pinned")
    with urllib.request.urlopen(f.url, timeout=60) as resp:  # noqa: S310 - pinned https URL
        return resp.read(), f.url


def ensure(backend: str, path: str) -> Path:
    """Return the cached, sha256-verified copy of one pinned file, fetching it if needed."""
    f = load_pin(backend).file(path)
    target = CACHE_DIR / f.path
    if target.is_file() and _sha256(target.read_bytes()) == f.sha256:
        return target
    data, origin = _fetch_bytes(f)
    got = _sha256(data)
    if got != f.sha256:
        raise PinError(
            f"{f.path} from {origin}: sha256 {got} differs from the pin {f.sha256}; refusing it"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def ensure_all(backends: list[str] | None = None) -> list[Path]:
    out = []
    for backend in backends or pinned_backends():
        for f in load_pin(backend).files:
            out.append(ensure(backend, f.path))
    return out

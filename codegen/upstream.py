"""What `make bump` fetches a new upstream release into: the files, their sha256 and origin.

Where a backend's release comes from is its codegen module's business (codegen/backends/<name>.py):
`fetch(pin, version, **inputs) -> Release` (source, url, commit, wheel: what the maintainer
gave), or `choose(pin, text, version)` for a backend whose versions are all pinned already.
New files get paths of their own (release, commit or sha256 in the path), so a mirror or
cache holding the previous release never answers for the new one.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from codegen import specs


class NeedsInput(RuntimeError):
    """The release cannot be fetched from here; the message says what to provide."""


@dataclass
class NewFile:
    path: str  # relative to the mirror root, as pinned
    data: bytes
    url: str | None = None
    derived_from: str | None = None
    extra: dict = field(default_factory=dict)  # more origin keys for the pin entry

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    def entry(self) -> dict:
        origin = {"url": self.url} if self.url else {"derived_from": self.derived_from}
        return {"path": self.path, **origin, **self.extra, "sha256": self.sha256}


@dataclass
class Release:
    version: str
    origin: str
    files: list[dict]  # the pin's [[files]] entries, kept ones included, in order
    new: list[NewFile]  # contents to store in the mirror and cache
    notes: list[str] = field(default_factory=list)


def settled(pin: specs.Pin, files: list[NewFile]) -> list[NewFile]:
    """The pinned paths when the release is the pinned one byte for byte (nothing moves), else
    the new ones: a changed release gets a folder of its own (ClearML parses its whole folder)."""
    pinned = {(Path(f.path).name, f.sha256): f.path for f in pin.files}
    keys = [(Path(f.path).name, f.sha256) for f in files]
    if len(files) == len(pin.files) and all(k in pinned for k in keys):
        for f, k in zip(files, keys, strict=True):
            f.path = pinned[k]
    return files


def download(url: str, what: str, instead: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 - https upstream
            return resp.read()
    except (urllib.error.URLError, OSError) as exc:
        raise NeedsInput(f"cannot fetch {what} from {url} ({exc}); {instead}") from None


def _pip(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)
    if done.returncode:
        raise NeedsInput(
            f"pip {args[0]} {args[-1]} failed: {done.stderr.strip()[-400:]}; "
            f"give the wheel instead: WHEEL=<path to the release's .whl>"
        )


def pypi_wheel(package: str, version: str, into: Path) -> tuple[Path, str]:
    """`package`'s wheel through pip, and the URL pip resolved it to (sha256 checked)."""
    req = f"{package}=={version}"
    report = into / "report.json"
    common = ["--no-deps", "--only-binary=:all:", "--quiet"]
    _pip("install", "--dry-run", "--ignore-installed", *common, "--report", str(report), req)
    info = json.loads(report.read_text())["install"][0]["download_info"]
    _pip("download", *common, "--dest", str(into), req)
    (wheel,) = into.glob("*.whl")
    want = info.get("archive_info", {}).get("hashes", {}).get("sha256")
    got = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if want and got != want:
        raise specs.PinError(f"{wheel.name}: sha256 {got}, the index said {want}; refusing it")
    return wheel, info["url"]

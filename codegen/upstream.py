"""Where a new upstream release of each backend's spec comes from (`make bump`).

- mlflow: the PyPI wheel of mlflow-skinny, through pip; the two derived files are rebuilt from it
  (codegen/ingest/mlflow_wheel.py). The .proto sources (comments only) stay pinned as they are.
- clearml: clearml-server's apiserver/schema at a git commit: raw.githubusercontent.com, or a
  checkout the maintainer gives (SOURCE) when GitHub cannot be reached.
- qarnot: one OpenAPI file at a URL the maintainer gives, or the file itself (SOURCE).
- slurm: not fetched; `make bump` chooses another data_parser version pinned already.

New files get paths of their own (release, commit or sha256 in the path), so a mirror or
cache holding the previous release never answers for the new one.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from codegen import specs
from codegen.ingest import mlflow_wheel

CLEARML_RAW = (
    "https://raw.githubusercontent.com/clearml/clearml-server/{commit}"
    "/apiserver/schema/{part}/{name}"
)


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


# --- mlflow --------------------------------------------------------------------------------


def _pip(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)
    if done.returncode:
        raise NeedsInput(
            f"pip {args[0]} {args[-1]} failed: {done.stderr.strip()[-400:]}; "
            f"give the wheel instead: WHEEL=<path to mlflow_skinny-<version>-py3-none-any.whl>"
        )


def pypi_wheel(version: str, into: Path) -> tuple[Path, str]:
    """mlflow-skinny's wheel through pip, and the URL pip resolved it to (sha256 checked)."""
    req = f"{mlflow_wheel.PACKAGE}=={version}"
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


def mlflow(pin: specs.Pin, version: str, wheel: Path | None = None, **_) -> Release:
    if wheel is not None and f"-{version}-" not in wheel.name:
        raise NeedsInput(f"{wheel.name} is not the {version} wheel")
    with tempfile.TemporaryDirectory(prefix="labgate-wheel-") as tmp:
        url = None
        if wheel is None:
            wheel, url = pypi_wheel(version, Path(tmp))
        wheel_sha = hashlib.sha256(wheel.read_bytes()).hexdigest()
        derived = mlflow_wheel.derive(wheel, version)
    package = mlflow_wheel.PACKAGE
    recorded = {
        "wheel": url or f"{wheel.name} (given by the maintainer)",
        "wheel_sha256": wheel_sha,
    }
    from_wheel = f"PyPI {package}=={version} wheel, mlflow/protos/*_pb2.py"
    new = [NewFile(p, data, derived_from=from_wheel, extra=recorded) for p, data in derived.items()]
    protos = [e for e in pin.raw["files"] if "derived_from" not in e]
    origin = re.sub(rf"{package}==\S+", f"{package}=={version}", pin.raw["origin"])
    commit = re.search(r"@ (\w+)", pin.raw["origin"])
    note = (
        f"the .proto files (descriptions, `Must be provided.` required fields) stay pinned at "
        f"{commit.group(1) if commit else 'their commit'}: they are on GitHub only; for "
        f"{version}'s own, pin mlflow/protos/*.proto at tag v{version} by hand"
    )
    return Release(version, origin, [f.entry() for f in new] + protos, new, [note])


# --- clearml -------------------------------------------------------------------------------


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


def clearml(
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


# --- qarnot --------------------------------------------------------------------------------


def qarnot(
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


FETCHERS = {"mlflow": mlflow, "clearml": clearml, "qarnot": qarnot}

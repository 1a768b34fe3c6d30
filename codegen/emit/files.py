"""Writing generated files: the do-not-edit header, stable JSON, ruff formatting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from codegen.model import BackendModel

NOTICE = "Generated; do not edit. Regenerate with `make regen`."
_COMMENT = {".py": "#", ".pyi": "#", ".typed": "#", ".toml": "#", ".j2": "#"}


def header_lines(model: BackendModel, generator: str) -> list[str]:
    return [
        f"{NOTICE}",
        f"Generator: {generator}.",
        f"Source: {model.name} {model.api_version} from {model.source.label}.",
    ]


def python_header(model: BackendModel, generator: str) -> str:
    return "\n".join(f"# {line}" for line in header_lines(model, generator))


def write_json(path: Path, data: Any, model: BackendModel, generator: str) -> None:
    doc = {"_generated": " ".join(header_lines(model, generator)), **data}
    path.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")


def stamp_tree(root: Path, model: BackendModel, generator: str) -> None:
    """Prefix every generated text file that lacks the notice with the header."""
    for path in sorted(root.rglob("*")):
        prefix = _COMMENT.get(path.suffix)
        if not path.is_file() or prefix is None:
            continue
        text = path.read_text()
        if NOTICE in text.split("\n", 4)[:4].__str__():
            continue
        head = "\n".join(f"{prefix} {line}" for line in header_lines(model, generator))
        path.write_text(f"{head}\n{text}" if text else f"{head}\n")


def ruff_format(root: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    opts = ["--isolated", "--line-length", "100", "--quiet"]
    subprocess.run(
        [*ruff, "check", "--fix-only", *opts, "--select", "I,F401", str(root)], check=False
    )
    subprocess.run([*ruff, "format", *opts, str(root)], check=True)

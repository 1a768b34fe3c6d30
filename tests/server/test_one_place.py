"""One backend, one place: outside its own files, no code names a backend.

A backend lives in `specs/<name>/`, `codegen/backends/<name>.py`, `generated/<name>/`, its
adapter `src/labgate/backends/<name>.py` and `overrides/<name>*` (plus tests and docs). The
generic code — the server, runtime, registry, discovery, config, the codegen driver, bump and
surface diff, the docs generator — reads what it needs from the adapters and the codegen backend
modules. This test reads that code's identifiers and string literals (comments and docstrings may
give examples) and fails on any that names a backend."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from codegen.backends import BACKENDS
from labgate.backends import names

ROOT = Path(__file__).resolve().parents[2]
GENERIC = [
    *sorted((ROOT / "src" / "labgate").rglob("*.py")),
    *sorted((ROOT / "codegen").glob("*.py")),
    *sorted((ROOT / "codegen" / "emit").glob("*.py")),
    ROOT / "docs" / "toolpages.py",
    ROOT / "docs" / "gen_pages.py",
]
# Each backend's own places, and the per-format code a new input format may add.
OWN = (
    "src/labgate/backends/",
    "src/labgate/shim/",  # `labgate slurm-shim`: Slurm's own REST server, a program of its own
    "codegen/emit/clearml_client.py",  # the client for ClearML's RPC format (no OpenAPI)
)
WORD = re.compile(r"[a-z0-9]+")


def named(path: Path) -> set[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    backends = set(BACKENDS) | set(names()) | {"slurmrestd", "slurmdb"}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = "" if id(node) in docstrings else node.value
        elif isinstance(node, ast.Name):
            text = node.id
        elif isinstance(node, ast.Attribute):
            text = node.attr
        elif isinstance(node, ast.alias):
            text = node.name
        elif isinstance(node, ast.ImportFrom):
            text = node.module or ""
        elif isinstance(node, ast.arg | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            text = getattr(node, "arg", None) or node.name
        else:
            continue
        words = set(WORD.findall(text.lower()))
        found |= {(getattr(node, "lineno", 0), w) for w in words & backends}
    return found


def test_no_generic_code_names_a_backend():
    files = [p for p in GENERIC if p.is_file() and not str(p.relative_to(ROOT)).startswith(OWN)]
    assert len(files) > 30  # the scan sees the code it is meant to
    offenders = {f"{p.relative_to(ROOT)}:{line}: {word}" for p in files for line, word in named(p)}
    assert not offenders, "generic code names a backend:\n" + "\n".join(sorted(offenders))


def test_the_scan_sees_a_backend_named_in_code(tmp_path):
    """The rule bites: a string literal, an identifier, an import each count; a comment or
    docstring does not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Talks to MLflow."""\n'
        "# clearml too\n"
        "import labgate_overrides.qarnot_tools\n"
        "def f(cluster):\n"
        '    """For Slurm."""\n'
        '    return cluster == "slurm" or mlflow_client\n'
    )
    assert {w for _, w in named(sample)} == {"qarnot", "slurm", "mlflow"}

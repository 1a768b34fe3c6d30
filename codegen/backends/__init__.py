"""One module per backend: `ingest(ctx) -> BackendModel` and `emit_client(model, ctx)`.

`ingest` reads the pinned, patched spec through `codegen.specs.ensure` and returns the
intermediate model. `emit_client` writes the typed client under `ctx.out` (usually
`ctx.out / "client"`) and sets `Operation.binding` on every non-internal operation.
A module may define `CREDENTIAL`, a regex over operation ids: the operations that mint,
reveal or change credentials or users, which the pipeline marks with the safety `credential`.
The driver (`codegen.pipeline`) then emits tools, calls, manifest and schemas, stamps
every file with the generated header and formats Python with ruff.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Every module of this package is a backend: adding one is adding its module (sorted by name).
BACKENDS = tuple(sorted(m.name for m in pkgutil.iter_modules(__path__)))


@dataclass
class Context:
    out: Path  # generated/<backend>/ being written (starts empty)
    build: Path  # scratch directory for intermediate build products, not committed
    # a version other than the pinned one, per backend (`make bump`, `--spec-version NAME=V`)
    versions: dict[str, str] = field(default_factory=dict)
    log: Callable[[str], None] = print
    notes: list[str] = field(default_factory=list)  # facts worth printing in the regen report


def load(name: str):
    return importlib.import_module(f"codegen.backends.{name}")

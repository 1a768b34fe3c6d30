"""The documented tables of how Slurm 24.11's slurmrestd departs from its published schema and
from labgate's shim (tests/infra/README.md, "Slurm 24.11"): tests accept a departure only when
its id is a row of the right table, so the README is the one list of them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "infra" / "README.md"
SCHEMA_TABLE = "slurmrestd 24.11 vs its published schema"
SHIM_TABLE = "slurmrestd 24.11 vs the shim"


@cache
def table(title: str) -> dict[str, dict[str, str]]:
    """{id: {column: text}} of the first markdown table after the line naming `title`."""
    lines = README.read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if title in line and not line.startswith("|"))
    rows = []
    for line in lines[start + 1 :]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
        elif rows:
            break
    head, body = rows[0], rows[2:]
    out = {}
    for r in body:
        key = re.sub(r"[`*]", "", r[0])
        out[key] = dict(zip(head, r, strict=True))
    return out


def schema_violation_id(error) -> str | None:
    """The table id a jsonschema ValidationError of a slurmrestd answer is, or None."""
    if error.validator == "required" and re.search(r"'[^']*/[^']*' is a required", error.message):
        return "slash-required"
    if error.instance is None and list(error.absolute_path)[-1:] == ["job_resources"]:
        return "null-job-resources"
    return None

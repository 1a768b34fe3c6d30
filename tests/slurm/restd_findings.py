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
BAD_INPUT = {2010, 2017, 2166}  # ESLURM_INVALID_USER_ID, _INVALID_JOB_ID, _USER_ID_UNKNOWN
MARIADB = {1064, 1267, 1300}  # SQL syntax, mix of collations, bad character string (not Slurm)
# Where an HTTP 200 leaves out what its schema requires ("answer-without-data")
WITHOUT_DATA = re.compile(
    r"^/slurm/v0\.0\.4\d/(node/\{node_name\}|reservation/\{reservation_name\}|jobs/state/)$"
    r"|^/slurmdb/v0\.0\.4\d/(associations?|instances?)/$"
)


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


def schema_violation_id(error, status: int = 200, path: str = "") -> str | None:
    """The table id a jsonschema ValidationError of a slurmrestd answer is, or None.
    `path` is the operation's path template; the ids found on some operations only need it."""
    where = list(error.absolute_path)
    if error.validator == "required" and re.search(r"'[^']*/[^']*' is a required", error.message):
        return "slash-required"
    if error.instance is None and where[-1:] == ["job_resources"]:
        return "null-job-resources"
    if (
        error.validator == "type"
        and where[-1:] == ["job_id"]
        and isinstance(error.instance, str)
        and re.search(r"/v0\.0\.4\d/jobs/state/$", path)
    ):
        return "string-job-id"
    if error.validator == "required" and not where:
        if status >= 400:
            return "error-without-data"
        if WITHOUT_DATA.search(path):
            return "answer-without-data"
    return None


def server_error_id(body) -> str | None:
    """The table id of a 5xx answer from slurmrestd, by Slurm's error numbers, or None."""
    errors = body.get("errors") if isinstance(body, dict) else None
    numbers = {e.get("error_number") for e in errors or [] if isinstance(e, dict)}
    # data_parser errors (9xxx), and Slurm's own "invalid user/job id" and "unable to resolve"
    if any(isinstance(n, int) and 9000 <= n < 9300 for n in numbers) or numbers & BAD_INPUT:
        return "500-for-bad-input"
    if 2002 in numbers:
        return "500-for-permission-denied"
    if numbers & MARIADB:
        return "500-database-error"  # MariaDB's own error number, passed through
    if isinstance(body, dict) and not errors:
        return "500-without-message"
    return None

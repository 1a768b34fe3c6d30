"""schemathesis against Slurm 24.11's own slurmrestd and its own document (`/openapi/v3`: data
parsers v0.0.40-v0.0.42, slurmctld and slurmdbd), read operations only
(LABGATE_LIVE_SLURMRESTD=1), with a running, a held and a finished job in the cluster.

Every answer to a generated request is checked: no crash of the daemon, and each 5xx or
departure from the response schema must be a documented finding (tests/infra/README.md,
"slurmrestd 24.11 vs its published schema"; ids in tests/slurm/restd_findings.py). The three
queries that crash slurmrestd 24.11.5 are left out here, as labgate's spec patch leaves them out
of the client; `test_the_crashes_are_still_there_and_labgate_cannot_send_them` starts a
slurmrestd of its own for each (the shared one is not touched), shows the query kills it with
the signal recorded here (so the guards can go when a Slurm release fixes them) and that labgate
refuses the same call before it leaves.

~15 s with the default 25 examples per operation (LABGATE_SCHEMATHESIS_EXAMPLES), the same
ones on every run unless LABGATE_SCHEMATHESIS_RANDOM=1.
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import httpx
import orjson
import pytest
from jsonschema import Draft4Validator

from tests.slurm.restd_findings import (
    SCHEMA_TABLE,
    schema_violation_id,
    server_error_id,
    table,
)

pytestmark = pytest.mark.live
# What crashes slurmrestd 24.11.5, guarded in specs/slurm/patches/v0.0.4x.json the same way:
# (path pattern, query parameter dropped) and (path pattern, path parameter, pattern it must match).
DROPPED = (
    (r"/slurmdb/v0\.0\.4\d/wckeys/$", "only_defaults"),
    (r"/slurmdb/v0\.0\.4\d/jobs/$", "groups"),
)
PATTERNS = ((r"/slurmdb/v0\.0\.4\d/qos/\{qos\}$", "qos", "^[^~]"),)
CRASHES = (  # what the guards keep labgate from sending: (query, how it kills 24.11.5, tool, args)
    ("slurmdb/v0.0.42/wckeys/?only_defaults=true", signal.SIGSEGV, "slurm_db_get_wckeys",
     {"only_defaults": "true"}),
    # "fatal: invalid type" in the log, then abort(); v0.0.40 answers 422 instead
    ("slurmdb/v0.0.42/jobs/?groups=root", signal.SIGABRT, "slurm_db_get_jobs",
     {"groups": "root"}),
    ("slurmdb/v0.0.42/qos/~normal", signal.SIGSEGV, "slurm_db_get_single_qos",
     {"qos": "~normal"}),
)  # fmt: skip
SKIP = re.compile(r"(/reconfigure/$|^/openapi)")  # a GET that reconfigures; the documents
EXAMPLES = int(os.environ.get("LABGATE_SCHEMATHESIS_EXAMPLES", "25"))  # per operation
# The same examples in CI and locally; LABGATE_SCHEMATHESIS_RANDOM=1 explores new ones.
RANDOM = os.environ.get("LABGATE_SCHEMATHESIS_RANDOM") == "1"
INFRA = Path(__file__).resolve().parents[1] / "infra"


def guarded(doc: dict) -> dict:
    """The daemon's document with labgate's crash guards applied."""
    for path, item in doc["paths"].items():
        for op in (o for o in item.values() if isinstance(o, dict)):
            params = op.get("parameters", [])
            for pattern, name in DROPPED:
                if re.search(pattern, path):
                    params[:] = [p for p in params if p.get("name") != name]
            for pattern, name, must in PATTERNS:
                for p in params:
                    if re.search(pattern, path) and p.get("name") == name:
                        p.setdefault("schema", {})["pattern"] = must
    return doc


def own_document(real) -> dict:
    return guarded(
        httpx.get(f"{real.restd_url}/openapi/v3", headers=real.headers(), timeout=60).json()
    )


def strict_json(content: bytes) -> bool:
    """Whether a JSON parser that follows RFC 8259 (orjson, labgate's) takes the answer."""
    try:
        orjson.loads(content)
    except orjson.JSONDecodeError:
        return False
    return True


def error_numbers(body) -> tuple[int, ...]:
    errors = body.get("errors") if isinstance(body, dict) else None
    return tuple(sorted({e.get("error_number") for e in errors or [] if isinstance(e, dict)}))


def findings(doc: dict, path: str, status: int, body) -> list[tuple[str | None, str]]:
    """(finding id or None, what) for one answer."""
    out: list[tuple[str | None, str]] = []
    if status >= 500:
        out.append(
            (server_error_id(body), f"HTTP {status} {error_numbers(body)}: {str(body)[:200]}")
        )
    responses = doc["paths"][path]["get"]["responses"]
    resp = responses.get(str(status)) or responses.get("default")
    schema = ((resp or {}).get("content") or {}).get("application/json", {}).get("schema")
    if schema is not None and isinstance(body, dict):
        v = Draft4Validator({**schema, "components": doc["components"]})
        for e in v.iter_errors(body):
            where = "/".join(map(str, e.absolute_path))
            out.append(
                (schema_violation_id(e, status, path), f"HTTP {status} {where}: {e.message[:160]}")
            )
    return out


@pytest.fixture(scope="module")
def queue(slurm24, tmp_path_factory):
    """A running, a held (pending) and a finished job (exit 3), so job reads have objects."""
    d = tmp_path_factory.mktemp("schemathesis")
    d.chmod(0o777)
    run = slurm24.sbatch("--job-name=lg-st-run", "--wrap", "sleep 120", out=d / "r.out")
    held = slurm24.sbatch("--job-name=lg-st-held", "--hold", "--wrap", "true", out=d / "h.out")
    done = slurm24.sbatch("--job-name=lg-st-exit3", "--wrap", "exit 3", out=d / "d.out")
    slurm24.wait_running(run)
    slurm24.wait_done(done)
    yield
    slurm24.run("scancel", str(run), str(held), check=False)


def test_read_operations_against_the_daemons_own_document(slurm24, queue) -> None:
    schemathesis = pytest.importorskip("schemathesis", minversion="4.32.5")
    from hypothesis import HealthCheck, Phase, given, settings

    doc = own_document(slurm24)
    schema = schemathesis.openapi.from_dict(doc)
    seen: collections.Counter = collections.Counter()
    numbers: dict = collections.defaultdict(set)
    unexplained: list[str] = []
    operations = 0
    for op in schema.include(method="GET").get_all_operations():
        operation = op.ok()
        if SKIP.search(operation.path):
            continue
        operations += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck), database=None,
                  derandomize=not RANDOM)  # fmt: skip
        def check(case) -> None:
            resp = case.call(base_url=slurm24.restd_url, headers=slurm24.headers(), timeout=60)
            try:
                body = resp.json()  # Python's json: takes the bare Infinity slurmrestd may send
            except ValueError:
                body = resp.text
            problems = findings(doc, case.operation.path, resp.status_code, body)
            if not isinstance(body, str) and not strict_json(resp.content):
                problems.append(("infinity-literal", f"HTTP {resp.status_code}: not JSON"))
            for kind, what in problems:
                seen[kind] += 1
                if resp.status_code >= 500:
                    numbers[kind].add(error_numbers(body))
                if kind not in table(SCHEMA_TABLE):
                    unexplained.append(f"GET {case.operation.path}: {what}")

        check()
    alive = httpx.get(f"{slurm24.restd_url}/slurm/v0.0.42/ping/", headers=slurm24.headers())
    print(
        f"{operations} read operations x {EXAMPLES} examples; findings: {dict(seen)}; Slurm error numbers of the 5xx: {dict(numbers)}"
    )
    assert alive.status_code == 200, "slurmrestd died under the read operations"
    assert operations > 90
    assert not unexplained, "\n".join(sorted(set(unexplained))[:40])


def restd_command(exe: str, port: int) -> list[str]:
    """slurmrestd as tests/infra/slurm24.sh starts it (same user, plugins, data parsers)."""
    user = re.search(r"^RESTD_USER=(\S+)", (INFRA / "slurm_cluster.sh").read_text(), re.M)[1]
    args = re.search(r"^RESTD_ARGS=\((.*)\)", (INFRA / "slurm24.sh").read_text(), re.M)[1]
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups",
            exe, "-a", "rest_auth/jwt", *args.split(), f"127.0.0.1:{port}"]  # fmt: skip


@pytest.mark.parametrize(("query", "how", "tool", "args"), CRASHES, ids=[c[2] for c in CRASHES])
async def test_the_crashes_are_still_there_and_labgate_cannot_send_them(
    slurm24, tmp_path, query, how, tool, args
) -> None:
    """The query kills a slurmrestd 24.11.5 of this test's own with `how` (its exit status,
    seen by its parent); the same call through labgate is refused before it leaves."""
    from fastmcp.exceptions import ToolError

    from tests.conftest import free_port
    from tests.slurm.test_slurm_tools import call
    from tests.slurm.test_slurmrestd_tools import labgate

    async with labgate(slurm24_backend(slurm24), tmp_path) as c:
        with pytest.raises(ToolError, match="invalid argument|unknown argument|does not match"):
            await call(c, "call_operation", {"name": tool, "arguments": args})

    port = free_port()
    env = slurm24.env | {"SLURM_JWT": "daemon"}
    exe = shutil.which("slurmrestd", path=env["PATH"])
    assert exe and "slurm-24.11" in exe, exe
    log = tmp_path / "slurmrestd.log"
    with log.open("wb") as out:
        restd = subprocess.Popen(restd_command(exe, port), env=env, stdin=subprocess.DEVNULL,
                                 stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    url, ping = f"http://127.0.0.1:{port}", None
    try:
        deadline = time.monotonic() + 20
        while restd.poll() is None and time.monotonic() < deadline:
            try:
                ping = httpx.get(f"{url}/slurm/v0.0.42/ping/", headers=slurm24.headers())
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert ping is not None and ping.status_code == 200, log.read_text()[-2000:]
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/{query}", headers=slurm24.headers(), timeout=30)
        assert restd.wait(10) == -how, log.read_text()[-2000:]
    finally:
        if restd.poll() is None:
            restd.kill()
            restd.wait(10)
    if how == signal.SIGABRT:
        assert "fatal: invalid type" in log.read_text()


def slurm24_backend(real):
    from types import SimpleNamespace

    return SimpleNamespace(url=real.restd_url, user=real.user, token=real.token)

"""The differential test: the same requests to Slurm 24.11's own slurmrestd and to
`labgate slurm-shim` over the same cluster's 24.11 CLI (LABGATE_LIVE_SLURMRESTD=1).

Both answers must validate against the pinned v0.0.42 schema (up to the documented departures of
slurmrestd itself) and carry the same fields with the same values for the same objects, once
what is volatile is set aside (times, counters, latencies). Objects in lists are paired by their
identity (job id, node or partition name, ...). Every remaining difference must match a row of
the table "slurmrestd 24.11 vs the shim" in tests/infra/README.md, which says why; the test
fails on any other. Unknown objects must get the same HTTP status, or a row of the same table.
"""

from __future__ import annotations

import copy
import fnmatch
import re
import time

import httpx
import pytest
from jsonschema import Draft4Validator

from codegen.backends import slurm as slurm_codegen
from tests.conftest import ShimServer
from tests.slurm.restd_findings import (
    SCHEMA_TABLE,
    SHIM_TABLE,
    schema_violation_id,
    table,
)

pytestmark = pytest.mark.live
V, DB = "/slurm/v0.0.42", "/slurmdb/v0.0.42"
ABSENT = "<absent>"
# Values that change between two requests a few milliseconds apart, or by who asks.
VOLATILE = re.compile(
    r"(/latency$|/cpu_load$|/free_mem/|_time/number$|_time$|^/last_update/|"
    r"^/last_backfill/|^/statistics/|/last_busy/|/time/(elapsed|end|start|suspended)$|"
    r"/shares/shares/\*/(usage|fairshare|effective_usage|usage_normalized|tres)/)"
)
IDENTITY = ("job_id", "type", "name", "hostname", "id")


@pytest.fixture(scope="module")
def pair(slurm24):
    """(real slurmrestd client, shim client) over the same 24.11 cluster."""
    shim = ShimServer(slurm24.env)
    real = httpx.Client(base_url=slurm24.restd_url, headers=slurm24.headers(), timeout=60)
    fake = httpx.Client(
        base_url=shim.url,
        headers={"X-SLURM-USER-NAME": shim.user, "X-SLURM-USER-TOKEN": shim.token},
        timeout=60,
    )
    with real, fake:
        yield real, fake
    shim.stop()


@pytest.fixture(scope="module")
def jobs(slurm24, pair, tmp_path_factory):
    """A running job, one that exited 3 (in accounting, with a step), and a submission Slurm
    rejected (it stays listed, FAILED, with `job_resources: null`)."""
    d = tmp_path_factory.mktemp("diff")
    d.chmod(0o777)
    running = slurm24.sbatch("--job-name=lg-diff-run", "--wrap", "sleep 120", out=d / "r.out")
    done = slurm24.sbatch("--job-name=lg-diff-exit3", "--wrap", "sleep 2; exit 3", out=d / "d.out")
    rejected = pair[0].post(f"{V}/job/submit", json={"job": {
        "script": "#!/bin/sh\ntrue\n", "name": "lg-diff-rejected", "current_working_directory": "/tmp",
        "environment": ["PATH=/bin"], "memory_per_node": {"set": True, "number": 10_000_000}}})  # fmt: skip
    assert rejected.status_code == 500, rejected.text
    slurm24.wait_running(running)
    slurm24.wait_done(done)
    yield {"running": running, "done": done}
    slurm24.run("scancel", str(running), check=False)


def requests(ids: dict[str, int]) -> list[tuple[str, str]]:
    """(url, the spec's path template) for every read both serve."""
    start = int(time.time()) - 3600
    return [
        (f"{V}/ping/", f"{V}/ping/"),
        (f"{V}/diag/", f"{V}/diag/"),
        (f"{V}/jobs/", f"{V}/jobs/"),
        (f"{V}/job/{ids['running']}", f"{V}/job/{{job_id}}"),
        (f"{V}/nodes/", f"{V}/nodes/"),
        (f"{V}/partitions/", f"{V}/partitions/"),
        (f"{V}/partition/gpu", f"{V}/partition/{{partition_name}}"),
        (f"{V}/reservations/", f"{V}/reservations/"),
        (f"{V}/shares", f"{V}/shares"),
        (f"{DB}/jobs/?start_time={start}", f"{DB}/jobs/"),
        (f"{DB}/job/{ids['done']}", f"{DB}/job/{{job_id}}"),
    ]


ERRORS = [  # unknown objects: the same HTTP status from both, or a README row that says why
    f"{V}/job/987654",
    f"{V}/partition/nope",
    f"{V}/node/nope",
    f"{DB}/job/987654",
]


def flatten(doc, path: str = "") -> dict[str, object]:
    """{"/jobs/<id>/name": value, ...}: list items that are objects are keyed by identity."""
    out: dict[str, object] = {}
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.update(flatten(v, f"{path}/{k}"))
    elif isinstance(doc, list) and doc and all(isinstance(x, dict) for x in doc):
        for key, item in zip(identities(doc), doc, strict=True):
            out.update(flatten(item, f"{path}/{key}"))
    else:
        out[path] = doc
    return out


def identities(items: list[dict]) -> list[str]:
    """Each object's identity (job id, name, ...; `@i` for repeats and objects without one)."""
    out: list[str] = []
    for i, item in enumerate(items):
        parts = [
            str(item[k]) for k in IDENTITY if isinstance(item.get(k), str | int) and item[k] != ""
        ]
        key = "+".join(parts) if parts else f"@{i}"
        out.append(key if key not in out else f"{key}@{i}")
    return out


def pattern(path: str, objects: set[str]) -> str:
    """A flattened path with object keys as `*`: the form the README table names fields in."""
    return "/".join("*" if p and p in objects else p for p in path.split("/"))


def differences(real: dict, shim: dict) -> dict[str, tuple[object, object]]:
    a, b = flatten(real), flatten(shim)
    objects = _object_keys(real) | _object_keys(shim)
    out: dict[str, tuple[object, object]] = {}
    for path in sorted(set(a) | set(b)):
        va, vb = a.get(path, ABSENT), b.get(path, ABSENT)
        where = pattern(path, objects)
        if va != vb and not VOLATILE.search(where):
            out.setdefault(where, (va, vb))
    return out


def _object_keys(doc) -> set[str]:
    keys: set[str] = set()
    if isinstance(doc, dict):
        for v in doc.values():
            keys |= _object_keys(v)
    elif isinstance(doc, list):
        if doc and all(isinstance(x, dict) for x in doc):
            keys |= set(identities(doc))
        for item in doc:
            keys |= _object_keys(item)
    return keys


def accepted(url: str, field: str) -> str | None:
    """The id of the README row that lists this difference, or None."""
    for key, row in table(SHIM_TABLE).items():
        urls = re.findall(r"`([^`]+)`", row["requests"])
        fields = re.findall(r"`([^`]+)`", row["fields"])
        if any(u == "*" or u in url for u in urls) and any(
            fnmatch.fnmatchcase(field, f) for f in fields
        ):
            return key
    return None


def schema_problems(doc: dict, template: str, body: dict) -> list[str]:
    resp = doc["paths"][template]["get"]["responses"]
    schema = (resp.get("200") or resp["default"])["content"]["application/json"]["schema"]
    v = Draft4Validator({**schema, "components": doc["components"]})
    known = table(SCHEMA_TABLE)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message[:160]}"
        for e in v.iter_errors(body)
        if schema_violation_id(e) not in known
    ]


def test_real_slurmrestd_and_shim_agree(pair, jobs) -> None:
    real, shim = pair
    doc = copy.deepcopy(slurm_codegen.load_doc("v0.0.42")[0])
    unexplained: list[str] = []
    used: set[str] = set()
    for url, template in requests(jobs):
        a, b = real.get(url), shim.get(url)
        assert (a.status_code, b.status_code) == (200, 200), (url, a.text[:300], b.text[:300])
        for who, resp in (("slurmrestd", a), ("shim", b)):
            assert schema_problems(doc, template, resp.json()) == [], (who, url)
        for field, (va, vb) in differences(a.json(), b.json()).items():
            row = accepted(url, field)
            if row is None:
                unexplained.append(f"{url} {field}: slurmrestd {va!r:.80} / shim {vb!r:.80}")
            else:
                used.add(row)
    print("\n".join(unexplained))
    assert not unexplained, f"{len(unexplained)} differences not in tests/infra/README.md"
    # Rows may go unused: some differences need data a run may not have (step TRES extremes).
    print("README rows matched:", sorted(used), "unused:", sorted(rows(status=False) - used))


def rows(status: bool) -> set[str]:
    """The table's rows about fields, or about HTTP statuses of unknown objects."""
    return {k for k, r in table(SHIM_TABLE).items() if r["fields"].startswith("`HTTP") == status}


def test_unknown_objects(pair) -> None:
    real, shim = pair
    unexplained, used = [], set()
    for url in ERRORS:
        a, b = real.get(url), shim.get(url)
        status = f"HTTP {a.status_code}/{b.status_code}"  # slurmrestd/shim, as the table says
        if a.status_code == b.status_code:
            continue
        if (row := accepted(url, status)) is None:
            unexplained.append(f"{url}: {status}: {a.text[:200]} / {b.text[:200]}")
        used.add(row)
    assert not unexplained, unexplained
    assert not rows(status=True) - used, "README rows that match no difference any more"


def test_bulk_cancel_agrees(pair, slurm24) -> None:
    """DELETE /jobs (slurm_cancel_job's job_ids) on both: the same `status` (only the jobs
    Slurm refused, `step_id` the id sent), for a job, one already cancelled and an unknown id,
    and the jobs really cancelled. The shim parses `scancel -v` of the 24.11 CLI here."""
    real, shim = pair
    job = {"script": "#!/bin/sh\nsleep 120\n", "name": "lg-diff-bulk", "partition": "debug",
           "current_working_directory": "/tmp/labgate-restd-jobs", "environment": ["PATH=/bin"]}  # fmt: skip
    a, b = (real.post(f"{V}/job/submit", json={"job": job}).json()["job_id"] for _ in range(2))
    first = [real.request("DELETE", f"{V}/jobs/", json={"jobs": [str(a), "99999999"]}),
             shim.request("DELETE", f"{V}/jobs/", json={"jobs": [str(b), "99999999"]})]  # fmt: skip
    again = [real.request("DELETE", f"{V}/jobs/", json={"jobs": [str(b)]}),
             shim.request("DELETE", f"{V}/jobs/", json={"jobs": [str(a)]})]  # fmt: skip
    from tests.slurm.schema_check import errors  # the shim's document: phantom `required` dropped

    for resp in first + again:
        assert resp.status_code == 200, resp.text[:300]
        assert errors("DELETE", f"{V}/jobs/", resp.json()) == [], resp.text[:300]
    unknown = {"error": {"string": "Invalid job id specified", "code": 2017,
                         "message": "Invalid job id specified"}, "step_id": "99999999",
               "job_id": {"set": False, "infinite": False, "number": 0}, "federation": {"sibling": ""}}  # fmt: skip
    assert [r.json()["status"] for r in first] == [[unknown], [unknown]]
    done = [[{**s, "job_id": None, "step_id": None} for s in r.json()["status"]] for r in again]
    print("already cancelled:", [r.json()["status"] for r in again])
    assert done[0] == done[1] and done[0][0]["error"]["code"] == 2021
    states = {j["job_id"]: j["job_state"] for j in real.get(f"{V}/jobs/").json()["jobs"]}
    assert states[a] == states[b] == ["CANCELLED"]

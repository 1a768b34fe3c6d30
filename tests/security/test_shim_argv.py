"""Argv injection into the shim over HTTP: shell metacharacters in path parameters, query
values, the cancel signal and job fields must be refused before any command runs, and what is
accepted must reach the Slurm CLI as single argv elements, locally and through the login
node's shell (`--ssh`, a fake `ssh` that runs the remote command with `sh -c`).

(tests/slurm/test_shim.py checks the same refusals against a recorded fake runner; these go
through real processes.)
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from labgate.shim.handlers import Shim
from tests.security.shim_fakes import ME, FakeSlurm, V, client, fake_bin

DB = "/slurmdb/v0.0.42"
RECORDER = """f=$(mktemp "{calls}/call.XXXXXX")
printf '%s\\n' "${{0##*/}}" "$@" > "$f"
cat > /dev/null
echo 77
"""
SCRIPT = "#!/bin/bash\necho hi\n"


class Recorded:
    def __init__(self, root: Path, slurm: FakeSlurm):
        self.calls, self.canary = root / "calls", root / "PWNED"
        self.calls.mkdir()
        for name in ("sbatch", "scancel", "squeue", "sinfo", "sacct", "sshare", "scontrol"):
            fake_bin(slurm.bin, name, RECORDER.format(calls=self.calls))

    def argvs(self) -> list[list[str]]:
        return [f.read_text().splitlines() for f in sorted(self.calls.iterdir())]


@pytest.fixture(params=["local", "ssh"])
def setup(request, tmp_path: Path) -> tuple[Shim, Recorded]:
    slurm = FakeSlurm(tmp_path / "slurm")
    recorded = Recorded(tmp_path, slurm)
    return Shim(slurm.runner(ssh=request.param == "ssh"), ME), recorded


def payloads(canary: Path) -> list[str]:
    return [f"$(touch {canary})", f"`touch {canary}`", f"x;touch {canary}", f"x|touch {canary}",
            f"x&&touch {canary}", f"x\ntouch {canary}", f"x' ;touch {canary};'"]  # fmt: skip


async def test_metacharacters_never_reach_a_command(setup) -> None:
    shim, rec = setup
    async with client(shim) as c:
        for bad in payloads(rec.canary):
            job = {"script": SCRIPT, "environment": ["PATH=/bin"]}
            segment = quote(bad, safe="")
            answers = [
                await c.get(f"{V}/job/{segment}"),
                await c.delete(f"{V}/job/1{segment}"),
                await c.delete(f"{V}/job/1", params={"signal": bad}),
                await c.get(f"{V}/partition/{segment}"),
                await c.get(f"{V}/node/{segment}"),
                await c.get(f"{DB}/jobs/", params={"users": bad}),
                await c.get(f"{V}/shares", params={"accounts": bad}),
                await c.get(f"/labgate/v1/job/{segment}/output"),
                *[await c.post(f"{V}/job/submit", json={"job": {**job, field: bad}})
                  for field in ("name", "partition", "comment", "current_working_directory",
                                "standard_output", "account", "qos", "constraints")],
            ]  # fmt: skip
            statuses = {r.status_code for r in answers}
            assert statuses <= {400, 404}, (bad, [(r.status_code, r.text[:80]) for r in answers])
    assert rec.argvs() == [] and not rec.canary.exists()


async def test_accepted_values_stay_one_argv_element(setup) -> None:
    shim, rec = setup
    job = {"script": SCRIPT, "environment": ["PATH=/bin"], "name": "a-b.c",
           "comment": "two words, one element", "current_working_directory": "/tmp/with space"}  # fmt: skip
    async with client(shim) as c:
        r = await c.post(f"{V}/job/submit", json={"job": job})
        cancel = await c.delete(f"{V}/job/12_3", params={"signal": "SIGUSR1"})
    assert r.status_code == 200 and cancel.status_code == 200, (r.text, cancel.text)
    sbatch, scancel = sorted(rec.argvs())
    assert "--comment=two words, one element" in sbatch and "--chdir=/tmp/with space" in sbatch
    assert scancel == ["scancel", "--signal=SIGUSR1", "12_3"]


# -- DELETE /jobs (bulk cancel): ids, signal and filters ----------------------------------------
async def test_bulk_cancel_refuses_bad_ids_and_signals_before_any_command(setup) -> None:
    shim, rec = setup
    async with client(shim) as c:
        bodies = [{"jobs": []}, {}, {"jobs": "1"}, {"jobs": [1]}, {"jobs": ["1"] * 1001},
                  {"jobs": ["1"], "nodes": "n1"}, {"jobs": ["1"], "flags": ["VERBOSE"]},
                  {"jobs": ["1"], "job_name": "x"}, {"job_name": 7}, {"job_state": [None]},
                  {"jobs": ["1_[1-3"]}, {"jobs": ["1_[1-3];id"]}, {"jobs": ["-1"]},
                  {"jobs": ["--user=root"]}, {"jobs": ["1_[" + ",".join(["1"] * 70) + "]"]}]  # fmt: skip
        for bad in payloads(rec.canary):
            bodies += [{"jobs": [bad]}, {"jobs": ["1", bad]}, {"jobs": [f"1_[{bad}]"]},
                       {"jobs": ["1"], "signal": bad}]  # fmt: skip
        answers = [await c.request("DELETE", f"{V}/jobs/", json=b) for b in bodies]
        not_json = await c.request("DELETE", f"{V}/jobs/", content=b"[1,")
    assert {r.status_code for r in answers} == {400}, [
        (r.status_code, r.text[:80]) for r in answers
    ]
    assert not_json.status_code == 400
    assert rec.argvs() == [] and not rec.canary.exists()


QUEUE = """f=$(mktemp "{calls}/call.XXXXXX")
printf '%s\\n' "${{0##*/}}" "$@" > "$f"
cat "{queue}"
"""


async def test_bulk_cancel_filters_never_reach_a_command(setup, tmp_path: Path) -> None:
    """Filters are compared with squeue's records in the shim: a job whose name is an attack
    is cancelled by its id; the name never becomes an argument."""
    import json

    from tests.security.shim_fakes import fake_bin

    shim, rec = setup
    bads = payloads(rec.canary)
    jobs = [{"job_id": 10 + i, "name": bad, "user_name": bad, "account": bad, "partition": bad,
             "qos": bad, "job_state": "PENDING", "array_job_id": 0, "array_task_id": None,
             "array_task_string": ""} for i, bad in enumerate(bads)]  # fmt: skip
    jobs.append({"job_id": 40, "name": "x", "job_state": "PENDING", "array_job_id": 40,
                 "array_task_id": None, "array_task_string": "2-5%2"})  # fmt: skip
    queue = tmp_path / "queue.json"
    queue.write_text(json.dumps({"jobs": jobs}))
    fake_bin(Path(shim.runner.base_env["PATH"].split(":")[0]), "squeue",
             QUEUE.format(calls=rec.calls, queue=queue))  # fmt: skip
    async with client(shim) as c:
        answers = []
        for bad in bads:
            for key in ("job_name", "user_name", "account", "partition", "qos"):
                r = await c.request("DELETE", f"{V}/jobs/", json={key: bad})
                answers.append((r.status_code, r.json()["meta"]["command"]))
        array = await c.request(
            "DELETE", f"{V}/jobs/", json={"job_name": "x", "job_state": ["pending"]}
        )
        none = await c.request("DELETE", f"{V}/jobs/", json={"job_state": ["RUNNING"]})
    assert {s for s, _ in answers} == {200}
    assert array.status_code == 200 and array.json()["meta"]["command"] == [
        "scancel",
        "-v",
        "40_[2-5]",
    ]
    assert none.json()["status"] == [] and none.json()["meta"]["command"] == ["scancel", "-v"]
    scancels = [a for a in rec.argvs() if a[0] == "scancel"]
    assert sorted(scancels) == sorted([["scancel", "-v", str(10 + i)] for i in range(len(bads))
                                       for _ in range(5)] + [["scancel", "-v", "40_[2-5]"]])  # fmt: skip
    flat = "\n".join("\x00".join(a) for a in rec.argvs())
    assert not any(bad in flat for bad in bads) and not rec.canary.exists()


async def test_bulk_cancel_ids_stay_one_argv_element(setup) -> None:
    shim, rec = setup
    body = {"jobs": ["12_3", "7", "8_[1-3,5]", "7"], "signal": "SIGUSR1"}
    async with client(shim) as c:
        r = await c.request("DELETE", f"{V}/jobs/", json=body)
    assert r.status_code == 200 and r.json()["status"] == [], r.text
    assert rec.argvs() == [["scancel", "-v", "--signal=SIGUSR1", "12_3", "7", "8_[1-3,5]"]]

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

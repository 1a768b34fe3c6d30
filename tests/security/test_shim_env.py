"""Attacks through a job's environment (`job.environment`, `slurm_submit_job(env=...)`): it
must reach the job only, never the `sbatch` process, where PATH picks the binary and LD_*,
SLURM_*, SBATCH_* change what runs around the shim's flag allow-list.

A fake `sbatch` on a PATH the test controls records its own environment, argv, stdin and the
`--export-file` it was given; "mallory's" `sbatch` elsewhere leaves a mark if it ever runs.
The last test submits real jobs to the local Slurm 22.05 cluster (LABGATE_LIVE_SLURM=1).
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from labgate.shim.handlers import Shim
from tests.security.shim_fakes import ME, FakeSlurm, V, client, description, fake_bin

SUBMIT, ESTIMATE = f"{V}/job/submit", "/labgate/v1/job/estimate"
SCRIPT = "#!/bin/bash\n#SBATCH --comment=kept\necho hi\n"
RECORDING_SBATCH = """d={record}
mkdir -p "$d"
env > "$d/env"
printf '%s\\n' "$@" > "$d/argv"
cat > "$d/stdin"
for a in "$@"; do
  case $a in --export-file=*) cat "/dev/fd/${{a#--export-file=}}" > "$d/export" ;; esac
done
case " $* " in
  *" --test-only "*) echo "sbatch: Job 78 to start at 2026-11-22T05:00:00 using 1 processors on nodes vm in partition debug" >&2 ;;
  *) echo 77 ;;
esac
"""


class Sbatch:
    def __init__(self, root: Path, slurm: FakeSlurm):
        self.record = root / "record"
        fake_bin(slurm.bin, "sbatch", RECORDING_SBATCH.format(record=self.record))
        self.mallory = root / "mallory"
        fake_bin(self.mallory / "bin", "sbatch", f"touch {self.mallory}/PWNED\necho 66\n")
        self.shim_path = slurm.env["PATH"]

    @property
    def ran(self) -> bool:
        return self.record.exists()

    def process_env(self) -> dict[str, str]:
        lines = (self.record / "env").read_text().splitlines()
        return dict(line.split("=", 1) for line in lines if "=" in line)

    def export_file(self) -> list[str]:
        return (self.record / "export").read_text().split("\0")[:-1]

    @property
    def pwned(self) -> bool:
        return (self.mallory / "PWNED").exists()


@pytest.fixture
def slurm(tmp_path: Path) -> FakeSlurm:
    return FakeSlurm(tmp_path / "slurm")


@pytest.fixture
def sbatch(tmp_path: Path, slurm: FakeSlurm) -> Sbatch:
    return Sbatch(tmp_path, slurm)


@pytest.fixture(params=["local", "ssh"])
def shim(request, slurm: FakeSlurm) -> Shim:
    return Shim(slurm.runner(ssh=request.param == "ssh"), ME)


async def post(shim: Shim, url: str, environment: list[str]) -> httpx.Response:
    job = {"script": SCRIPT, "environment": environment, "current_working_directory": "/tmp"}
    async with client(shim) as c:
        return await c.post(url, json={"job": job})


@pytest.mark.parametrize("url", [SUBMIT, ESTIMATE])
async def test_job_path_never_picks_the_sbatch_binary(shim: Shim, sbatch: Sbatch, url) -> None:
    """The estimate is classed read: a read-only client must not run its own binary either."""
    r = await post(shim, url, [f"PATH={sbatch.mallory}/bin:/usr/bin:/bin"])
    assert r.status_code == 200, r.text
    assert not sbatch.pwned
    assert sbatch.process_env()["PATH"] == sbatch.shim_path


async def test_job_environment_reaches_the_job_only(shim: Shim, sbatch: Sbatch) -> None:
    environment = ["PATH=/opt/job/bin:/usr/bin:/bin", "FOO=a b,c $(id) 'q' \"dq\"", "PYTHONPATH=/x"]
    r = await post(shim, SUBMIT, environment)
    assert r.status_code == 200 and r.json()["job_id"] == 77, r.text
    process = sbatch.process_env()
    assert "FOO" not in process and "PYTHONPATH" not in process
    assert process["PATH"] == sbatch.shim_path
    assert sbatch.export_file() == environment  # exactly the job's environment, unexpanded
    assert (sbatch.record / "stdin").read_text() == SCRIPT  # the script as written
    argv = (sbatch.record / "argv").read_text().splitlines()
    assert argv[0].startswith("--export-file=") and argv[1] == "--parsable"


REFUSED = ["LD_PRELOAD", "LD_LIBRARY_PATH", "LD_AUDIT", "SLURM_CONF", "SLURM_JWT", "SBATCH_EXPORT",
           "SBATCH_PARTITION", "SALLOC_ACCOUNT", "SRUN_CPUS_PER_TASK", "SQUEUE_FORMAT", "BASH_ENV",
           "ENV", "IFS", "GCONV_PATH", "MALLOC_CHECK_", "GLIBC_TUNABLES", "HOSTALIASES"]  # fmt: skip


@pytest.mark.parametrize("name", REFUSED)
async def test_refused_variables_get_400_naming_them(shim: Shim, sbatch: Sbatch, name) -> None:
    for url in (SUBMIT, ESTIMATE):
        r = await post(shim, url, ["PATH=/usr/bin:/bin", f"{name}=/tmp/x"])
        assert r.status_code == 400, (url, r.text)
        assert f"job.environment: {name} is refused" in description(r)
    assert not sbatch.ran


@pytest.mark.parametrize("name", ["LD_PRELOAD", "SLURM_CONF", "SBATCH_EXPORT", "BASH_ENV"])
async def test_submit_tool_refuses_them_before_any_request(name) -> None:
    from fastmcp import Client
    from fastmcp.exceptions import ToolError

    from labgate.config import load
    from labgate.server import create

    env = {"HOME": "/nonexistent", "LABGATE_SLURM_URL": "http://127.0.0.1:9",
           "SLURM_JWT": "unused", "LABGATE_SLURM_USER": "root"}  # fmt: skip
    mcp, _ = create(load(env=env, toolsets=("slurm",), allow_write=True))
    args = {"script": "#!/bin/bash\ntrue\n", "env": {"OK": "1", name: "/tmp/x"}}
    async with Client(mcp) as c:
        with pytest.raises(ToolError, match=f"env.{name}") as err:
            await c.call_tool("slurm_submit_job", args)
    assert "refused in a job environment" in str(err.value)  # not "cannot reach": no request


# ---------------------------------------------------------------- the real cluster


@pytest.mark.live
def test_live_environment_reaches_the_job(slurm_shim, slurm_cluster, tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    out = tmp_path / "env.out"
    job = {"name": "lg-sec-env", "current_working_directory": str(tmp_path),
           "standard_output": str(out), "script": "#!/bin/sh\nenv\n",
           "environment": ["PATH=/opt/lg-job/bin:/usr/bin:/bin", "LG_FOO=a b,c $(id)"]}  # fmt: skip
    headers = {"X-SLURM-USER-NAME": slurm_shim.user, "X-SLURM-USER-TOKEN": slurm_shim.token}
    with httpx.Client(base_url=slurm_shim.url, headers=headers, trust_env=False, timeout=30) as c:
        refused = c.post(f"{V}/job/submit", json={"job": {**job, "environment": ["LD_PRELOAD=/x"]}})
        sub = c.post(f"{V}/job/submit", json={"job": job})
    assert refused.status_code == 400 and "LD_PRELOAD" in description(refused)
    assert sub.status_code == 200, sub.text
    state, code, _ = slurm_cluster.wait_done(sub.json()["job_id"])
    assert (state, code) == ("COMPLETED", "0:0")
    lines = out.read_text().splitlines()
    assert "LG_FOO=a b,c $(id)" in lines and "PATH=/opt/lg-job/bin:/usr/bin:/bin" in lines

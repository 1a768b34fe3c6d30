"""Attacks on the shim's output tail (`GET /labgate/v1/job/{id}/output`, what
`slurm_get_job(output="stdout")` reads). A job's StdOut is chosen by whoever submits it
(`standard_output`, `#SBATCH --output=`), so a job can point it at any file the shim can read.

Fake `scontrol` (and `ssh`, which runs the remote command locally) on a PATH the test
controls, with the real shim in-process or as `labgate slurm-shim`; the last test submits real
jobs to the local Slurm 22.05 cluster (LABGATE_LIVE_SLURM=1).
"""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import httpx
import pytest

from labgate.shim.handlers import Shim
from tests.security.shim_fakes import (
    ME,
    TOKEN,
    FakeSlurm,
    V,
    client,
    description,
    shim_process,
)

OUTPUT = "/labgate/v1/job/{}/output"
as_root = pytest.mark.skipif(os.geteuid() != 0, reason="needs root (chown, other users' files)")


@pytest.fixture
def slurm(tmp_path: Path) -> FakeSlurm:
    return FakeSlurm(tmp_path / "slurm")


@pytest.fixture(params=["local", "ssh"])
def shim(request, slurm: FakeSlurm) -> Shim:
    return Shim(slurm.runner(ssh=request.param == "ssh"), ME)


async def tail(shim: Shim, job_id: str) -> httpx.Response:
    async with client(shim) as c:
        return await c.get(OUTPUT.format(job_id))


def own_file(path: Path, text: str = "job output\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


async def test_own_job_own_file_is_served(shim: Shim, slurm: FakeSlurm, tmp_path: Path) -> None:
    out = own_file(tmp_path / "work" / "job.out", "hello\n")
    r = await tail(shim, slurm.job(out))
    assert r.status_code == 200, r.text
    assert r.json()["text"] == "hello\n"


@pytest.mark.parametrize("path", ["/proc/self/environ", "//proc/self/environ", "/proc/self/status"])
async def test_proc_is_never_served(shim: Shim, slurm: FakeSlurm, path: str) -> None:
    r = await tail(shim, slurm.job(path))
    assert r.status_code == 400, r.text
    assert "PATH=" not in r.text and "Pid:" not in r.text
    assert "/proc" in description(r)


async def test_shim_process_does_not_serve_its_own_environment(slurm: FakeSlurm) -> None:
    """The issue's attack: the shim's environment holds its token."""
    job_id = slurm.job("/proc/self/environ")
    with shim_process(slurm.env) as (url, _):
        headers = {"X-SLURM-USER-NAME": ME, "X-SLURM-USER-TOKEN": TOKEN}
        r = httpx.get(url + OUTPUT.format(job_id), headers=headers, trust_env=False)
    assert r.status_code == 400, r.text
    assert TOKEN not in r.text and "SHIM_TOKEN_T" not in r.text


async def test_symlinked_directory_is_refused(shim: Shim, slurm: FakeSlurm, tmp_path: Path) -> None:
    own_file(tmp_path / "real" / "job.out", "not through a link\n")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "proc").symlink_to("/proc/self")
    for path in (tmp_path / "link" / "job.out", tmp_path / "proc" / "environ"):
        r = await tail(shim, slurm.job(path))
        assert r.status_code == 400, (path, r.text)
        assert "refusing" in description(r)
        assert "not through a link" not in r.text and "PATH=" not in r.text


async def test_the_shims_own_state_is_never_served(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path, monkeypatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("LABGATE_CONFIG", str(tmp_path / "etc" / "labgate.toml"))
    secrets = [
        own_file(home / ".ssh" / "id_ed25519", "PRIVATE KEY\n"),
        own_file(home / ".config" / "labgate" / "labgate.toml", "token = 'x'\n"),
        own_file(tmp_path / "etc" / "labgate.toml", "token = 'y'\n"),
    ]
    for path in secrets:
        r = await tail(shim, slurm.job(path))
        assert r.status_code == 400, (path, r.text)
        assert "never serves" in description(r)
        assert "PRIVATE KEY" not in r.text and "token" not in r.text


async def test_hard_link_to_a_refused_file_is_refused(
    shim: Shim, slurm: FakeSlurm, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    key = own_file(tmp_path / "home" / ".ssh" / "id_ed25519", "PRIVATE KEY\n")
    (tmp_path / "work").mkdir()
    os.link(key, tmp_path / "work" / "job.out")
    r = await tail(shim, slurm.job(tmp_path / "work" / "job.out"))
    assert r.status_code == 400 and "hard links" in description(r)
    assert "PRIVATE KEY" not in r.text


@as_root
async def test_other_users_jobs_get_403(shim: Shim, slurm: FakeSlurm, tmp_path: Path) -> None:
    out = own_file(tmp_path / "bob" / "job.out", "bob's results\n")
    os.chown(out, 4242, 4242)  # bob's job, bob's file: all consistent, just not ours
    for user, uid in (("bob", 4242), (ME, 4242)):
        r = await tail(shim, slurm.job(out, user=user, uid=uid))
        assert r.status_code == 403, (user, r.text)
        assert "bob's results" not in r.text


@as_root
async def test_root_job_is_not_served_to_another_shim_user(slurm: FakeSlurm, tmp_path) -> None:
    """A shim run by root for `--user nobody` must not hand out root's job output."""
    try:
        pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user nobody")
    out = own_file(tmp_path / "root" / "job.out", "root's results\n")
    r = await tail(Shim(slurm.runner(), "nobody"), slurm.job(out, user="root", uid=0))
    assert r.status_code == 403 and "root's results" not in r.text


@as_root
async def test_file_of_another_uid_is_refused(shim: Shim, slurm: FakeSlurm, tmp_path: Path) -> None:
    out = own_file(tmp_path / "work" / "job.out", "someone else's\n")
    os.chown(out, 4242, 4242)
    r = await tail(shim, slurm.job(out))
    assert r.status_code == 400 and "not owned" in description(r)
    assert "someone else's" not in r.text


async def test_output_roots_restrict_the_tail(slurm: FakeSlurm, tmp_path: Path) -> None:
    inside = own_file(tmp_path / "scratch" / "job.out", "inside\n")
    outside = own_file(tmp_path / "elsewhere" / "job.out", "NOT-UNDER-THE-ROOTS\n")
    ids = slurm.job(inside), slurm.job(outside)
    roots = f"{tmp_path / 'home'},{tmp_path / 'scratch'}"
    headers = {"X-SLURM-USER-NAME": ME, "X-SLURM-USER-TOKEN": TOKEN}
    with shim_process(slurm.env, "--output-roots", roots) as (url, _):
        ok, refused = (
            httpx.get(url + OUTPUT.format(i), headers=headers, trust_env=False) for i in ids
        )
    assert ok.status_code == 200 and ok.json()["text"] == "inside\n"
    assert refused.status_code == 400 and "--output-roots" in description(refused)
    assert "NOT-UNDER-THE-ROOTS" not in refused.text


# ---------------------------------------------------------------- the real cluster


@pytest.mark.live
@pytest.mark.parametrize("where", ["standard_output", "#SBATCH"])
def test_live_job_writing_to_proc_is_not_served(slurm_shim, slurm_cluster, where) -> None:
    script = "#!/bin/sh\ntrue\n"
    job = {"name": "lg-sec-proc", "environment": ["PATH=/usr/bin:/bin"],
           "current_working_directory": "/tmp"}  # fmt: skip
    if where == "#SBATCH":
        script = "#!/bin/sh\n#SBATCH --output=/proc/self/environ\ntrue\n"
    else:
        job["standard_output"] = "/proc/self/environ"
    headers = {"X-SLURM-USER-NAME": slurm_shim.user, "X-SLURM-USER-TOKEN": slurm_shim.token}
    with httpx.Client(base_url=slurm_shim.url, headers=headers, trust_env=False, timeout=30) as c:
        sub = c.post(f"{V}/job/submit", json={"job": {**job, "script": script}})
        assert sub.status_code == 200, sub.text
        job_id = sub.json()["job_id"]
        shown = slurm_cluster.run("scontrol", "show", "job", "-o", str(job_id)).stdout
        assert "StdOut=/proc/self/environ" in shown  # the attack is in place
        r = c.get(OUTPUT.format(job_id))
    assert r.status_code == 400, r.text
    assert "/proc" in description(r) and "PATH=" not in r.text

"""Fake Slurm binaries on a PATH the test controls, a fake `ssh` that runs the remote command
with a local shell, and the real shim around them: in-process (httpx over ASGI) or as the
`labgate slurm-shim` command in a subprocess."""

from __future__ import annotations

import os
import pwd
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from labgate.shim.app import create_app
from labgate.shim.handlers import Shim
from labgate.shim.runner import Runner
from tests.conftest import free_port, wait_http

ME = pwd.getpwuid(os.getuid()).pw_name
UID = os.getuid()
TOKEN = "security-test-shim-token"
V = "/slurm/v0.0.42"
# What `ssh host -- REMOTE` does on the login node: the user's shell runs REMOTE.
FAKE_SSH = 'while [ "$1" != "--" ]; do shift; done\nshift\nexec sh -c "$1"\n'
SHOW_JOB = (
    "JobId={id} JobName=x UserId={user}({uid}) GroupId=g(0) JobState=COMPLETED Partition=debug "
    "WorkDir=/tmp StdErr={out} StdIn=/dev/null StdOut={out} Power= \n"
)


def fake_bin(bin_dir: Path, name: str, body: str) -> Path:
    bin_dir.mkdir(parents=True, exist_ok=True)
    path = bin_dir / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


class FakeSlurm:
    """`scontrol show job -o ID` prints the record `job()` wrote for ID; `ssh` runs locally."""

    def __init__(self, root: Path):
        self.bin, self.jobs = root / "bin", root / "jobs"
        self.jobs.mkdir(parents=True)
        fake_bin(self.bin, "scontrol", f'cat "{self.jobs}/$4" 2>/dev/null || exit 1\n')
        fake_bin(self.bin, "ssh", FAKE_SSH)
        self.count = 100

    @property
    def env(self) -> dict[str, str]:
        return {"PATH": f"{self.bin}:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/")}

    def job(self, out: str | Path, user: str = ME, uid: int = UID) -> str:
        self.count += 1
        record = SHOW_JOB.format(id=self.count, user=user, uid=uid, out=out)
        (self.jobs / str(self.count)).write_text(record)
        return str(self.count)

    def runner(self, ssh: bool = False) -> Runner:
        return Runner(ssh=f"{ME}@login" if ssh else None, base_env=self.env)


def client(shim: Shim) -> httpx.AsyncClient:
    headers = {"X-SLURM-USER-NAME": shim.user, "X-SLURM-USER-TOKEN": TOKEN}
    transport = httpx.ASGITransport(app=create_app(shim, TOKEN))
    return httpx.AsyncClient(transport=transport, base_url="http://shim", headers=headers)


def description(response: httpx.Response) -> str:
    return response.json()["errors"][0]["description"]


@contextmanager
def shim_process(env: dict[str, str], *args: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """`labgate slurm-shim` for user ME with `env` (plus the test's PYTHONPATH): URL, process."""
    port = free_port()
    pythonpath = {"PYTHONPATH": os.environ["PYTHONPATH"]} if "PYTHONPATH" in os.environ else {}
    proc = subprocess.Popen(
        [sys.executable, "-m", "labgate", "slurm-shim", "--listen", f"127.0.0.1:{port}",
         "--token-env", "SHIM_TOKEN_T", "--user", ME, *args],
        env={**env, **pythonpath, "SHIM_TOKEN_T": TOKEN},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_http(f"http://127.0.0.1:{port}/openapi.json", timeout=30, proc=proc)
        yield f"http://127.0.0.1:{port}", proc
    finally:
        proc.terminate()
        proc.wait(10)

"""Run one Slurm CLI command as an argv list: locally, or over ssh on a login node.

Locally the argv goes straight to exec (no shell). Over ssh the remote side always runs a
shell, so every element is quoted with `shlex.quote` and the command is passed after `--`.

The processes get the shim's own fixed environment (`PASSED_ENV` from the shim's, nothing
else): a job's environment never becomes the environment of `sbatch`, where PATH would pick
the binary and LD_*, SLURM_*, SBATCH_* would change what runs. It reaches the job only, as
`sbatch --export-file=<fd>` (NUL-separated NAME=value): locally from an unlinked 0600 temp
file passed as an fd; over ssh the remote shell pipes `printf '%s\\0' ...` into fd 3. Chosen
over a script preamble of `export` lines because it is Slurm's own mechanism: it works for any
interpreter (`#!/usr/bin/env python3` too), leaves the script and its `#SBATCH` block as
written, and the job's environment is exactly `job.environment`, as with slurmrestd.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

DEFAULT_TIMEOUT = 30.0
# The only variables the CLI processes get, all from the shim's own environment.
PASSED_ENV = ("PATH", "SLURM_CONF", "HOME", "USER", "LOGNAME", "LANG", "TZ")
REMOTE_EXPORT_FD = 3


@dataclass
class Result:
    argv: list[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def error_text(self) -> str:
        text = (self.stderr or self.stdout).strip()
        return text[-2000:] or f"{self.argv[0]} exited with status {self.returncode}"


class CommandTimeout(RuntimeError):
    pass


def export_data(job_env: dict[str, str]) -> bytes:
    return b"".join(f"{k}={v}".encode() + b"\0" for k, v in job_env.items())


def with_export_file(argv: list[str], fd: int) -> list[str]:
    return [argv[0], f"--export-file={fd}", *argv[1:]]


@contextmanager
def export_file(job_env: dict[str, str]) -> Iterator[int]:
    """An fd to read `job_env` from: a temp file that has no name left to open."""
    with tempfile.TemporaryFile() as f:
        f.write(export_data(job_env))
        f.flush()
        f.seek(0)
        yield f.fileno()


class Runner:
    """`await runner.run(["sbatch", ...], stdin=script, job_env={...})` → Result."""

    def __init__(
        self, ssh: str | None = None, timeout: float = DEFAULT_TIMEOUT, base_env: dict | None = None
    ):
        self.ssh = ssh
        self.timeout = timeout
        self.base_env = os.environ if base_env is None else base_env

    def command(self, argv: list[str], job_env: dict[str, str] | None = None) -> list[str]:
        """The ssh argv running `argv` on the login node (locally: `argv` itself)."""
        if not self.ssh:
            return list(argv)
        remote = shlex.join(argv)
        if job_env:
            items = shlex.join(f"{k}={v}" for k, v in job_env.items())
            sbatch = shlex.join(with_export_file(argv, REMOTE_EXPORT_FD))
            # fd 4 keeps ssh's stdin (the script) while the pipe becomes sbatch's fd 3.
            piped = f"{{ printf '%s\\0' {items} | {sbatch} 3<&0 0<&4 4<&-; }} 4<&0"
            remote = shlex.join(["sh", "-c", piped])
        return ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", self.ssh, "--", remote]

    def environment(self) -> dict[str, str]:
        return {k: self.base_env[k] for k in PASSED_ENV if k in self.base_env}

    async def run(
        self, argv: list[str], stdin: str | None = None, job_env: dict[str, str] | None = None
    ) -> Result:
        """`job_env`, for sbatch only, is the job's environment (`--export-file`)."""
        if job_env and not self.ssh:
            with export_file(job_env) as fd:
                return await self.exec(argv, with_export_file(argv, fd), stdin, (fd,))
        return await self.exec(argv, self.command(argv, job_env), stdin, ())

    async def exec(
        self, argv: list[str], cmd: list[str], stdin: str | None, pass_fds: tuple[int, ...]
    ) -> Result:
        proc = await asyncio.create_subprocess_exec(
            *cmd,
            stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.environment(),
            pass_fds=pass_fds,
        )
        try:
            out, err = await asyncio.wait_for(
                proc.communicate(stdin.encode() if stdin is not None else None), self.timeout
            )
        except TimeoutError:
            proc.kill()
            await proc.wait()
            raise CommandTimeout(f"{argv[0]} did not finish within {self.timeout:.0f} s") from None
        return Result(
            list(argv),
            proc.returncode or 0,
            out.decode("utf-8", "replace"),
            err.decode("utf-8", "replace"),
        )

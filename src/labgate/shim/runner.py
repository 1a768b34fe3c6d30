"""Run one Slurm CLI command as an argv list: locally, or over ssh on a login node.

Locally the argv goes straight to exec (no shell). Over ssh the remote side always runs a
shell, so every element is quoted with `shlex.quote` and the command is passed after `--`.
"""

from __future__ import annotations

import asyncio
import os
import shlex
from dataclasses import dataclass

DEFAULT_TIMEOUT = 30.0
# Variables the CLI needs locally; everything else (tokens included) stays out of jobs.
PASSED_ENV = ("PATH", "SLURM_CONF", "HOME", "USER", "LOGNAME", "LANG", "TZ")


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


class Runner:
    """`await runner.run(["squeue", "--json"], stdin=None, env={})` → Result."""

    def __init__(
        self, ssh: str | None = None, timeout: float = DEFAULT_TIMEOUT, base_env: dict | None = None
    ):
        self.ssh = ssh
        self.timeout = timeout
        self.base_env = os.environ if base_env is None else base_env

    def command(self, argv: list[str], env: dict[str, str] | None = None) -> list[str]:
        if not self.ssh:
            return list(argv)
        remote = shlex.join(["env", *(f"{k}={v}" for k, v in (env or {}).items()), *argv])
        return ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", self.ssh, "--", remote]

    def environment(self, env: dict[str, str] | None) -> dict[str, str]:
        base = {k: self.base_env[k] for k in PASSED_ENV if k in self.base_env}
        return base if self.ssh else {**base, **(env or {})}

    async def run(
        self, argv: list[str], stdin: str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        cmd = self.command(argv, env)
        proc = await asyncio.create_subprocess_exec(
            *cmd,
            stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self.environment(env),
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

"""Which variables a job's environment may set: one rule for the shim and labgate's submit tool.

A job's environment reaches the job only (sbatch `--export-file`), never the Slurm commands
the shim runs. Even so, some variables are refused: inside the job they change how Slurm's
own commands (`srun`, nested `sbatch`, ...), the dynamic loader or the shell that starts the
batch script behave, which is not what a job description is for. `REFUSED` lists them, a
trailing `*` meaning "every name starting with":

- Slurm: `SLURM*` (SLURM_CONF, SLURM_JWT, SLURMD_*, ...), `_SLURM*` (SPANK options), `SPANK_*`
  and the input variables of every Slurm command (`SBATCH_*`, `SALLOC_*`, `SRUN_*`,
  `SQUEUE_*`, `SINFO_*`, `SACCT*`, `SCONTROL_*`, `SCANCEL_*`, `SSHARE_*`, `SSTAT_*`).
- The loader and libc: glibc's list of variables it ignores for setuid programs
  (`LD_*`, `GCONV_PATH`, `GETCONF_DIR`, `GLIBC_TUNABLES`, `HOSTALIASES`, `LOCALDOMAIN`,
  `LOCPATH`, `MALLOC_*`, `NIS_PATH`, `NLSPATH`, `RESOLV_HOST_CONF`, `RES_OPTIONS`, `TZDIR`),
  except `TMPDIR`, which is the job's scratch directory and legitimately set by jobs.
- The shell that runs the script: `BASH_ENV`, `ENV` (a file sourced before the script),
  `SHELLOPTS`, `BASHOPTS`, `IFS`, `PS4`; exported functions (`BASH_FUNC_*`) cannot pass the
  name check anyway.

Not refused: `PATH`, `PYTHON*`, `HOME`, ... — they are the job's business, and reach the job.
"""

from __future__ import annotations

import re

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")
REFUSED = (
    "SLURM*", "_SLURM*", "SPANK_*", "SBATCH_*", "SALLOC_*", "SRUN_*", "SQUEUE_*", "SINFO_*",
    "SACCT*", "SCONTROL_*", "SCANCEL_*", "SSHARE_*", "SSTAT_*",
    "LD_*", "GCONV_PATH", "GETCONF_DIR", "GLIBC_TUNABLES", "HOSTALIASES", "LOCALDOMAIN",
    "LOCPATH", "MALLOC_*", "NIS_PATH", "NLSPATH", "RESOLV_HOST_CONF", "RES_OPTIONS", "TZDIR",
    "BASH_ENV", "ENV", "SHELLOPTS", "BASHOPTS", "IFS", "PS4",
)  # fmt: skip
_PREFIXES = tuple(p[:-1] for p in REFUSED if p.endswith("*"))
_NAMES = frozenset(p for p in REFUSED if not p.endswith("*"))


REFUSAL = "refused in a job environment: it changes how Slurm, the loader or the shell behave"


def refused(name: str) -> bool:
    return name in _NAMES or name.startswith(_PREFIXES)


def name_problem(name: str) -> str | None:
    """Why `name` cannot be set in a job's environment, or None when it can."""
    if not NAME.fullmatch(name):
        return "not a valid variable name"
    return REFUSAL if refused(name) else None

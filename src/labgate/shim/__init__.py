"""`labgate slurm-shim`: the slurmrestd v0.0.42 API subset labgate uses, served over the Slurm CLI.

Most clusters run no slurmrestd; many run an older Slurm whose `--json` output has the v0.0.38
layout. The shim runs the CLI (`squeue/sinfo/sacct --json`, `scontrol show -o`, `sdiag`,
`sshare -P`, `sbatch --parsable`, `scancel`) locally or over `ssh` to a login node, always
with argv lists (never a local shell), and answers in v0.0.42 shapes that validate against
SchedMD's schemas. Its API document is generated (`generated/slurm_shim/openapi.json`, from
`specs/slurm_shim/`) and served at `/openapi.json`.

Modules: `runner` (argv → local process or ssh), `convert` (schema-driven v0.0.38 → v0.0.42
coercion, no_val structs, error skeletons), `cli22` (parsers for the CLI's text output),
`handlers` (one coroutine per operation), `output` (the path-checked stdout/stderr tail),
`jobenv` (which variables a job's environment may set; shared with `slurm_submit_job`),
`app` (starlette routing, auth, errors), `main` (the `labgate slurm-shim` command).
"""

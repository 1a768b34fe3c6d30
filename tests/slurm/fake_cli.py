"""A stand-in for the Slurm CLI: canned 22.05 output (the committed --json samples plus text
captured from the same cluster) keyed by argv, recording every argv the shim runs."""

from __future__ import annotations

import json
from pathlib import Path

from labgate.shim.runner import Result

SAMPLES = Path(__file__).resolve().parents[1] / "infra" / "slurm" / "samples"

PARTITIONS = (
    "PartitionName=debug AllowGroups=ALL AllowAccounts=ALL AllowQos=ALL AllocNodes=ALL Default=YES "
    "QoS=N/A DefaultTime=01:00:00 DisableRootJobs=NO ExclusiveUser=NO GraceTime=0 Hidden=NO "
    "MaxNodes=UNLIMITED MaxTime=UNLIMITED MinNodes=0 LLN=NO MaxCPUsPerNode=4 Nodes=vm "
    "PriorityJobFactor=1 PriorityTier=1 RootOnly=NO ReqResv=NO OverSubscribe=NO OverTimeLimit=NONE "
    "PreemptMode=OFF State=UP TotalCPUs=8 TotalNodes=1 SelectTypeParameters=NONE JobDefaults=(null) "
    "DefMemPerNode=UNLIMITED MaxMemPerNode=UNLIMITED TRES=cpu=8,mem=24105M,node=1,billing=8,gres/gpu=2\n"
    "PartitionName=gpu AllowGroups=ALL AllowAccounts=ALL AllowQos=ALL AllocNodes=ALL Default=NO "
    "QoS=N/A DefaultTime=01:00:00 MaxNodes=UNLIMITED MaxTime=2-00:00:00 MinNodes=0 "
    "MaxCPUsPerNode=4 Nodes=vm PriorityJobFactor=1 PriorityTier=1 State=UP TotalCPUs=8 "
    "TotalNodes=1 TRES=cpu=8,mem=24105M,node=1,billing=8,gres/gpu=2\n"
)
SDIAG = """*******************************************************
sdiag output at Sun Nov 22 04:09:41 2026 (1795320581)
Data since      Sun Nov 22 04:08:07 2026 (1795320487)
*******************************************************
Server thread count:  3
Agent queue size:     0
Jobs submitted: 4
Jobs started:   3
Jobs completed: 2
Jobs canceled:  1
Jobs failed:    1
Jobs pending:   0
Jobs running:   1

Main schedule statistics (microseconds):
\tLast cycle:   20
\tMax cycle:    39
"""
SSHARE = (
    "Account|User|RawShares|NormShares|RawUsage|NormUsage|EffectvUsage|FairShare|LevelFS|GrpTRESMins|TRESRunMins\n"
    "root||||0||0.000000||0.000000||cpu=0\n"
    " root|root|1||0||0.000000|0.500000|0.000000||cpu=0\n"
)
SHOW_JOB = (
    "JobId={id} JobName=wrap UserId={user}({uid}) GroupId=root(0) JobState=RUNNING Partition=debug "
    "WorkDir=/tmp StdErr={err} StdIn=/dev/null StdOut={out} Power= \n"
)


class FakeCli:
    """`runner.run(argv, stdin, job_env)` with canned answers; `calls` keeps (argv, stdin, job_env)."""

    ssh = None

    def __init__(self, show_job: dict[str, str] | None = None):
        self.calls: list[tuple[list[str], str | None, dict | None]] = []
        self.show_job = {
            "out": "/tmp/none.out",
            "err": "/tmp/none.out",
            "user": "root",
            "uid": "0",
            **(show_job or {}),
        }
        self.sacct_codes = {"20": "3:0|0:0"}

    async def run(self, argv, stdin=None, job_env=None) -> Result:
        assert isinstance(argv, list) and all(isinstance(a, str) for a in argv)
        self.calls.append((list(argv), stdin, job_env))
        return self.answer(list(argv), stdin)

    def sample(self, name: str) -> str:
        return (SAMPLES / name).read_text()

    def answer(self, argv: list[str], stdin: str | None) -> Result:
        ok = lambda out="", err="": Result(argv, 0, out, err)
        cmd = argv[0]
        if argv[:2] == ["squeue", "--json"]:
            return ok(self.sample("squeue.v0.0.38.json"))
        if argv[:2] == ["sinfo", "--json"]:
            return ok(self.sample("sinfo.v0.0.38.json"))
        if argv[:2] == ["sinfo", "--version"]:
            return ok("slurm 22.05.8\n")
        if argv[:2] == ["sacct", "--json"]:
            doc = json.loads(self.sample("sacct.dbv0.0.38.json"))
            if any(a.startswith("--jobs=") and a != "--jobs=20" for a in argv):
                doc["jobs"] = []
            return ok(json.dumps(doc))
        if cmd == "sacct":  # the text form, for exit codes
            jobs = next(a for a in argv if a.startswith("--jobs=")).split("=", 1)[1].split(",")
            return ok(
                "".join(f"{j}|{self.sacct_codes[j]}\n" for j in jobs if j in self.sacct_codes)
            )
        if argv[:2] == ["scontrol", "ping"]:
            return ok("Slurmctld(primary) at vm is UP\n")
        if argv[:3] == ["scontrol", "show", "partition"]:
            if len(argv) > 4:
                lines = [ln for ln in PARTITIONS.splitlines() if f"PartitionName={argv[4]} " in ln]
                return (
                    ok("\n".join(lines)) if lines else Result(argv, 1, "", "Partition not found\n")
                )
            return ok(PARTITIONS)
        if argv[:3] == ["scontrol", "show", "reservation"]:
            return ok("No reservations in the system\n")
        if argv[:3] == ["scontrol", "show", "job"]:
            if argv[-1] == "999":
                return Result(argv, 1, "", "slurm_load_jobs error: Invalid job id specified\n")
            return ok(SHOW_JOB.format(id=argv[-1], **self.show_job))
        if cmd == "sdiag":
            return ok(SDIAG)
        if cmd == "sshare":
            return ok(SSHARE)
        if cmd == "scancel":
            if argv[-1] == "999":
                return Result(
                    argv,
                    1,
                    "",
                    "scancel: error: Kill job error on job id 999: Invalid job id specified\n",
                )
            return ok()
        if argv[:2] == ["sbatch", "--parsable"]:
            if any(a == "--partition=nope" for a in argv):
                return Result(argv, 1, "", "sbatch: error: invalid partition specified: nope\n")
            return ok("77\n")
        if argv[:2] == ["sbatch", "--test-only"]:
            part = next((a.split("=", 1)[1] for a in argv if a.startswith("--partition=")), "debug")
            return ok(
                "",
                f"sbatch: Job 78 to start at 2026-11-22T05:00:00 using 1 processors on nodes vm in partition {part}\n",
            )
        return Result(argv, 127, "", f"{cmd}: not faked\n")

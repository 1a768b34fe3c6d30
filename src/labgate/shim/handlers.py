"""One coroutine per served operation: CLI argv in, v0.0.42 document out."""

from __future__ import annotations

import re
import time
from typing import Any

import orjson

from labgate.shim import cli22, jobenv
from labgate.shim.convert import SKIP, Schemas, no_val
from labgate.shim.runner import Result, Runner

# What the Slurm CLI prints when it refuses a value it was given (sacct --user=nobody,
# --state=bogus) or a filter this Slurm's CLI does not have (22.05's sacct: --reservation).
BAD_VALUE = re.compile(
    r"\bInvalid (user|group|account|partition|qos|wckey|cluster|node)\w*\b"
    r"|unrecognized (option|job state)",
    re.I,
)

JOB_INFO = "v0.0.42_job_info"
DB_JOB = "v0.0.42_job"
NODE = "v0.0.42_node"
PARTITION = "v0.0.42_partition_info"
SACCT_CHUNK = 200


class ShimError(Exception):
    """An error answered as HTTP `status` with slurmrestd's `errors[]`."""

    def __init__(self, status: int, message: str, source: str = "labgate-shim"):
        super().__init__(message)
        self.status, self.message, self.source = status, message, source


def check_job_id(value: str) -> str:
    if not cli22.JOB_ID.fullmatch(value or ""):
        raise ShimError(400, f"invalid job id {value[:40]!r}: expected digits, e.g. 123 or 123_4")
    return value


def check_name(value: str, what: str) -> str:
    if not cli22.NAME.fullmatch(value or ""):
        raise ShimError(400, f"invalid {what} {value[:40]!r}: letters, digits, '.', '_', '-' only")
    return value


def check_value(value: Any, what: str) -> str:
    text = str(value)
    if (
        cli22.SHELL_META.search(text)
        or ".." in text.split("/")
        or not cli22.SAFE_VALUE.fullmatch(text)
    ):
        raise ShimError(400, f"invalid {what} {text[:40]!r}: shell metacharacters or '..' refused")
    return text


class Shim:
    def __init__(
        self,
        runner: Runner,
        user: str,
        schemas: Schemas | None = None,
        output_roots: tuple[str, ...] = (),
    ):
        self.runner = runner
        self.user = user
        self.schemas = schemas or Schemas()
        self.release: dict[str, Any] = {}
        self.output_roots = output_roots  # output tails only under these (empty: anywhere allowed)
        self.uid: int | None = None  # the user's uid where the output files are (output.user_uid)

    # -- plumbing ----------------------------------------------------------------------
    async def cli(self, argv: list[str]) -> Result:
        res = await self.runner.run(argv)
        if not res.ok:
            text = res.error_text()
            # the CLI refused a value the client gave (a user, account... that does not exist):
            # the client's error, not the shim's
            status = 400 if BAD_VALUE.search(text) else 502
            raise ShimError(status, f"{' '.join(argv[:2])}: {text}", source=argv[0])
        return res

    async def cli_json(self, argv: list[str]) -> dict[str, Any]:
        res = await self.cli(argv)
        try:
            doc = orjson.loads(res.stdout)
        except orjson.JSONDecodeError:
            raise ShimError(502, f"{argv[0]} printed no JSON", source=argv[0]) from None
        slurm = (doc.get("meta") or {}).get("Slurm") or {}
        if slurm:
            self.release = slurm
        return doc

    def meta(self, command: list[str] | None = None) -> dict[str, Any]:
        v = self.release.get("version") or {}
        return {
            "plugin": {"type": "openapi/labgate-shim", "name": "labgate Slurm shim",
                       "data_parser": "data_parser/v0.0.42"},
            "client": {"source": "labgate-shim", "user": self.user},
            "command": command or [],
            "slurm": {"version": {k: str(v.get(k, "")) for k in ("major", "minor", "micro")},
                      "release": str(self.release.get("release", ""))},
        }  # fmt: skip

    def wrap(self, body: dict[str, Any], command: list[str] | None = None) -> dict[str, Any]:
        return {**body, "meta": self.meta(command), "errors": [], "warnings": []}

    # -- slurmctld ---------------------------------------------------------------------
    async def version(self) -> None:
        """Fill `release` (meta.slurm) once, from `sinfo --version` (`slurm 22.05.8`)."""
        if self.release:
            return
        res = await self.runner.run(["sinfo", "--version"])
        release = res.stdout.strip().rpartition(" ")[2]
        parts = release.split(".")
        if res.ok and len(parts) == 3:
            self.release = {
                "release": release,
                "version": dict(zip(("major", "minor", "micro"), parts, strict=True)),
            }

    async def native(self) -> bool:
        """Slurm 24.11 and newer print v0.0.42 themselves (`--json=v0.0.42`): their documents
        are passed through; older CLIs (22.05 prints v0.0.38) are translated."""
        await self.version()
        v = self.release.get("version") or {}
        major, minor = str(v.get("major", "")), str(v.get("minor", ""))
        return major.isdigit() and minor.isdigit() and (int(major), int(minor)) >= (24, 11)

    async def cli_v42(self, argv: list[str]) -> dict[str, Any] | None:
        """`argv` with `--json=v0.0.42` (the CLI's own v0.0.42 document) on a native CLI."""
        if not await self.native():
            return None
        return await self.cli_json([argv[0], "--json=v0.0.42", *argv[1:]])

    async def ping(self) -> dict[str, Any]:
        await self.version()
        t0 = time.perf_counter()
        res = await self.runner.run(["scontrol", "ping"])
        latency = int((time.perf_counter() - t0) * 1e6)
        pings = []
        for line in res.stdout.splitlines():
            # "Slurmctld(primary) at vm is UP"
            if " at " in line and " is " in line:
                mode = line.split("(", 1)[1].split(")", 1)[0] if "(" in line else "primary"
                host = line.split(" at ", 1)[1].split(" is ", 1)[0]
                up = line.rstrip().endswith("UP")
                pings.append({"hostname": host, "pinged": "UP" if up else "DOWN",
                              "responding": up, "latency": latency, "mode": mode,
                              "primary": mode == "primary"})  # fmt: skip
        if not pings:
            raise ShimError(502, f"scontrol ping: {res.error_text()}", source="scontrol")
        return self.wrap({"pings": pings}, ["scontrol", "ping"])

    async def diag(self) -> dict[str, Any]:
        if (doc := await self.cli_v42(["sdiag"])) is not None:
            stats = self.schemas.coerce(doc.get("statistics") or {}, "v0.0.42_stats_msg")
            return self.wrap({"statistics": stats}, ["sdiag", "--json=v0.0.42"])
        res = await self.cli(["sdiag"])
        stats = self.schemas.coerce(cli22.sdiag(res.stdout), "v0.0.42_stats_msg")
        return self.wrap({"statistics": stats}, ["sdiag"])

    def job_info(self, j: dict[str, Any]) -> dict[str, Any]:
        out = self.schemas.coerce(j, JOB_INFO)
        if isinstance(j.get("exit_code"), dict):  # native v0.0.42: nothing to translate
            if j.get("job_resources") is None:
                out.pop("job_resources", None)  # null from 24.11 (see tests/infra/README.md)
            return out
        out["exit_code"] = cli22.wait_status(j.get("exit_code"))
        out["derived_exit_code"] = cli22.wait_status(j.get("derived_exit_code"))
        res = j.get("job_resources") or {}
        if res.get("nodes"):
            out["job_resources"] = {
                "select_type": [],
                "nodes": {"count": int(res.get("allocated_hosts") or 0), "list": res["nodes"]},
                "cpus": int(res.get("allocated_cores") or 0),
                "threads_per_core": no_val(None),
            }
        else:
            out.pop("job_resources", None)
        return out

    async def squeue(self) -> list[dict[str, Any]]:
        # 22.05 ignores every squeue filter with --json: callers filter.
        # 24.11 honours filters: --states=all lists finished jobs too, as slurmrestd does.
        doc = await self.cli_v42(["squeue", "--states=all"])
        doc = doc or await self.cli_json(["squeue", "--json"])
        return doc.get("jobs") or []

    def jobs_body(self, jobs: list[dict[str, Any]]) -> dict[str, Any]:
        now = int(time.time())
        return self.wrap(
            {"jobs": [self.job_info(j) for j in jobs], "last_backfill": no_val(None),
             "last_update": no_val(now)},
            ["squeue", "--json"],
        )  # fmt: skip

    async def jobs(self) -> dict[str, Any]:
        return self.jobs_body(await self.squeue())

    async def job(self, job_id: str) -> dict[str, Any]:
        check_job_id(job_id)
        base, _, task = job_id.partition("_")
        found = [
            j for j in await self.squeue()
            if str(j.get("job_id")) == base
            or (str(j.get("array_job_id")) == base and (not task or str(j.get("array_task_id")) == task))
        ]  # fmt: skip
        if not found:
            raise ShimError(404, f"job {job_id} is not in the queue (finished jobs: slurmdb)")
        return self.jobs_body(found)

    async def cancel(self, job_id: str, signal: str | None) -> dict[str, Any]:
        check_job_id(job_id)
        argv = ["scancel"]
        if signal:
            argv.append(f"--signal={check_value(signal, 'signal')}")
        argv.append(job_id)
        res = await self.runner.run(argv)
        if not res.ok:
            status = 404 if "Invalid job id" in res.error_text() else 502
            raise ShimError(status, f"scancel: {res.error_text()}", source="scancel")
        item = {"job_id": no_val(int(job_id.split("_")[0])), "step_id": "",
                "error": {"string": "", "code": 0, "message": res.stderr.strip()}}  # fmt: skip
        return self.wrap({"status": [item]}, argv)

    async def cancel_jobs(self, body: Any) -> dict[str, Any]:
        """DELETE /jobs (slurmrestd's kill_jobs_msg): the listed `jobs`, or the queued jobs
        matching the filters (compared here with squeue's records: filter values never reach
        a command line), cancelled by one `scancel -v <ids>`. As slurmrestd, `status` lists
        only the jobs Slurm refused, `step_id` being the id as sent."""
        if not isinstance(body, dict):
            raise ShimError(400, "the request body must be a JSON object (kill_jobs_msg)")
        unknown = sorted(set(body) - {"jobs", "signal", "flags", *KILL_FILTERS})
        if unknown:
            raise ShimError(400, f"{unknown[0]} is not supported by the labgate shim")
        if body.get("flags"):
            raise ShimError(400, "flags are not supported by the labgate shim")
        jobs, filters = body.get("jobs") or [], kill_filters(body)
        if not isinstance(jobs, list) or len(jobs) > MAX_KILL:
            raise ShimError(400, f"jobs must be a list of at most {MAX_KILL} job ids")
        if jobs and filters:
            raise ShimError(400, "give jobs or filters, not both (labgate shim)")
        if not jobs and not filters:
            raise ShimError(
                400, "name the jobs, or at least one filter: refusing to signal every job"
            )
        for j in jobs:
            if not isinstance(j, str) or not (
                cli22.JOB_ID.fullmatch(j) or ARRAY_RANGE.fullmatch(j)
            ):
                raise ShimError(
                    400, f"invalid job id {str(j)[:40]!r}: expected 123, 123_4 or 123_[1-3,7]"
                )
        targets = list(jobs) if jobs else [
            t for j in await self.squeue() if kill_match(j, filters) and (t := kill_target(j))
        ]  # fmt: skip
        argv = ["scancel", "-v"]
        if body.get("signal"):
            argv.append(f"--signal={check_value(body['signal'], 'signal')}")
        if not targets:
            return self.wrap({"status": []}, argv)
        argv += list(dict.fromkeys(targets))
        res = await self.runner.run(argv)
        refused = {m["id"]: m["why"].strip() for m in KILL_ERROR.finditer(res.stderr)}
        if not res.ok and not refused:
            raise ShimError(502, f"scancel: {res.error_text()}", source="scancel")
        status = [
            {"error": {"string": why, "code": KILL_CODES.get(why, 1), "message": why},
             "step_id": sent, "federation": {"sibling": ""},
             "job_id": no_val(None if why == KILL_CODES_INVALID else int(sent.split("_")[0]))}
            for sent in argv[2:] if (why := refused.get(sent)) is not None
        ]  # fmt: skip
        return self.wrap({"status": status}, argv)

    # -- nodes and partitions -----------------------------------------------------------
    async def sinfo_nodes(self) -> list[dict[str, Any]]:
        # 24.11's `sinfo --json` lists partition/node groups; `scontrol show nodes` the nodes.
        doc = await self.cli_v42(["scontrol", "show", "nodes"])
        return (doc or await self.cli_json(["sinfo", "--json"])).get("nodes") or []

    def node(self, n: dict[str, Any]) -> dict[str, Any]:
        if isinstance(n.get("state"), list):  # native v0.0.42
            return self.schemas.coerce(n, NODE)
        states = [n.get("state", ""), *(n.get("state_flags") or [])]
        out = self.schemas.coerce({**n, "state": states}, NODE)
        for old, new in (("free_memory", "free_mem"),):
            if old in n:
                out[new] = no_val(n[old])
        if n.get("tres_used"):
            out["tres_used"] = n["tres_used"]
        return out

    async def nodes(self, name: str | None = None) -> dict[str, Any]:
        nodes = await self.sinfo_nodes()
        if name is not None:
            check_name(name, "node name")
            nodes = [n for n in nodes if n.get("name") == name]
            if not nodes:
                raise ShimError(404, f"no node named {name!r}")
        body = {"nodes": [self.node(n) for n in nodes], "last_update": no_val(int(time.time()))}
        return self.wrap(body, ["sinfo", "--json"])

    def partition(self, p: dict[str, str]) -> dict[str, Any]:
        tier, factor = (
            cli22.integer(p.get("PriorityTier")),
            cli22.integer(p.get("PriorityJobFactor")),
        )
        raw = {
            "name": p.get("PartitionName", ""),
            "nodes": {"configured": p.get("Nodes", ""), "total": cli22.integer(p.get("TotalNodes")),
                      "allowed_allocation": p.get("AllocNodes", "")},
            "accounts": {"allowed": p.get("AllowAccounts", ""), "deny": p.get("DenyAccounts", "")},
            "groups": {"allowed": p.get("AllowGroups", "")},
            "qos": {"allowed": p.get("AllowQos", ""), "deny": p.get("DenyQos", ""),
                    "assigned": "" if p.get("QoS") == "N/A" else p.get("QoS", "")},
            "tres": {"configured": p.get("TRES", ""), "billing_weights": p.get("TRESBillingWeights", "")},
            "cpus": {"total": cli22.integer(p.get("TotalCPUs"))},
            "defaults": {"time": cli22.minutes(p.get("DefaultTime"))},
            "maximums": {"time": cli22.minutes(p.get("MaxTime")),
                         "nodes": cli22.integer(p.get("MaxNodes")),
                         "cpus_per_node": cli22.integer(p.get("MaxCPUsPerNode"))},
            "minimums": {"nodes": cli22.integer(p.get("MinNodes"))},
            "priority": {"tier": tier if isinstance(tier, int) else None,
                         "job_factor": factor if isinstance(factor, int) else None},
            "partition": {"state": [p.get("State", "UNKNOWN")]},
            "grace_time": cli22.integer(p.get("GraceTime")),
        }  # fmt: skip
        out = self.schemas.coerce(raw, PARTITION)
        return out

    async def partitions(self, name: str | None = None) -> dict[str, Any]:
        if await self.native():
            return await self.native_list("partitions", PARTITION, name, "partition name")
        argv = ["scontrol", "show", "partition", "-o"]
        if name is not None:
            argv.append(check_name(name, "partition name"))
            res = await self.runner.run(argv)
            if not res.ok:
                raise ShimError(404, f"no partition named {name!r}")
        else:
            res = await self.cli(argv)
        parts = [self.partition(r) for r in cli22.records(res.stdout) if "PartitionName" in r]
        body = {"partitions": parts, "last_update": no_val(int(time.time()))}
        return self.wrap(body, argv)

    async def native_list(
        self, kind: str, schema: str, name: str | None = None, what: str = ""
    ) -> dict[str, Any]:
        """`scontrol show KIND [NAME]` as the CLI prints it in v0.0.42; an unknown NAME is 404."""
        argv = ["scontrol", "--json=v0.0.42", "show", kind]
        if name is not None:
            argv.append(check_name(name, what))
        doc = await self.cli_json(argv)
        items = [self.schemas.coerce(x, schema) for x in doc.get(kind) or []]
        if name is not None and not items:  # scontrol says so in a warning, with exit status 0
            raise ShimError(404, f"no {what.split()[0]} named {name!r}")
        return self.wrap({kind: items, "last_update": no_val(int(time.time()))}, argv)

    async def reservations(self) -> dict[str, Any]:
        if await self.native():
            return await self.native_list("reservations", "v0.0.42_reservation_info")
        argv = ["scontrol", "show", "reservation", "-o"]
        res = await self.cli(argv)
        out = []
        for r in cli22.records(res.stdout):
            if "ReservationName" not in r:
                continue
            raw = {"name": r["ReservationName"], "node_list": r.get("Nodes", ""),
                   "node_count": cli22.integer(r.get("NodeCnt")),
                   "core_count": cli22.integer(r.get("CoreCnt")),
                   "partition": "" if r.get("PartitionName") == "(null)" else r.get("PartitionName", ""),
                   "users": r.get("Users", ""), "accounts": r.get("Accounts", ""),
                   "tres": r.get("TRES", "")}  # fmt: skip
            out.append(self.schemas.coerce(raw, "v0.0.42_reservation_info"))
        return self.wrap({"reservations": out, "last_update": no_val(int(time.time()))}, argv)

    async def shares(self, users: str | None, accounts: str | None) -> dict[str, Any]:
        argv = ["sshare", "-P", "-a", "-l"]
        if users:
            argv.append(f"--users={check_value(users, 'users')}")
        if accounts:
            argv.append(f"--accounts={check_value(accounts, 'accounts')}")
        if (doc := await self.cli_v42(argv)) is not None:
            shares = self.schemas.coerce(doc.get("shares") or {}, "v0.0.42_shares_resp_msg")
            return self.wrap({"shares": shares}, [argv[0], "--json=v0.0.42", *argv[1:]])
        res = await self.cli(argv)
        rows = [
            self.schemas.coerce(r, "v0.0.42_assoc_shares_obj_wrap")
            for r in cli22.sshare(res.stdout)
        ]
        return self.wrap({"shares": {"shares": rows, "total_shares": len(rows)}}, argv)

    # -- accounting ----------------------------------------------------------------------
    SACCT_FILTERS = {
        "users": "--user", "account": "--accounts", "partition": "--partition",
        "state": "--state", "job_name": "--name", "qos": "--qos", "cluster": "--clusters",
        "node": "--nodelist", "reservation": "--reservation", "wckey": "--wckeys",
        "groups": "--group", "constraints": "--constraints",
    }  # fmt: skip

    async def db_jobs(self, query: dict[str, str], job_id: str | None = None) -> dict[str, Any]:
        argv = ["sacct", "--json"]
        if job_id is not None:
            argv.append(f"--jobs={check_job_id(job_id)}")
        else:
            argv.append("--allusers")
            for key, flag in self.SACCT_FILTERS.items():
                if query.get(key):
                    argv.append(f"{flag}={check_value(query[key], key)}")
            for key, flag, default in (
                ("start_time", "--starttime", "now-7days"),
                ("end_time", "--endtime", None),
            ):
                value = query.get(key) or default
                if value:
                    if str(value).isdigit():
                        value = time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(int(value)))
                    argv.append(f"{flag}={check_value(value, key)}")
        native = await self.cli_v42(["sacct", *argv[2:]])
        doc = native if native is not None else await self.cli_json(argv)
        raw = doc.get("jobs") or []
        if job_id is not None and not raw:
            raise ShimError(404, f"job {job_id} is not in the accounting database")
        if native is not None:  # 24.11's sacct reports exit codes right: no text fix-up
            return self.wrap({"jobs": [self.schemas.coerce(j, DB_JOB) for j in raw]}, argv)
        codes = await self.exit_codes([str(j["job_id"]) for j in raw if "job_id" in j])
        return self.wrap({"jobs": [self.db_job(j, codes) for j in raw]}, argv)

    async def exit_codes(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """The text form is right where `sacct --json` (22.05) reports SUCCESS for exit 3."""
        out: dict[str, tuple[str, str]] = {}
        for i in range(0, len(ids), SACCT_CHUNK):
            chunk = ids[i : i + SACCT_CHUNK]
            res = await self.cli(["sacct", "-X", "-n", "-P", "-o", "JobIDRaw,ExitCode,DerivedExitCode",
                                  f"--jobs={','.join(chunk)}"])  # fmt: skip
            for line in res.stdout.splitlines():
                parts = line.split("|")
                if len(parts) == 3:
                    out[parts[0]] = (parts[1], parts[2])
        return out

    def db_job(self, j: dict[str, Any], codes: dict[str, tuple[str, str]]) -> dict[str, Any]:
        fixed = dict(j)
        fixed.pop("exit_code", None)
        fixed.pop("derived_exit_code", None)
        t = dict(j.get("time") or {})
        if "limit" in t:
            t["limit"] = no_val(t["limit"]) if t["limit"] else no_val(None)
        fixed["time"] = t
        fixed["steps"] = [
            {**s, "exit_code": None, "state": [s["state"]] if isinstance(s.get("state"), str) else s.get("state")}
            for s in j.get("steps") or []
        ]  # fmt: skip
        out = self.schemas.coerce(fixed, DB_JOB)
        code, derived = codes.get(str(j.get("job_id")), (None, None))
        out["exit_code"] = cli22.exit_code(code)
        out["derived_exit_code"] = cli22.exit_code(derived)
        return out

    # -- submit and estimate ----------------------------------------------------------------
    FLAGS = {
        "name": "--job-name", "partition": "--partition", "account": "--account", "qos": "--qos",
        "cpus_per_task": "--cpus-per-task", "tasks": "--ntasks", "nodes": "--nodes",
        "minimum_nodes": "--nodes", "current_working_directory": "--chdir",
        "standard_output": "--output", "standard_error": "--error", "standard_input": "--input",
        "constraints": "--constraint", "reservation": "--reservation", "comment": "--comment",
        "tres_per_job": "--tres-per-job", "gpus": "--gpus", "exclusive": None,
    }  # fmt: skip
    NO_VAL_FLAGS = {"time_limit": "--time", "memory_per_node": "--mem",
                    "memory_per_cpu": "--mem-per-cpu"}  # fmt: skip

    def sbatch_args(self, body: Any, need_env: bool) -> tuple[list[str], str, dict[str, str]]:
        if not isinstance(body, dict):
            raise ShimError(400, "the request body must be a JSON object with `job`")
        job = body.get("job")
        if not isinstance(job, dict):
            raise ShimError(
                400, "`job` (an object) is required; `jobs` (het jobs) is not supported"
            )
        script = body.get("script") or job.get("script")
        if not isinstance(script, str) or not script.startswith("#!"):
            raise ShimError(400, "job.script is required and must start with #! (e.g. #!/bin/bash)")
        env_list = job.get("environment")
        if need_env and (not isinstance(env_list, list) or not env_list):
            raise ShimError(
                400, 'job.environment is required (e.g. ["PATH=/bin:/usr/bin"]), as in slurmrestd'
            )
        env: dict[str, str] = {}
        for item in env_list or []:
            key, sep, value = str(item).partition("=")
            if not sep or not jobenv.NAME.fullmatch(key) or "\x00" in value or "\n" in value:
                raise ShimError(400, f"job.environment entry {str(item)[:40]!r} is not NAME=value")
            if jobenv.refused(key):
                raise ShimError(400, f"job.environment: {key} is {jobenv.REFUSAL}")
            env[key] = value
        args: list[str] = []
        for key, value in job.items():
            if value is None or key in ("script", "environment"):
                continue
            if key in self.NO_VAL_FLAGS:
                nv = no_val(value)
                if nv["infinite"] and key == "time_limit":
                    args.append("--time=UNLIMITED")
                elif nv["set"]:
                    args.append(f"{self.NO_VAL_FLAGS[key]}={int(nv['number'])}")
                continue
            if key == "tres_per_node":
                text = check_value(value, "job.tres_per_node")
                args.append(f"--gres={text.replace('gres/', '').replace('gres:', '')}")
                continue
            flag = self.FLAGS.get(key)
            if flag is None:
                if key == "exclusive" and value:
                    args.append("--exclusive")
                    continue
                raise ShimError(400, f"job.{key} is not supported by the labgate shim")
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise ShimError(400, f"job.{key} must be a string or an integer")
            args.append(f"{flag}={check_value(value, f'job.{key}')}")
        return args, script, env

    async def submit(self, body: Any) -> dict[str, Any]:
        args, script, env = self.sbatch_args(body, need_env=True)
        argv = ["sbatch", "--parsable", *args]
        res = await self.runner.run(argv, stdin=script, job_env=env)
        if not res.ok:
            raise ShimError(400, f"sbatch: {res.error_text()}", source="sbatch")
        job_id = res.stdout.strip().split(";")[0]
        if not job_id.isdigit():
            raise ShimError(
                502, f"sbatch printed no job id: {res.stdout.strip()[:200]!r}", "sbatch"
            )
        return self.wrap(
            {"job_id": int(job_id), "step_id": "batch", "job_submit_user_msg": ""}, argv
        )

    async def estimate(self, body: Any) -> dict[str, Any]:
        args, script, _ = self.sbatch_args(body, need_env=False)  # no job: no job environment
        argv = ["sbatch", "--test-only", *args]
        res = await self.runner.run(argv, stdin=script)
        found = cli22.test_only(res.stderr)
        if not res.ok or found is None:
            raise ShimError(400, f"sbatch --test-only: {res.error_text()}", source="sbatch")
        return self.wrap(found, argv)


# -- DELETE /jobs ---------------------------------------------------------------------------
MAX_KILL = 1000
# a pending array's tasks as one id (scancel's own form): 123_[1-3,7]
ARRAY_RANGE = re.compile(
    r"^[0-9]{1,12}_\[[0-9]{1,9}(-[0-9]{1,9})?(,[0-9]{1,9}(-[0-9]{1,9})?){0,63}\]$"
)
# kill_jobs_msg filter -> the squeue record's key it is compared with
KILL_FILTERS = {"job_name": "name", "user_name": "user_name", "partition": "partition",
                "account": "account", "qos": "qos", "job_state": "job_state"}  # fmt: skip
KILL_ERROR = re.compile(r"Kill job error on job id (?P<id>[0-9_\[\],-]+): (?P<why>[^\n]*)")
KILLABLE = {"PENDING", "RUNNING", "SUSPENDED", "CONFIGURING", "REQUEUED", "RESIZING"}
KILL_CODES_INVALID = "Invalid job id specified"
KILL_CODES = {KILL_CODES_INVALID: 2017, "Job/step already completing or completed": 2021,
              "Access/permission denied": 2002}  # fmt: skip


def kill_filters(body: dict[str, Any]) -> dict[str, set[str]]:
    """{squeue key: accepted values} of the filters given (a state filter may list several)."""
    out: dict[str, set[str]] = {}
    for key, field in KILL_FILTERS.items():
        value = body.get(key)
        if value in (None, "", []):
            continue
        values = value if isinstance(value, list) and key == "job_state" else [value]
        if not all(isinstance(v, str) and 0 < len(v) <= 256 for v in values):
            raise ShimError(400, f"{key} must be a string (job_state: a list of states)")
        out[field] = {v.upper() for v in values} if key == "job_state" else set(values)
    return out


def kill_match(job: dict[str, Any], filters: dict[str, set[str]]) -> bool:
    """Whether a queue record passes every filter; without a state filter, only jobs still
    queued or running (24.11's squeue --states=all also lists finished ones)."""
    wanted_states = filters.get("job_state", KILLABLE)
    for field, wanted in {**filters, "job_state": wanted_states}.items():
        have = job.get(field)
        have_set = {str(h).upper() for h in have} if isinstance(have, list) else (
            {str(have).upper()} if field == "job_state" else {str(have)})  # fmt: skip
        if not have_set & wanted:
            return False
    return True


def _number(value: Any) -> int | None:
    """An integer of a 22.05 record (plain) or a v0.0.42 one (no_val struct; unset: None)."""
    if isinstance(value, dict):
        value = value.get("number") if value.get("set") else None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def kill_target(job: dict[str, Any]) -> str | None:
    """The id scancel takes for this record: a job, one array task, or a pending array's
    remaining tasks (`123_[4-9]`: its other tasks may be running and not asked for)."""
    array, task = _number(job.get("array_job_id")), _number(job.get("array_task_id"))
    tasks = str(job.get("array_task_string") or "").split("%")[0]
    if array and task is not None:
        return f"{array}_{task}"
    if array and tasks:
        target = f"{array}_[{tasks}]"
        return target if ARRAY_RANGE.fullmatch(target) else None
    job_id = _number(job.get("job_id"))
    return str(job_id) if job_id else None


def strip_skips(value: Any) -> Any:
    return None if value is SKIP else value

"""The Slurm shim without a cluster: v0.0.38 → v0.0.42 translation (every answer validated
against the shim's own OpenAPI document), auth, argv construction, escape attempts."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import httpx
import pytest

from labgate.shim.app import create_app
from labgate.shim.handlers import Shim
from labgate.shim.runner import Result
from tests.slurm.fake_cli import FakeCli
from tests.slurm.schema_check import errors

TOKEN = "shim-test-token"
AUTH = {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": TOKEN}
V = "/slurm/v0.0.42"
DB = "/slurmdb/v0.0.42"


def client(cli: FakeCli) -> httpx.AsyncClient:
    app = create_app(Shim(cli, "root"), TOKEN)
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://shim", headers=AUTH
    )


@pytest.fixture
def cli() -> FakeCli:
    return FakeCli()


READS = [
    ("GET", f"{V}/ping/", f"{V}/ping/"),
    ("GET", f"{V}/diag/", f"{V}/diag/"),
    ("GET", f"{V}/jobs/", f"{V}/jobs/"),
    ("GET", f"{V}/jobs", f"{V}/jobs/"),  # without the trailing slash too
    ("GET", f"{V}/job/21", f"{V}/job/{{job_id}}"),
    ("GET", f"{V}/nodes/", f"{V}/nodes/"),
    ("GET", f"{V}/node/vm", f"{V}/node/{{node_name}}"),
    ("GET", f"{V}/partitions/", f"{V}/partitions/"),
    ("GET", f"{V}/partition/gpu", f"{V}/partition/{{partition_name}}"),
    ("GET", f"{V}/reservations/", f"{V}/reservations/"),
    ("GET", f"{V}/shares", f"{V}/shares"),
    ("GET", f"{DB}/jobs/", f"{DB}/jobs/"),
    ("GET", f"{DB}/job/20", f"{DB}/job/{{job_id}}"),
]


@pytest.mark.parametrize(("method", "url", "template"), READS)
async def test_answers_validate_against_v0042(cli, method, url, template) -> None:
    async with client(cli) as c:
        r = await c.request(method, url)
    assert r.status_code == 200, r.text
    assert errors(method, template, r.json()) == []
    assert r.json()["errors"] == []


async def test_translation_of_22_05_layouts(cli) -> None:
    async with client(cli) as c:
        job = (await c.get(f"{V}/job/21")).json()["jobs"][0]
        node = (await c.get(f"{V}/node/vm")).json()["nodes"][0]
        parts = {p["name"]: p for p in (await c.get(f"{V}/partitions/")).json()["partitions"]}
        db = (await c.get(f"{DB}/job/20")).json()["jobs"][0]
        ping = (await c.get(f"{V}/ping/")).json()
    assert job["job_state"] == ["RUNNING"] and job["partition"] == "debug"
    assert job["time_limit"] == {"set": True, "infinite": False, "number": 60}
    assert job["job_resources"]["nodes"] == {"count": 1, "list": "vm"}
    assert node["state"] == ["IDLE", "COMPLETING"] and node["gres"] == "gpu:fake:2"
    assert node["free_mem"] == {"set": True, "infinite": False, "number": 22211}
    assert parts["gpu"]["maximums"]["time"]["number"] == 2880
    assert parts["debug"]["maximums"]["time"]["infinite"] is True
    assert parts["debug"]["maximums"]["cpus_per_node"]["number"] == 4
    assert parts["gpu"]["partition"]["state"] == ["UP"]
    # sacct --json (22.05) says SUCCESS/0 for this job; the shim takes sacct's text 3:0.
    assert db["state"]["current"] == ["FAILED"]
    assert db["exit_code"]["status"] == ["ERROR"]
    assert db["exit_code"]["return_code"]["number"] == 3
    assert ping["pings"][0]["responding"] is True
    assert ping["meta"]["slurm"]["release"] == "22.05.8"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-SLURM-USER-NAME": "root"},
        {"X-SLURM-USER-NAME": "root", "X-SLURM-USER-TOKEN": TOKEN + "x"},
        {"X-SLURM-USER-NAME": "alice", "X-SLURM-USER-TOKEN": TOKEN},
        {"Authorization": f"Bearer {TOKEN}"},
    ],
)
async def test_auth_is_required(cli, headers) -> None:
    app = create_app(Shim(cli, "root"), TOKEN)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        r = await c.get(f"{V}/jobs/", headers=headers)
    assert r.status_code == 401
    assert r.json()["errors"][0]["error_number"] == 401
    assert errors("GET", f"{V}/jobs/", r.json()) == []
    assert cli.calls == []  # nothing ran


async def test_openapi_document_is_served_without_auth(cli) -> None:
    app = create_app(Shim(cli, "root"), TOKEN)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        doc = (await c.get("/openapi.json")).json()
    assert "/labgate/v1/job/estimate" in doc["paths"] and f"{V}/job/submit" in doc["paths"]
    assert len([op for item in doc["paths"].values() for op in item.values()]) == 17


@pytest.mark.parametrize(
    "url",
    [
        f"{V}/job/..%2F..%2Fetc%2Fpasswd",
        f"{V}/job/1;rm -rf ~",
        f"{V}/job/$(id)",
        f"{V}/job/1%0Aid",
        f"{V}/job/`id`",
        f"{V}/job/abc",
        f"{DB}/job/1|id",
        f"{V}/node/%2E%2E",
        "/labgate/v1/job/%2E%2E/%2E%2E/etc/passwd/output",
        "/labgate/v1/job/12;id/output",
        "/labgate/v1/job/..%2F12/output",
    ],
)
async def test_escapes_are_refused_with_400(cli, url) -> None:
    async with client(cli) as c:
        r = await c.get(url)
    assert r.status_code == 400, (url, r.status_code, r.text)
    msg = r.json()["errors"][0]["description"]
    assert "invalid" in msg or "refusing" in msg
    assert cli.calls == []


async def test_query_values_with_metacharacters_are_refused(cli) -> None:
    async with client(cli) as c:
        r = await c.get(f"{DB}/jobs/", params={"users": "root;id"})
        r2 = await c.get(f"{V}/shares", params={"accounts": "../x"})
    assert (r.status_code, r2.status_code) == (400, 400)
    assert cli.calls == []


SCRIPT = "#!/bin/bash\necho hi\n"


async def test_submit_builds_argv_and_environment(cli) -> None:
    body = {"job": {"script": SCRIPT, "name": "j1", "partition": "gpu", "tres_per_node": "gres/gpu:fake:1",
                    "time_limit": {"set": True, "infinite": False, "number": 30}, "cpus_per_task": 2,
                    "memory_per_node": {"set": True, "number": 1024}, "environment": ["PATH=/bin", "A=b c"],
                    "current_working_directory": "/tmp"}}  # fmt: skip
    async with client(cli) as c:
        r = await c.post(f"{V}/job/submit", json=body)
    assert r.status_code == 200 and r.json()["job_id"] == 77
    assert errors("POST", f"{V}/job/submit", r.json()) == []
    argv, stdin, env = cli.calls[-1]
    assert argv == ["sbatch", "--parsable", "--job-name=j1", "--partition=gpu", "--gres=gpu:fake:1",
                    "--time=30", "--cpus-per-task=2", "--mem=1024", "--chdir=/tmp"]  # fmt: skip
    assert stdin == SCRIPT and env == {"PATH": "/bin", "A": "b c"}


@pytest.mark.parametrize(
    ("job", "needle"),
    [
        ({"script": SCRIPT}, "job.environment is required"),
        ({"script": "echo no shebang", "environment": ["A=1"]}, "#!"),
        ({"script": SCRIPT, "environment": ["1BAD=1"]}, "NAME=value"),
        (
            {"script": SCRIPT, "environment": ["A=1"], "partition": "gpu;id"},
            "invalid job.partition",
        ),
        (
            {"script": SCRIPT, "environment": ["A=1"], "current_working_directory": "/tmp/../etc"},
            "'..'",
        ),
        ({"script": SCRIPT, "environment": ["A=1"], "name": "$(reboot)"}, "invalid job.name"),
        ({"script": SCRIPT, "environment": ["A=1"], "hold": True}, "not supported"),
        (
            {"script": SCRIPT, "environment": ["A=1"], "partition": "nope"},
            "invalid partition specified",
        ),
    ],
)
async def test_submit_rejects_bad_jobs_with_400(cli, job, needle) -> None:
    async with client(cli) as c:
        r = await c.post(f"{V}/job/submit", json={"job": job})
    assert r.status_code == 400
    assert needle in r.json()["errors"][0]["description"]
    assert errors("POST", f"{V}/job/submit", r.json()) == []
    assert all(argv[0] != "sbatch" or "--partition=nope" in argv for argv, _, _ in cli.calls)


async def test_estimate_parses_test_only(cli) -> None:
    async with client(cli) as c:
        r = await c.post(
            "/labgate/v1/job/estimate", json={"job": {"script": SCRIPT, "partition": "gpu"}}
        )
    body = r.json()
    assert r.status_code == 200 and errors("POST", "/labgate/v1/job/estimate", body) == []
    assert (body["partition"], body["nodes"], body["cpus"], body["start"]) == (
        "gpu",
        "vm",
        1,
        "2026-11-22T05:00:00",
    )
    assert cli.calls[-1][0][:3] == ["sbatch", "--test-only", "--partition=gpu"]


async def test_cancel_and_missing_job(cli) -> None:
    async with client(cli) as c:
        ok = await c.delete(f"{V}/job/21")
        gone = await c.delete(f"{V}/job/999")
        missing = await c.get(f"{V}/job/12345")
        nopart = await c.get(f"{V}/partition/nope")
    assert ok.status_code == 200 and cli.calls[0][0] == ["scancel", "21"]
    assert errors("DELETE", f"{V}/job/{{job_id}}", ok.json()) == []
    assert gone.status_code == 404 and "Invalid job id" in gone.json()["errors"][0]["description"]
    assert missing.status_code == 404 and errors("GET", f"{V}/job/{{job_id}}", missing.json()) == []
    assert nopart.status_code == 404


# ---------------------------------------------------------------- output tails


ME = {"user": pwd.getpwuid(os.getuid()).pw_name, "uid": str(os.getuid())}  # the job's user


async def output(cli: FakeCli, **params):
    app = create_app(Shim(cli, ME["user"]), TOKEN)
    headers = {**AUTH, "X-SLURM-USER-NAME": ME["user"]}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://s", headers=headers) as c:
        return await c.get("/labgate/v1/job/5/output", params=params)


async def test_output_tail_is_bounded(tmp_path: Path) -> None:
    f = tmp_path / "job.out"
    f.write_bytes(b"x" * 1000 + b"END\n")
    cli = FakeCli({"out": str(f), **ME})
    r = await output(cli, tail_bytes=4)
    body = r.json()
    assert r.status_code == 200 and errors("GET", "/labgate/v1/job/{job_id}/output", body) == []
    assert (body["text"], body["size"], body["offset"], body["truncated"]) == (
        "END\n",
        1004,
        1000,
        True,
    )
    assert (await output(cli, tail_bytes=0)).status_code == 400
    assert (await output(cli, tail_bytes=2_000_000)).status_code == 400
    assert (await output(cli, stream="environ")).status_code == 400


async def test_output_refuses_symlinks_and_foreign_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("do not read")
    link = tmp_path / "job.out"
    link.symlink_to(secret)
    r = await output(FakeCli({"out": str(link), **ME}))
    assert r.status_code == 400 and "refusing" in r.json()["errors"][0]["description"]
    assert "do not read" not in r.text
    other_job = await output(FakeCli({"out": str(secret), **ME, "uid": str(os.getuid() + 1)}))
    assert other_job.status_code == 403
    if os.geteuid() == 0:
        os.chown(secret, os.getuid() + 4242, -1)
        other = await output(FakeCli({"out": str(secret), **ME}))
        assert other.status_code == 400 and "not owned" in other.json()["errors"][0]["description"]
    dotted = await output(FakeCli({"out": f"{tmp_path}/../x", **ME}))
    assert dotted.status_code == 400
    relative = await output(FakeCli({"out": "job.out", **ME}))
    assert relative.status_code == 400
    device = await output(FakeCli({"out": "/dev/zero", **ME}))
    assert device.status_code == 400


async def test_output_of_unknown_job_is_404() -> None:
    cli = FakeCli()
    async with client(cli) as c:
        r = await c.get("/labgate/v1/job/999/output")
    assert r.status_code == 404


# ---------------------------------------------------------------- runner and command line


def test_ssh_runner_quotes_every_argument_for_the_remote_shell() -> None:
    import shlex

    from labgate.shim.runner import Runner

    argv = ["sbatch", "--parsable", "--job-name=a b;rm -rf ~"]
    cmd = Runner(ssh="alice@login1").command(argv)
    assert cmd[:6] == ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "alice@login1"]
    assert cmd[6] == "--"
    assert shlex.split(cmd[7]) == argv  # one word each, nothing expanded
    assert Runner().command(argv) == argv  # locally: the argv itself, no shell
    # A job environment is piped into sbatch's fd 3, never put on the remote command line.
    piped = shlex.split(Runner(ssh="alice@login1").command(argv, {"X": "$(id)"})[7])
    assert piped[:2] == ["sh", "-c"]
    assert "printf '%s\\0' 'X=$(id)' | sbatch --export-file=3 --parsable" in piped[2]


def test_local_runner_passes_only_the_cli_environment() -> None:
    from labgate.shim.runner import Runner

    r = Runner(base_env={"PATH": "/bin", "SLURM_CONF": "/x", "LABGATE_SHIM_TOKEN": "secret"})
    assert r.environment() == {"PATH": "/bin", "SLURM_CONF": "/x"}


def test_slurm_shim_command_serves_its_document(tmp_path) -> None:
    import subprocess
    import sys

    from tests.conftest import free_port, wait_http

    port = free_port()
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "SHIM_TOKEN_T": TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "labgate", "slurm-shim", "--listen", f"127.0.0.1:{port}",
         "--token-env", "SHIM_TOKEN_T", "--user", "root"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_http(f"http://127.0.0.1:{port}/openapi.json", timeout=30, proc=proc)
        doc = httpx.get(f"http://127.0.0.1:{port}/openapi.json", trust_env=False).json()
        assert doc["info"]["title"] == "labgate Slurm shim"
        denied = httpx.get(f"http://127.0.0.1:{port}{V}/ping/", trust_env=False)
        assert denied.status_code == 401
    finally:
        proc.terminate()
        proc.wait(10)
    assert TOKEN.encode() not in proc.stderr.read()


class RefusingCli(FakeCli):
    """sacct as Slurm answers a filter value it does not know (exit 1, one line on stderr)."""

    def answer(self, argv, stdin):
        if argv[0] == "sacct" and any(a.startswith("--user=") for a in argv):
            return Result(argv, 1, "", "sacct: error: Invalid user id: zG")
        if argv[0] == "sacct" and any(a.startswith("--reservation=") for a in argv):
            return Result(argv, 1, "", "sacct: unrecognized option '--reservation=f'")
        if argv[0] == "sacct" and any(a.startswith("--qos=") for a in argv):
            return Result(argv, 1, "", "sacct: error: slurmdbd: Connection refused")
        return super().answer(argv, stdin)


async def test_a_value_slurm_does_not_know_is_the_clients_error() -> None:
    """An unknown user is a 400 with Slurm's words (schemathesis found a 502); a broken
    slurmdbd stays a 502."""
    async with client(RefusingCli()) as c:
        unknown = await c.get(f"{DB}/jobs/", params={"users": "zG"})
        unsupported = await c.get(f"{DB}/jobs/", params={"reservation": "f"})
        down = await c.get(f"{DB}/jobs/", params={"qos": "normal"})
    assert unsupported.status_code == 400 and "--reservation" in unsupported.text
    assert unknown.status_code == 400, unknown.text
    assert "Invalid user id: zG" in unknown.json()["errors"][0]["description"]
    assert down.status_code == 502, down.text

"""Shared fixtures: settings for fake endpoints, in-process servers, subprocess servers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent

# Every backend credential in the suite is this canary: the security tests assert that it
# never shows up in any tool output, error or log line.
CANARY = "canary-SECRET-7f3a9c1e"

FAKE_ENV = {
    "HOME": "/nonexistent",
    "MLFLOW_TRACKING_URI": "http://127.0.0.1:9",
    "MLFLOW_TRACKING_TOKEN": CANARY,
    "CLEARML_API_HOST": "http://127.0.0.1:9",
    "CLEARML_API_ACCESS_KEY": "AKCANARY",
    "CLEARML_API_SECRET_KEY": CANARY,
    "QARNOT_CLIENT_TOKEN": CANARY,
    "QARNOT_CLUSTER_URL": "http://127.0.0.1:9",
    "LABGATE_SLURM_URL": "http://127.0.0.1:9",
    "SLURM_JWT": CANARY,
    "TRACKIO_URL": "http://127.0.0.1:9",
    "TRACKIO_WRITE_TOKEN": CANARY,
}


@pytest.fixture
def fake_env() -> dict[str, str]:
    return dict(FAKE_ENV)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 30.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"process exited with {proc.returncode}: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


@pytest.fixture
def labgate_http(fake_env):
    """Start `labgate serve --transport http` as a subprocess; yields (base_url, env, proc)."""
    procs = []

    def start(*args: str, env: dict[str, str] | None = None) -> str:
        port = free_port()
        full_env = {**os.environ, **fake_env, **(env or {})}
        cmd = [
            sys.executable,
            "-m",
            "labgate",
            "serve",
            "--transport",
            "http",
            "--port",
            str(port),
            *args,
        ]
        proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(proc)
        base = f"http://127.0.0.1:{port}"
        wait_http(f"{base}/healthz", proc=proc)
        return base

    yield start
    for p in procs:
        p.terminate()
        try:
            p.wait(10)
        except subprocess.TimeoutExpired:
            p.kill()


# ---------------------------------------------------------------- MLflow (tests/infra)
# A real MLflow 3.17.2 server per session, only with LABGATE_LIVE_MLFLOW=1 (first run builds
# .cache/mlflow-venv, ~70 s). Tests that should also run without a server replay cassettes
# (see tests/mlflow/conftest.py).

MLFLOW_LIVE = os.environ.get("LABGATE_LIVE_MLFLOW") == "1"


def mlflow_infra():
    """The plain modules in tests/infra: (mlflow_server, mlflow_seed)."""
    infra = str(ROOT / "tests" / "infra")
    if infra not in sys.path:
        sys.path.insert(0, infra)
    import mlflow_seed
    import mlflow_server

    return mlflow_server, mlflow_seed


@pytest.fixture(scope="session")
def mlflow_server(tmp_path_factory):
    if not MLFLOW_LIVE:
        pytest.skip("set LABGATE_LIVE_MLFLOW=1")
    server_mod, _ = mlflow_infra()
    with server_mod.MlflowServer(tmp_path_factory.mktemp("mlflow")) as server:
        yield server


@pytest.fixture(scope="session")
def mlflow_seeded(mlflow_server) -> dict:
    """The test dataset's description (see tests/infra/mlflow_seed.py seed_test)."""
    return mlflow_infra()[1].seed_test(mlflow_server.url)


@pytest.fixture(scope="session")
def mlflow_demo(mlflow_server) -> dict:
    """The demo dataset on the same server (registered model, two demo experiments)."""
    return mlflow_infra()[1].seed_demo(mlflow_server.url)


# --- Cassettes checked against the pinned specs (ClearML, Qarnot; see tests/spec_check.py) ----
# In every test that replays a cassette, each request labgate sends to a ClearML or Qarnot path
# is validated against the pinned spec (body, parameters, auth header): a request the spec
# forbids fails the test, even when the code under test swallows the error. A cassette under
# tests/cassettes/{clearml,qarnot}/ must also be played to the end.
SPEC_CASSETTES = [ROOT / "tests" / "cassettes" / b for b in ("clearml", "qarnot")]


@pytest.fixture(autouse=True)
def _spec_checked_requests(request):
    if request.node.get_closest_marker("vcr") is None:
        yield
        return
    from urllib.parse import urlsplit

    from tests import spec_check

    cassette = request.getfixturevalue("vcr")
    if cassette is None:
        yield
        return
    seen, violations = [], []
    original = cassette._before_record_request

    def check(req):
        if not any(r is req for r in seen):
            seen.append(req)
            if spec_check.backend_of(urlsplit(req.uri).path):
                try:
                    spec_check.check_request(req.method, req.uri, dict(req.headers), req.body)
                except spec_check.SpecViolation as exc:
                    violations.append(str(exc))
        return original(req)

    cassette._before_record_request = check
    yield
    name = Path(cassette._path).name
    assert not violations, f"cassette {name}: labgate sent requests the spec forbids: {violations}"
    if any(Path(cassette._path).resolve().is_relative_to(d) for d in SPEC_CASSETTES):
        unplayed = len(cassette) - len(cassette.play_counts)
        assert cassette.all_played, (
            f"cassette {name}: {unplayed} recorded interactions never requested"
        )


def _body_subset(live, recorded) -> None:
    """vcr matcher: every key of the recorded JSON body has the same value in the live one, so
    a cassette states the arguments that matter (page, ids, filters) and replays only for them."""
    import json

    want = json.loads(recorded.body) if recorded.body else {}
    got = json.loads(live.body) if live.body else {}
    if isinstance(want, dict) and isinstance(got, dict):
        diff = {k: (got.get(k), v) for k, v in want.items() if got.get(k) != v}
        assert not diff, f"body differs from the cassette (sent, recorded): {diff}"
    else:
        assert want == got, "body differs from the cassette"


def pytest_recording_configure(config, vcr):
    vcr.register_matcher("body_subset", _body_subset)


# ---------------------------------------------------------------- Slurm (tests/infra)
# A real single-node Slurm 22.05 cluster per session (tests/infra/slurm_cluster.sh), only with
# LABGATE_LIVE_SLURM=1 as root on Debian 12: installs the packages if needed, starts the
# cluster (with slurmrestd on 127.0.0.1) and stops it at the end unless it was already running.
# `slurm_shim` serves labgate's shim over that cluster's CLI on a free loopback port.

SLURM_LIVE = os.environ.get("LABGATE_LIVE_SLURM") == "1"
SLURM_SCRIPT = ROOT / "tests" / "infra" / "slurm_cluster.sh"
SLURM_TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY"}


class SlurmCluster:
    def __init__(self, state: Path, env: dict[str, str], restd_url: str):
        self.state, self.env, self.restd_url = state, env, restd_url

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env, check=check, capture_output=True, text=True, timeout=60
        )

    def json(self, *args: str) -> dict:
        import json

        return json.loads(self.run(*args, "--json").stdout)

    def sbatch(self, *args: str, out: Path) -> int:
        res = self.run("sbatch", "--parsable", f"--output={out}", f"--chdir={out.parent}", *args)
        return int(res.stdout.strip().split(";")[0])

    def wait_running(self, *job_ids: int, timeout: float = 20.0) -> None:
        want = ["RUNNING"] * len(job_ids)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            res = self.run("squeue", "-h", "-j", ",".join(map(str, job_ids)), "-o", "%T")
            if res.stdout.split() == want:
                return
            time.sleep(0.1)
        raise TimeoutError(f"jobs {job_ids} not all RUNNING after {timeout} s")

    def wait_done(self, job_id: int, timeout: float = 60.0) -> tuple[str, str, float]:
        """Poll sacct until the job is terminal: (state, ExitCode, seconds waited)."""
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            line = self.run("sacct", "-X", "-n", "-P", "-j", str(job_id), "-o", "State,ExitCode")
            fields = line.stdout.strip().split("|")
            if len(fields) == 2 and fields[0].split()[0] in SLURM_TERMINAL:
                return fields[0], fields[1], time.monotonic() - t0
            time.sleep(0.1)
        raise TimeoutError(f"job {job_id} not finished in sacct after {timeout} s")


def _slurm_script(
    *args: str, script: Path = SLURM_SCRIPT, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    # The script's log lines (timings, errors) go to stderr, which pytest captures.
    return subprocess.run(
        ["bash", str(script), *args],
        check=False,
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=timeout,
    )


def _script_env(exports: str) -> dict[str, str]:
    """The environment a cluster's CLI needs: `env`'s exports over ours (CLI auth: munge)."""
    import re
    import shlex

    env = {k: v for k, v in os.environ.items() if k != "SLURM_JWT"}
    for name, value in re.findall(r"^export (\w+)=(.*)$", exports, re.MULTILINE):
        env[name] = shlex.split(value)[0].replace("$PATH", env.get("PATH", ""))
    return env


@pytest.fixture(scope="session")
def slurm_cluster():
    if not SLURM_LIVE:
        pytest.skip(
            "live Slurm tests need LABGATE_LIVE_SLURM=1 (root on Debian 12; they "
            "install and start a local cluster with tests/infra/slurm_cluster.sh)"
        )
    if os.geteuid() != 0:
        pytest.skip("the local Slurm cluster needs root")
    state = Path(os.environ.get("LABGATE_SLURM_STATE", "/tmp/labgate-slurm"))
    port = os.environ.get("LABGATE_SLURMRESTD_PORT", "6820")
    was_running = _slurm_script("status", str(state)).returncode == 0
    assert _slurm_script("install").returncode == 0, "slurm_cluster.sh install failed"
    if _slurm_script("start", str(state), "--restd", port).returncode != 0:
        if not was_running:
            _slurm_script("stop", str(state))
        pytest.fail(f"slurm_cluster.sh start failed; see {state}/log")
    env = _script_env(_slurm_script("env", str(state)).stdout)
    yield SlurmCluster(state=state, env=env, restd_url=env["SLURMRESTD_URL"])
    if not was_running:
        _slurm_script("stop", str(state))


class ShimServer:
    """`labgate slurm-shim` in a thread of the test process (uvicorn on a free loopback port)."""

    def __init__(self, env: dict[str, str], token: str = "labgate-test-shim-token"):
        import threading

        import uvicorn

        from labgate.shim.app import create_app
        from labgate.shim.handlers import Shim
        from labgate.shim.runner import Runner

        self.token, self.user = token, "root"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(Shim(Runner(base_env=env), self.user), token)
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_http(f"{self.url}/openapi.json", timeout=20)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def slurm_shim(slurm_cluster):
    shim = ShimServer(slurm_cluster.env)
    yield shim
    shim.stop()


# ---------------------------------------------------------------- Slurm 24.11 (tests/infra)
# A real Slurm 24.11 built from source (tests/infra/slurm24.sh), beside the 22.05 cluster: its
# own slurmrestd (data_parser v0.0.40-v0.0.42, rest_auth/jwt) is what labgate's generated
# client is proven against. Only with LABGATE_LIVE_SLURMRESTD=1, as root; the first run on a
# machine builds Slurm (~6 min), later runs reuse .cache/slurm-24.11.

SLURMRESTD_LIVE = os.environ.get("LABGATE_LIVE_SLURMRESTD") == "1"
SLURM24_SCRIPT = ROOT / "tests" / "infra" / "slurm24.sh"


class Slurm24(SlurmCluster):
    """The 24.11 cluster: its CLI (`run`, `sbatch`, ...) and slurmrestd with a JWT for `user`."""

    def __init__(self, state: Path, env: dict[str, str], restd_url: str, user: str):
        super().__init__(state, env, restd_url)
        self.user = user
        self.token = self.mint(user)

    def restart_restd(self) -> None:
        """Start slurmrestd again (after a test made it exit); the rest keeps running."""
        port = self.restd_url.rsplit(":", 1)[1]
        assert _slurm24("start", str(self.state), "--restd", port).returncode == 0

    def mint(self, user: str, lifespan: int = 4 * 3600) -> str:
        res = _slurm24("token", user, str(lifespan), str(self.state))
        assert res.returncode == 0 and res.stdout.strip(), f"no token for {user}"
        return res.stdout.strip()

    def headers(self, token: str | None = None) -> dict[str, str]:
        return {"X-SLURM-USER-NAME": self.user, "X-SLURM-USER-TOKEN": token or self.token}


def _slurm24(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return _slurm_script(*args, script=SLURM24_SCRIPT, timeout=timeout)


@pytest.fixture(scope="session")
def slurm24():
    if not SLURMRESTD_LIVE:
        pytest.skip(
            "tests against the real slurmrestd need LABGATE_LIVE_SLURMRESTD=1 (root on Debian "
            "12; they build and start Slurm 24.11 with tests/infra/slurm24.sh)"
        )
    if os.geteuid() != 0:
        pytest.skip("the local Slurm 24.11 cluster needs root")
    state = Path(os.environ.get("LABGATE_SLURM24_STATE", "/tmp/labgate-slurm24"))
    port = os.environ.get("LABGATE_SLURMRESTD24_PORT", "6920")
    was_running = _slurm24("status", str(state)).returncode == 0
    assert _slurm24("install", timeout=1800).returncode == 0, "slurm24.sh install failed"
    if _slurm24("start", str(state), "--restd", port).returncode != 0:
        if not was_running:
            _slurm24("stop", str(state))
        pytest.fail(f"slurm24.sh start failed; see {state}/log")
    env = _script_env(_slurm24("env", str(state)).stdout)
    yield Slurm24(state, env, env["SLURMRESTD_URL"], env["LABGATE_SLURM24_USER"])
    if not was_running:
        _slurm24("stop", str(state))

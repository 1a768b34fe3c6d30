"""A real MLflow 3.17.2 tracking server for labgate's live tests, CI and `make run`.

MLflow lives in its own venv because `mlflow` pins `fastmcp<4` and labgate's venv has fastmcp 4.
This module only uses the standard library, so it imports from any interpreter.

    python tests/infra/mlflow_server.py ensure-venv [--venv PATH]
    python tests/infra/mlflow_server.py serve --data DIR [--port P] [--seed demo]

In Python:

    with MlflowServer(data_dir) as server:
        ...server.url...
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self

MLFLOW_VERSION = "3.17.2"
REPO = Path(__file__).resolve().parents[2]
CONSTRAINTS = Path(__file__).with_name("mlflow-constraints.txt")
DEFAULT_VENV = Path(".cache/mlflow-venv")
STAMP = ".labgate-mlflow"

# Job execution starts a huey consumer; telemetry would phone home. Neither belongs in tests.
SERVER_ENV = {
    "MLFLOW_SERVER_ENABLE_JOB_EXECUTION": "false",
    "MLFLOW_DISABLE_TELEMETRY": "true",
    "DO_NOT_TRACK": "true",
}


# ---------------------------------------------------------------- venv


def _resolve(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path if path.is_absolute() else REPO / path


def pip_command(venv: Path) -> list[str]:
    """The exact install line: one pinned package, every dependency fixed by the constraints."""
    return [
        str(venv / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-input",
        "--disable-pip-version-check",
        f"mlflow=={MLFLOW_VERSION}",
        "-c",
        str(CONSTRAINTS),
    ]


def _stamp_text() -> str:
    digest = hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()
    return f"mlflow=={MLFLOW_VERSION} constraints-sha256={digest}\n"


@contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def ensure_venv(path: str | os.PathLike[str] = DEFAULT_VENV, python: str | None = None) -> Path:
    """Create the MLflow venv at `path` (relative to the repo root) unless it is up to date.

    Returns the venv's `mlflow` executable. A venv whose stamp does not match the current
    constraints file is rebuilt from scratch.
    """
    venv = _resolve(path)
    mlflow = venv / "bin" / "mlflow"
    with _locked(venv.with_name(venv.name + ".lock")):
        stamp = venv / STAMP
        if stamp.exists() and stamp.read_text() == _stamp_text() and mlflow.exists():
            return mlflow
        if (venv / "pyvenv.cfg").exists():
            shutil.rmtree(venv)
        started = time.monotonic()
        _log(f"creating MLflow {MLFLOW_VERSION} venv at {venv} (about 1-2 minutes)")
        subprocess.run([python or sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(pip_command(venv), check=True)
        stamp.write_text(_stamp_text())
        _log(f"MLflow venv ready in {time.monotonic() - started:.0f} s")
    return mlflow


# ---------------------------------------------------------------- server


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _require_loopback(host: str) -> None:
    if host == "localhost" or ipaddress.ip_address(host).is_loopback:
        return
    raise ValueError(f"MLflow test server must bind to a loopback address, not {host!r}")


def _http_get(url: str, timeout: float) -> tuple[int, bytes]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class MlflowServerError(RuntimeError):
    pass


class MlflowServer:
    """`mlflow server` on loopback with a sqlite store and proxied artifacts under `data_dir`.

    Stopping kills the server's whole process group and leaves `data_dir` in place.
    """

    def __init__(
        self,
        data_dir: str | os.PathLike[str],
        *,
        port: int | None = None,
        host: str = "127.0.0.1",
        venv: str | os.PathLike[str] = DEFAULT_VENV,
        startup_timeout: float = 60.0,
    ) -> None:
        _require_loopback(host)
        self.data_dir = Path(data_dir).resolve()
        self.host = host
        self.port = port
        self.venv = venv
        self.startup_timeout = startup_timeout
        self.log_path = self.data_dir / "server.log"
        self.startup_seconds: float | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        if self.port is None:
            raise MlflowServerError("server has no port yet; call start()")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def command(self, mlflow: Path) -> list[str]:
        return [
            str(mlflow),
            "server",
            "--backend-store-uri",
            f"sqlite:///{self.data_dir / 'mlflow.db'}",
            "--default-artifact-root",
            "mlflow-artifacts:/",
            "--artifacts-destination",
            str(self.data_dir / "artifacts"),
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--workers",
            "1",
        ]

    @staticmethod
    def env() -> dict[str, str]:
        # Inherited MLFLOW_* variables double as `mlflow server` options; keep the run hermetic.
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("MLFLOW_")}
        return {**inherited, **SERVER_ENV}

    def start(self) -> MlflowServer:
        if self._proc is not None:
            raise MlflowServerError("server already started")
        mlflow = ensure_venv(self.venv)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.port is None:
            self.port = free_port(self.host)
        started = time.monotonic()
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(
                self.command(mlflow),
                cwd=self.data_dir,
                env=self.env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group, so stop() reaches every worker
            )
        try:
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if not self.running():
                raise MlflowServerError(
                    f"mlflow server exited with {self._proc.returncode}\n{self.log_tail()}"
                )
            try:
                status, _ = _http_get(self.url + "/health", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.25)
        raise MlflowServerError(
            f"mlflow server not healthy at {self.url} after {self.startup_timeout:.0f} s\n"
            + self.log_tail()
        )

    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no server log)"
        return "--- server log tail ---\n" + "\n".join(text.splitlines()[-lines:])

    def stop(self, timeout: float = 15.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(timeout=timeout)
                break
            except subprocess.TimeoutExpired:
                continue
        proc.wait()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


# ---------------------------------------------------------------- CLI


def _log(message: str) -> None:
    print(f"[mlflow_server] {message}", file=sys.stderr, flush=True)


def _seed_demo_once(url: str) -> None:
    import mlflow_seed  # sibling module; needs httpx (labgate's venv has it)

    started = time.monotonic()
    try:
        summary = mlflow_seed.seed_demo(url)
    except mlflow_seed.AlreadySeeded:
        _log("demo data already present; not seeding again")
        return
    runs = len(summary["runs"])
    _log(f"seeded demo data: {runs} runs in {time.monotonic() - started:.1f} s")


def _interrupt(signum: int, frame: object) -> None:
    # SIGTERM (make, a supervisor) and SIGHUP (a closed terminal) stop cleanly, like Ctrl-C.
    raise KeyboardInterrupt


def _serve(args: argparse.Namespace) -> int:
    server = MlflowServer(args.data, port=args.port, host=args.host, venv=args.venv)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    try:
        server.start()
        _log(f"MLflow {MLFLOW_VERSION} healthy at {server.url} in {server.startup_seconds:.1f} s")
        _log(f"data: {server.data_dir}  log: {server.log_path}")
        if args.seed == "demo":
            _seed_demo_once(server.url)
        _log("Ctrl-C stops the server")
        while server.running():
            time.sleep(0.5)
        _log(f"server exited by itself\n{server.log_tail()}")
        return 1
    except KeyboardInterrupt:
        _log("stopping")
        return 0
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    venv_cmd = sub.add_parser("ensure-venv", help="create the MLflow venv if absent")
    venv_cmd.add_argument("--venv", default=str(DEFAULT_VENV))
    serve = sub.add_parser("serve", help="run the server in the foreground")
    serve.add_argument("--data", required=True, help="data dir (sqlite db, artifacts, log)")
    serve.add_argument("--port", type=int, default=5000)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--venv", default=str(DEFAULT_VENV))
    serve.add_argument("--seed", choices=["demo"], help="seed the demo dataset unless present")
    args = parser.parse_args(argv)
    if args.cmd == "ensure-venv":
        print(ensure_venv(args.venv))
        return 0
    return _serve(args)


if __name__ == "__main__":
    sys.exit(main())

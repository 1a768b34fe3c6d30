"""A real Trackio 0.43.0 server (`trackio show --mcp-server`) for labgate's live tests and CI.

Trackio lives in its own venv (.cache/trackio-venv), installed from the pinned wheel
(specs/trackio/pin.toml, read through the spec cache) with its `mcp` extra: its dependencies
(gradio-client, huggingface-hub, mcp 1.x) stay out of labgate's venv. Standard library only.

    python tests/infra/trackio_server.py ensure-venv
    python tests/infra/trackio_server.py serve --data DIR [--port P]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VERSION = "0.43.0"
DEFAULT_VENV = REPO / ".cache" / "trackio-venv"
STAMP = ".labgate-trackio"
WRITE_TOKEN = "labgate-test-write-token"  # the test server's write token (not a secret)


def wheel() -> Path:
    """The pinned wheel, sha256-checked, from the spec cache (filled from the mirror)."""
    sys.path.insert(0, str(REPO))
    from codegen import specs

    (pinned,) = specs.load_pin("trackio").files
    return specs.ensure("trackio", pinned.path)


def ensure_venv(venv: Path = DEFAULT_VENV) -> Path:
    python = venv / "bin" / "python"
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(venv.with_name(venv.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp = venv / STAMP
        if stamp.exists() and stamp.read_text() == f"trackio=={VERSION}\n" and python.exists():
            return python
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--no-input",
             "--disable-pip-version-check", f"{wheel()}[mcp]"],
            check=True,
        )  # fmt: skip
        stamp.write_text(f"trackio=={VERSION}\n")
    return python


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


class TrackioServer:
    """`trackio show --mcp-server` on 127.0.0.1, its data under `data_dir`."""

    def __init__(self, data_dir: Path, port: int | None = None, venv: Path = DEFAULT_VENV):
        self.data_dir = Path(data_dir).resolve()
        self.port = port or free_port()
        self.venv = venv
        self.write_token = WRITE_TOKEN
        self._proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("TRACKIO_", "GRADIO_"))}
        return {
            **keep,
            "TRACKIO_DIR": str(self.data_dir / "trackio"),
            "TRACKIO_WRITE_TOKEN": self.write_token,
            "GRADIO_SERVER_PORT": str(self.port),
            "HF_HUB_OFFLINE": "1",
            "HF_HUB_DISABLE_TELEMETRY": "1",
        }

    def python(self) -> Path:
        return ensure_venv(self.venv)

    def start(self) -> TrackioServer:
        python = self.python()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.data_dir / "server.log", "wb")  # noqa: SIM115 - lives with the process
        cmd = [str(python.with_name("trackio")), "show", "--mcp-server", "--host", "127.0.0.1"]
        self._proc = subprocess.Popen(
            cmd, env=self.env(), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"trackio exited: {(self.data_dir / 'server.log').read_text()}")
            try:
                if _get(f"{self.url}/version")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"trackio did not answer on {self.url} within 60 s")

    def seed(self) -> dict:
        """Log the test data with Trackio's own Python API (tests/infra/trackio_seed.py);
        returns its description of what it logged."""
        out = subprocess.run(
            [str(self.python()), str(Path(__file__).with_name("trackio_seed.py")),
             f"{self.url}?write_token={self.write_token}"],
            env=self.env(), check=True, capture_output=True, text=True,
        )  # fmt: skip
        return json.loads(out.stdout.strip().splitlines()[-1])

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            try:
                os.killpg(self._proc.pid, signal.SIGTERM)
                self._proc.wait(10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self._proc.pid, signal.SIGKILL)
        self._proc = None

    def __enter__(self) -> TrackioServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["ensure-venv", "serve"])
    ap.add_argument("--data", type=Path, default=Path(".cache/trackio-data"))
    ap.add_argument("--port", type=int)
    args = ap.parse_args()
    if args.command == "ensure-venv":
        print(ensure_venv())
        return 0
    with TrackioServer(args.data, args.port) as server:
        print(f"trackio at {server.url} (write token {server.write_token}); Ctrl-C stops it")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    sys.exit(main())

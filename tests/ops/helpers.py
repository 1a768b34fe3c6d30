"""What the operations tests drive: a slurmrestd impersonated on loopback whose answers can be
slowed down or failed, and `labgate serve --transport http` as a subprocess."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from tests.conftest import free_port

TOKEN = "ops-test-token-0451"
HEADERS = {
    "Authorization": f"Bearer {TOKEN}",
    "Accept": "application/json, text/event-stream",
    "Content-Type": "application/json",
}
JOB = {"job_id": 1000, "name": "train", "job_state": ["RUNNING"]}


class FakeSlurm:
    """`GET …/jobs/` answers `jobs` jobs after `delay` seconds with `status`, `…/ping/` answers
    `ping_status`; it notes the X-Request-ID of each request and the most requests it held at
    once."""

    def __init__(self) -> None:
        self.delay, self.status, self.ping_status, self.jobs = 0.0, 200, 200, 1
        self.request_ids: list[str | None] = []
        self.paths: list[str] = []  # of the GETs but the pings
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                if self.path.rstrip("/").endswith("/ping"):
                    self._send(fake.ping_status, {"pings": [], "errors": []})
                    return
                fake.request_ids.append(self.headers.get("X-Request-ID"))
                fake.paths.append(self.path)
                with fake._lock:
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    time.sleep(fake.delay)
                    jobs = [{**JOB, "job_id": 1000 + i} for i in range(fake.jobs)]
                    ok = {"jobs": jobs, "errors": []}
                    body = ok if fake.status < 400 else {"errors": [{"error": "busy"}]}
                    self._send(fake.status, body)
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Labgate:
    """`labgate serve --transport http` against `env`, answering /healthz; stderr in `log`."""

    def __init__(self, *args: str, env: dict[str, str], log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        cmd = [sys.executable, "-m", "labgate", "serve", "--transport", "http",
               "--port", str(self.port), *args]  # fmt: skip
        full = {k: v for k, v in os.environ.items() if not k.startswith(("MLFLOW_", "LABGATE_"))}
        full |= {"HOME": "/nonexistent", "LABGATE_TOKEN": TOKEN, **env}
        with log.open("ab") as out:
            self.proc = subprocess.Popen(cmd, env=full, stdout=out, stderr=out)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                httpx.get(f"{self.url}/healthz", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"labgate did not start:\n{log.read_text(errors='replace')}")

    def signal(self, sig: int = signal.SIGTERM) -> None:
        self.proc.send_signal(sig)

    def accepting(self) -> bool:
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


def slurm_env(fake: FakeSlurm) -> dict[str, str]:
    return {"LABGATE_SLURM_URL": fake.url, "SLURM_JWT": "ops-jwt", "LABGATE_SLURM_USER": "root"}


def call_jobs(id_: int = 1) -> dict:
    """tools/call of call_operation → slurm_get_jobs: one backend GET."""
    params = {"name": "call_operation", "arguments": {"name": "slurm_get_jobs", "arguments": {}}}
    return {"jsonrpc": "2.0", "id": id_, "method": "tools/call", "params": params}


def succeeded(resp: httpx.Response) -> bool:
    if resp.status_code != 200:
        return False
    data = resp.json()
    return "result" in data and not data["result"].get("isError")

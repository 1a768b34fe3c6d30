"""`make run`: labgate over streamable HTTP, with a local MLflow holding demo data by default.

    python tests/infra/run_default.py [--data .cache/labgate-demo] [--port 8000] [--mlflow-port P]

Without MLFLOW_TRACKING_URI it builds the MLflow venv if needed (first time ~1-2 min), starts
MLflow 3.17.2 on loopback with its data under --data, seeds the demo project the first time
(experiments `demo/...`, tagged `labgate.demo=true`), then runs `labgate serve --transport http`
against it and prints the client configuration. With MLFLOW_TRACKING_URI set it serves labgate
against that server and starts nothing else. Other backends' variables pass through to labgate.
Ctrl-C, SIGTERM (a service manager, `timeout`, a container stop), SIGHUP or SIGQUIT stop labgate
and MLflow and leave the data for next time; a watchdog process stops them if this process is
killed outright (SIGKILL).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mlflow_server import REPO, MlflowServer, free_port  # noqa: E402

DEFAULT_DATA = REPO / ".cache" / "labgate-demo"
READY = "labgate ready:"  # tests wait for this line on stdout


def say(message: str) -> None:
    print(f"[make run] {message}", file=sys.stderr, flush=True)


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        # as uvicorn binds: connections of a previous run in TIME_WAIT must not count as "in use"
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"labgate exited with {proc.returncode} before it was ready")
        try:
            with opener.open(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"labgate not healthy at {url} after {timeout:.0f} s")


def seed_demo_once(url: str) -> None:
    import mlflow_seed

    try:
        summary = mlflow_seed.seed_demo(url)
    except mlflow_seed.AlreadySeeded:
        say("demo data already present (kept from an earlier run)")
        return
    names = ", ".join(summary["experiments"])
    say(f"seeded DEMO data: {len(summary['runs'])} runs in {names}, model demo-image-classifier")


def client_config(mcp_url: str) -> str:
    entry = {"mcpServers": {"labgate": {"type": "http", "url": mcp_url}}}
    return "\n".join(
        [
            "",
            f"{READY} {mcp_url}",
            "",
            "Claude Code:",
            f"  claude mcp add --transport http labgate {mcp_url}",
            "Any MCP client (mcpServers JSON):",
            "  " + json.dumps(entry),
            "",
            "Ctrl-C stops labgate and MLflow; the data stays for next time.",
            "",
        ]
    )


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
_stopping = False


def _interrupt(signum: int, frame: object) -> None:
    # Only the first signal interrupts: `timeout` and service managers signal this process and
    # then its whole group, and a second KeyboardInterrupt would cut the cleanup short.
    global _stopping
    if not _stopping:
        _stopping = True
        raise KeyboardInterrupt


# The watchdog: stops the process groups it was told about once its stdin closes, i.e. when
# run_default.py exits however it exits (SIGKILL included), unless told "done" first.
WATCHDOG = """
import os, signal, sys, time
for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
    signal.signal(s, signal.SIG_IGN)
groups = []
for line in sys.stdin:
    if line.strip() == "done":
        sys.exit(0)
    groups.append(int(line))

def signal_all(sig):
    alive = False
    for group in groups:
        try:
            os.killpg(group, sig)
            alive = True
        except ProcessLookupError:
            pass
    return alive

signal_all(signal.SIGTERM)
deadline = time.monotonic() + 15
while signal_all(0) and time.monotonic() < deadline:
    time.sleep(0.2)
signal_all(signal.SIGKILL)
"""


class Watchdog:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WATCHDOG], stdin=subprocess.PIPE, text=True,
            start_new_session=True,  # Ctrl-C and group signals do not reach it
        )  # fmt: skip

    def guard(self, group: int) -> None:
        self.proc.stdin.write(f"{group}\n")
        self.proc.stdin.flush()

    def done(self) -> None:
        self.proc.stdin.write("done\n")
        self.proc.stdin.close()
        self.proc.wait(5)


class GuardedMlflow(MlflowServer):
    """MlflowServer whose process group is handed to the watchdog as soon as it exists."""

    def __init__(self, watchdog: Watchdog, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.watchdog = watchdog

    def _wait_healthy(self) -> None:
        self.watchdog.guard(self.pid)  # its own session: the group id is its pid
        super()._wait_healthy()


def stop_child(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def serve(args: argparse.Namespace) -> int:
    if not port_free(args.port):
        say(f"port {args.port} is in use: pick another with --port (make run PORT=...)")
        return 2
    env = dict(os.environ)
    server: MlflowServer | None = None
    labgate: subprocess.Popen | None = None
    watchdog = Watchdog()
    try:
        if env.get("MLFLOW_TRACKING_URI"):
            say(f"MLFLOW_TRACKING_URI is set: serving {env['MLFLOW_TRACKING_URI']}, no demo MLflow")
        else:
            server = GuardedMlflow(watchdog, args.data, port=args.mlflow_port or free_port())
            say(f"starting MLflow with data in {server.data_dir}")
            server.start()
            say(f"MLflow UI and API at {server.url} (healthy in {server.startup_seconds:.1f} s)")
            seed_demo_once(server.url)
            env["MLFLOW_TRACKING_URI"] = server.url
        cmd = [sys.executable, "-m", "labgate", "serve", "--transport", "http"]
        cmd += ["--host", "127.0.0.1", "--port", str(args.port), *args.labgate_args]
        labgate = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, start_new_session=True)
        watchdog.guard(labgate.pid)
        base = f"http://127.0.0.1:{args.port}"
        wait_healthy(f"{base}/healthz", labgate)
        print(client_config(f"{base}/mcp"), flush=True)
        while labgate.poll() is None and (server is None or server.running()):
            time.sleep(0.5)
        say("labgate or MLflow exited by itself; stopping")
        return 1
    except KeyboardInterrupt:
        say("stopping")
        return 0
    finally:
        for sig in STOP_SIGNALS:  # a second Ctrl-C or SIGTERM must not cut cleanup short
            signal.signal(sig, signal.SIG_IGN)
        stop_child(labgate)
        if server is not None:
            server.stop()
        watchdog.done()
        say("stopped" + (f"; data kept in {server.data_dir}" if server else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="MLflow data directory")
    parser.add_argument("--port", type=int, default=8000, help="labgate's HTTP port")
    parser.add_argument("--mlflow-port", type=int, help="default: a free port")
    parser.add_argument("labgate_args", nargs="*", help="after --: extra `labgate serve` options")
    args = parser.parse_args(argv)
    for sig in STOP_SIGNALS:
        signal.signal(sig, _interrupt)
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())

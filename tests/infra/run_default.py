"""`make run`: labgate over streamable HTTP, with a local MLflow holding demo data by default.

    python tests/infra/run_default.py [--data .cache/labgate-demo] [--port 8000] [--mlflow-port P]

Without MLFLOW_TRACKING_URI it builds the MLflow venv if needed (first time ~1-2 min), starts
MLflow 3.17.2 on loopback with its data under --data, seeds the demo project the first time
(experiments `demo/...`, tagged `labgate.demo=true`), then runs `labgate serve --transport http`
against it and prints the client configuration. With MLFLOW_TRACKING_URI set it serves labgate
against that server and starts nothing else. Other backends' variables pass through to labgate.
Ctrl-C (or SIGTERM/SIGHUP) stops labgate and MLflow and leaves the data for next time.
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


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


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
    try:
        if env.get("MLFLOW_TRACKING_URI"):
            say(f"MLFLOW_TRACKING_URI is set: serving {env['MLFLOW_TRACKING_URI']}, no demo MLflow")
        else:
            server = MlflowServer(args.data, port=args.mlflow_port or free_port())
            say(f"starting MLflow with data in {server.data_dir}")
            server.start()
            say(f"MLflow UI and API at {server.url} (healthy in {server.startup_seconds:.1f} s)")
            seed_demo_once(server.url)
            env["MLFLOW_TRACKING_URI"] = server.url
        cmd = [sys.executable, "-m", "labgate", "serve", "--transport", "http"]
        cmd += ["--host", "127.0.0.1", "--port", str(args.port), *args.labgate_args]
        labgate = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL)
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
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut cleanup short
        stop_child(labgate)
        if server is not None:
            server.stop()
        say("stopped" + (f"; data kept in {server.data_dir}" if server else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="MLflow data directory")
    parser.add_argument("--port", type=int, default=8000, help="labgate's HTTP port")
    parser.add_argument("--mlflow-port", type=int, help="default: a free port")
    parser.add_argument("labgate_args", nargs="*", help="after --: extra `labgate serve` options")
    args = parser.parse_args(argv)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    return serve(args)


if __name__ == "__main__":
    sys.exit(main())

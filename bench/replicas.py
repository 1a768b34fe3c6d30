"""labgate replicas behind a real HAProxy (Debian's `haproxy`), on loopback.

`Cluster(n, env)` starts n `labgate serve --transport http` processes (stateless, the same
token, `--drain-delay 1 --drain-timeout 10`) and one HAProxy in front of them that checks each
replica's `/readyz` every 200 ms (2 failures: out, 2 successes: back in), retries a request
whose connection to a replica failed on another one (safe: nothing was sent), never retries
a request that was sent (a tools/call may be a write), and answers a call cut off by a dead
replica with a JSON-RPC error instead of its HTML 502 page. `drive()` runs MCP sessions
(one keep-alive connection each) through it and records every call.

Used by tests/ops/test_replicas.py (real MLflow and the Slurm shim) and `make bench`
(`python -m bench.replicas`: throughput with 1 and 3 replicas, recovery after SIGKILL).

HAProxy's health check waits up to 3 s for /readyz: a replica that is alive but slow under load
(one CI run on a loaded 2-core machine made 31 calls/s instead of 90) is not taken out, while a
killed one refuses connections and a draining one answers 503 at once, so both leave as fast.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.common import HEADERS, HttpServer, free_port

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
CHECK_INTER_MS, FALL, RISE = 200, 2, 2
DRAIN_DELAY = 3.0  # well above FALL × CHECK_INTER_MS: the balancer stops sending before labgate stops accepting
CUT_OFF = (
    "the labgate replica serving this call stopped before answering (HTTP 502 from the load "
    "balancer); the call may or may not have reached the backend"
)


def _errorfile(status: int, reason: str, message: str) -> str:
    body = json.dumps({"jsonrpc": "2.0", "id": None,
                       "error": {"code": -32603, "message": message}})  # fmt: skip
    return (f"HTTP/1.0 {status} {reason}\r\nCache-Control: no-cache\r\nConnection: close\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n{body}")  # fmt: skip


def haproxy_config(port: int, replicas: list[int], state: Path) -> str:
    (state / "502.http").write_text(_errorfile(502, "Bad Gateway", CUT_OFF))
    (state / "503.http").write_text(_errorfile(503, "Service Unavailable",
                                               "no labgate replica is ready; retry shortly"))  # fmt: skip
    servers = "\n".join(f"  server r{i} 127.0.0.1:{p} check" for i, p in enumerate(replicas))
    return f"""global
  stats socket {state}/stats.sock mode 600 level admin
  maxconn 4096
  log stdout format raw local0

defaults
  mode http
  log global
  option httplog
  option log-health-checks
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout queue 10s
  timeout check 3s
  retries 3
  option redispatch
  retry-on conn-failure
  http-reuse never
  errorfile 502 {state}/502.http
  errorfile 503 {state}/503.http

frontend mcp
  bind 127.0.0.1:{port}
  default_backend labgate

backend labgate
  balance roundrobin
  option httpchk
  http-check send meth GET uri /readyz
  http-check expect status 200
  default-server inter {CHECK_INTER_MS}ms fall {FALL} rise {RISE}
{servers}
"""


class HAProxy:
    def __init__(self, replicas: list[int]):
        self.state = Path(tempfile.mkdtemp(prefix="labgate-haproxy-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cfg = self.state / "haproxy.cfg"
        cfg.write_text(haproxy_config(self.port, replicas, self.state))
        check = subprocess.run([HAPROXY, "-c", "-f", str(cfg)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"haproxy -c: {check.stdout}{check.stderr}")
        self.log = (self.state / "haproxy.log").open("wb")
        self.proc = subprocess.Popen([HAPROXY, "-db", "-f", str(cfg)], stdout=self.log,
                                     stderr=subprocess.STDOUT)  # fmt: skip

    def stat(self) -> dict[str, str]:
        """Each server's status (UP, DOWN, ...), from the stats socket."""
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(2)
            sock.connect(str(self.state / "stats.sock"))
            sock.sendall(b"show stat\n")
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        lines = data.decode().splitlines()
        head = lines[0].lstrip("# ").split(",")
        rows = [dict(zip(head, line.split(","), strict=False)) for line in lines[1:] if line]
        return {r["svname"]: r["status"] for r in rows if r["pxname"] == "labgate"
                and r["svname"] not in ("FRONTEND", "BACKEND")}  # fmt: skip

    def _stat_or_none(self) -> dict[str, str]:
        if self.proc.poll() is not None:
            raise RuntimeError(f"haproxy exited: {(self.state / 'haproxy.log').read_text()}")
        try:
            return self.stat()
        except OSError:  # not listening on its socket yet
            return {}

    def wait_status(self, server: str, prefix: str, timeout: float = 20) -> float:
        """Seconds until `server` is `prefix` (UP, DOWN) in HAProxy."""
        t0 = time.monotonic()
        while not self._stat_or_none().get(server, "").startswith(prefix):
            if time.monotonic() - t0 > timeout:
                raise TimeoutError(f"{server} not {prefix} after {timeout} s: {self.stat()}")
            time.sleep(0.02)
        return time.monotonic() - t0

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        shutil.rmtree(self.state, ignore_errors=True)


class Cluster:
    """n labgate replicas behind HAProxy; `with Cluster(3, env) as c: c.url …`"""

    def __init__(self, n: int, env: dict[str, str], *args: str):
        self.n, self.env, self.args = n, env, args
        self.replicas: list[HttpServer] = []
        self.lb: HAProxy | None = None

    def __enter__(self) -> Cluster:
        try:
            for _ in range(self.n):
                srv = HttpServer(self.env, *self.args, "--drain-delay", str(DRAIN_DELAY),
                                 "--drain-timeout", "10", "--probe-interval", "2")  # fmt: skip
                self.replicas.append(srv.__enter__())
            self.lb = HAProxy([r.port for r in self.replicas])
            for i in range(self.n):
                self.lb.wait_status(f"r{i}", "UP")
        except BaseException:
            self.__exit__()
            raise
        return self

    @property
    def url(self) -> str:
        return self.lb.url

    def __exit__(self, *exc) -> None:
        if self.lb is not None:
            self.lb.close()
        for r in self.replicas:
            if r.proc.poll() is None:
                r.proc.kill()
                r.proc.wait(10)

    def signal(self, i: int, sig: int) -> float:
        """Send `sig` to replica i; returns time.monotonic() when sent."""
        t = time.monotonic()
        os.kill(self.replicas[i].proc.pid, sig)
        return t


@dataclass
class Call:
    session: int
    start: float
    end: float
    ok: bool
    status: int
    error: str = ""


@dataclass
class Drive:
    calls: list[Call] = field(default_factory=list)

    def failed(self) -> list[Call]:
        return [c for c in self.calls if not c.ok]


def classify(resp: httpx.Response, check) -> tuple[bool, str]:
    try:
        data = resp.json()
    except ValueError:
        return False, f"HTTP {resp.status_code}, not JSON: {resp.text[:200]}"
    if resp.status_code != 200 or "error" in data:
        return False, f"HTTP {resp.status_code}: {json.dumps(data.get('error', data))[:300]}"
    result = data["result"]
    if result.get("isError"):
        return False, f"tool error: {result['content'][0]['text'][:300]}"
    if check is not None and not check(json.loads(result["content"][0]["text"])):
        return False, f"wrong answer: {result['content'][0]['text'][:300]}"
    return True, ""


async def _session(url: str, i: int, mix: list, stop: float, out: Drive) -> None:
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=1)) as client:
        n = 0
        while time.monotonic() < stop:
            body, check = mix[(i + n) % len(mix)]
            n += 1
            start = time.monotonic()
            try:
                resp = await client.post(url + "/mcp", content=body, headers=HEADERS)
                ok, error = classify(resp, check)
                status = resp.status_code
            except httpx.HTTPError as exc:
                ok, error, status = False, f"{type(exc).__name__}: {exc}", 0
            out.calls.append(Call(i, start, time.monotonic(), ok, status, error))


def drive(url: str, sessions: int, seconds: float, mix: list) -> Drive:
    """`sessions` MCP sessions sending calls from `mix` ((body, check or None)) back to back."""
    out = Drive()
    stop = time.monotonic() + seconds

    async def main() -> None:
        await asyncio.gather(*(_session(url, i, mix, stop, out) for i in range(sessions)))

    asyncio.run(main())
    return out


def drive_in_thread(url: str, sessions: int, seconds: float, mix: list):
    box: dict = {}
    thread = threading.Thread(target=lambda: box.update(d=drive(url, sessions, seconds, mix)))
    thread.start()
    return thread, box


# ----------------------------------------------------------------------- make bench
def _throughput(env: dict[str, str], n: int, sessions: int, seconds: float, mix) -> dict:
    with Cluster(n, env, "--toolsets", "slurm") as cluster:
        drive(cluster.url, sessions, 1.0, mix)  # warm-up
        d = drive(cluster.url, sessions, seconds, mix)
    return {"calls_per_s": round(len(d.calls) / seconds, 1), "errors": len(d.failed())}


def _direct(env: dict[str, str], sessions: int, seconds: float, mix) -> dict:
    with HttpServer(env, "--toolsets", "slurm") as srv:
        drive(srv.url, sessions, 1.0, mix)
        d = drive(srv.url, sessions, seconds, mix)
    return {"calls_per_s": round(len(d.calls) / seconds, 1), "errors": len(d.failed())}


def recovery(env: dict[str, str], sessions: int, mix) -> dict:
    """3 replicas, load on; SIGKILL one: calls that failed, seconds until HAProxy has it DOWN,
    seconds from the kill to the last failed call."""
    with Cluster(3, env, "--toolsets", "slurm") as cluster:
        thread, box = drive_in_thread(cluster.url, sessions, 4.0, mix)
        time.sleep(1.5)
        killed = cluster.signal(1, signal.SIGKILL)
        cluster.lb.wait_status("r1", "DOWN")
        down = time.monotonic() - killed
        thread.join()
    d: Drive = box["d"]
    failed = d.failed()
    last = max((c.end for c in failed), default=killed) - killed
    return {"calls": len(d.calls), "failed": len(failed),
            "in_flight_at_kill": sum(c.start < killed <= c.end for c in d.calls),
            "seconds_to_marked_down": round(down, 2),
            "seconds_to_last_failure": round(max(last, 0.0), 3)}  # fmt: skip


def measure(seconds: float = 4.0, sessions: int = 32) -> dict:
    from bench.common import call_body, fake_env
    from bench.overhead import CALL, fake_backend

    mix = [(call_body(*CALL), None)]
    with fake_backend() as backend:
        env = fake_env() | {"LABGATE_SLURM_URL": backend}
        direct = _direct(env, sessions, seconds, mix)
        one = _throughput(env, 1, sessions, seconds, mix)
        three = _throughput(env, 3, sessions, seconds, mix)
        rec = recovery(env, sessions, mix)
    floor = direct["calls_per_s"]
    return {
        "sessions": sessions,
        "seconds": seconds,
        "direct_one_replica_no_lb": direct,
        "lb_1_replica": one | {"ratio_to_floor": round(one["calls_per_s"] / floor, 2)},
        "lb_3_replicas": three | {"ratio_to_floor": round(three["calls_per_s"] / floor, 2)},
        "ratio_3_over_1": round(three["calls_per_s"] / one["calls_per_s"], 2),
        "recovery_after_sigkill": rec,
        "haproxy_check": f"GET /readyz every {CHECK_INTER_MS} ms, fall {FALL}, rise {RISE}",
        "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "note": "fake slurmrestd backend; replicas, HAProxy, backend and load generator share "
        "the machine's cores",
    }


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))

"""The noisy neighbour: a quiet session's latency while another caller runs flat out.

Two labgates (JWT auth, so each caller is its own `sub`), one without and one with
`[server.limits]` rate 20/s, burst 20, concurrency 4 (hold 0.25 s), side by side in front of the
fast fake slurmrestd. The quiet session (caller `quiet`, one keep-alive connection) sends a
tools/call 80 ms after the last answer and times each (about 12 calls/s, under its limit). The
noisy caller (`noisy`, a process of its own, 8 connections) sends tools/calls back to back and
ignores every retry hint. Four cases, each measured in 6 slices of 4 s, interleaved round by
round (the order alternating) so a change of load on the machine lands on all of them alike:
the quiet session alone and with the noisy caller, on each server. The floor is the quiet
session alone without limits, pooled over the same rounds; the figure is the quiet p50 with
the noisy caller and the limits over that floor (goal ≤ 1.20). Each case also records the CPU
the server and the noisy client used (cores, from /proc), so a slowdown can be told apart from
labgate's own cost.

Pinning (`--pin`: labgate on all CPUs but the last, the noisy caller on the last) is off by
default: the noisy client uses ~0.06 cores once limited, and on a shared 2-core machine pinning
labgate to one core made the floor itself slower (7.9 vs 5.0 ms at load ≈ 2.5, 2026-12-07).

    python -m bench.neighbour [--pin]    # prints the result as JSON
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

from bench.common import PY, ROOT, HttpServer, call_body, fake_env, summary_ms
from bench.overhead import CALL, fake_backend

LIMITS = "rate = 20\nburst = 20\nconcurrency = 4\nhold_s = 0.25\n"
QUIET_GAP_S = 0.08
NOISY_CONNECTIONS = 8
ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def jwt_setup() -> tuple[dict[str, str], callable]:
    from fastmcp.server.auth.providers.jwt import RSAKeyPair
    from joserfc import jwt
    from joserfc.jwk import RSAKey

    keys = RSAKeyPair.generate()
    env = {"LABGATE_JWT_PUBLIC_KEY": keys.public_key, "LABGATE_JWT_ISSUER": "https://idp.bench",
           "LABGATE_JWT_AUDIENCE": "labgate-bench"}  # fmt: skip
    key = RSAKey.import_key(keys.private_key.get_secret_value())

    def mint(sub: str) -> str:
        now = int(time.time())
        claims = {"sub": sub, "iss": "https://idp.bench", "aud": "labgate-bench", "iat": now,
                  "exp": now + 3600}  # fmt: skip
        return jwt.encode({"alg": "RS256"}, claims, key)

    return env, mint


def quiet(url: str, token: str, seconds: float) -> list[float]:
    body, took = call_body(*CALL), []
    headers = {**ACCEPT, "Authorization": f"Bearer {token}"}
    with httpx.Client(timeout=30) as client:
        for _ in range(10):  # warm-up
            client.post(url + "/mcp", content=body, headers=headers).raise_for_status()
        stop = time.perf_counter() + seconds
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            resp = client.post(url + "/mcp", content=body, headers=headers)
            took.append(time.perf_counter() - t0)
            resp.raise_for_status()
            if "error" in resp.json():
                raise RuntimeError(f"quiet call failed: {resp.text[:300]}")
            time.sleep(QUIET_GAP_S)
    return took


async def _hammer(url: str, token: str, seconds: float, connections: int) -> dict[str, int]:
    body = call_body(*CALL)
    headers = {**ACCEPT, "Authorization": f"Bearer {token}"}
    counts: dict[str, int] = {}
    stop = time.perf_counter() + seconds
    async with httpx.AsyncClient(
        timeout=30, limits=httpx.Limits(max_connections=connections)
    ) as client:

        async def loop() -> None:
            while time.perf_counter() < stop:
                resp = await client.post(url + "/mcp", content=body, headers=headers)
                counts[str(resp.status_code)] = counts.get(str(resp.status_code), 0) + 1

        await asyncio.gather(*(loop() for _ in range(connections)))
    return counts


TICK = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def pinning() -> tuple[str | None, str | None]:
    """(server CPUs, noisy caller CPUs): the noisy caller on the last CPU, labgate on the others,
    so the noisy client's own CPU never comes out of the server's; unpinned on one CPU or
    without taskset."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2 or shutil.which("taskset") is None:
        return None, None
    return ",".join(map(str, cpus[:-1])), str(cpus[-1])


class Noisy:
    """The noisy caller in a process of its own (its CPU is not the quiet client's), on `cpus`
    when given."""

    def __init__(self, url: str, token: str, seconds: float, cpus: str | None = None):
        args = [PY, "-m", "bench.neighbour", "hammer", url, token, str(seconds)]
        if cpus:
            args = ["taskset", "-c", cpus, *args]
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE)

    def result(self) -> dict[str, int]:
        out, _ = self.proc.communicate(timeout=120)
        return json.loads(out)


def one_slice(srv: HttpServer, mint, seconds: float, noisy: bool, cpus: str | None) -> dict:
    """The quiet session for `seconds`, alone or with the noisy caller at full speed, and the
    CPU the server and the noisy client used meanwhile (per second)."""
    hammer = Noisy(srv.url, mint("noisy"), seconds + 1.5, cpus) if noisy else None
    if hammer:
        time.sleep(1.0)  # the hammer is at full speed before the quiet session starts
    t0, s0 = time.monotonic(), cpu_s(srv.proc.pid)
    h0 = cpu_s(hammer.proc.pid) if hammer else 0.0
    took = quiet(srv.url, mint("quiet"), seconds)
    h1 = cpu_s(hammer.proc.pid) if hammer else 0.0
    wall, s1 = time.monotonic() - t0, cpu_s(srv.proc.pid)
    out = {"took": took, "server_cpu": (s1 - s0) / wall, "noisy_cpu": (h1 - h0) / wall}
    if hammer:
        out["counts"] = hammer.result()
        out["seconds"] = seconds + 1.5
    return out


REFUSE_ALL = "rate = 0.001\nburst = 1\nhold_s = 0\n"  # every request after the first refused


def refusal_cost(srv_env: dict[str, str], config: Path, mint, seconds: float = 3.0) -> dict:
    """What one 429 costs labgate: the noisy caller against a server that refuses it every time
    and never holds a refusal (hold_s 0), server CPU per refused request."""
    config.write_text(f"[server.limits]\n{REFUSE_ALL}")
    with HttpServer(srv_env, "--toolsets", "slurm", "--config", str(config)) as srv:
        Noisy(srv.url, mint("warm-up"), 1.0).result()  # every caller is refused but its first
        t0, s0 = time.monotonic(), cpu_s(srv.proc.pid)
        counts = Noisy(srv.url, mint("noisy"), seconds).result()
        wall, s1 = time.monotonic() - t0, cpu_s(srv.proc.pid)
    refused = counts.get("429", 0)
    return {"refused_per_s": round(refused / wall, 1),
            "server_cpu_ms_per_refusal": round((s1 - s0) * 1000 / max(refused, 1), 3)}  # fmt: skip


def measure(seconds: float = 4.0, rounds: int = 6, pin: bool = False) -> dict:
    """Both servers (without and with limits) run side by side, and the four cases are measured
    in `rounds` interleaved slices of `seconds` (the order alternating each round), so a change
    in the machine's load lands on every case alike; the floor is the quiet session alone on the
    server without limits, pooled over the same rounds."""
    env, mint = jwt_setup()
    server_cpus, noisy_cpus = pinning() if pin else (None, None)
    slices: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp, fake_backend() as backend, ExitStack() as stack:
        servers = {}
        for name, limits in (("no_limits", ""), ("limits", LIMITS)):
            config = Path(tmp) / f"{name}.toml"
            config.write_text(f"[server.limits]\n{limits}")
            srv_env = fake_env() | {"LABGATE_SLURM_URL": backend} | env
            servers[name] = stack.enter_context(
                HttpServer(
                    srv_env, "--toolsets", "slurm", "--config", str(config), cpus=server_cpus
                )
            )
        for srv in servers.values():  # warm-up: the first seconds of a fresh server are slower
            quiet(srv.url, mint("quiet"), 2.0)
        for r in range(rounds):
            order = (False, True) if r % 2 == 0 else (True, False)
            for name, srv in servers.items():
                for noisy in order:
                    case = (name, "with_noisy" if noisy else "alone")
                    slices.setdefault(case, []).append(
                        one_slice(srv, mint, seconds, noisy, noisy_cpus)
                    )
        stack.close()  # both servers stopped before the refusal cost is measured
        srv_env = fake_env() | {"LABGATE_SLURM_URL": backend} | env
        refusals = refusal_cost(srv_env, Path(tmp) / "refuse.toml", mint)
    result: dict = {}
    for name in ("no_limits", "limits"):
        result[name] = {}
        for phase in ("alone", "with_noisy"):
            got = slices[(name, phase)]
            took = [t for s in got for t in s["took"]]
            entry: dict = {
                "quiet": summary_ms(took),
                "per_slice_p50_ms": [summary_ms(s["took"])["p50_ms"] for s in got],
                "server_cpu_cores": round(sum(s["server_cpu"] for s in got) / len(got), 3),
            }
            if phase == "with_noisy":
                counts: dict[str, int] = {}
                for s in got:
                    for code, n in s["counts"].items():
                        counts[code] = counts.get(code, 0) + n
                total_s = sum(s["seconds"] for s in got)
                entry["noisy_answers"] = counts
                entry["noisy_served_per_s"] = round(counts.get("200", 0) / total_s, 1)
                entry["noisy_refused_per_s"] = round(counts.get("429", 0) / total_s, 1)
                entry["noisy_client_cpu_cores"] = round(
                    sum(s["noisy_cpu"] for s in got) / len(got), 3
                )
            result[name][phase] = entry
        result[name]["ratio_p50"] = round(
            result[name]["with_noisy"]["quiet"]["p50_ms"]
            / result[name]["alone"]["quiet"]["p50_ms"],
            2,
        )
    floor = result["no_limits"]["alone"]["quiet"]["p50_ms"]
    off = result["no_limits"]["with_noisy"]
    refusals["server_cpu_ms_per_served_call"] = round(  # the busy server, quiet calls included
        off["server_cpu_cores"] * 1000 / max(off["noisy_served_per_s"], 1), 3
    )
    result["refusal_cost"] = refusals
    for name in ("no_limits", "limits"):
        for phase in ("alone", "with_noisy"):
            result[name][phase]["ratio_to_floor_p50"] = round(
                result[name][phase]["quiet"]["p50_ms"] / floor, 2
            )
        result[name]["ratio_to_floor_p50"] = result[name]["with_noisy"]["ratio_to_floor_p50"]
    result["floor_p50_ms"] = floor
    # the machine's own noise: how far apart the floor's slices are, with nothing else changed
    per_slice = result["no_limits"]["alone"]["per_slice_p50_ms"]
    result["floor_slice_spread"] = round(max(per_slice) / min(per_slice), 2)
    result["config"] = {"limits": LIMITS.strip().replace("\n", ", "), "quiet_gap_s": QUIET_GAP_S,
                        "noisy_connections": NOISY_CONNECTIONS, "slice_s": seconds,
                        "rounds": rounds, "noisy_honours_retry_hints": False,
                        "server_cpus": server_cpus, "noisy_cpus": noisy_cpus}  # fmt: skip
    result["goal_ratio"] = 1.2
    result["when"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    result["loadavg_1m_after"] = round(os.getloadavg()[0], 2)
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["hammer"]:
        url, token, seconds = sys.argv[2], sys.argv[3], float(sys.argv[4])
        print(json.dumps(asyncio.run(_hammer(url, token, seconds, NOISY_CONNECTIONS))))
    else:
        print(json.dumps(measure(pin="--pin" in sys.argv[1:]), indent=1))

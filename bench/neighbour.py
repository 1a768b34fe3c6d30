"""The noisy neighbour: a quiet session's latency while another caller runs flat out.

One labgate (JWT auth, so each caller is its own `sub`) in front of the fast fake slurmrestd.
The quiet session (caller `quiet`, one keep-alive connection) sends a tools/call 80 ms after the last answer and
times each (about 12 calls/s, under its limit). The noisy caller (`noisy`, its own process, 8 connections) sends tools/calls back to
back and ignores every retry hint. Measured three ways in one run, the same server config each
time but for its limits:
- floor: the quiet session alone (no limits);
- no limits: the quiet session while the noisy caller runs;
- limits: the same with `[server.limits]` rate 20/s, burst 20, concurrency 4 (hold 0.25 s).
The figure is the quiet p50 over its floor; the goal is at most 1.20 with the limits.

    python -m bench.neighbour            # prints the result as JSON
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
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


class Noisy:
    """The noisy caller in a process of its own (its CPU is not the quiet client's)."""

    def __init__(self, url: str, token: str, seconds: float):
        args = [PY, "-m", "bench.neighbour", "hammer", url, token, str(seconds)]
        self.proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE)

    def result(self) -> dict[str, int]:
        out, _ = self.proc.communicate(timeout=120)
        return json.loads(out)


def phase(url: str, mint, seconds: float, noisy: bool) -> dict:
    hammer = Noisy(url, mint("noisy"), seconds + 1.5) if noisy else None
    if hammer:
        time.sleep(1.0)  # the hammer is at full speed before the quiet session starts
    took = quiet(url, mint("quiet"), seconds)
    out = {"quiet": summary_ms(took)}
    if hammer:
        counts = hammer.result()
        out["noisy_answers"] = counts
        out["noisy_served_per_s"] = round(counts.get("200", 0) / (seconds + 1.5), 1)
    return out


def measure(seconds: float = 10.0) -> dict:
    env, mint = jwt_setup()
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp, fake_backend() as backend:
        for name, limits in (("no_limits", ""), ("limits", LIMITS)):
            config = Path(tmp) / f"{name}.toml"
            config.write_text(f"[server.limits]\n{limits}")
            srv_env = fake_env() | {"LABGATE_SLURM_URL": backend} | env
            with HttpServer(srv_env, "--toolsets", "slurm", "--config", str(config)) as srv:
                alone = phase(srv.url, mint, seconds, noisy=False)
                noisy = phase(srv.url, mint, seconds, noisy=True)
            result[name] = {"alone": alone, "with_noisy": noisy,
                            "ratio_p50": round(noisy["quiet"]["p50_ms"] / alone["quiet"]["p50_ms"], 2)}  # fmt: skip
    floor = result["no_limits"]["alone"]["quiet"]["p50_ms"]
    for name in ("no_limits", "limits"):
        result[name]["ratio_to_floor_p50"] = round(
            result[name]["with_noisy"]["quiet"]["p50_ms"] / floor, 2
        )
    result["floor_p50_ms"] = floor
    result["config"] = {"limits": LIMITS.strip().replace("\n", ", "), "quiet_gap_s": QUIET_GAP_S,
                        "noisy_connections": NOISY_CONNECTIONS, "seconds": seconds,
                        "noisy_honours_retry_hints": False}  # fmt: skip
    result["goal_ratio"] = 1.2
    result["when"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    result["loadavg_1m_after"] = round(os.getloadavg()[0], 2)
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["hammer"]:
        url, token, seconds = sys.argv[2], sys.argv[3], float(sys.argv[4])
        print(json.dumps(asyncio.run(_hammer(url, token, seconds, NOISY_CONNECTIONS))))
    else:
        print(json.dumps(measure(), indent=1))

"""`labgate serve --transport http` as a subprocess, one JSON-RPC request to it, and JWTs for
it signed with a throwaway key."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from fastmcp.server.auth.providers.jwt import RSAKeyPair
from joserfc import jwt
from joserfc.jwk import RSAKey

from tests.conftest import FAKE_ENV, free_port, wait_http

ISSUER, AUDIENCE = "https://idp.lab.example", "labgate-test"
JWT_LEEWAY = 30
KEYS = RSAKeyPair.generate()
JWT_ENV = {"LABGATE_JWT_PUBLIC_KEY": KEYS.public_key, "LABGATE_JWT_ISSUER": ISSUER,
           "LABGATE_JWT_AUDIENCE": AUDIENCE, "LABGATE_JWT_LEEWAY": str(JWT_LEEWAY)}  # fmt: skip


def mint(keys: RSAKeyPair = KEYS, drop: tuple[str, ...] = (), **claims) -> str:
    """An RS256 token with good claims, `claims` changed and the `drop` ones removed."""
    now = int(time.time())
    payload = {"sub": "alice", "iss": ISSUER, "aud": AUDIENCE, "iat": now, "exp": now + 300}
    payload = {k: v for k, v in {**payload, **claims}.items() if k not in drop}
    key = RSAKey.import_key(keys.private_key.get_secret_value())
    return jwt.encode({"alg": "RS256"}, payload, key)


ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def serve_cmd(*args: str, port: int) -> list[str]:
    return [sys.executable, "-m", "labgate", "serve", "--transport", "http", "--port", str(port),
            *args]  # fmt: skip


def start(*args: str, env: dict[str, str], log: Path) -> tuple[str, subprocess.Popen]:
    """Started and answering /healthz; stdout and stderr go to `log`."""
    port = free_port()
    with log.open("ab") as out:
        proc = subprocess.Popen(serve_cmd(*args, port=port), env={**os.environ, **FAKE_ENV, **env},
                                stdout=out, stderr=out)  # fmt: skip
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc=proc)
    except (RuntimeError, TimeoutError):
        stop(proc)
        raise RuntimeError(log.read_text(errors="replace")) from None
    return f"http://127.0.0.1:{port}", proc


def refusal(*args: str, env: dict[str, str], timeout: float = 30) -> subprocess.CompletedProcess:
    """Run a server that is expected to refuse to start; one that serves instead is killed
    after `timeout` s and fails the test."""
    try:
        return subprocess.run(serve_cmd(*args, port=free_port()), capture_output=True, text=True,
                              env={**os.environ, **FAKE_ENV, **env}, timeout=timeout)  # fmt: skip
    except subprocess.TimeoutExpired:
        raise AssertionError(f"labgate serve {' '.join(args)} started serving") from None


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def rpc(base: str, method: str, params: dict | None = None, *, token: str | None = None,
        headers: dict[str, str] | None = None, timeout: float = 30) -> httpx.Response:  # fmt: skip
    auth = {"Authorization": f"Bearer {token}"} if token else {}
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params or {}}
    return httpx.post(f"{base}/mcp", json=body, headers={**ACCEPT, **auth, **(headers or {})},
                      timeout=timeout)  # fmt: skip

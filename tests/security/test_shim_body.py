"""Attack on the shim's body limit: an authenticated client posts far more than 1 MiB.

The shim (`labgate slurm-shim` in a subprocess) must answer 413 without holding the body:
refused from Content-Length before reading, and while streaming a chunked body. The proof is
the process's peak RSS (VmHWM), which reading a 50 MB body would raise by 50 MB or more.
"""

from __future__ import annotations

import select
import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from labgate.shim.app import MAX_BODY
from labgate.shim.handlers import Shim
from tests.security.shim_fakes import ME, TOKEN, FakeSlurm, client, shim_process

BIG = 50 * 1024 * 1024
CHUNK = b"x" * 65536
ESTIMATE = "/labgate/v1/job/estimate"


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def body_chunks(chunked: bool) -> Iterator[bytes]:
    for _ in range(BIG // len(CHUNK)):
        yield b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK) if chunked else CHUNK
    if chunked:
        yield b"0\r\n\r\n"


def post_raw(url: str, chunked: bool) -> int:
    """POST BIG bytes, stopping as soon as the shim answers; the answer's status."""
    host, port = url.removeprefix("http://").split(":")
    framing = "Transfer-Encoding: chunked" if chunked else f"Content-Length: {BIG}"
    head = (f"POST {ESTIMATE} HTTP/1.1\r\nHost: shim\r\nX-SLURM-USER-NAME: {ME}\r\n"
            f"X-SLURM-USER-TOKEN: {TOKEN}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n")  # fmt: skip
    answer = b""
    with socket.create_connection((host, int(port)), timeout=60) as s:
        s.sendall(head.encode())
        for chunk in body_chunks(chunked):
            if select.select([s], [], [], 0)[0]:
                break  # answered early
            try:
                s.sendall(chunk)
            except OSError:
                break  # closed early
        try:
            while b"\r\n" not in answer and (part := s.recv(65536)):
                answer += part
        except ConnectionResetError:
            pass
    assert answer.startswith(b"HTTP/1.1 "), answer[:200]
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_large_body_is_refused_without_being_read(tmp_path: Path, chunked: bool) -> None:
    slurm = FakeSlurm(tmp_path / "slurm")
    with shim_process(slurm.env) as (url, proc):
        warm = httpx.post(url + ESTIMATE, content=b"{}", trust_env=False,
                          headers={"X-SLURM-USER-NAME": ME, "X-SLURM-USER-TOKEN": TOKEN})  # fmt: skip
        assert warm.status_code == 400
        before = peak_rss_mb(proc.pid)
        status = post_raw(url, chunked)
        grown = peak_rss_mb(proc.pid) - before
    assert status == 413
    assert grown < 10, f"peak RSS grew by {grown:.0f} MB for a {BIG >> 20} MB body"


async def test_limit_is_exact(tmp_path: Path) -> None:
    shim = Shim(FakeSlurm(tmp_path / "slurm").runner(), ME)

    async def stream(size: int):
        for start in range(0, size, len(CHUNK)):
            yield CHUNK[: min(len(CHUNK), size - start)]

    async with client(shim) as c:
        at_limit = await c.post(ESTIMATE, content=stream(MAX_BODY))
        over = await c.post(ESTIMATE, content=stream(MAX_BODY + 1))
        declared = await c.post(ESTIMATE, content=b"{}", headers={"Content-Length": "99999999"})
    assert at_limit.status_code == 400 and "not JSON" in at_limit.text  # read, then parsed
    assert over.status_code == 413 and declared.status_code == 413

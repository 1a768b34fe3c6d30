"""A fault-injecting HTTP proxy (no toxiproxy here): sits between labgate and a local backend.

    with FaultProxy(upstream="http://127.0.0.1:PORT") as proxy:
        proxy.fault = "reset"          # or: None (pass through), "delay", "status",
        ...                            #     "malformed", "truncated", "large"
        proxy.requests                 # how many requests arrived (retries included)

Runs its own asyncio loop in a thread, so in-process tests and subprocess servers can both
use it. One request per connection is enough: faults are decided per request.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from dataclasses import dataclass

import httpx


@dataclass
class Fault:
    kind: str | None = None  # see module doc
    status: int = 503
    retry_after: str | None = None
    delay: float = 5.0
    large_bytes: int = 30_000_000


class FaultProxy:
    def __init__(self, upstream: str):
        self.upstream = upstream.rstrip("/")
        self.config = Fault()
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.port = 0

    # -- control -----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def fault(self) -> str | None:
        return self.config.kind

    @fault.setter
    def fault(self, kind: str | None) -> None:
        self.config = Fault(kind)
        self.requests = 0

    def set(self, kind: str | None, **kw) -> None:
        self.config = Fault(kind, **kw)
        self.requests = 0

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _shutdown(self) -> None:
        """Cancel connections still held open (delay faults) so none is left half-done."""
        me = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not me]
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    # -- serving -----------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length) if length else b""
            self.requests += 1
            await self._respond(head, body, writer)
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if not writer.is_closing():
                writer.close()

    async def _respond(self, head: bytes, body: bytes, writer: asyncio.StreamWriter) -> None:
        f = self.config
        if f.kind == "reset":  # RST instead of FIN: SO_LINGER with a zero timeout
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return
        if f.kind == "delay":
            await asyncio.sleep(f.delay)
        if f.kind == "status":
            extra = f"retry-after: {f.retry_after}\r\n" if f.retry_after is not None else ""
            payload = b'{"message": "injected failure"}'
            writer.write(_response(f.status, payload, extra))
        elif f.kind == "malformed":
            writer.write(_response(200, b'{"jobs": [{"job_id": 1,, ]'))
        elif f.kind == "truncated":  # promises more bytes than it sends, then closes
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n"
                b'{"jobs": [{"job_id": 1'
            )
        elif f.kind == "large":
            item = b'{"job_id": 1, "name": "' + b"x" * 1000 + b'"},'
            n = f.large_bytes // len(item)
            writer.write(_response(200, b'{"jobs": [' + item * n + b'{"job_id": 2}]}'))
        else:
            writer.write(await self._forward(head, body))
        await writer.drain()

    async def _forward(self, head: bytes, body: bytes) -> bytes:
        request_line, *header_lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = {
            k.strip(): v.strip()
            for k, v in (h.split(":", 1) for h in header_lines if ":" in h)
            if k.strip().lower() not in ("host", "content-length", "connection")
        }
        async with httpx.AsyncClient() as client:
            resp = await client.request(
                method, self.upstream + target, headers=headers, content=body
            )
        ctype = resp.headers.get("content-type", "application/json")
        return _response(resp.status_code, resp.content, f"content-type: {ctype}\r\n")


def _response(status: int, payload: bytes, extra: str = "") -> bytes:
    return (
        f"HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{extra}"
        f"content-length: {len(payload)}\r\nconnection: close\r\n\r\n"
    ).encode() + payload

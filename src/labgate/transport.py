"""The backend clients' HTTP/1.1 transport: asyncio streams and httptools' parser (llhttp, the C
parser uvicorn uses) under httpx's API.

httpx's own stack (httpcore, h11 and anyio) costs ~0.9 ms of CPU per call on a 77 KB answer on
this kind of machine — as much again as the whole MCP request around it (bench/overhead.py);
this one costs ~0.1 ms. It keeps what labgate relies on: keep-alive connections per origin, TLS
with httpx's default verification, Content-Length, chunked and read-to-close bodies streamed to
the caller (so `labgate.bounded` caps them as they arrive), httpx's timeouts and error types.

It steps aside — clients keep httpx's own transport — for what it does not do: a proxy in the
environment, HEAD requests, and an httpx transport that something has wrapped (vcrpy's
cassettes, OpenTelemetry's httpx instrumentation), so those keep working.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys
from collections.abc import AsyncIterator
from typing import Any

import httptools
import httpx

MAX_HEAD = 65_536  # bytes of status line and headers
MAX_IDLE = 16  # idle keep-alive connections kept per origin
READ = 65_536


def usable() -> bool:
    """False when clients should keep httpx's transport (see the module's docstring)."""
    from httpx._utils import get_environment_proxies

    send = httpx.AsyncHTTPTransport.handle_async_request
    code = getattr(send, "__code__", None)
    own = code is not None and code.co_filename == sys.modules["httpx._transports.default"].__file__
    wrapped = hasattr(send, "__wrapped__") or not own  # functools.wraps keeps the names
    return not wrapped and not get_environment_proxies()


class Client(httpx.AsyncClient):
    """httpx's client for one backend: on labgate's transport when it is usable, and reading
    cookies only from answers that set one (httpx otherwise builds a urllib request per answer
    to look: ~0.1 ms)."""

    def __init__(self, **kwargs: Any) -> None:
        if usable():
            kwargs.setdefault("transport", Transport())
        super().__init__(**kwargs)
        self._cookies = _Cookies(self._cookies)  # httpx sets it in __init__, past any setter
        self._urls: dict[str, httpx.URL] = {}

    def _merge_url(self, url: Any) -> httpx.URL:
        # httpx parses the base URL and the path again on every request (~0.05 ms); a
        # generated call's paths repeat, so the merged URLs are kept (boundedly)
        if not isinstance(url, str):
            return super()._merge_url(url)
        merged = self._urls.get(url)
        if merged is None:
            merged = super()._merge_url(url)
            if len(self._urls) < 1024:
                self._urls[url] = merged
        return merged

    def build_request(self, method: str, url: Any, *, params: Any = None, **kw: Any):
        # generated calls pass {} without query parameters; httpx re-parses the URL for it
        return super().build_request(method, url, params=params or None, **kw)


class _Cookies(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class Transport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._idle: dict[tuple[str, str, int], list[_Conn]] = {}
        self._ssl: ssl.SSLContext | None = None
        self._fallback: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "HEAD":  # a body-less answer the parser cannot know of
            self._fallback = self._fallback or httpx.AsyncHTTPTransport()
            return await self._fallback.handle_async_request(request)
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
        origin = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        head = _request_head(request)
        body = [chunk async for chunk in request.stream]  # type: ignore[union-attr]
        timeouts = request.extensions.get("timeout", {})
        conn = self._take(origin)
        while True:
            conn = conn or await self._connect(origin, timeouts.get("connect"))
            try:
                await conn.send(head, body, request, timeouts.get("write"))
                status, headers = await conn.read_head(request, timeouts.get("read"))
                break
            except _Stale:  # only ever from a reused connection: the next one is new
                conn.close()
                conn = None
                if request.method not in ("GET", "OPTIONS"):  # it may have been acted on
                    raise httpx.RemoteProtocolError(
                        "the backend closed the connection", request=request
                    ) from None
            except BaseException:
                conn.close()
                raise
        stream = _Body(conn, request, timeouts.get("read"), lambda: self._put(origin, conn))
        return httpx.Response(
            status, headers=headers, stream=stream, extensions={"http_version": b"HTTP/1.1"}
        )

    def _take(self, origin: tuple[str, str, int]) -> _Conn | None:
        idle = self._idle.get(origin, [])
        while idle:
            conn = idle.pop()
            if conn.alive():
                return conn
            conn.close()
        return None

    def _put(self, origin: tuple[str, str, int], conn: _Conn) -> None:
        idle = self._idle.setdefault(origin, [])
        if len(idle) < MAX_IDLE:
            idle.append(conn)
        else:
            conn.close()

    async def _connect(self, origin: tuple[str, str, int], timeout: float | None) -> _Conn:
        scheme, host, port = origin
        if scheme == "https" and self._ssl is None:
            self._ssl = httpx.create_ssl_context()
        tls = self._ssl if scheme == "https" else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, ssl=tls, server_hostname=host if tls else None, limit=READ
                )
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(f"{type(exc).__name__}: {exc}") from None
        return _Conn(reader, writer)

    async def aclose(self) -> None:
        for idle in self._idle.values():
            for conn in idle:
                conn.close()
        self._idle.clear()
        if self._fallback is not None:
            await self._fallback.aclose()


def _request_head(request: httpx.Request) -> bytes:
    target = request.url.raw_path
    lines = [request.method.encode("ascii") + b" " + target + b" HTTP/1.1"]
    for name, value in request.headers.raw:
        lines.append(name + b": " + value)
    if _unsafe(lines):
        raise httpx.LocalProtocolError("a header or the path holds a line break or NUL")
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _unsafe(lines: list[bytes]) -> bool:
    return any(c in line for line in lines for c in (b"\n", b"\r", b"\0"))


class _Stale(Exception):
    """A reused connection that the server had closed: nothing was read."""


class _HeadTooLarge(Exception):
    pass


class _Extra(Exception):
    """Bytes after the answer's end: not part of it, and not an answer to the next request."""


class _Conn:
    """One HTTP/1.1 connection and its response parser."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader, self.writer = reader, writer
        self.used = False

    def alive(self) -> bool:
        # bytes waiting on an idle connection would be taken for the next request's answer
        waiting = self.reader._buffer  # type: ignore[attr-defined]  # asyncio has no public peek
        return not waiting and not self.reader.at_eof() and not self.writer.is_closing()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()

    async def send(
        self, head: bytes, body: list[bytes], request: httpx.Request, timeout: float | None
    ) -> None:
        chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
        self.writer.write(head)
        for chunk in body:
            if chunked and chunk:
                self.writer.writelines((b"%x\r\n" % len(chunk), chunk, b"\r\n"))
            elif chunk:
                self.writer.write(chunk)
        if chunked:
            self.writer.write(b"0\r\n\r\n")
        try:
            async with asyncio.timeout(timeout):
                await self.writer.drain()
        except TimeoutError:
            raise httpx.WriteTimeout("writing the request timed out", request=request) from None
        except OSError as exc:
            if self.used:
                raise _Stale from None
            raise httpx.WriteError(f"{type(exc).__name__}: {exc}", request=request) from None

    async def read_head(self, request: httpx.Request, timeout: float | None):
        self.parsed = _Parsed()
        seen = 0
        while not self.parsed.head_done:
            data = await self.read(request, timeout)
            if not data:
                if self.used and seen == 0:
                    raise _Stale
                raise httpx.RemoteProtocolError(
                    "the backend closed the connection before answering", request=request
                )
            seen += len(data)
            self.feed(data, request)  # a read may end the head and start the body
            if seen > MAX_HEAD and not self.parsed.head_done:  # (headers count in on_header)
                raise httpx.RemoteProtocolError(
                    f"the backend's response head passed {MAX_HEAD} bytes", request=request
                )
        self.used = True
        return self.parsed.status, self.parsed.headers

    async def read(self, request: httpx.Request, timeout: float | None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self.reader.read(READ)
        except TimeoutError:
            raise httpx.ReadTimeout("reading the answer timed out", request=request) from None
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ReadError(f"{type(exc).__name__}: {exc}", request=request) from None

    def feed(self, data: bytes, request: httpx.Request) -> None:
        try:
            self.parsed.parser.feed_data(data)
        except httptools.HttpParserCallbackError as exc:
            if isinstance(exc.__context__, _Extra):
                self.parsed.keep_alive = False
                return
            if isinstance(exc.__context__, _HeadTooLarge):
                raise httpx.RemoteProtocolError(
                    f"the backend's response head passed {MAX_HEAD} bytes", request=request
                ) from None
            raise httpx.RemoteProtocolError(f"malformed answer: {exc}", request=request) from None
        except httptools.HttpParserUpgrade:
            raise httpx.RemoteProtocolError(
                "the backend switched protocols", request=request
            ) from None
        except httptools.HttpParserError as exc:
            raise httpx.RemoteProtocolError(f"malformed answer: {exc}", request=request) from None


class _Parsed:
    """httptools' callbacks: the final (non-1xx) response's head, then its body."""

    def __init__(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.head_done = self.done = self.until_eof = self.keep_alive = False
        self.body: list[bytes] = []
        self.head_bytes = 0

    def on_message_begin(self) -> None:
        if self.done:  # the parser stops here: what follows is neither read nor kept
            raise _Extra

    def on_header(self, name: bytes, value: bytes) -> None:
        self.head_bytes += len(name) + len(value) + 4
        if self.head_bytes > MAX_HEAD:
            raise _HeadTooLarge
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.status = self.parser.get_status_code()
        if self.status < 200:
            return
        self.head_done = True
        names = {name.lower() for name, _ in self.headers}
        framed = b"content-length" in names or b"transfer-encoding" in names
        self.until_eof = not framed and self.status not in (204, 304)

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        if self.status < 200:  # 100 Continue, 103 Early Hints: the answer follows
            self.headers = []
            return
        self.done = True
        self.keep_alive = self.parser.should_keep_alive()  # llhttp forgets it for the next answer


class _Body(httpx.AsyncByteStream):
    """The answer's body as it arrives; the connection goes back to the pool once it is read
    whole and the server keeps it open."""

    def __init__(self, conn: _Conn, request: httpx.Request, timeout: float | None, release):
        self.conn, self.request, self.timeout, self.release = conn, request, timeout, release
        self.finished = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        conn, parsed = self.conn, self.conn.parsed
        while True:
            if parsed.body:
                chunks, parsed.body = parsed.body, []
                for chunk in chunks:
                    yield chunk
            if parsed.done:
                break
            data = await conn.read(self.request, self.timeout)
            if not data:
                if parsed.until_eof:
                    break
                raise httpx.RemoteProtocolError(
                    "the backend closed the connection mid-answer", request=self.request
                )
            conn.feed(data, self.request)
        self.finished = True
        if parsed.keep_alive and conn.alive():
            self.release()
        else:
            conn.close()

    async def aclose(self) -> None:
        if not self.finished:
            self.conn.close()
            self.finished = True

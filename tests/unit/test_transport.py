"""labgate's backend transport against real sockets: a scripted server answers each request
with the bytes a test gives it — well-formed, hostile, or nothing at all."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import shutil
import ssl
import subprocess

import httpx
import pytest

from labgate import transport
from labgate.transport import MAX_HEAD, Client, Transport

OK = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


@contextlib.asynccontextmanager
async def scripted(*answers: bytes | None, tls: ssl.SSLContext | None = None):
    """A server that reads one request per answer and writes that answer; a None closes the
    connection (right after the answer before it). `seen` holds (connection number, request)."""
    seen: list[tuple[int, bytes]] = []
    queue = list(answers)
    conns = [0]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conns[0] += 1
        number = conns[0]
        try:
            while queue:
                head = await reader.readuntil(b"\r\n\r\n")
                length = [v for k, v in _headers(head) if k == b"content-length"]
                body = await reader.readexactly(int(length[0])) if length else b""
                seen.append((number, head + body))
                answer = queue.pop(0)
                if answer is None:
                    break
                writer.write(answer)
                await writer.drain()
                if queue and queue[0] is None:  # close right after this answer
                    queue.pop(0)
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=tls)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}", seen
    finally:
        server.close()


def _headers(head: bytes) -> list[tuple[bytes, bytes]]:
    pairs = [line.split(b":", 1) for line in head.split(b"\r\n")[1:] if b":" in line]
    return [(k.strip().lower(), v.strip()) for k, v in pairs]


def client(url: str, **kw) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=url, transport=Transport(), timeout=kw.pop("timeout", 5))


async def test_keep_alive_reuses_one_connection_and_sends_the_request_as_given():
    async with scripted(OK, OK, OK) as (url, seen), client(url) as c:
        for path in ("/a?x=1&y=%2F", "/b", "/c"):
            resp = await c.get(path, headers={"X-Thing": "v"})
            assert (resp.status_code, resp.json()) == (200, {})
    assert [n for n, _ in seen] == [1, 1, 1]
    first = seen[0][1]
    assert first.startswith(b"GET /a?x=1&y=%2F HTTP/1.1\r\n")
    assert (b"x-thing", b"v") in _headers(first) and (b"host", url[7:].encode()) in _headers(first)


async def test_post_body_and_chunked_answer_are_framed():
    chunked = (
        b"HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n"
        b'4\r\n{"a"\r\n3\r\n: 1\r\n1\r\n}\r\n0\r\n\r\n'
    )
    async with scripted(chunked, OK) as (url, seen), client(url) as c:
        resp = await c.post("/runs", json={"name": "x"})
        assert (resp.status_code, resp.json()) == (201, {"a": 1})
        assert (await c.get("/next")).status_code == 200  # the connection survived the chunks
    assert seen[0][1].endswith(b'\r\n\r\n{"name":"x"}') and [n for n, _ in seen] == [1, 1]


async def test_an_answer_without_length_is_read_to_close_and_the_connection_is_not_reused():
    async with scripted(b"HTTP/1.1 200 OK\r\n\r\nall of it", None) as (url, seen):
        async with client(url) as c:
            assert (await c.get("/")).content == b"all of it"
        assert len(seen) == 1


async def test_connection_close_is_honoured():
    closing = b"HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 2\r\n\r\n{}"
    async with scripted(closing) as (url, _), scripted(OK) as (_, _):
        async with client(url) as c:
            assert (await c.get("/")).json() == {}
            assert c._transport._idle.get(("http", "127.0.0.1", int(url.rsplit(":", 1)[1]))) in (
                None,
                [],
            )


async def test_an_informational_answer_is_skipped():
    early = b"HTTP/1.1 103 Early Hints\r\nlink: </x>\r\n\r\n" + OK
    async with scripted(early) as (url, _), client(url) as c:
        resp = await c.get("/")
        assert resp.status_code == 200 and "link" not in resp.headers


async def test_a_closed_idle_connection_is_replaced_for_a_get():
    # the server answers once, then closes that connection as an idle keep-alive timeout would
    async with scripted(OK, None, OK) as (url, seen), client(url) as c:
        assert (await c.get("/one")).status_code == 200
        await asyncio.sleep(0.05)
        assert (await c.get("/two")).status_code == 200
    assert [n for n, _ in seen] in ([1, 2], [1, 1, 2])


async def test_a_write_on_a_connection_closed_under_it_is_not_repeated():
    async with scripted(OK, None, OK) as (url, seen), client(url) as c:
        await c.get("/one")
        await asyncio.sleep(0.05)
        conn = c._transport._idle[("http", "127.0.0.1", int(url.rsplit(":", 1)[1]))][0]
        conn.alive = lambda: True  # the close has not been noticed yet
        with pytest.raises(httpx.RemoteProtocolError, match="closed the connection"):
            await c.post("/create", json={})
    assert len(seen) == 1  # a write is not sent again on a new connection


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"NOT HTTP AT ALL\r\n\r\n", "malformed answer"),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 9\r\n\r\n{}", "malformed"),
        (b"HTTP/1.1 200 OK\r\nx-bad header: 1\r\ncontent-length: 0\r\n\r\n", "malformed"),
        (b"HTTP/1.1 200 OK\r\nx: " + b"a" * (MAX_HEAD + 10) + b"\r\n\r\n", "head passed"),
        (b"HTTP/1.1 101 Switching\r\nupgrade: h2c\r\nconnection: upgrade\r\n\r\n", "switched"),
        (b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{}", "mid-answer"),
        (b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n", "malformed"),
        # both framings at once: the answer's end is ambiguous (a smuggling vector)
        (
            b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\ntransfer-encoding: chunked\r\n\r\n"
            b"2\r\n{}\r\n0\r\n\r\n",
            "malformed",
        ),
        (b"HTTP/1.1 100 Continue\r\n\r\n" * 8000, "head passed"),  # endless interim answers
    ],
)
async def test_hostile_answers_are_transport_errors(answer, message):
    async with scripted(answer, None) as (url, _), client(url) as c:
        with pytest.raises(httpx.TransportError, match=message):
            await c.get("/")


async def test_a_server_that_never_answers_times_out():
    async def silent(reader, writer):
        await asyncio.sleep(5)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        async with client(url, timeout=0.3) as c:
            with pytest.raises(httpx.ReadTimeout):
                await c.get("/")
    finally:
        server.close()


async def test_nothing_listening_is_a_connect_error():
    async with scripted() as (url, _):
        pass
    async with client(url) as c:
        with pytest.raises(httpx.ConnectError):
            await c.get("/")


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "a\x00b"])
async def test_a_line_break_in_a_header_is_refused_before_anything_is_sent(value):
    async with scripted(OK) as (url, seen), client(url) as c:
        with pytest.raises((httpx.LocalProtocolError, ValueError)):
            await c.get("/", headers={"X-User": value})
    assert seen == []


async def test_a_body_left_unread_closes_its_connection():
    big = b"HTTP/1.1 200 OK\r\ncontent-length: 200000\r\n\r\n" + b"x" * 200_000
    async with scripted(big, OK) as (url, seen), client(url) as c:
        async with c.stream("GET", "/big") as resp:
            async for _ in resp.aiter_bytes():
                break
        assert (await c.get("/small")).json() == {}
    assert [n for n, _ in seen] == [1, 2]


SECOND = b'HTTP/1.1 200 OK\r\ncontent-length: 8\r\n\r\n{"n": 2}'
FORGED = b"HTTP/1.1 200 OK\r\ncontent-length: 6\r\n\r\nforged"


async def test_bytes_after_an_answer_are_neither_its_body_nor_the_next_answer():
    async with scripted(OK + FORGED, SECOND) as (url, seen), client(url) as c:
        assert (await c.get("/a")).content == b"{}"
        assert (await c.get("/b")).json() == {"n": 2}
    assert [n for n, _ in seen] == [1, 2]  # the connection that said too much is not reused


async def test_bytes_that_arrive_on_an_idle_connection_retire_it():
    conns = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conns.append(await reader.readuntil(b"\r\n\r\n"))
        writer.write(OK if len(conns) == 1 else SECOND)
        if len(conns) == 1:  # an answer to a request not yet sent
            await asyncio.sleep(0.05)
            writer.write(FORGED)
        await writer.drain()
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            await reader.read()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    async with server, client(url) as c:
        assert (await c.get("/a")).json() == {}
        await asyncio.sleep(0.2)
        assert (await c.get("/b")).json() == {"n": 2}
    assert len(conns) == 2


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl makes the test certificate")
async def test_tls_is_verified(tmp_path, monkeypatch):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert],
        check=True, capture_output=True,
    )  # fmt: skip
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    async with scripted(OK, tls=tls) as (url, _), client(url) as c:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await c.get("/")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # trusted the way httpx trusts a lab's CA
    async with scripted(OK, tls=tls) as (url, _), client(url) as c:
        assert (await c.get("/")).json() == {}


def test_it_steps_aside_for_a_proxy_or_an_instrumented_httpx(monkeypatch):
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert transport.usable()
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.lab:3128")
    assert not transport.usable()
    monkeypatch.delenv("HTTPS_PROXY")

    real = httpx.AsyncHTTPTransport.handle_async_request

    @functools.wraps(real)  # as vcrpy and OpenTelemetry wrap it: __module__ and __name__ kept
    async def wrapped(self, request):
        return await real(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", wrapped)
    assert not transport.usable()
    assert not isinstance(Client()._transport, Transport)


async def test_a_small_head_that_arrives_late_beside_a_large_body_is_read():
    # the head's first bytes, then the rest of it with 100 KB of body in one piece
    body = b"x" * 100_000
    answer = b"HTTP/1.1 200 OK\r\ncontent-length: %d\r\n\r\n" % len(body) + body

    async def dribble(reader, writer):
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer[:10])
        await writer.drain()
        await asyncio.sleep(0.05)
        writer.write(answer[10:])
        await writer.drain()
        await asyncio.sleep(1)
        writer.close()

    server = await asyncio.start_server(dribble, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        async with client(url) as c:
            assert (await c.get("/")).content == body
    finally:
        server.close()

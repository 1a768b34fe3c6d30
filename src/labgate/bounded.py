"""Backend answers read with a size limit: a 300 MB artifact or a gzip bomb must not take labgate
with it.

`response_hook(backend, limit)` is an httpx response event hook. httpx runs it once the headers
are in and before the body is read, so the body can be refused from `Content-Length` or cut
while streaming. Compressed bodies are decoded here, under the same limit (httpx would inflate
them without one), and the `Content-Encoding` header is dropped so httpx does not decode twice.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx

from labgate.errors import LabgateError

_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class ResponseTooLarge(LabgateError):
    def __init__(self, backend: str, limit: int, size: int | None = None):
        said = f"{size / 1_048_576:.0f} MB, more" if size else "more"
        super().__init__(
            f"{backend} answered {said} than labgate reads of one answer "
            f"({limit / 1_048_576:g} MB, LABGATE_MAX_RESPONSE_MB or [server] max_response_mb): "
            "narrow the request (paging, filters, fields, a byte range) or fetch the file from "
            f"{backend} directly"
        )


class _Capped(httpx.AsyncByteStream):
    """The body as it arrives, decoded, stopped once it passes `limit` bytes."""

    def __init__(self, inner: Any, backend: str, limit: int, encoding: str):
        self.inner, self.backend, self.limit = inner, backend, limit
        self.decoder = zlib.decompressobj(_WBITS[encoding]) if encoding in _WBITS else None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        produced = 0
        async for chunk in self.inner:
            data = (
                self.decoder.decompress(chunk, self.limit - produced + 1) if self.decoder else chunk
            )
            produced += len(data)
            if produced > self.limit:
                raise ResponseTooLarge(self.backend, self.limit)
            yield data
        if self.decoder:
            yield self.decoder.flush()

    async def aclose(self) -> None:
        await self.inner.aclose()


def response_hook(backend: str, limit: int) -> Callable[[Any], Awaitable[None]]:
    async def hook(response: Any) -> None:
        if response.request.extensions.get("labgate_stream"):
            return  # read chunk by chunk by a consumer that keeps a bounded part
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await response.aclose()
            raise ResponseTooLarge(backend, limit, int(length))
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", *_WBITS):
            await response.aclose()
            raise LabgateError(f"{backend} answered with an unsupported encoding {encoding!r}")
        response.stream = _Capped(response.stream, backend, limit, encoding)
        if encoding in _WBITS:
            del response.headers["content-encoding"]

    return hook

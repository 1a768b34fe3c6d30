"""`mkdocs build --strict` of the generated site, then a real headless Chromium opens it.

Chromium is Debian's /usr/bin/chromium driven by playwright-core (tests/clients/setup.sh installs
it); the screenshots land in bench/out/ (git-ignored).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.clients.nodetools import MODULES, PLAYWRIGHT, node, require
from tests.conftest import ROOT

SHOT = ROOT / "bench" / "out" / "docs-screenshot.png"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    if shutil.which("mkdocs", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("mkdocs is not installed in this venv: pip install -e '.[docs]'")
    out = tmp_path_factory.mktemp("site")
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    print(f"mkdocs build --strict: {time.monotonic() - started:.1f} s")
    return out


@pytest.fixture(scope="module")
def served(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def search_docs(site: Path) -> list[dict]:
    return json.loads((site / "search" / "search_index.json").read_text())["docs"]


def rare_word(site: Path, catalog) -> tuple[str, str]:
    """A curated tool page and a word from its description that few other pages contain."""
    texts = [(d["title"] + " " + d["text"]).lower() for d in search_docs(site)]
    best = None
    for page in catalog.curated:
        for word in sorted(set(re.findall(r"[A-Za-z]{6,}", page.description))):
            if word.lower() in page.name:
                continue  # a word from the description, not the name
            hits = sum(word.lower() in t for t in texts)
            if hits and (best is None or hits < best[0]):
                best = (hits, page.path.removesuffix(".md") + "/", word)
    assert best is not None, "no curated tool description word in the search index"
    return best[1], best[2]


@pytest.fixture(scope="module")
def catalog():
    from docs.toolpages import Catalog

    return Catalog.load(ROOT)


def test_every_curated_tool_and_operation_has_a_page(site, catalog):
    cat = catalog
    assert len(cat.curated) >= 10 and len(cat.operations) >= 400
    for page in cat.pages():
        html = site / page.path.removesuffix(".md") / "index.html"
        assert html.is_file(), page.path
    pages = {d["location"] for d in search_docs(site)}
    assert "tools/discovery/search_operations/" in pages
    assert {"getting-started/", "configuration/", "security/", "regen/"} <= pages


def test_site_renders_and_search_finds_a_tool_in_chromium(site, served, catalog):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} missing: apt-get install chromium")
    require(PLAYWRIGHT, "playwright-core")
    tool_loc, word = rare_word(site, catalog)
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        [node(), str(Path(__file__).with_name("browse.mjs")), served, tool_loc, word, str(SHOT)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LABGATE_NODE_MODULES": str(MODULES), "CHROMIUM": CHROMIUM},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    assert not out["errors"], out["errors"]
    assert out["index"]["title"].startswith("labgate")
    assert out["index"]["h1"].rstrip("¶").strip() == "labgate" and out["index"]["navLinks"] >= 8
    tool_name = tool_loc.rstrip("/").rsplit("/", 1)[-1]
    assert out["tool"]["h1"].startswith(tool_name)
    assert {"Arguments", "Annotations", "Example call"} <= {
        h.rstrip("¶").strip() for h in out["tool"]["headings"]
    }
    assert out["tool"]["tableVisible"]
    assert any(tool_loc in href for href in out["search"]["hrefs"]), (word, out["search"])
    assert SHOT.stat().st_size > 10_000
    print(f"searched {word!r} → {tool_loc}; screenshot {SHOT}")

"""Build the tool reference from the registry the server uses (run by mkdocs-gen-files).

One page per curated tool (what `labgate serve` lists by default or with the write switches) and
one per generated operation (what `--tools all` lists), grouped by backend and toolset. Example
responses come from the HTTP cassettes under tests/cassettes/<backend>/ when they exist.
"""

from __future__ import annotations

import sys
from pathlib import Path

import mkdocs_gen_files

sys.path.insert(0, str(Path(__file__).resolve().parent))

from toolpages import Catalog, render_backend_index, render_explainer, render_tool  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write(path: str, text: str) -> None:
    with mkdocs_gen_files.open(path, "w") as f:
        f.write(text)


def main() -> None:
    cat = Catalog.load(ROOT)
    for page in cat.pages():
        write(page.path, render_tool(cat, page))
    for path, text in render_backend_index(cat):
        write(path, text)
    for name in ("compare_tasks", "where_to_submit"):
        write(f"explain/{name}.md", render_explainer(cat, name, ROOT / "docs" / "_partials"))


main()

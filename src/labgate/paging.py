"""A bound on every loop a backend drives: a page cap, a repeated page token, a count that is
not positive. A backend that answers the same `next_page_token` forever, or `returned: -1`,
ends the loop; the caller returns what it has, marked truncated, with the reason.

    pages = Pages("metric history")
    while True:
        page = await fetch(token)
        ...
        token = page.get("next_page_token")
        if not pages.more(token):
            break
    out = pages.mark(out)  # adds `truncated: true` and `truncated_why` when a bound stopped it
"""

from __future__ import annotations

from typing import Any

MAX_PAGES = 200  # of any one backend-driven loop in one tool call


class Pages:
    def __init__(self, what: str, max_pages: int = MAX_PAGES):
        self.what, self.max_pages = what, max_pages
        self.fetched = 0
        self.why: str | None = None
        self._seen: set[str] = set()

    def more(self, token: Any, *, count: Any = None, same_token_ok: bool = False) -> bool:
        """After each page: True to fetch the next one with `token` (the backend's next-page
        token; empty = that was the last page). `count`: the items the backend says the page
        held. `same_token_ok` for scroll APIs whose cursor id may stay the same."""
        self.fetched += 1
        if count is not None and (not isinstance(count, int) or count <= 0):
            if count != 0:
                self.stop(f"the backend reported {count!r} items on page {self.fetched}")
            return False
        if not token:
            return False
        if not same_token_ok:
            key = repr(token)
            if key in self._seen:
                self.stop(f"the backend repeated a page token after {self.fetched} pages")
                return False
            self._seen.add(key)
        if self.fetched >= self.max_pages:
            self.stop(f"stopped after {self.max_pages} pages")
            return False
        return True

    def stop(self, why: str) -> None:
        self.why = f"{self.what}: {why}"

    def mark(self, out: dict[str, Any]) -> dict[str, Any]:
        if self.why:
            out["truncated"] = True
            out["truncated_why"] = self.why
        return out

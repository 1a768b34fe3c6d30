"""Trackio: a self-hosted Trackio server (`trackio show`) or a Space, configured the way
Trackio's own client is (TRACKIO_SERVER_URL, TRACKIO_WRITE_TOKEN or the `?write_token=` of
the write-access URL `trackio show` prints)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from labgate.backends import Adapter, openapi_client
from labgate.config import Instance, Secret, http_url

WRITE_HEADER = "X-Trackio-Write-Token"  # how Trackio's HTTP API takes the write token


def split_write_token(url: str, what: str) -> tuple[str, str | None]:
    """The write-access URL (`http://host:7860/?write_token=...`) as (URL, token)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    token = next((v for k, v in query if k == "write_token"), None)
    if token is not None:
        Secret(token)  # masked from here on, whatever happens next
    rest = urlencode([(k, v) for k, v in query if k != "write_token"])
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    return http_url(clean, what), token or None


def from_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    """TRACKIO_URL (or Trackio's own TRACKIO_SERVER_URL) and TRACKIO_WRITE_TOKEN."""
    var = "TRACKIO_URL" if env.get("TRACKIO_URL") else "TRACKIO_SERVER_URL"
    if not env.get(var):
        return [], "TRACKIO_URL (or TRACKIO_SERVER_URL) is not set"
    url, in_url = split_write_token(env[var], var)
    token = env.get("TRACKIO_WRITE_TOKEN") or in_url
    auth: dict[str, Secret | str] = {"write_token": Secret(token)} if token else {}
    return [Instance("trackio", "default", url, auth)], ""


def client(inst: Instance, hooks: dict[str, list[Any]], headers: dict[str, str]) -> Any:
    headers = dict(headers)
    if "write_token" in inst.auth:
        headers[WRITE_HEADER] = str(inst.auth["write_token"])
    if "hf_token" in inst.auth:  # a Space takes the bearer as the caller's Hugging Face token
        headers["Authorization"] = f"Bearer {inst.auth['hf_token']}"
    return openapi_client(inst, hooks, headers)


ADAPTER = Adapter(
    name="trackio",
    title="Trackio",
    role="tracker",
    order=25,
    from_env=from_env,
    client=client,
    auth_keys=("write_token", "hf_token"),
    modules=("trackio_tools", "trackio_resources", "trackio_links"),
    providers={"compare_tasks": "trackio_tools:fetch_for_compare", "links": "trackio_links:LINKS"},
    auth_hint="Trackio refused the write token: set TRACKIO_WRITE_TOKEN to the token `trackio show` prints",
    hints={
        400: "Trackio refused the call: its message says why (a write needs the write token)",
    },
    env_doc=(
        ("TRACKIO_URL", "yes*", "Trackio server URL (`trackio show`), or TRACKIO_SERVER_URL"),
        ("TRACKIO_WRITE_TOKEN", "no", "write token for delete/rename (X-Trackio-Write-Token)"),
    ),
    env_note="\\* or one `[[trackio]]` table per server in labgate.toml (`hf_token_env` for a Space).",
    example_env={"TRACKIO_URL": "http://127.0.0.1:9", "TRACKIO_WRITE_TOKEN": "docs"},
)

"""Qarnot: the Compute API, configured the way the Qarnot SDK is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labgate.backends import Adapter, openapi_client
from labgate.config import Instance, Secret, http_url

DEFAULT_URL = "https://api.qarnot.com"


def from_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    token = env.get("QARNOT_CLIENT_TOKEN")
    if not token:
        return [], "QARNOT_CLIENT_TOKEN is not set"
    url = http_url(env.get("QARNOT_CLUSTER_URL") or DEFAULT_URL, "QARNOT_CLUSTER_URL")
    return [Instance("qarnot", "default", url, {"token": Secret(token)})], ""


def client(inst: Instance, hooks: dict[str, list[Any]], headers: dict[str, str]) -> Any:
    # Qarnot wants the raw token, no "Bearer"
    return openapi_client(inst, hooks, {**headers, "Authorization": str(inst.auth["token"])})


ADAPTER = Adapter(
    name="qarnot",
    title="Qarnot",
    role="compute",
    order=30,
    from_env=from_env,
    client=client,
    auth_keys=("token",),
    modules=("qarnot_tools", "qarnot_links"),
    providers={"where_to_submit": "qarnot_tools:placement_provider", "links": "qarnot_links:LINKS"},
    check="get_user_info",  # GET /v1/info needs the token: a refused one shows at start
    env_doc=(
        ("QARNOT_CLIENT_TOKEN", "yes", "API token"),
        ("QARNOT_CLUSTER_URL", "no", "API URL (default: Qarnot's public API)"),
    ),
    example_env={"QARNOT_CLIENT_TOKEN": "docs", "QARNOT_CLUSTER_URL": "http://127.0.0.1:9"},
)

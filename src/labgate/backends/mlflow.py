"""MLflow: a tracking server, configured the way MLflow's own clients are."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labgate.backends import Adapter, openapi_client
from labgate.config import Instance, Secret, basic_auth, split_userinfo, strip_userinfo


def from_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    """MLFLOW_TRACKING_URI, with MLFLOW_TRACKING_TOKEN or _USERNAME/_PASSWORD (or the URI's
    own `user:password@`, which MLflow accepts too)."""
    uri = env.get("MLFLOW_TRACKING_URI")
    if not uri:
        return [], "MLFLOW_TRACKING_URI is not set"
    if not uri.startswith(("http://", "https://")):
        return [], f"MLFLOW_TRACKING_URI={strip_userinfo(uri)!r} is not an http(s) tracking server"
    uri, url_user, url_password = split_userinfo(uri)
    token = env.get("MLFLOW_TRACKING_TOKEN")
    password = env.get("MLFLOW_TRACKING_PASSWORD") or url_password
    auth = {k: v for k, v in {
        "token": Secret(token) if token else None,
        "username": env.get("MLFLOW_TRACKING_USERNAME") or url_user,
        "password": Secret(password) if password else None,
    }.items() if v}  # fmt: skip
    basic_auth(auth, "username", "password")
    return [Instance("mlflow", "default", uri.rstrip("/"), auth)], ""


def client(inst: Instance, hooks: dict[str, list[Any]], headers: dict[str, str]) -> Any:
    httpx_args: dict[str, Any] = {}
    if "token" in inst.auth:
        headers = {**headers, "Authorization": f"Bearer {inst.auth['token']}"}
    elif "username" in inst.auth:
        httpx_args["auth"] = (str(inst.auth["username"]), str(inst.auth.get("password", "")))
    return openapi_client(inst, hooks, headers, httpx_args)


ADAPTER = Adapter(
    name="mlflow",
    title="MLflow",
    role="tracker",
    order=10,
    from_env=from_env,
    client=client,
    auth_keys=("token", "username", "password"),
    modules=("mlflow_tools", "mlflow_resources", "mlflow_links"),
    providers={
        "compare_tasks": "mlflow_tools:fetch_for_compare",
        "track": "mlflow_links:TRACK",
        "links": "mlflow_links:LINKS",
    },
    env_doc=(
        ("MLFLOW_TRACKING_URI", "yes", "tracking server URL (http/https)"),
        ("MLFLOW_TRACKING_TOKEN", "no", "bearer token"),
        ("MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD", "no", "basic auth"),
    ),
    example_env={"MLFLOW_TRACKING_URI": "http://127.0.0.1:9", "MLFLOW_TRACKING_TOKEN": "docs"},
    recorded="a real MLflow 3.17.2",
)

"""ClearML: an API server, configured the way the ClearML SDK is (clearml.conf or CLEARML_*)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from labgate.backends import Adapter, timeout
from labgate.config import Instance, Secret, basic_auth, http_url
from labgate.errors import register_secret


def _conf_file(env: Mapping[str, str]) -> dict[str, str]:
    path = Path(
        env.get("CLEARML_CONFIG_FILE")
        or Path(env.get("HOME", "~")).expanduser() / ".clearml" / "clearml.conf"
    )
    if not path.is_file():
        return {}
    from pyhocon import ConfigFactory

    conf = ConfigFactory.parse_file(str(path))
    return {
        "url": conf.get_string("api.api_server", ""),
        "access_key": conf.get_string("api.credentials.access_key", ""),
        "secret_key": conf.get_string("api.credentials.secret_key", ""),
        "file": str(path),
    }


def from_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    conf = _conf_file(env)
    url = env.get("CLEARML_API_HOST") or conf.get("url")
    access = env.get("CLEARML_API_ACCESS_KEY") or conf.get("access_key")
    secret = env.get("CLEARML_API_SECRET_KEY") or conf.get("secret_key")
    where = conf.get("file", "~/.clearml/clearml.conf")
    if not url:
        return [], f"no api.api_server in {where} and CLEARML_API_HOST is not set"
    if not (access and secret):
        return (
            [],
            f"no api.credentials in {where} and CLEARML_API_ACCESS_KEY/CLEARML_API_SECRET_KEY are not set",
        )
    auth: dict[str, Secret | str] = {"access_key": Secret(access), "secret_key": Secret(secret)}
    basic_auth(auth, "access_key", "secret_key")
    return [Instance("clearml", "default", http_url(url, "ClearML api_server"), auth)], ""


def client(inst: Instance, hooks: dict[str, list[Any]], headers: dict[str, str]) -> Any:
    from labgate_generated.clearml.client.rpc import ClearMLClient

    return ClearMLClient(
        inst.url,
        str(inst.auth["access_key"]),
        str(inst.auth["secret_key"]),
        timeout=timeout(inst),
        headers=headers,
        event_hooks=hooks,
        on_token=register_secret,  # a session token echoed by the server stays masked
    )


def _errors() -> tuple[type[Exception], ...]:
    from labgate_generated.clearml.client.rpc import ClearMLError

    return (ClearMLError,)


def error_of(exc: Exception) -> tuple[int, str]:
    """The RPC client raises instead of returning a response: its status and `result_msg`."""
    return getattr(exc, "status_code", 500), getattr(exc, "result_msg", "") or str(exc)


ADAPTER = Adapter(
    name="clearml",
    title="ClearML",
    role="tracker",
    order=20,
    from_env=from_env,
    client=client,
    auth_keys=("access_key", "secret_key"),
    modules=("clearml_tools", "clearml_links"),
    providers={
        "compare_tasks": "clearml_tools:fetch_for_compare",
        "track": "clearml_links:TRACK",
        "links": "clearml_links:LINKS",
    },
    errors=_errors,
    error_of=error_of,
    auth_hint="check the ClearML access/secret key",
    check="users.get_current_user",  # logs in: a refused key pair shows, unlike debug.ping
    env_doc=(
        ("CLEARML_API_HOST", "yes*", "API server URL"),
        ("CLEARML_API_ACCESS_KEY / CLEARML_API_SECRET_KEY", "yes*", "API credentials"),
        (
            "CLEARML_CONFIG_FILE",
            "no",
            "clearml.conf to read instead (default ~/.clearml/clearml.conf)",
        ),
    ),
    env_note="\\* or the `api` section of clearml.conf, or a `[[clearml]]` table in labgate.toml.",
    example_env={
        "CLEARML_API_HOST": "http://127.0.0.1:9",
        "CLEARML_API_ACCESS_KEY": "docs",
        "CLEARML_API_SECRET_KEY": "docs",
    },
)

"""Where each backend lives and how to authenticate, from its own conventions plus labgate.toml.

Environment conventions: MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN (or _USERNAME/_PASSWORD);
CLEARML_API_HOST / CLEARML_API_ACCESS_KEY / CLEARML_API_SECRET_KEY or ~/.clearml/clearml.conf;
QARNOT_CLIENT_TOKEN / QARNOT_CLUSTER_URL; LABGATE_SLURM_URL / SLURM_JWT / LABGATE_SLURM_USER.
labgate.toml adds any number of instances per backend (`[[slurm]] name = "hpc1" ...`).
A backend with no usable configuration is absent, with a one-line reason.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from labgate.errors import register_basic_auth, register_secret, strip_userinfo

BACKENDS = ("mlflow", "clearml", "qarnot", "slurm")
QARNOT_DEFAULT_URL = "https://api.qarnot.com"
# Auth keys that hold credentials (masked everywhere); the others (a user name) are shown.
SECRET_KEYS = frozenset({"token", "password", "access_key", "secret_key"})
DEFAULT_MAX_RESPONSE_MB = 32


class ConfigError(ValueError):
    pass


class Secret(str):
    """A credential: masked in repr and registered for redaction."""

    def __new__(cls, value: str):
        register_secret(value)
        return super().__new__(cls, value)

    def __repr__(self) -> str:
        return "Secret('***')"


@dataclass
class Instance:
    backend: str
    name: str
    url: str
    auth: dict[str, Secret | str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    timeout: float = 30.0

    @property
    def key(self) -> str:
        return f"{self.backend}:{self.name}"


@dataclass
class Settings:
    instances: dict[str, list[Instance]] = field(default_factory=dict)
    absent: dict[str, str] = field(default_factory=dict)
    allow_write: bool = False
    allow_destructive: bool = False
    tools: str = "curated"  # "curated" | "all"
    toolsets: tuple[str, ...] = BACKENDS
    byte_cap: int = 20_000
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_MB * 1_048_576  # per backend answer
    audit_log: str | None = None  # JSON lines of write/destructive calls (labgate.audit)
    server: dict[str, Any] = field(default_factory=dict)  # [server], for the keys modules own

    def enabled(self, backend: str) -> bool:
        return backend in self.toolsets and bool(self.instances.get(backend))

    def instance(self, backend: str, name: str | None = None) -> Instance:
        found = self.instances.get(backend) or []
        if not found:
            raise ConfigError(
                f"{backend} is not configured: {self.absent.get(backend, 'no instance')}"
            )
        if name is None:
            return found[0]
        for inst in found:
            if inst.name == name:
                return inst
        names = ", ".join(i.name for i in found)
        raise ConfigError(f"no {backend} instance named {name!r} (configured: {names})")


def _secret(value: str | None) -> Secret | None:
    return Secret(value) if value else None


def _auth_from(
    table: Mapping[str, Any], env: Mapping[str, str], keys: tuple[str, ...]
) -> dict[str, Secret | str]:
    """`token = "..."` inline or `token_env = "VAR"` (preferred: keeps secrets out of files)."""
    out: dict[str, Secret | str] = {}
    for key in keys:
        value = table.get(key)
        if value is None and table.get(f"{key}_env"):
            value = env.get(table[f"{key}_env"])
        if value:
            out[key] = Secret(str(value)) if key in SECRET_KEYS else str(value)
    return out


def _split_userinfo(url: str) -> tuple[str, str | None, str | None]:
    """(url without `user:password@`, user, password): credentials never stay in a URL that
    errors and logs may show."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None, None
    host = parts.netloc.rpartition("@")[2]
    clean = urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
    user, password = unquote(parts.username or ""), unquote(parts.password or "")
    register_secret(password)
    return clean, user, password


def _http_url(url: str, what: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{what} must be an http(s) URL, got {strip_userinfo(url)!r}")
    clean, user, password = _split_userinfo(url)
    if user or password:
        raise ConfigError(
            f"{what} {clean!r} carries credentials in the URL: put them in the backend's "
            "token/password settings (token_env) instead"
        )
    return url.rstrip("/")


def _basic(auth: dict[str, Secret | str], user_key: str, password_key: str) -> None:
    if auth.get(user_key) and auth.get(password_key):
        register_basic_auth(str(auth[user_key]), str(auth[password_key]))


def _mlflow_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    uri = env.get("MLFLOW_TRACKING_URI")
    if not uri:
        return [], "MLFLOW_TRACKING_URI is not set"
    if not uri.startswith(("http://", "https://")):
        return [], f"MLFLOW_TRACKING_URI={strip_userinfo(uri)!r} is not an http(s) tracking server"
    uri, url_user, url_password = _split_userinfo(uri)  # MLflow accepts http://user:pw@host
    auth = {k: v for k, v in {
        "token": _secret(env.get("MLFLOW_TRACKING_TOKEN")),
        "username": env.get("MLFLOW_TRACKING_USERNAME") or url_user,
        "password": _secret(env.get("MLFLOW_TRACKING_PASSWORD") or url_password),
    }.items() if v}  # fmt: skip
    _basic(auth, "username", "password")
    return [Instance("mlflow", "default", uri.rstrip("/"), auth)], ""


def _clearml_conf(env: Mapping[str, str]) -> dict[str, str]:
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


def _clearml_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    conf = _clearml_conf(env)
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
    _basic(auth, "access_key", "secret_key")
    return [Instance("clearml", "default", _http_url(url, "ClearML api_server"), auth)], ""


def _qarnot_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    token = env.get("QARNOT_CLIENT_TOKEN")
    if not token:
        return [], "QARNOT_CLIENT_TOKEN is not set"
    url = _http_url(env.get("QARNOT_CLUSTER_URL") or QARNOT_DEFAULT_URL, "QARNOT_CLUSTER_URL")
    return [Instance("qarnot", "default", url, {"token": Secret(token)})], ""


def _slurm_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    url = env.get("LABGATE_SLURM_URL")
    if not url:
        return [], "LABGATE_SLURM_URL is not set and labgate.toml has no [[slurm]] cluster"
    auth = {"user": env.get("LABGATE_SLURM_USER") or env.get("USER") or "root"}
    if env.get("SLURM_JWT"):
        auth["token"] = Secret(env["SLURM_JWT"])
    return [Instance("slurm", "default", _http_url(url, "LABGATE_SLURM_URL"), auth)], ""


_FROM_ENV = {
    "mlflow": _mlflow_env,
    "clearml": _clearml_env,
    "qarnot": _qarnot_env,
    "slurm": _slurm_env,
}
_AUTH_KEYS = {
    "mlflow": ("token", "username", "password"),
    "clearml": ("access_key", "secret_key"),
    "qarnot": ("token",),
    "slurm": ("user", "token"),
}


def _from_file(
    backend: str, tables: list[dict[str, Any]], env: Mapping[str, str]
) -> list[Instance]:
    out = []
    for i, table in enumerate(tables):
        name = table.get("name") or ("default" if i == 0 else f"{backend}{i + 1}")
        if "url" not in table:
            raise ConfigError(f"[{backend}] {name}: missing url")
        auth = _auth_from(table, env, _AUTH_KEYS[backend])
        _basic(auth, "username", "password")
        _basic(auth, "access_key", "secret_key")
        options = {
            k: v
            for k, v in table.items()
            if k not in {"name", "url", "timeout", *_AUTH_KEYS[backend]} and not k.endswith("_env")
        }
        out.append(
            Instance(
                backend,
                name,
                _http_url(table["url"], f"[{backend}] {name} url"),
                auth,
                options,
                float(table.get("timeout", 30)),
            )
        )
    return out


def load(
    config: Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    toolsets: tuple[str, ...] | None = None,
    tools: str | None = None,
    allow_write: bool | None = None,
    allow_destructive: bool | None = None,
) -> Settings:
    env = os.environ if env is None else env
    data: dict[str, Any] = {}
    if config is None and env.get("LABGATE_CONFIG"):
        config = Path(env["LABGATE_CONFIG"])
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"config file {config} does not exist")
        data = tomllib.loads(config.read_text())
    server = data.get("server", {})
    s = Settings(
        allow_write=bool(
            allow_write if allow_write is not None else server.get("allow_write", False)
        ),
        tools=tools or server.get("tools", "curated"),
        byte_cap=int(env.get("LABGATE_BYTE_CAP") or server.get("byte_cap", 20_000)),
        max_response_bytes=int(
            float(
                env.get("LABGATE_MAX_RESPONSE_MB")
                or server.get("max_response_mb", DEFAULT_MAX_RESPONSE_MB)
            )
            * 1_048_576
        ),
        audit_log=server.get("audit_log"),
        server=server,
    )
    s.allow_destructive = bool(
        allow_destructive
        if allow_destructive is not None
        else server.get("allow_destructive", False)
    )
    if s.allow_destructive and not s.allow_write:
        raise ConfigError("--allow-destructive is a second switch: it needs --allow-write as well")
    wanted = toolsets or tuple(server.get("toolsets", BACKENDS))
    unknown = set(wanted) - set(BACKENDS)
    if unknown:
        raise ConfigError(f"unknown toolsets {sorted(unknown)}; choose from {', '.join(BACKENDS)}")
    s.toolsets = tuple(b for b in BACKENDS if b in wanted)
    for backend in BACKENDS:
        if backend not in s.toolsets:
            s.absent[backend] = "not in --toolsets"
            continue
        tables = data.get(backend)
        if tables:
            s.instances[backend] = _from_file(
                backend, tables if isinstance(tables, list) else [tables], env
            )
            continue
        found, reason = _FROM_ENV[backend](env)
        if found:
            s.instances[backend] = found
        else:
            s.absent[backend] = reason
    return s

"""Settings from the command line, labgate.toml and the environment; the instances of each
backend come from its adapter (`labgate.backends`), which knows that backend's conventions.

labgate.toml adds any number of instances per backend (`[[<backend>]] name = "..." ...`); a key
a table does not know is refused by name. A backend with no usable configuration is absent,
with a one-line reason.
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

# Auth keys that hold credentials (masked everywhere); the others (a user name) are shown.
SECRET_KEYS = frozenset({"token", "password", "access_key", "secret_key"})
DEFAULT_MAX_RESPONSE_MB = 32
TABLE_KEYS = frozenset({"name", "url", "timeout"})  # in every [[backend]] table
SERVER_KEYS = frozenset(
    {"allow_write", "allow_destructive", "tools", "toolsets", "byte_cap", "max_response_mb",
     "audit_log", "metrics_public", "limits"}
)  # fmt: skip


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
    toolsets: tuple[str, ...] = ()
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


# -- helpers for the adapters ------------------------------------------------------------------
def split_userinfo(url: str) -> tuple[str, str | None, str | None]:
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


def http_url(url: str, what: str) -> str:
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{what} must be an http(s) URL, got {strip_userinfo(url)!r}")
    clean, user, password = split_userinfo(url)
    if user or password:
        raise ConfigError(
            f"{what} {clean!r} carries credentials in the URL: put them in the backend's "
            "token/password settings (token_env) instead"
        )
    return url.rstrip("/")


def basic_auth(auth: Mapping[str, Secret | str], user_key: str, password_key: str) -> None:
    """HTTP basic auth sends base64(user:password): register that form for masking too."""
    if auth.get(user_key) and auth.get(password_key):
        register_basic_auth(str(auth[user_key]), str(auth[password_key]))


# -- labgate.toml --------------------------------------------------------------------------
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
    for user_key, password_key in (("username", "password"), ("access_key", "secret_key")):
        basic_auth(out, user_key, password_key)
    return out


def _check_keys(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ConfigError(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"known: {', '.join(sorted(allowed))}"
        )


def _from_file(adapter: Any, tables: list[dict[str, Any]], env: Mapping[str, str]) -> list:
    backend = adapter.name
    allowed = {*TABLE_KEYS, *adapter.options, *adapter.auth_keys}
    allowed |= {f"{k}_env" for k in adapter.auth_keys}
    out = []
    for i, table in enumerate(tables):
        name = table.get("name") or ("default" if i == 0 else f"{backend}{i + 1}")
        _check_keys(table, allowed, f"[[{backend}]] {name}")
        if "url" not in table:
            raise ConfigError(f"[[{backend}]] {name}: missing url")
        options = {k: v for k, v in table.items() if k in adapter.options}
        url = http_url(table["url"], f"[[{backend}]] {name} url")
        auth = _auth_from(table, env, adapter.auth_keys)
        out.append(Instance(backend, name, url, auth, options, float(table.get("timeout", 30))))
    return out


def _read(config: Path | None, env: Mapping[str, str]) -> dict[str, Any]:
    if config is None and env.get("LABGATE_CONFIG"):
        config = Path(env["LABGATE_CONFIG"])
    if config is None:
        return {}
    if not config.is_file():
        raise ConfigError(f"config file {config} does not exist")
    return tomllib.loads(config.read_text())


def load(
    config: Path | None = None,
    env: Mapping[str, str] | None = None,
    *,
    toolsets: tuple[str, ...] | None = None,
    tools: str | None = None,
    allow_write: bool | None = None,
    allow_destructive: bool | None = None,
) -> Settings:
    from labgate.backends import adapters

    env = os.environ if env is None else env
    data = _read(config, env)
    backends = adapters()
    _check_keys(data, {"server", *backends}, "labgate.toml")
    server = data.get("server", {})
    _check_keys(server, set(SERVER_KEYS), "[server]")
    from labgate.limits import parse as parse_limits

    parse_limits(server)  # [server.limits]: unknown keys and bad values refused by name
    s = Settings(
        allow_write=bool(server.get("allow_write", False) if allow_write is None else allow_write),
        allow_destructive=bool(
            server.get("allow_destructive", False)
            if allow_destructive is None
            else allow_destructive
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
    if s.allow_destructive and not s.allow_write:
        raise ConfigError("--allow-destructive is a second switch: it needs --allow-write as well")
    wanted = toolsets or tuple(server.get("toolsets", backends))
    unknown = set(wanted) - set(backends)
    if unknown:
        raise ConfigError(f"unknown toolsets {sorted(unknown)}; choose from {', '.join(backends)}")
    s.toolsets = tuple(b for b in backends if b in wanted)
    for name, adapter in backends.items():
        if name not in s.toolsets:
            s.absent[name] = "not in --toolsets"
            continue
        tables = data.get(name)
        if tables:
            tables = tables if isinstance(tables, list) else [tables]
            s.instances[name] = _from_file(adapter, tables, env)
            continue
        found, reason = adapter.from_env(env)
        if found:
            s.instances[name] = found
        else:
            s.absent[name] = reason
    return s

"""One adapter per backend: everything labgate knows about a backend, in one module.

`src/labgate/backends/<name>.py` defines `ADAPTER = Adapter(...)`: how the backend is
configured (environment, the keys of its `[[<name>]]` tables in labgate.toml), how it
authenticates, the client factory, how its client reports errors, the name of the argument that
picks an instance, and the hand-written modules under `overrides/` that register its curated
tools and its `compare_tasks` / `where_to_submit` providers. Nothing else in `src/` names a
backend: adding one means a spec, its codegen module, its adapter and its overrides.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from labgate.config import Instance

# (instances found in the environment, or the one-line reason there are none)
FromEnv = Callable[[Mapping[str, str]], tuple[list[Instance], str]]
# (instance, httpx event hooks, base headers) -> a client the generated calls accept
ClientFactory = Callable[[Instance, dict[str, list[Any]], dict[str, str]], Any]


@dataclass(frozen=True)
class Adapter:
    name: str
    title: str  # how people write it: "MLflow"
    role: str  # "tracker" | "compute": how the server introduces it
    order: int  # place in lists, tool order and `--toolsets` help
    from_env: FromEnv
    client: ClientFactory
    auth_keys: tuple[str, ...]  # credential/identity keys of a [[name]] table (`<key>_env` too)
    options: frozenset[str] = frozenset()  # other keys its [[name]] table accepts
    instance_arg: str = "instance"  # the argument that picks one of several instances
    modules: tuple[str, ...] = ()  # overrides modules with its curated composite tools
    # the exception types its client raises for backend errors (a function: importing the
    # client is left to the first call), and how to read one: (HTTP status, its own message)
    errors: Callable[[], tuple[type[Exception], ...]] = lambda: ()
    error_of: Callable[[Exception], tuple[int, str]] = lambda exc: (500, str(exc))
    auth_hint: str = ""  # said with a 401 from this backend
    hints: Mapping[int, str] = field(
        default_factory=dict
    )  # HTTP status -> hint, besides the general ones
    # what it brings to the cross-backend composites: {"compare_tasks": "module:function", ...}
    # naming a function in labgate_overrides.<module>
    providers: Mapping[str, str] = field(default_factory=dict)
    # extra `labgate` subcommands: (name, help, module with add_arguments(parser) and run(args))
    commands: tuple[tuple[str, str, str], ...] = ()
    # a second generated spec its servers may also serve (paths beyond the backend's own API),
    # called by composites through `ctx.extension` with ids they declare in `EXTENSIONS`
    extension_spec: str | None = None
    # for the docs: (environment variable, required, what it is), and a footnote
    env_doc: tuple[tuple[str, str, str], ...] = ()
    env_note: str = ""
    # placeholder configuration under which every tool of the backend is listed (docs pages)
    example_env: Mapping[str, str] = field(default_factory=dict)
    # what the cassettes under tests/<name>/ were recorded from (docs answers say so)
    recorded: str = ""
    # an operation id (read, no required argument) whose answer proves an instance reachable
    # and its credentials accepted: the start-up check and /readyz call it instead of the ping
    check: str = ""


@cache
def adapters() -> dict[str, Adapter]:
    """Every adapter in this package, in `order`."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if isinstance(getattr(module, "ADAPTER", None), Adapter):
            found.append(module.ADAPTER)
    return {a.name: a for a in sorted(found, key=lambda a: a.order)}


def names() -> tuple[str, ...]:
    return tuple(adapters())


def adapter(name: str) -> Adapter:
    return adapters()[name]


def provider_backends(kind: str) -> tuple[str, ...]:
    """The backends that bring a provider to the cross-backend composite `kind`."""
    return tuple(a.name for a in adapters().values() if kind in a.providers)


def provider(kind: str, backend: str) -> Any:
    """A backend's provider function for the cross-backend composite `kind`."""
    module, _, function = adapters()[backend].providers[kind].partition(":")
    return getattr(importlib.import_module(f"labgate_overrides.{module}"), function)


def instance_args() -> set[str]:
    """Every name an argument that picks an instance goes by."""
    return {"instance", *(a.instance_arg for a in adapters().values())}


def openapi_client(
    inst: Instance,
    hooks: dict[str, list[Any]],
    headers: dict[str, str],
    httpx_args: dict[str, Any] | None = None,
) -> Any:
    """The generated openapi-python-client `Client` of `inst.backend`."""
    from labgate.transport import Client

    client_cls = importlib.import_module(f"labgate_generated.{inst.backend}.client").Client
    http = Client(
        base_url=inst.url,
        headers=headers,
        timeout=timeout(inst),
        follow_redirects=False,
        event_hooks=hooks,
        **(httpx_args or {}),
    )
    generated = client_cls(base_url=inst.url, raise_on_unexpected_status=False)
    return generated.set_async_httpx_client(http)


def timeout(inst: Instance) -> Any:
    import httpx

    return httpx.Timeout(inst.timeout, connect=min(10.0, inst.timeout))

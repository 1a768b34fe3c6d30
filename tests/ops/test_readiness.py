"""/readyz reflects the backends, probed in the background: "ready" when every instance
answered its ping, "degraded" (still 200) when one did not, with per-instance detail; /healthz
stays 200 whatever the backends do. Both are answered without a token and whatever the Host."""

from __future__ import annotations

import time

import httpx


def wait_status(url: str, want: str, seconds: float = 15) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        body = httpx.get(url + "/readyz", headers={"Host": "10.1.2.3:8000"}).json()
        if body["status"] == want or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def test_readiness_follows_each_backend_and_liveness_does_not(serve):
    nothing_listens = {"MLFLOW_TRACKING_URI": "http://127.0.0.1:9"}
    lg = serve("--probe-interval", "0.3", env=nothing_listens, toolsets="mlflow,slurm")
    body = wait_status(lg.url, "degraded")
    assert body["status"] == "degraded", body
    mlflow, slurm = body["backends"]["mlflow/default"], body["backends"]["slurm/default"]
    assert not mlflow["ok"] and mlflow["error"] == "ConnectError", mlflow
    assert slurm["ok"] and slurm["status"] == 200 and slurm["checked_s_ago"] < 2, slurm
    assert httpx.get(lg.url + "/healthz").status_code == 200


def test_ready_when_every_backend_answers(fake, serve):
    lg = serve("--probe-interval", "0.3")
    body = wait_status(lg.url, "ready")
    assert body["status"] == "ready", body
    fake.ping_status = 503
    body = wait_status(lg.url, "degraded")
    assert body["backends"]["slurm/default"]["error"] == "HTTP 503", body
    fake.ping_status = 200
    assert wait_status(lg.url, "ready")["status"] == "ready"
    refused = httpx.post(lg.url + "/mcp", json={}, headers={"Host": "10.1.2.3:8000"})
    assert refused.status_code == 421  # /readyz skips the Host check; /mcp does not

"""The Host check stays on whatever the bind address: serving anything but loopback needs
--allowed-hosts (LABGATE_ALLOWED_HOSTS), or labgate refuses to start naming the flag. Without
it, a web page whose DNS name is rebound to the lab's labgate could drive it from a browser
inside the lab (the browser sends the page's own name as Host)."""

from __future__ import annotations

import os
import subprocess

import pytest

from labgate.config import ConfigError, load
from labgate.server import http_app
from tests.conftest import FAKE_ENV, free_port, wait_http
from tests.security.serve import rpc, serve_cmd, start, stop

TOKEN = "host-check-token-5150"
REBOUND = "rebind.attacker.example"


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.1.2.3"])
@pytest.mark.parametrize("no_auth", [False, True])
def test_a_routable_bind_without_allowed_hosts_refuses_to_start(host, no_auth):
    with pytest.raises(ConfigError, match="--allowed-hosts"):
        http_app(load(env=FAKE_ENV), host=host, insecure_no_auth=no_auth,
                 env={"LABGATE_TOKEN": TOKEN})  # fmt: skip


def test_dns_rebinding_against_an_all_interfaces_bind(tmp_path):
    """Attack: labgate on 0.0.0.0 with no allowed hosts; a request carrying the attacker's Host
    name (as a rebound browser sends it) must never be served. The fix refuses to start."""
    port = free_port()
    proc = subprocess.Popen(serve_cmd("--host", "0.0.0.0", port=port), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE,
                            env={**os.environ, **FAKE_ENV, "LABGATE_TOKEN": TOKEN})  # fmt: skip
    try:
        wait_http(f"http://127.0.0.1:{port}/healthz", proc=proc)
    except RuntimeError as exited:
        assert proc.returncode == 2 and "--allowed-hosts" in str(exited), exited
        return
    try:
        r = rpc(f"http://127.0.0.1:{port}", "tools/list", token=TOKEN,
                headers={"Host": f"{REBOUND}:{port}"})  # fmt: skip
        assert r.status_code != 200, "a request with a rebound Host name was served"
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def container_like(tmp_path_factory):
    """As the image runs it: 0.0.0.0, a token, LABGATE_ALLOWED_HOSTS (spaces are tolerated)."""
    env = {"LABGATE_TOKEN": TOKEN, "LABGATE_ALLOWED_HOSTS": "labgate.example.org, labgate:*"}
    base, proc = start("--host", "0.0.0.0", env=env,
                       log=tmp_path_factory.mktemp("host") / "server.log")  # fmt: skip
    yield base
    stop(proc)


@pytest.mark.parametrize("host", ["labgate.example.org", "labgate:8000", "127.0.0.1"])
def test_allowed_names_and_loopback_are_served(container_like, host):
    assert rpc(container_like, "tools/list", token=TOKEN, headers={"Host": host}).status_code == 200


@pytest.mark.parametrize("host", [REBOUND, "labgate.example.org.attacker.example", "labgatex"])
def test_other_host_names_are_refused(container_like, host):
    r = rpc(container_like, "tools/list", token=TOKEN, headers={"Host": host})
    assert r.status_code == 421


def test_health_probe_is_answered_before_the_host_check(container_like):
    import httpx

    r = httpx.get(f"{container_like}/healthz", headers={"Host": "10.0.0.7:8000"}, timeout=10)
    assert r.status_code == 200 and r.json()["status"] == "ok"

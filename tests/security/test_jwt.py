"""JWT auth accepts only tokens issued for this labgate: an audience must be configured, and a
token needs `aud`, `exp` and `sub`, and must already be valid (`nbf`, `iat`, with a clock skew
of LABGATE_JWT_LEEWAY seconds, 60 by default). Each case is a token an attacker or a misconfigured
issuer could present to a real `labgate serve --transport http`."""

from __future__ import annotations

import time

import pytest
from fastmcp.server.auth.providers.jwt import RSAKeyPair

from labgate.config import ConfigError, load
from labgate.server import http_app
from tests.conftest import FAKE_ENV
from tests.security.serve import AUDIENCE, JWT_ENV, JWT_LEEWAY, mint, refusal, rpc, start, stop


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base, proc = start(env=JWT_ENV, log=tmp_path_factory.mktemp("jwt") / "server.log")
    yield base
    stop(proc)


def status(base: str, token: str) -> int:
    return rpc(base, "tools/list", token=token).status_code


def test_a_good_token_is_accepted(server):
    assert status(server, mint()) == 200
    assert status(server, mint(aud=["other-api", AUDIENCE])) == 200


def test_clock_skew_within_the_leeway_is_tolerated(server):
    early = int(time.time()) + JWT_LEEWAY // 2
    assert status(server, mint(nbf=early, iat=early)) == 200


# Times are taken when each test runs, not when pytest collects: a full run reaches these tests
# ten minutes after collection, when "10 leeways from now" has become the past.
def now() -> int:
    return int(time.time())


REFUSED = {
    # attack: a token minted for another service of the same issuer
    "audience of another service": dict(aud="grafana"),
    "no audience": dict(drop=("aud",)),
    # attack: a token that never expires (leaked once, valid forever)
    "no exp": dict(drop=("exp",)),
    "expired": lambda: dict(exp=now() - 10 * JWT_LEEWAY),
    # expiry gets no leeway (fastmcp checks it first): an expired token is never accepted
    "expired a moment ago": lambda: dict(exp=now() - 2),
    # attack: a token issued for later use is replayed now
    "nbf in the future": lambda: dict(nbf=now() + 10 * JWT_LEEWAY),
    "iat in the future": lambda: dict(iat=now() + 10 * JWT_LEEWAY),
    # no subject: nobody to record in the audit log
    "no sub": dict(drop=("sub",)),
    "another issuer": dict(iss="https://evil.example"),
    "signed by another key": dict(keys=RSAKeyPair.generate()),
}


@pytest.mark.parametrize("case", REFUSED)
def test_a_token_not_meant_for_labgate_now_is_refused(server, case):
    claims = REFUSED[case]
    assert status(server, mint(**(claims() if callable(claims) else claims))) == 401


def test_jwt_auth_without_an_audience_refuses_to_start():
    """Attack: without an audience, any token the issuer signed for any service was accepted."""
    env = {k: v for k, v in JWT_ENV.items() if k != "LABGATE_JWT_AUDIENCE"}
    with pytest.raises(ConfigError, match="LABGATE_JWT_AUDIENCE"):
        http_app(load(env=FAKE_ENV), host="127.0.0.1", env=env)
    out = refusal(env={**env, "LABGATE_JWT_AUDIENCE": ""})
    assert out.returncode == 2 and "LABGATE_JWT_AUDIENCE" in out.stderr, out.stderr


@pytest.mark.parametrize("leeway", ["ten", "-1", "3600"])
def test_a_bad_leeway_refuses_to_start(leeway):
    with pytest.raises(ConfigError, match="LABGATE_JWT_LEEWAY"):
        http_app(
            load(env=FAKE_ENV), host="127.0.0.1", env={**JWT_ENV, "LABGATE_JWT_LEEWAY": leeway}
        )

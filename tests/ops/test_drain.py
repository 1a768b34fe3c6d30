"""SIGTERM drains: no new connections, the calls in flight finish (bounded by --drain-timeout),
then labgate exits; with --drain-delay it first keeps serving while /readyz says 503."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.ops.helpers import HEADERS, Labgate, call_jobs, succeeded


def post(lg: Labgate, id_: int = 1) -> httpx.Response:
    return httpx.post(lg.url + "/mcp", json=call_jobs(id_), headers=HEADERS, timeout=60)


def wait_closed(lg: Labgate, seconds: float) -> float:
    """Seconds until the port refuses connections."""
    t0 = time.monotonic()
    while lg.accepting():
        assert time.monotonic() - t0 < seconds, f"still accepting after {seconds} s"
        time.sleep(0.05)
    return time.monotonic() - t0


def test_sigterm_finishes_the_calls_in_flight_and_accepts_no_new_ones(fake, serve):
    lg = serve("--drain-timeout", "10")
    fake.delay = 2.0
    with ThreadPoolExecutor(4) as pool:
        calls = [pool.submit(post, lg, i) for i in range(4)]
        while fake.in_flight < 4:  # every call has reached the backend
            time.sleep(0.02)
        sent = time.monotonic()
        lg.signal(signal.SIGTERM)
        assert wait_closed(lg, 1.0) < 1.0
        answers = [c.result() for c in calls]
    assert all(succeeded(a) for a in answers), [a.text[:200] for a in answers]
    lg.proc.wait(10)
    took = time.monotonic() - sent
    assert took < 2.0 + 2.0, f"exited {took:.1f} s after SIGTERM"
    assert lg.proc.returncode in (0, -signal.SIGTERM)


def test_the_drain_timeout_bounds_the_wait(fake, serve):
    lg = serve("--drain-timeout", "1")
    fake.delay = 20.0
    with ThreadPoolExecutor(1) as pool:
        call = pool.submit(post, lg)
        while fake.in_flight < 1:
            time.sleep(0.02)
        sent = time.monotonic()
        lg.signal(signal.SIGTERM)
        lg.proc.wait(10)
        took = time.monotonic() - sent
        with pytest.raises(httpx.HTTPError):  # cut off: the client sees the connection end
            call.result().raise_for_status()
    assert took < 1.0 + 1.5, f"exited {took:.1f} s after SIGTERM with --drain-timeout 1"


def test_drain_delay_keeps_serving_while_readiness_says_draining(fake, serve):
    lg = serve("--drain-delay", "1.5", "--drain-timeout", "5")
    assert httpx.get(lg.url + "/readyz").status_code == 200
    sent = time.monotonic()
    lg.signal(signal.SIGTERM)
    time.sleep(0.2)
    ready = httpx.get(lg.url + "/readyz")
    assert ready.status_code == 503 and ready.json()["status"] == "draining"
    assert httpx.get(lg.url + "/healthz").status_code == 200  # alive: only leaving
    assert succeeded(post(lg))  # still served during the delay
    wait_closed(lg, 5.0)
    closed_after = time.monotonic() - sent
    assert closed_after >= 1.4, f"stopped accepting {closed_after:.2f} s after SIGTERM"
    lg.proc.wait(10)

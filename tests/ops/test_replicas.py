"""Three labgate replicas behind a real HAProxy (Debian's package, installed by
tests/infra/system_packages.sh), on loopback, in front of the real MLflow and the Slurm shim over
the real Slurm cluster; 32 MCP sessions call tools through it without pause.

Mid-run one replica gets SIGTERM: /readyz turns 503, HAProxy takes it out, it stops accepting
after --drain-delay and finishes its calls: no call fails. Then another gets SIGKILL: only calls
that reached the replica before it was gone fail (SIGKILL is not instant: a call HAProxy forwards
between the signal and the kernel closing the replica's sockets dies with it too), each with a
JSON-RPC error the client can read (the balancer's 502 page is one) or a connection closed without
an answer; HAProxy marks the replica DOWN within a second, and every call started after the replica
was reaped succeeds. The test prints calls, errors and the time to recover.
"""

from __future__ import annotations

import json
import shutil
import signal
import threading
import time
from collections.abc import Callable

import pytest

from bench.common import call_body
from bench.replicas import CUT_OFF, DRAIN_DELAY, HAPROXY, Cluster, drive_in_thread
from tests.reliability.test_load import mlflow_calls

pytestmark = pytest.mark.live
SESSIONS, SECONDS, TERM_AT, KILL_AT = 32, 14.0, 3.0, 8.0


@pytest.fixture
def env(mlflow_server, slurm_shim):
    if not shutil.which(HAPROXY):
        pytest.skip("haproxy is not installed (tests/infra/system_packages.sh installs it)")
    return {"HOME": "/nonexistent", "MLFLOW_TRACKING_URI": mlflow_server.url,
            "LABGATE_SLURM_URL": slurm_shim.url, "SLURM_JWT": slurm_shim.token,
            "LABGATE_SLURM_USER": slurm_shim.user}  # fmt: skip


def partitions(out: dict) -> bool:
    return {p["name"] for p in out["partitions"]} >= {"debug", "gpu"}


def exited(proc) -> Callable[[], float]:
    """When `proc` exits (time.monotonic()), watched from now on: the test only looks after
    its load has run, which says nothing about when the replica left."""
    seen: list[float] = []

    def watch() -> None:
        proc.wait()
        seen.append(time.monotonic())

    threading.Thread(target=watch, daemon=True).start()
    return lambda: seen[0] if seen else time.monotonic()


def test_sigterm_loses_no_call_and_sigkill_only_those_in_flight(env, mlflow_seeded):
    mix = [*mlflow_calls(mlflow_seeded), (call_body("slurm_list_partitions", {}), partitions)]
    with Cluster(3, env, "--toolsets", "mlflow,slurm") as cluster:
        started = time.monotonic()
        thread, box = drive_in_thread(cluster.url, SESSIONS, SECONDS, mix)
        time.sleep(TERM_AT)
        termed = cluster.signal(0, signal.SIGTERM)
        exit_seen = exited(cluster.replicas[0].proc)
        term_out = cluster.lb.wait_status("r0", "DOWN")
        time.sleep(max(0.0, started + KILL_AT - time.monotonic()))
        killed = cluster.signal(1, signal.SIGKILL)
        cluster.replicas[1].proc.wait(10)
        dead = time.monotonic()  # a call that reached it before it was reaped dies with it
        cluster.lb.wait_status("r1", "DOWN")
        kill_out = time.monotonic() - killed
        thread.join()
        assert cluster.replicas[0].proc.wait(15) in (0, -signal.SIGTERM)
        term_exit = exit_seen() - termed
    calls = box["d"].calls
    failed = [c for c in calls if not c.ok]
    in_flight = [c for c in calls if c.start < dead and killed <= c.end]
    last = max((c.end for c in failed), default=killed) - killed
    report = {"calls": len(calls), "failed": len(failed), "in_flight_at_sigkill": len(in_flight),
              "sigterm_replica_out_of_balancer_s": round(term_out, 2),
              "sigkill_replica_marked_down_s": round(kill_out, 2),
              "last_failure_after_sigkill_s": round(max(last, 0), 3),
              "calls_per_s": round(len(calls) / SECONDS, 1)}  # fmt: skip
    print("\nreplicas behind HAProxy:", json.dumps(report))
    for c in failed:
        print(
            f"failed: start {c.start - killed:+.3f} s, end {c.end - killed:+.3f} s from the kill "
            f"(SIGTERM at {termed - killed:+.2f} s): {c.error[:200]}"
        )

    # every session kept calling (how many calls fit in the window is a figure for make bench:
    # on 2 cores shared with other work one run made 103 calls, a quiet one 561-1,094)
    assert len(calls) > SESSIONS * 2, report
    # only calls in flight on the killed replica, each failed cleanly; one started 2 ms after the
    # signal once reached the replica before it was gone, so "after" means after it was reaped
    for c in failed:
        assert c.start < dead and killed <= c.end, (c, report)
        # HAProxy answers its JSON-RPC 502, or (a request on a kept-alive connection) closes the
        # client's connection without an answer, as a keep-alive server would: never a hang,
        # a wrong answer or a traceback
        assert (c.status == 502 and CUT_OFF in c.error) or (
            c.status == 0 and c.error.startswith("RemoteProtocolError")
        ), c
        assert c.end - killed < 2.0, c
    assert len(failed) <= len(in_flight)
    assert not [c for c in calls if termed <= c.end < killed and not c.ok], "SIGTERM lost calls"
    # HAProxy checks /readyz every 200 ms and needs 2 failures: out well within the drain delay
    # (0.25-0.4 s here; slower only when other work starves the replicas of CPU)
    assert term_out < DRAIN_DELAY and kill_out < 2.0, report
    assert term_exit < DRAIN_DELAY + 10, report  # drain delay, then at most the drain timeout
    sessions_after = {c.session for c in calls if c.start > killed + kill_out and c.ok}
    assert sessions_after == set(range(SESSIONS)), "some session stopped being served"

"""A Slurm queue is read whole (slurmrestd filters nothing: ~5.8 KB a job in v0.0.42, 87 MB for
15,000 jobs), so tool calls that want it at the same moment share one read and one copy in
memory instead of one each; nothing is kept once it is read."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from bench.common import call_body
from tests.ops.helpers import HEADERS, succeeded

CALLS = [("slurm_list_jobs", {}), ("slurm_list_jobs", {"state": "RUNNING"}),
         ("slurm_list_jobs", {"usage": True}), ("slurm_list_partitions", {})]  # fmt: skip


def call(url: str, i: int) -> httpx.Response:
    name, args = CALLS[i % len(CALLS)]
    return httpx.post(url + "/mcp", content=call_body(name, args, i), headers=HEADERS, timeout=60)


def queue_reads(fake) -> int:
    return sum(1 for p in fake.paths if p.rstrip("/").endswith("/jobs"))


def test_calls_that_want_the_queue_at_once_share_one_read(fake, serve):
    fake.delay = 1.5  # every GET but the ping: the calls overlap while the first read waits
    lg = serve("--no-check")
    with ThreadPoolExecutor(len(CALLS)) as pool:
        answers = list(pool.map(lambda i: call(lg.url, i), range(len(CALLS))))
    assert all(succeeded(a) for a in answers), [a.text[:300] for a in answers]
    assert queue_reads(fake) == 1, fake.paths
    assert succeeded(call(lg.url, 0)) and queue_reads(fake) == 2  # nothing kept after a read

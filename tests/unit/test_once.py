"""Runtime.once: concurrent callers of one key share one making of the answer; a caller that
leaves does not cancel it for the others; a failure reaches every caller; nothing is kept."""

from __future__ import annotations

import asyncio

import pytest

from labgate.config import load
from labgate.registry import Registry
from labgate.runtime import Runtime


@pytest.fixture
def runtime(fake_env):
    return Runtime(load(env=fake_env), Registry(("slurm",)))


async def test_one_making_for_concurrent_callers_and_none_kept(runtime):
    made = []

    async def make():
        made.append(1)
        await asyncio.sleep(0.05)
        return {"jobs": [len(made)]}

    first, second = await asyncio.gather(runtime.once(("q",), make), runtime.once(("q",), make))
    assert first is second and made == [1]
    assert await runtime.once(("q",), make) == {"jobs": [2]}  # asked again later: made again
    assert await runtime.once(("other",), make) == {"jobs": [3]}


async def test_a_caller_that_leaves_does_not_cancel_it_for_the_others(runtime):
    release = asyncio.Event()

    async def make():
        await release.wait()
        return "queue"

    leaver = asyncio.create_task(runtime.once(("q",), make))
    stayer = asyncio.create_task(runtime.once(("q",), make))
    await asyncio.sleep(0)
    leaver.cancel()
    release.set()
    assert await stayer == "queue"
    with pytest.raises(asyncio.CancelledError):
        await leaver


async def test_a_failure_reaches_every_caller_and_is_not_kept(runtime):
    calls = []

    async def make():
        calls.append(1)
        await asyncio.sleep(0.01)
        if len(calls) == 1:
            raise RuntimeError("slurm is down")
        return "up again"

    got = await asyncio.gather(runtime.once(("q",), make), runtime.once(("q",), make),
                               return_exceptions=True)  # fmt: skip
    assert [str(g) for g in got] == ["slurm is down"] * 2
    assert await runtime.once(("q",), make) == "up again"

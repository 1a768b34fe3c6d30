"""Long operations report MCP progress to clients that ask for it: waiting for a Slurm job,
ClearML and Qarnot listings that page. A client without a progress handler gets the same result."""

from __future__ import annotations

import pytest
from fastmcp import Client

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.conftest import ROOT


async def test_waiting_for_a_job_sends_progress_notifications(fake_env, monkeypatch):
    import labgate_overrides.slurm_tools as slurm_tools

    states = iter(["PENDING", "RUNNING", "RUNNING", "COMPLETED"])

    async def job_info(ctx, job_id, cluster):
        return {"job_id": int(job_id), "state": next(states)}

    monkeypatch.setattr(slurm_tools, "job_info", job_info)
    monkeypatch.setattr(slurm_tools, "WAIT_POLL_S", 0.01)
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    mcp, _ = create(load(env=fake_env))
    async with Client(mcp, progress_handler=on_progress) as client:
        result = await client.call_tool("slurm_get_job", {"job_id": "42", "wait_s": 30})
    assert answer(result)["state"] == "COMPLETED"
    assert [m for _, _, m in seen] == [
        "job 42 is PENDING",
        "job 42 is RUNNING",
        "job 42 is RUNNING",
    ]
    assert all(total == 30 for _, total, _ in seen)
    assert [p for p, _, _ in seen] == sorted(p for p, _, _ in seen)


async def test_a_job_still_running_when_the_wait_ends_says_so(fake_env, monkeypatch):
    import labgate_overrides.slurm_tools as slurm_tools

    async def job_info(ctx, job_id, cluster):
        return {"job_id": int(job_id), "state": "RUNNING"}

    monkeypatch.setattr(slurm_tools, "job_info", job_info)
    monkeypatch.setattr(slurm_tools, "WAIT_POLL_S", 0.2)
    mcp, _ = create(load(env=fake_env))
    async with Client(mcp) as client:
        result = await client.call_tool("slurm_get_job", {"job_id": "7", "wait_s": 1})
    assert answer(result)["note"] == "still RUNNING after waiting 1 s"


# --- ClearML and Qarnot listings that page, replayed from spec-checked cassettes -------------


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(ROOT / "tests" / "cassettes")


@pytest.fixture(scope="module")
def vcr_config():
    return {"match_on": ["method", "scheme", "host", "port", "path", "query", "body_subset"]}


async def call_with(fake_env, handler: bool, tool: str, args: dict):
    """One tools/call through a real fastmcp Client. With `handler` it asks for progress;
    without, the request carries no progressToken (the bare MCP session call)."""
    seen: list[tuple[float, float | None, str | None]] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        seen.append((progress, total, message))

    mcp, _ = create(load(env={**fake_env, "LABGATE_BYTE_CAP": "1000000"}))
    async with Client(mcp, progress_handler=on_progress) as client:
        if handler:
            return answer(await client.call_tool(tool, args)), seen
        result = await client.session.call_tool(tool, args)
    assert not result.is_error and seen == []
    return answer(result), seen


def assert_increasing(seen: list[tuple]) -> None:
    values = [p for p, _, _ in seen]
    assert all(a < b for a, b in zip(values, values[1:], strict=False)), values


@pytest.mark.vcr
@pytest.mark.default_cassette("clearml/find_tasks_three_pages.yaml")
@pytest.mark.parametrize("handler", [True, False], ids=["with-handler", "without"])
async def test_a_clearml_listing_over_three_pages_notifies_between_pages(fake_env, handler):
    args = {"status": ["completed"], "max_items": 1200, "fields": ["id"]}
    out, seen = await call_with(fake_env, handler, "clearml_find_tasks", args)
    assert len(out["items"]) == 1050 and out["next_cursor"] is None
    if handler:
        assert [m for _, _, m in seen] == ["500 of 1200 tasks", "1000 of 1200 tasks"]
        assert {t for _, t, _ in seen} == {1200}
        assert_increasing(seen)


@pytest.mark.vcr
@pytest.mark.default_cassette("qarnot/hardware_paged.yaml")
@pytest.mark.parametrize("handler", [True, False], ids=["with-handler", "without"])
async def test_qarnot_hardware_constraints_over_three_pages_notify_between_pages(fake_env, handler):
    out, seen = await call_with(fake_env, handler, "qarnot_profiles", {"hardware": True})
    assert out["total"] == 450 and len(out["items"]) == 450
    assert out["items"][-1]["discriminator"] == "GpuHardwareConstraint"
    if handler:
        assert seen == [
            (200, 450, "200 of 450 hardware constraints"),
            (400, 450, "400 of 450 hardware constraints"),
        ]
        assert_increasing(seen)

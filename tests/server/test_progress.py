"""Long operations report MCP progress to clients that ask for it (here: waiting for a Slurm job)."""

from __future__ import annotations

from fastmcp import Client

from labgate.config import load
from labgate.server import create


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
    assert result.structured_content["state"] == "COMPLETED"
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
    assert result.structured_content["note"] == "still RUNNING after waiting 1 s"

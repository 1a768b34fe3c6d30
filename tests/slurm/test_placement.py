"""The placement core (ranking, provider registry) and where_to_submit's unreachable clusters."""

from __future__ import annotations

import pytest
from fastmcp import Client
from labgate_overrides.composites import where_to_submit as placement
from labgate_overrides.composites.where_to_submit import Candidate, Request, rank, score

from labgate.config import load
from labgate.server import create
from tests.answer import answer

NOW = 1_800_000_000.0


def test_an_earlier_start_ranks_first() -> None:
    soon = Candidate("slurm", "a", "gpu", fits=True, start_estimate=NOW + 60)
    later = Candidate("slurm", "a", "debug", fits=True, start_estimate=NOW + 3600)
    ranked, rest, down = rank([later, soon], NOW)
    assert [c.target for c in ranked] == ["gpu", "debug"] and rest == [] and down == []
    assert 0 <= later.score < soon.score <= 100


def test_free_now_and_fairshare_break_ties_without_estimates() -> None:
    idle = Candidate("slurm", "a", "p1", fits=True, fits_now=True, fairshare=1.0)
    queued = Candidate("slurm", "a", "p2", fits=True, pending_ahead=3)
    assert score(idle, NOW) > score(queued, NOW)
    assert score(Candidate("slurm", "a", fits=True, fits_now=True, fairshare=1.0), NOW) == 100


def test_not_fitting_and_unreachable_are_kept_apart() -> None:
    ok = Candidate("slurm", "a", "p", fits=True, fits_now=True)
    small = Candidate("slurm", "a", "q", fits=False, reasons=["needs 3 GPUs, partition has 2"])
    down = Candidate("slurm", "b", error="cannot reach slurm")
    ranked, rest, unreachable = rank([small, down, ok], NOW)
    assert (ranked, rest, unreachable) == ([ok], [small], [down])


async def test_a_failing_provider_reports_every_instance_unreachable(monkeypatch) -> None:
    async def broken(ctx, request):
        raise RuntimeError("boom")

    monkeypatch.setattr(placement, "provider_backends", lambda kind: ("slurm",))
    monkeypatch.setattr(placement, "provider", lambda kind, backend: broken)
    settings = load(env={"HOME": "/nonexistent", "LABGATE_SLURM_URL": "http://127.0.0.1:9"})

    class Ctx:
        pass

    ctx = Ctx()
    ctx.settings = settings
    found = await placement.gather(ctx, Request(gpus=1), ["slurm", "qarnot"])
    assert [(c.cluster, c.error) for c in found] == [("default", "RuntimeError: boom")]


async def test_where_to_submit_lists_an_unreachable_cluster(tmp_path) -> None:
    conf = tmp_path / "labgate.toml"
    conf.write_text('[[slurm]]\nname = "offline"\nurl = "http://127.0.0.1:9"\ntimeout = 3\n')
    mcp, _ = create(load(conf, env={"HOME": "/nonexistent"}, toolsets=("slurm",)))
    async with Client(mcp) as client:
        out = answer(await client.call_tool("where_to_submit", {"gpus": 1}))
    assert out["ranked"] == [] and out["not_fitting"] == []
    (down,) = out["unreachable"]
    assert down["cluster"] == "offline" and "127.0.0.1:9" in down["error"]
    assert out["answer"].startswith("Nothing fits.") and "offline: unreachable" in out["answer"]


@pytest.mark.parametrize(
    ("text", "minutes"), [("90", 90), ("1:30:00", 90), ("2-00:00:00", 2880), ("5:30", 6)]
)
def test_time_limits(text, minutes) -> None:
    from labgate_overrides.slurm_tools import minutes_of

    assert minutes_of(text) == minutes


async def test_cluster_argument_names_the_configured_clusters(tmp_path) -> None:
    from fastmcp.exceptions import ToolError

    conf = tmp_path / "labgate.toml"
    conf.write_text(
        '[[slurm]]\nname = "hpc1"\nurl = "http://127.0.0.1:9"\n'
        '[[slurm]]\nname = "hpc2"\nurl = "http://127.0.0.1:9"\nkind = "shim"\ndefault_partition = "gpu"\n'
    )
    settings = load(conf, env={"HOME": "/nonexistent"}, toolsets=("slurm",))
    assert settings.instances["slurm"][1].options == {"kind": "shim", "default_partition": "gpu"}
    mcp, _ = create(settings)
    async with Client(mcp) as client:
        tools = {t.name: t for t in await client.list_tools()}
        assert tools["slurm_list_nodes"].input_schema["properties"]["cluster"]["enum"] == [
            "hpc1",
            "hpc2",
        ]
        assert "cluster" in tools["slurm_list_partitions"].input_schema["properties"]
        with pytest.raises(ToolError, match="hpc1, hpc2"):
            await client.call_tool("slurm_list_partitions", {"cluster": "nope"})

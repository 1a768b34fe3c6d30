"""Runs ↔ jobs on ClearML and Qarnot, replayed from spec-checked cassettes
(tests/cassettes/build_links.py): a Qarnot task submitted with a ClearML `track`, one Qarnot
refuses (the ClearML task is then marked failed), the link followed from either side, and
`lab_overview` over both. Every request labgate sends is validated against its backend's pinned
spec (tests/conftest.py) and every cassette is played to its end."""

from __future__ import annotations

import pytest
from labgate_overrides.composites import lab_overview

from labgate.config import load
from labgate.errors import BackendError, LabgateError
from labgate.tools import ToolBuilder
from tests.cassettes.build_links import CLEARML_TASK, FAILED_TASK, NOW, PENDING_TASK, RUNNING_TASK
from tests.conftest import CANARY, ROOT

TASK = "0e5b8f2e-6a4b-4c59-9d2a-6f1d3c7b9a11"


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(ROOT / "tests" / "cassettes" / "qarnot")


@pytest.fixture(scope="module")
def vcr_config():
    return {"match_on": ["method", "scheme", "host", "port", "path", "query", "body_subset"]}


def builder(fake_env, **switches) -> ToolBuilder:
    env = {k: v for k, v in fake_env.items() if k.startswith(("HOME", "CLEARML", "QARNOT"))}
    return ToolBuilder(load(env=env, **switches))


async def run(b: ToolBuilder, tool_name: str, /, **args):
    tools = {t.name: t for t in b.build()}
    return await tools[tool_name].handler(args)


SUBMIT = {"name": "train", "profile": "docker-batch", "constants": {"DOCKER_CMD": "python train.py"},
          "track": {"clearml": {"project": "sweep", "task_name": "lr-0.1"}}}  # fmt: skip


@pytest.mark.vcr
@pytest.mark.default_cassette("track_submit.yaml")
async def test_a_qarnot_task_submitted_with_a_clearml_task_made_first(fake_env):
    b = builder(fake_env, allow_write=True)
    out = await run(b, "qarnot_submit_task", **SUBMIT)
    assert out["uuid"] == TASK
    (tracked,) = out["runs"]
    assert tracked["ref"] == f"clearml:{CLEARML_TASK}" and "tag_error" not in tracked
    assert tracked["env"] == ["CLEARML_API_HOST", "CLEARML_TASK_ID"]
    consts = {c["key"]: c["value"] for c in out["constants"]}
    assert consts["CLEARML_TASK_ID"] == CLEARML_TASK and consts["DOCKER_CMD"] == "python train.py"
    assert CANARY not in str(out) and "AKCANARY" not in str(out)  # no credential to the task


@pytest.mark.vcr
@pytest.mark.default_cassette("track_submit_refused.yaml")
async def test_a_refused_qarnot_submit_marks_the_clearml_task_failed(fake_env):
    b = builder(fake_env, allow_write=True)
    with pytest.raises(BackendError) as err:
        await run(b, "qarnot_submit_task", **SUBMIT)
    assert err.value.status == 400 and "Not enough credits" in str(err.value)
    # the cassette's last interaction, tasks.failed with labgate's reason, was played


@pytest.mark.vcr
@pytest.mark.default_cassette("follow_qarnot_task.yaml")
async def test_from_a_qarnot_task_to_its_clearml_task(fake_env):
    b = builder(fake_env)
    out = await run(b, "lab_overview", ref=f"qarnot:{TASK}")
    job = out["job"]
    assert job["ref"] == f"qarnot:{TASK}" and job["state"] == "FullyExecuting"
    assert job["log_tail"]["text"].endswith("epoch 2 loss 0.25\n")
    assert job["run_ids"] == {"CLEARML_TASK_ID": CLEARML_TASK}
    # named by the task's own constant, and found again by labgate's tag: one entry
    assert [(r["ref"], r["via"]) for r in out["runs"]] == [
        (f"clearml:{CLEARML_TASK}", "constant CLEARML_TASK_ID")
    ]


@pytest.mark.vcr
@pytest.mark.default_cassette("follow_clearml_task.yaml")
async def test_from_a_clearml_task_to_its_qarnot_task_and_a_foreign_slurm_id(fake_env):
    b = builder(fake_env)
    out = await run(b, "lab_overview", ref=f"clearml:{CLEARML_TASK}")
    assert out["run"]["status"] == "in_progress" and out["run"]["name"] == "lr-0.1"
    jobs = {j["via"]: j for j in out["jobs"]}
    qarnot = jobs["tag labgate.job"]
    assert qarnot["ref"] == f"qarnot:{TASK}" and qarnot["state"] == "FullyExecuting"
    assert qarnot["log_tail"]["text"] == "epoch 1 loss 0.50\n"
    # ClearML's logged environment names a Slurm job: no Slurm here, so reported, not followed
    slurm = jobs["environment SLURM_JOB_ID"]
    assert slurm["job"] == "4242" and "not a compute backend configured here" in slurm["error"]


@pytest.mark.vcr
@pytest.mark.default_cassette("overview.yaml")
async def test_overview_of_clearml_and_qarnot(fake_env, monkeypatch):
    monkeypatch.setattr(lab_overview, "clock", lambda: NOW)
    b = builder(fake_env)
    seen = []

    async def progress(done, total=None, message=None):
        seen.append((done, total))

    b.ctx.progress = progress
    out = await run(b, "lab_overview")
    assert [r["ref"] for r in out["running"]] == [f"qarnot:{RUNNING_TASK}"]
    assert [r["ref"] for r in out["pending"]] == [f"qarnot:{PENDING_TASK}"]
    assert [r["ref"] for r in out["active_runs"]] == [f"clearml:{CLEARML_TASK}"]
    failed = {f["ref"]: f for f in out["failed"]}
    assert set(failed) == {f"qarnot:{FAILED_TASK}", "clearml:c0ffee"}  # not the month-old one
    assert failed[f"qarnot:{FAILED_TASK}"]["reason"] == "Exit code 137: out of memory"
    assert failed["clearml:c0ffee"]["reason"] == "loss is NaN"  # one line
    assert [r["ref"] for r in out["failed"]][0] == f"qarnot:{FAILED_TASK}"  # newest first
    assert "errors" not in out and seen[-1] == (2, 2)


async def test_a_track_to_trackio_says_why_there_is_none(fake_env):
    b = ToolBuilder(load(env=fake_env, allow_write=True))
    with pytest.raises(LabgateError) as err:
        await run(b, "qarnot_submit_task", name="x", profile="p", track={"trackio": {}})
    assert "Trackio offers no way to hand a run to a job" in str(err.value)
    assert "cannot reach" not in str(err.value)

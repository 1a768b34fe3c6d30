"""Runs ↔ jobs without a backend: which job a run's records point at (labgate's tags and the
common conventions), what is refused before any backend call (a hostile or huge tag, a cluster
not configured here, a `track` naming an unconfigured or unknown tracker, a credential on its
way into a job's environment), and `lab_overview` over backends that do not answer.

The backends of FAKE_ENV listen nowhere (127.0.0.1:9): a call that reached one would say
"cannot reach", which every refusal below is checked not to say.
"""

from __future__ import annotations

import pytest
from labgate_overrides.composites import lab_overview, links, tracking

from labgate.config import load
from labgate.errors import ArgumentError, LabgateError
from labgate.tools import ToolBuilder
from tests.conftest import CANARY


def builder(env, **switches) -> ToolBuilder:
    return ToolBuilder(load(env=env, **switches))


async def run(b: ToolBuilder, name: str, **args):
    tools = {t.name: t for t in b.build()}
    return await tools[name].handler(args)


def test_labgate_tags_come_first_and_carry_the_cluster():
    keys, tried = links.jobs_named([
        ("tag", {"labgate.job": "slurm@hpc2:42", "labgate.slurm.job_id": "42",
                 "labgate.slurm.cluster": "hpc2", "SLURM_JOB_ID": "42"}),
    ])  # fmt: skip
    assert keys == [links.JobKey("slurm", "hpc2", "42", "tag labgate.job")]
    assert any("SLURM_JOB_ID" in t for t in tried)


@pytest.mark.parametrize(
    ("source", "values", "job_id"),
    [
        ("param", {"slurm_job_id": "17"}, "17"),
        ("param", {"SLURM_JOB_ID": "17"}, "17"),
        ("tag", {"slurm.job_id": "17"}, "17"),
        ("environment", {"Environment/SLURM_JOB_ID": "17"}, "17"),  # ClearML's logged env
        ("config", {"SLURM_ARRAY_JOB_ID": "17", "SLURM_ARRAY_TASK_ID": "3"}, "17_3"),
    ],
)
def test_common_conventions_name_a_job_without_a_cluster(source, values, job_id):
    keys, _ = links.jobs_named([(source, values)])
    assert [(k.backend, k.cluster, k.job_id) for k in keys] == [("slurm", None, job_id)]
    assert keys[0].via.startswith(source)


def test_nothing_found_says_which_conventions_were_tried():
    keys, tried = links.jobs_named([("tag", {"lr": "0.1"}), ("param", {})])
    assert keys == [] and "tag labgate.job" in tried
    assert any("SLURM_JOB_ID" in t and "slurm_job_id" in t for t in tried)


@pytest.mark.parametrize(
    ("key", "error"),
    [
        (links.JobKey("slurm", "elsewhere", "42", "tag labgate.job"), 'cluster "elsewhere" is not configured'),
        (links.JobKey("slurm", None, "1; scancel -u root", "tag x"), "is not a Slurm job id"),
        (links.JobKey("slurm", None, "../../etc/passwd", "tag x"), "is not a Slurm job id"),
        (links.JobKey("slurm", None, "9" * 100_000, "param SLURM_JOB_ID"), "is not a Slurm job id"),
        (links.JobKey("kubernetes", None, "pod-1", "tag labgate.job"), "not a compute backend configured"),
        (links.JobKey("mlflow", None, "abc", "tag labgate.job"), "not a compute backend configured"),
    ],
)  # fmt: skip
async def test_a_hostile_tag_is_reported_never_followed(fake_env, key, error):
    b = builder(fake_env)
    out = await links.job_detail(b.ctx, key, tail=True)
    assert error in out["error"] and "not followed" in out["error"]
    assert "cannot reach" not in str(out) and "state" not in out
    assert len(str(out)) < 600  # a huge value is shown cut


async def test_a_job_ref_that_is_no_job_id_is_refused_before_any_call(fake_env):
    b = builder(fake_env)
    for ref in ("slurm:1;ls", "slurm:" + "1" * 30, "qarnot:not-a-uuid", "slurm@nowhere:1"):
        with pytest.raises(LabgateError) as err:
            await run(b, "lab_overview", ref=ref)
        assert "cannot reach" not in str(err.value), ref


async def test_track_naming_an_unconfigured_tracker_is_refused_before_any_call(fake_env):
    env = {k: v for k, v in fake_env.items() if not k.startswith("MLFLOW")}
    b = builder(env, allow_write=True)
    with pytest.raises(ArgumentError) as err:
        await run(
            b, "slurm_submit_job", script="#!/bin/sh\ntrue", track={"mlflow": {"experiment": "x"}}
        )
    assert "track.mlflow" in str(err.value) and "not configured" in str(err.value)
    with pytest.raises(ArgumentError) as err:
        await run(b, "slurm_submit_job", script="#!/bin/sh\ntrue", track={"wandb": {}})
    assert "track.wandb" in str(err.value) and "not a tracker" in str(err.value)


@pytest.mark.parametrize(
    ("track", "env", "field"),
    [
        ({"mlflow": {"experiment": "x", "token": "y"}}, None, "track.mlflow.token"),
        ({"mlflow": "sweep"}, None, "track.mlflow"),
        ({"mlflow": {"experiment": ""}}, None, "track.mlflow.experiment"),
        ({"mlflow": {"instance": "prod"}}, None, "track.mlflow.instance"),
        ({"mlflow": {}}, {"MLFLOW_RUN_ID": "abc"}, "env.MLFLOW_RUN_ID"),
    ],
)
async def test_bad_track_targets_name_the_field(fake_env, track, env, field):
    b = builder(fake_env, allow_write=True)
    args = {"script": "#!/bin/sh\ntrue", "track": track, **({"env": env} if env else {})}
    with pytest.raises(ArgumentError) as err:
        await run(b, "slurm_submit_job", **args)
    assert f"`{field}`" in str(err.value) and "cannot reach" not in str(err.value)


async def test_track_is_write_gated_with_the_submit_tool(fake_env):
    names = {t.name for t in builder(fake_env).build()}
    assert "slurm_submit_job" not in names and "lab_overview" in names


def test_no_credential_reaches_a_job_environment(fake_env):
    load(env=fake_env)  # registers the canary as a secret
    with pytest.raises(LabgateError):
        tracking.check_clean({"MLFLOW_TRACKING_URI": f"http://x/?t={CANARY}"}, "job variable")
    with pytest.raises(LabgateError):
        tracking.check_clean({"X": "http://user:pw@host/"}, "job variable")
    tracking.check_clean({"MLFLOW_RUN_ID": "0123abcd"}, "job variable")
    assert (
        tracking.clean_url("http://u:p@mlflow:5000/?write_token=abc#x") == "http://***@mlflow:5000"
    )


def test_labgate_tags_name_the_job_and_cut_the_command():
    job = tracking.Job("slurm", "hpc1", "42", "sbatch " + "x" * 5000)
    t = tracking.tags(job)
    assert t["labgate.job"] == "slurm@hpc1:42" and t["labgate.slurm.job_id"] == "42"
    assert t["labgate.slurm.cluster"] == "hpc1" and len(t["labgate.submit"]) == tracking.VALUE_MAX


async def test_overview_reports_each_backend_that_fails_and_sends_progress(fake_env):
    b = builder(fake_env)
    seen = []

    async def progress(done, total=None, message=None):
        seen.append((done, total))

    b.ctx.progress = progress
    out = await run(b, "lab_overview", hours=2)
    asked = {x for x in links.LINKERS if x != "trackio"}  # Trackio runs have no status: no call
    assert set(out["errors"]) == {f"{x}@default" for x in asked}
    assert all("cannot reach" in e for e in out["errors"].values())
    assert out["running"] == [] and out["totals"]["failed"] == 0
    dones = [d for d, _ in seen]
    assert dones == sorted(dones) and dones[-1] == len(links.LINKERS)


def test_overview_fits_the_byte_cap():
    row = {"ref": "slurm:1", "name": "x" * 150, "reason": "y" * 150}
    out = {k: [row] * 200 for k in ("running", "pending", "active_runs", "failed")}
    fitted = lab_overview.fit(out, 8000)
    from labgate.envelope import dumps

    assert len(dumps(fitted)) <= 8000
    assert fitted["truncated"]["running"].endswith("of 200 shown")


def test_a_run_tagged_for_another_cluster_is_not_this_jobs():
    here = links._runs_pointing_here
    assert here({"labgate.slurm.cluster": "hpc1"}, "slurm", "hpc1") is True
    assert here({"labgate.slurm.cluster": "hpc2"}, "slurm", "hpc1") is False
    assert here({"labgate.job": "slurm@hpc2:42"}, "slurm", "hpc1") is False
    assert here({"SLURM_JOB_ID": "42"}, "slurm", "hpc1") is None  # a convention: cluster unknown

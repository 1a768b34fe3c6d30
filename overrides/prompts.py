"""Prompts for the workflows people repeat: each a short message that names the tools to use,
adapted to what this server lists (a tool that is not listed is not named). Each declares the
backends it needs and is listed when one of them is configured."""

from __future__ import annotations

from typing import Annotated

from labgate_overrides.mlflow_resources import experiment_names
from labgate_overrides.slurm_resources import partition_names, queued_job_ids
from labgate_overrides.trackio_resources import project_names
from pydantic import Field

from labgate.resources import Lab, instances, prompt

Arg = Annotated[str, Field(max_length=250)]


def _cluster(lab: Lab, cluster: str | None) -> str:
    return f', cluster="{cluster}"' if cluster else ""


@prompt(
    "triage_failed_job",
    backends=("slurm",),
    complete={"job_id": queued_job_ids, "cluster": instances("slurm")},
)
def triage_failed_job(
    lab: Lab,
    job_id: Annotated[str, Field(max_length=24, description="Slurm job id")],
    cluster: Annotated[str | None, Field(max_length=250, description="[[slurm]] name")] = None,
) -> str:
    """Why did a Slurm job fail: its state, exit code, stderr tail, the node, the run it logged."""
    on = _cluster(lab, cluster)
    steps = [
        f'1. slurm_get_job(job_id="{job_id}"{on}, output="stderr", tail_bytes=8192): state, '
        "exit code (code:signal; 0:9 is a kill, often memory), reason, nodes, and the end of "
        'stderr. If stderr is empty, ask again with output="stdout".',
        f"2. slurm_list_jobs(history=true{on}, name=<the job's name>): did earlier runs of the "
        "same job fail the same way (a bug), or only this one (the node, the data)?",
        f"3. slurm_cluster_health({on.lstrip(', ')}): is the job's node down or draining?",
    ]
    if lab.has("mlflow_search_runs"):
        steps.append(
            "4. The run it logged: mlflow_search_runs(experiment_ids=[...], "
            f"filter=\"tags.slurm_job_id = '{job_id}'\" or \"params.SLURM_JOB_ID = '{job_id}'\"), "
            "then mlflow_get_metric_history on its loss: did it diverge (nan) before the end?"
        )
    return (
        f"Slurm job {job_id} failed. Find out why, with evidence, in as few calls as you can:\n"
        + "\n".join(steps)
        + "\nAnswer in three lines: what failed, the evidence (quote the error line), the fix."
    )


@prompt(
    "compare_sweep",
    backends=("mlflow",),
    complete={"experiment": experiment_names, "instance": instances("mlflow")},
)
def compare_sweep(
    lab: Lab,
    experiment: Annotated[str, Field(max_length=250, description="MLflow experiment name")],
    metric: Annotated[str | None, Field(max_length=250, description="to rank by")] = None,
    instance: Annotated[str | None, Field(max_length=250)] = None,
) -> str:
    """Compare the runs of an MLflow sweep: the best ones, what their params share, the curves."""
    at = f', instance="{instance}"' if instance else ""
    by = metric or "<the sweep's objective metric>"
    return (
        f"Compare the runs of the MLflow experiment {experiment!r}.\n"
        f"1. mlflow_search_experiments(filter=\"name = '{experiment}'\"{at}): its experiment id.\n"
        f'2. mlflow_best_run(experiment_ids=[<id>], metric="{by}", top=5{at}): the best runs '
        '(goal="min" for a loss).\n'
        '3. compare_tasks(refs=["mlflow:<run_id>", ...] for the top runs and the worst one, '
        f'metrics=["{by}"], series=true): which params differ, and do the curves still move at '
        "the end (more steps would help) or flatten early?\n"
        "Answer: the best configuration, the params that matter, and the next runs to try."
    )


@prompt(
    "compare_trackio_runs",
    backends=("trackio",),
    complete={"project": project_names},
)
def compare_trackio_runs(
    lab: Lab,
    project: Annotated[str, Field(max_length=250, description="Trackio project")],
    metric: Annotated[str | None, Field(max_length=250)] = None,
) -> str:
    """Compare the runs of a Trackio project: configs, the metric's curves, alerts."""
    by = metric or "<the objective metric>"
    return (
        f"Compare the runs of the Trackio project {project!r}.\n"
        f'1. trackio_runs(project="{project}"): its runs; trackio_runs(project, run) for a '
        "run's config and metric names.\n"
        f'2. compare_tasks(refs=["trackio:{project}/<run>", ...], metrics=["{by}"], '
        "series=true): config differences and curves side by side.\n"
        f'3. trackio_runs(project="{project}", alerts="warn"): what the runs themselves '
        "flagged.\nAnswer: the best run, why, and what to change next."
    )


@prompt(
    "where_to_run",
    backends=("slurm", "qarnot"),
    complete={"partition": partition_names},
)
def where_to_run(
    lab: Lab,
    gpus: Annotated[str, Field(max_length=8, description="GPUs per node")] = "0",
    time_limit: Annotated[str, Field(max_length=20, description="e.g. 2:00:00")] = "1:00:00",
    partition: Annotated[str | None, Field(max_length=250, description="preferred")] = None,
) -> str:
    """Decide where to submit a job: every cluster and profile ranked, then the submit call."""
    wants = f'gpus={gpus}, time_limit="{time_limit}"'
    if partition:
        wants += f', partitions=["{partition}"]'
    submit = [t for t in ("slurm_submit_job", "qarnot_submit_task") if lab.has(t)]
    then = (
        f"3. Submit with {' or '.join(submit)} using the flags where_to_submit gave."
        if submit
        else "3. Give the submit line where_to_submit printed (this server is read-only: "
        "submitting needs labgate --allow-write)."
    )
    return (
        f"I need to run a job needing {gpus} GPU(s) for {time_limit}. Decide where.\n"
        f"1. where_to_submit({wants}): every partition and profile ranked, with the reasons and "
        "the submit flags.\n"
        "2. If the best one will not start soon, slurm_list_partitions on its cluster: pending "
        "jobs and free GPUs by type.\n" + then
    )

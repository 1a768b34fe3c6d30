"""The runs ↔ jobs cassettes (issue 18), written by tests/cassettes/build.py with the others:
a Qarnot task submitted with a ClearML `track` (and one Qarnot refuses), links followed from the
Qarnot task and from the ClearML task, and `lab_overview` over both. ClearML and Qarnot traffic
in one cassette, every interaction checked against its own pinned spec."""

from __future__ import annotations

from tests.cassettes.build import HOST, Q_TASK, QSPEC, SPEC, clearml, login, q, qarnot

CLEARML_TASK = "5b7c2a1f0e9d4c3b8a7f6e5d4c3b2a10"
FAILED_TASK = "00000000-0000-0000-0000-0000000000f1"
RUNNING_TASK = "00000000-0000-0000-0000-0000000000a1"
PENDING_TASK = "00000000-0000-0000-0000-0000000000b1"
NOW = 1_796_644_800  # 2026-12-07T12:00:00Z, the clock the overview test fixes
SINCE = "2026-12-06T12:00:00"  # NOW - 24 h, as tasks.get_all's status_changed wants it
JOB_TAGS = [f"labgate.job=qarnot@default:{Q_TASK}", "labgate.qarnot.cluster=default",
            f"labgate.qarnot.job_id={Q_TASK}"]  # fmt: skip
COMMAND = "qarnot_submit_task name=train instances=1 profile=docker-batch"
HYPER = [{"section": "labgate", "name": k, "value": v} for k, v in (
    ("job", f"qarnot@default:{Q_TASK}"), ("qarnot.cluster", "default"),
    ("qarnot.job_id", Q_TASK), ("submit", COMMAND))]  # fmt: skip
SUBMITTED = {
    "name": "train",
    "instanceCount": 1,
    "profile": "docker-batch",
    "constants": [
        {"key": "DOCKER_CMD", "value": "python train.py"},
        {"key": "CLEARML_TASK_ID", "value": CLEARML_TASK},
        {"key": "CLEARML_API_HOST", "value": HOST},
    ],
}


def _param(name: str, value: str, section: str) -> dict:
    return {"section": section, "name": name, "value": value}


def _created(ident: str) -> list:
    """auth, the project looked up by its exact name, the task created in it."""
    return [
        login(),
        clearml("projects.get_all", {"projects": [{"id": "p1", "name": "sweep"}]},
                {"name": "^sweep$", "only_fields": ["id", "name"]}),
        clearml("tasks.create", {"id": ident},
                {"name": "lr-0.1", "type": "training", "tags": ["labgate.tracked"], "project": "p1"}),
    ]  # fmt: skip


def _task(**over) -> dict:
    return q("TaskOutput", **{"uuid": Q_TASK, "name": "train", "profile": "docker-batch", **over})


def scenarios() -> list[tuple[str, dict[str, tuple[str, list]]]]:
    c: dict[str, tuple[str, list]] = {}
    c["track_submit"] = (
        f"{QSPEC} and the {SPEC}: GET /v1/profiles, the ClearML task created first (project by "
        "name, tasks.create), POST /v1/tasks with CLEARML_TASK_ID and CLEARML_API_HOST among the "
        "constants, then the task tagged (tasks.update_tags) and its labgate section written "
        "(tasks.edit_hyper_params)",
        [
            qarnot("GET", "/v1/profiles", ["docker-batch"]),
            *_created(CLEARML_TASK),
            qarnot("POST", "/v1/tasks", {"uuid": Q_TASK}, SUBMITTED),
            clearml("tasks.update_tags", {"updated": 1}, {"ids": [CLEARML_TASK], "add_tags": JOB_TAGS}),
            clearml("tasks.edit_hyper_params", {"updated": 1},
                    {"task": CLEARML_TASK, "hyperparams": HYPER, "force": True}),
        ],
    )  # fmt: skip
    c["track_submit_refused"] = (
        f"{QSPEC} and the {SPEC}: the ClearML task created, POST /v1/tasks answered 400, then "
        "tasks.failed (forced) with labgate's reason",
        [
            qarnot("GET", "/v1/profiles", ["docker-batch"]),
            *_created(CLEARML_TASK),
            qarnot("POST", "/v1/tasks", {"message": "Not enough credits"}, SUBMITTED, status=400),
            clearml("tasks.failed", {"updated": 1, "fields": {}},
                    {"task": CLEARML_TASK, "force": True, "status_reason": "labgate: submission failed"}),
        ],
    )  # fmt: skip
    running = _task(
        state="FullyExecuting",
        errors=[],
        hardwareConstraints=[],
        constants=[{"key": "DOCKER_CMD", "value": "python train.py"},
                   {"key": "CLEARML_TASK_ID", "value": CLEARML_TASK}],
    )  # fmt: skip
    tagged = {"id": CLEARML_TASK, "name": "lr-0.1", "status": "in_progress",
              "started": "2026-12-07T11:00:00", "last_update": "2026-12-07T11:30:00",
              "tags": ["labgate.tracked", *JOB_TAGS]}  # fmt: skip
    c["follow_qarnot_task"] = (
        f"{QSPEC} and the {SPEC}: GET /v1/tasks/{{uuid}} (its constants name the ClearML task), "
        "its stdout, then the ClearML tasks tagged with the task's uuid",
        [
            qarnot("GET", f"/v1/tasks/{Q_TASK}", running),
            qarnot("GET", f"/v1/tasks/{Q_TASK}/stdout", text="epoch 1 loss 0.50\nepoch 2 loss 0.25\n"),
            login(),
            clearml("tasks.get_all", {"tasks": [tagged]}, {"tags": [f"labgate.qarnot.job_id={Q_TASK}"]}),
        ],
    )  # fmt: skip
    hyper = {
        "labgate": {"submit": _param("submit", "qarnot_submit_task name=train", "labgate")},
        "Environment": {"SLURM_JOB_ID": _param("SLURM_JOB_ID", "4242", "Environment")},
        "General": {"lr": _param("lr", "0.1", "General")},
    }
    c["follow_clearml_task"] = (
        f"{QSPEC} and the {SPEC}: tasks.get_all of one task (its labgate tags name a Qarnot task, "
        "its logged environment a Slurm job), then that Qarnot task and its stdout",
        [
            login(),
            clearml("tasks.get_all", {"tasks": [{**tagged, "hyperparams": hyper}]}, {"id": [CLEARML_TASK]}),
            qarnot("GET", f"/v1/tasks/{Q_TASK}", running),
            qarnot("GET", f"/v1/tasks/{Q_TASK}/stdout", text="epoch 1 loss 0.50\n"),
        ],
    )  # fmt: skip
    summary = lambda uuid, name, state, end="0001-01-01T00:00:00Z": q(  # noqa: E731
        "TaskSummaryOutput", uuid=uuid, name=name, state=state,
        creationDate="2026-12-07T09:00:00Z", endDate=end)  # fmt: skip
    summaries = {
        "data": [summary(RUNNING_TASK, "render", "FullyExecuting"),
                 summary(PENDING_TASK, "queued", "Submitted"),
                 summary(FAILED_TASK, "broken", "Failure", "2026-12-07T10:00:00Z"),
                 summary(Q_TASK, "old-failure", "Failure", "2026-11-01T10:00:00Z")],
        "nextToken": None, "isTruncated": False, "count": 4, "total": 4,
    }  # fmt: skip
    failed_task = _task(uuid=FAILED_TASK, name="broken", state="Failure",
                        errors=[q("QErrorPublic", message="Exit code 137: out of memory")])  # fmt: skip
    failed_clearml = {"id": "c0ffee", "name": "diverged", "status": "failed",
                      "status_reason": "Exception", "status_message": "loss is NaN\nat step 400",
                      "started": "2026-12-07T08:00:00", "completed": "2026-12-07T08:30:00"}  # fmt: skip
    c["overview"] = (
        f"{QSPEC} and the {SPEC}: tasks.get_all of running/queued tasks and of tasks failed since "
        "a day before the fixed clock; POST /v1/tasks/summaries/paginate, then GET /v1/tasks/{uuid} "
        "of the one task failed within the day (its error message)",
        [
            login(),
            clearml("tasks.get_all", {"tasks": [tagged]}, {"status": ["in_progress", "queued"]}),
            clearml("tasks.get_all", {"tasks": [failed_clearml]},
                    {"status": ["failed"], "status_changed": [f">={SINCE}"]}),
            qarnot("POST", "/v1/tasks/summaries/paginate", summaries,
                   {"maximumResults": 100, "orderBy": "CreationDate", "orderType": "DESC"}),
            qarnot("GET", f"/v1/tasks/{FAILED_TASK}", failed_task),
        ],
    )  # fmt: skip
    return [("qarnot", c)]

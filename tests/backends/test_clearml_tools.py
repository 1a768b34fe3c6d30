"""Every curated ClearML tool replayed from a spec-checked cassette (tests/cassettes/clearml/).

Each request labgate sends is validated against the pinned ClearML schema by the autouse
fixture in tests/conftest.py, and each cassette must be played to its end.
"""

from __future__ import annotations

import pytest

from labgate.config import load
from labgate.envelope import decode_cursor
from labgate.errors import BackendError, LabgateError, SafetyError
from labgate.tools import ToolBuilder
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(ROOT / "tests" / "cassettes" / "clearml")


@pytest.fixture(scope="module")
def vcr_config():
    return {"match_on": ["method", "scheme", "host", "port", "path", "query", "body_subset"]}


def builder(fake_env, **switches) -> ToolBuilder:
    env = {k: v for k, v in fake_env.items() if not k.startswith(("QARNOT", "LABGATE_SLURM"))}
    return ToolBuilder(load(env=env, toolsets=("mlflow", "clearml"), **switches))


async def run(b: ToolBuilder, tool_name: str, /, **args):
    tools = {t.name: t for t in b.build()}
    return await tools[tool_name].handler(args)


def progress_of(b: ToolBuilder) -> list[tuple]:
    """The (done, total, message) progress notifications the composites send through b.ctx."""
    seen: list[tuple] = []

    async def progress(done, total=None, message=None):
        seen.append((done, total, message))

    b.ctx.progress = progress
    return seen


@pytest.mark.vcr
@pytest.mark.default_cassette("projects.yaml")
async def test_projects_log_in_once_and_reuse_the_token(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    first = await run(b, "clearml_projects", name="vision")
    again = await run(b, "clearml_projects")
    assert [p["name"] for p in first["items"]] == ["vision", "vision/segmentation"]
    assert first["truncated"] is False and first["next_cursor"] is None
    assert len(again["items"]) == 1
    assert b.runtime.calls == 2  # two tool calls; the one login is the client's own
    assert seen == []  # one backend call per tool call: no progress noise


@pytest.mark.vcr
@pytest.mark.default_cassette("project_stats.yaml")
async def test_project_stats_count_tasks_by_status(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    out = await run(b, "clearml_projects", project_id="p1")
    assert out["tasks"] == 5
    assert out["tasks_by_status"] == {"completed": 3, "failed": 1, "in_progress": 1}
    assert out["users"] == ["ada", "alan"] and out["tags"] == ["baseline", "sweep"]
    assert "partial" not in out and seen == []


@pytest.mark.vcr
@pytest.mark.default_cassette("project_stats_paged.yaml")
async def test_project_stats_over_several_pages_report_progress(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    out = await run(b, "clearml_projects", project_id="p1")
    assert out["tasks"] == 1100 and out["tasks_by_status"] == {"completed": 1100}
    assert seen == [(500, None, "500 tasks counted"), (1000, None, "1000 tasks counted")]


@pytest.mark.vcr
@pytest.mark.default_cassette("find_tasks_paged.yaml")
async def test_find_tasks_pages_past_the_500_cap_without_losing_any(fake_env):
    b = builder(fake_env)
    b.settings.byte_cap = 1_000_000
    first = await run(b, "clearml_find_tasks", status=["completed"], max_items=600)
    ids = [t["id"] for t in first["items"]]
    assert len(ids) == 600 and ids[0] == "t0000" and ids[-1] == "t0599"
    assert first["next_cursor"] and decode_cursor(first["next_cursor"]) == (600, 0)
    rest = await run(
        b, "clearml_find_tasks", status=["completed"], max_items=600, cursor=first["next_cursor"]
    )
    more = [t["id"] for t in rest["items"]]
    assert more[0] == "t0600" and more[-1] == "t1049" and len(more) == 450
    assert rest["next_cursor"] is None and rest["truncated"] is False


@pytest.mark.vcr
@pytest.mark.default_cassette("find_tasks_byte_cap.yaml")
async def test_byte_cap_cuts_with_a_cursor_not_silently(fake_env):
    b = builder(fake_env)
    first = await run(b, "clearml_find_tasks", status=["completed"], max_items=600)
    assert first["truncated"] is True and "byte cap" in first["note"]
    token, offset = decode_cursor(first["next_cursor"])
    assert token == 0 and offset == len(first["items"]) < 400
    rest = await run(b, "clearml_find_tasks", max_items=100, cursor=first["next_cursor"])
    assert rest["items"][0]["id"] == f"t{offset:04d}" and len(rest["items"]) == 100


@pytest.mark.vcr
@pytest.mark.default_cassette("find_tasks_three_pages.yaml")
async def test_a_listing_over_three_pages_reports_progress_between_them(fake_env):
    b = builder(fake_env)
    b.settings.byte_cap = 1_000_000
    seen = progress_of(b)
    out = await run(b, "clearml_find_tasks", status=["completed"], max_items=1200, fields=["id"])
    assert len(out["items"]) == 1050 and out["items"][-1] == {"id": "t1049"}
    assert out["next_cursor"] is None
    assert seen == [(500, 1200, "500 of 1200 tasks"), (1000, 1200, "1000 of 1200 tasks")]


@pytest.mark.vcr
@pytest.mark.default_cassette("get_task.yaml")
async def test_get_task_with_every_include(fake_env):
    out = await run(
        builder(fake_env),
        "clearml_get_task",
        task_id="t0007",
        include=["parameters", "metrics", "artifacts", "models", "log"],
    )
    assert out["name"] == "train-7" and out["status"] == "completed"
    assert out["parameters"] == {"Args/lr": "0.01", "Args/epochs": "10"}
    assert out["metrics"]["loss/train"] == {"last": 0.12, "min": 0.1, "max": 2.3, "iteration": 1000}
    assert out["artifacts"][0]["uri"] == "s3://b/w.pt"
    assert out["models"]["output"] == [{"name": "best", "id": "m42"}]
    assert out["log"]["text"].splitlines() == ["epoch 1 done", "epoch 2 done", "epoch 3 done"]


@pytest.mark.vcr
@pytest.mark.default_cassette("get_task_missing.yaml")
async def test_unknown_task_names_the_argument(fake_env):
    with pytest.raises(LabgateError, match="task_id.*no ClearML task"):
        await run(builder(fake_env), "clearml_get_task", task_id="nope")


@pytest.mark.vcr
@pytest.mark.default_cassette("metric_history.yaml")
async def test_metric_history_scrolls_windows_and_downsamples(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    out = await run(
        b,
        "clearml_metric_history",
        task_id="t0007",
        metric="loss",
        step_min=100,
        step_max=899,
        max_points=50,
    )
    v = out["variants"]["train"]
    assert v["downsampled_from"] == 800 and len(v["points"]) == 50
    assert v["points"][0][0] == 100 and v["points"][-1][0] == 899
    assert v["stats"]["count"] == 800 and v["stats"]["max"] == pytest.approx(1 / 101)
    # before each follow-up scroll call, with the total the server counted (count_total)
    assert seen == [(600, 1000, "600 of 1000 points"), (1000, 1000, "1000 of 1000 points")]


@pytest.mark.vcr
@pytest.mark.default_cassette("models.yaml")
async def test_models_find_then_details_with_uri(fake_env):
    b = builder(fake_env)
    found = await run(b, "clearml_models", task_id="t0007")
    assert found["items"][0]["uri"] == "s3://bucket/models/best.pt"
    one = await run(b, "clearml_models", model_id="m42")
    assert one["uri"] == "s3://bucket/models/best.pt" and "company" not in one


@pytest.mark.vcr
@pytest.mark.default_cassette("datasets.yaml")
async def test_datasets_show_versions_and_sizes(fake_env):
    out = await run(builder(fake_env), "clearml_models", datasets=True, name="cats")
    assert [(d["version"], d["size_bytes"], d["files"]) for d in out["items"]] == [
        ("1.0.1", 4096, 20),
        ("1.0.0", 2048, 10),
    ]


@pytest.mark.vcr
@pytest.mark.default_cassette("queues.yaml")
async def test_queues_join_workers_and_pending_tasks(fake_env):
    out = await run(builder(fake_env), "clearml_queues")
    gpu, cpu = out["queues"]
    assert gpu["pending"] == 2 and gpu["next"][0] == {"id": "t0010", "name": "train-10"}
    assert gpu["workers"][0]["id"] == "gpu-box:0" and gpu["workers"][0]["task"]["id"] == "t0009"
    assert cpu["pending"] == 0 and cpu["workers"] == []


@pytest.mark.vcr
@pytest.mark.default_cassette("writes.yaml")
async def test_writes_and_destructive_tools_behind_their_switches(fake_env):
    names = {t.name for t in builder(fake_env).build()}
    assert not names & {"clearml_enqueue_task", "clearml_stop_task", "clearml_delete_task"}
    assert "clearml_enqueue_task" in {t.name for t in builder(fake_env, allow_write=True).build()}
    b = builder(fake_env, allow_write=True, allow_destructive=True)
    assert (await run(b, "clearml_enqueue_task", task="t0001", queue_name="gpu"))["queued"] == 1
    assert (await run(b, "clearml_clone_task", task="t0001", new_task_name="copy"))["id"] == "t0100"
    tagged = await run(b, "clearml_set_tags", ids=["t0001", "t0002"], add_tags=["x"])
    assert tagged["updated"] == 2
    assert (await run(b, "clearml_stop_task", task="t0001"))["updated"] == 1
    assert (await run(b, "clearml_delete_task", task="t0001"))["deleted"] is True


async def test_destructive_call_without_the_switch_is_refused(fake_env):
    b = builder(fake_env, allow_write=True)
    with pytest.raises(SafetyError, match="allow-destructive"):
        await b._call({"name": "clearml_delete_task", "arguments": {"task": "t1"}})


@pytest.mark.vcr
@pytest.mark.default_cassette("compare.yaml")
async def test_compare_tasks_is_batched(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    out = await run(b, "compare_tasks", refs=["clearml:t0001", "clearml:t0002"], series=True)
    assert out["backend_calls"] == 2  # one tasks.get_all + one multi-task history call
    # the ClearML fetcher's half-way point sits between compare_tasks' own two notifications
    assert seen == [
        (0, 2, "fetching"),
        (1.0, 2, "clearml: facts of 2 tasks fetched"),
        (2, 2, "aligning"),
    ]
    assert out["params_diff"] == {"Args/lr": {"clearml:t0001": "0.1", "clearml:t0002": "0.01"}}
    loss = out["metrics"]["loss/train"]
    assert loss["clearml:t0001"]["last"] == 0.5 and loss["clearml:t0001"]["min"] == 0.5
    assert out["series"]["loss/train"]["clearml:t0002"] == [[0, 2.1], [10, 1.2], [20, 0.7]]
    assert out["summary"]["clearml:t0001"]["duration_s"] == 3600


MLFLOW_SEED = ROOT / "tests" / "cassettes" / "mlflow" / "seed.json"


@pytest.mark.skipif(not MLFLOW_SEED.is_file(), reason="no MLflow recording to compare against")
@pytest.mark.vcr
@pytest.mark.default_cassette("compare_with_mlflow.yaml")
async def test_compare_tasks_across_mlflow_and_clearml(fake_env):
    import json

    runs = json.loads(MLFLOW_SEED.read_text())["test"]["runs"]
    ra, rb = (f"mlflow:{runs[k]['run_id']}" for k in ("compare-a", "compare-b"))
    refs = [ra, rb, "clearml:t0001", "clearml:t0002"]
    out = await run(builder(fake_env), "compare_tasks", refs=refs)
    assert set(out["summary"]) == set(refs) and "errors" not in out
    assert (
        out["summary"][ra]["name"] == "compare-a"
        and out["summary"]["clearml:t0001"]["name"] == "train-1"
    )
    assert out["metrics"]["loss/train"]["clearml:t0002"]["last"] == 0.7
    assert any(ra in per_ref for per_ref in out["metrics"].values())
    assert out["params_diff"]["Args/lr"][ra] is None  # a ClearML-only parameter, absent in MLflow


# --- authentication -----------------------------------------------------------------------


@pytest.mark.vcr
@pytest.mark.default_cassette("auth_refresh_401.yaml")
async def test_a_refused_token_is_renewed_once(fake_env):
    out = await run(builder(fake_env), "clearml_queues")
    assert out == {"queues": []}


@pytest.mark.vcr
@pytest.mark.default_cassette("auth_expired.yaml")
async def test_an_expired_token_is_not_reused(fake_env):
    b = builder(fake_env)
    await run(b, "clearml_projects")
    await run(b, "clearml_projects")  # the cassette has a second auth.login before this call


@pytest.mark.vcr
@pytest.mark.default_cassette("auth_wrong_credentials.yaml")
async def test_wrong_credentials_give_the_servers_message(fake_env):
    with pytest.raises(BackendError) as err:
        await run(builder(fake_env), "clearml_projects")
    text = str(err.value)
    assert "HTTP 401" in text and "failed to locate provided credentials" in text
    assert "Traceback" not in text and fake_env["CLEARML_API_SECRET_KEY"] not in text


@pytest.mark.vcr
@pytest.mark.default_cassette("old_server.yaml")
async def test_an_older_server_gets_history_from_the_endpoint_it_has(fake_env):
    b = builder(fake_env)
    await run(b, "clearml_projects")  # logs in: the token says API 2.9
    seen = progress_of(b)
    out = await run(b, "clearml_metric_history", task_id="t1", metric="loss")
    assert out["variants"]["train"]["points"] == [[0, 1.0], [1, 0.5], [2, 1 / 3]]
    assert out["variants"]["val"]["stats"]["count"] == 1
    assert seen == [(3, 4, "3 of 4 points"), (4, 4, "4 of 4 points")]


def test_missing_credentials_name_the_file_and_variables(fake_env, tmp_path):
    env = {k: v for k, v in fake_env.items() if not k.startswith("CLEARML_API_")}
    env["HOME"] = str(tmp_path)
    s = load(env=env)
    assert "clearml" not in s.instances
    assert "clearml.conf" in s.absent["clearml"] and "CLEARML_API_HOST" in s.absent["clearml"]
    env["CLEARML_API_HOST"] = "http://127.0.0.1:9"
    reason = load(env=env).absent["clearml"]
    assert "CLEARML_API_ACCESS_KEY" in reason and "CLEARML_API_SECRET_KEY" in reason
    names = {t.name for t in ToolBuilder(load(env=env)).build()}
    assert not any(n.startswith("clearml_") for n in names)


def test_clearml_conf_is_read_like_the_sdk(fake_env, tmp_path):
    conf = tmp_path / ".clearml" / "clearml.conf"
    conf.parent.mkdir()
    conf.write_text(
        'api {\n  api_server: "http://127.0.0.1:9"\n'
        '  credentials { access_key: "AKFILE", secret_key: "SKFILE-123" }\n}\n'
    )
    env = {k: v for k, v in fake_env.items() if not k.startswith("CLEARML_API_")}
    env["HOME"] = str(tmp_path)
    inst = load(env=env).instance("clearml")
    assert inst.url == "http://127.0.0.1:9" and str(inst.auth["access_key"]) == "AKFILE"


@pytest.mark.parametrize(
    "typed, sent",
    [
        ("bert", "(?i)bert"),  # plain text: anywhere in the name, any case (mcp_clearml's way)
        ("Vision/Seg", "(?i)Vision/Seg"),
        ("resnet 50-v2_b", "(?i)resnet 50-v2_b"),
        ("^bert-.*large$", "^bert-.*large$"),  # regex syntax: the regex as typed
        ("a|b", "a|b"),
    ],
)
def test_names_match_as_text_in_any_case_or_as_the_regex_typed(typed, sent):
    from labgate_overrides.clearml_tools import name_pattern

    assert name_pattern(typed) == sent

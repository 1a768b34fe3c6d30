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
from tests.cassettes import build
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
    out = await run(b, "clearml_projects", project_id=build.P1)
    assert out["tasks"] == 5
    assert out["tasks_by_status"] == {"completed": 3, "failed": 1, "in_progress": 1}
    assert out["users"] == ["ada", "alan"] and out["tags"] == ["baseline", "sweep"]
    assert "partial" not in out and seen == []


@pytest.mark.vcr
@pytest.mark.default_cassette("project_stats_paged.yaml")
async def test_project_stats_over_several_pages_report_progress(fake_env):
    b = builder(fake_env)
    seen = progress_of(b)
    out = await run(b, "clearml_projects", project_id=build.P1)
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
    assert out["items"][0]["uploader"] == {"id": "u1", "name": "ada"}


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
        # regex syntax: the regex as typed, or the text itself in any case
        ("^bert-.*large$", r"^bert-.*large$|(?i:\^bert\-\.\*large\$)"),
        ("a|b", r"a|b|(?i:a\|b)"),
        ("c++", r"(?i:c\+\+)"),  # no valid regex: the text only (the server would refuse it)
    ],
)
def test_names_match_as_text_in_any_case_or_as_the_regex_typed(typed, sent):
    from labgate_overrides.clearml_tools import name_pattern

    assert name_pattern(typed) == sent


@pytest.mark.parametrize(
    "typed, name, found",
    [
        ("bert", "my-BERT-large", True),  # a substring, any case
        ("Model (v2)", "old model (V2) run", True),  # parentheses are text too...
        ("model (v2)", "model v2", True),  # ...and the group they say
        ("V1.2", "resnet-v1.2", True),
        ("^bert-.*large$", "bert-base-large", True),
        ("^bert-.*large$", "roberta-large", False),
        ("c++", "C++ baseline", True),
        ("[a-", "x[A-y", True),
        ("(" * 3000 + ")" * 3000, "(" * 3000 + ")" * 3000, True),  # deeper than re compiles
        ("a{99999999999}", "A{99999999999}", True),  # a count re refuses
    ],
    ids=lambda v: v[:24] if isinstance(v, str) else str(v),
)
def test_what_a_name_pattern_finds(typed, name, found):
    """With Python's re, the syntax the ClearML server documents for `name`."""
    import re

    from labgate_overrides.clearml_tools import name_pattern

    assert bool(re.search(name_pattern(typed), name)) is found


# --- issue 17: project names, several ids, dataset details, the start-up check ------------


@pytest.mark.vcr
@pytest.mark.default_cassette("project_by_name.yaml")
async def test_a_project_name_is_looked_up_exactly_in_any_case(fake_env):
    b = builder(fake_env)
    tasks = await run(b, "clearml_find_tasks", project_id="Vision")
    assert [t["id"] for t in tasks["items"]] == ["t0001", "t0002"]
    found = await run(b, "clearml_models", project_id="vision")
    assert found["items"][0]["id"] == "m1"
    assert b.runtime.calls == 4  # one projects.get_all per name, then the listing


@pytest.mark.vcr
@pytest.mark.default_cassette("project_names_refused.yaml")
async def test_unknown_or_ambiguous_project_names_are_refused_with_candidates(fake_env):
    b = builder(fake_env)
    with pytest.raises(LabgateError) as err:
        await run(b, "clearml_find_tasks", project_id="segmentation")
    text = str(err.value)
    assert "invalid argument `project_id`" in text
    assert "no ClearML project named 'segmentation'" in text
    assert "vision/segmentation" in text  # the candidates whose name contains it
    with pytest.raises(LabgateError, match=r"`project_id`: no ClearML project named 'visoin'$"):
        await run(b, "clearml_projects", project_id="visoin")
    with pytest.raises(LabgateError) as err:
        await run(b, "clearml_models", datasets=True, project_id="Vision")
    text = str(err.value)
    assert "`project_id`" in text and "names 2 ClearML projects" in text
    assert "VISION (pa)" in text and "vision (pb)" in text and "give the id" in text


@pytest.mark.vcr
@pytest.mark.default_cassette("get_tasks_many.yaml")
async def test_several_task_ids_in_one_round_trip_with_the_unknown_ones_named(fake_env):
    b = builder(fake_env)
    out = await run(b, "clearml_get_task", task_ids=["t0001", "t0002", "nope", "t0001"])
    assert [t["id"] for t in out["tasks"]] == ["t0001", "t0002"]  # as asked, once each
    assert out["not_found"] == ["nope"] and "not_shown" not in out
    assert b.runtime.calls == 1


async def test_task_ids_are_bounded_and_exclusive_with_task_id(fake_env):
    b = builder(fake_env)
    with pytest.raises(LabgateError, match="`task_ids`.*at most 100"):
        await b._call(
            {"name": "clearml_get_task", "arguments": {"task_ids": [f"t{i}" for i in range(101)]}}
        )
    with pytest.raises(LabgateError, match="`task_id`: give task_id, or task_ids"):
        await run(b, "clearml_get_task", task_id="t1", task_ids=["t2"])
    with pytest.raises(LabgateError, match="`task_id`: give task_id, or task_ids"):
        await run(b, "clearml_get_task")
    with pytest.raises(LabgateError, match="`include`: log is for one task_id"):
        await run(b, "clearml_get_task", task_ids=["t1"], include=["log"])
    assert b.runtime.calls == 0


def test_many_tasks_beyond_the_byte_cap_name_the_ids_left_out():
    from labgate_overrides.clearml_tools import fit_tasks

    tasks = [{"id": f"t{i}", "comment": "x" * 1000} for i in range(10)]
    out = fit_tasks({"tasks": tasks}, 5000)
    assert len(out["tasks"]) == 4 and out["not_shown"] == [f"t{i}" for i in range(4, 10)]
    assert "byte cap 5000" in out["note"]


@pytest.mark.vcr
@pytest.mark.default_cassette("dataset_details.yaml")
async def test_dataset_details_parse_small_metadata_and_keep_hostile_content_as_data(fake_env):
    import orjson

    b = builder(fake_env)
    out = await run(b, "clearml_get_task", task_ids=["d1", "d2"], include=["dataset"])
    orjson.dumps(out)  # the whole answer serialises (no big int, NaN or deep nesting breaks it)
    d1, d2 = (t["dataset"] for t in out["tasks"])
    assert d1["uploader"] == {"id": "u1", "name": "ada"} and d1["created"] == "2026-01-01T00:00:00"
    assert (d1["files"], d1["size_bytes"], d1["compressed_bytes"], d1["links"]) == (
        10,
        2048,
        1024,
        0,
    )
    meta = {m["key"]: m for m in d1["metadata"]}
    assert set(meta) == {"metadata", "labels"}  # the SDK's own state and data chunks left out
    content = meta["metadata"]["content"]
    assert content["classes"] == ["cat", "dog"] and content["count"] == 12
    assert content["big"] == "123456789012345678901234567890"  # kept exact, as text
    assert content["source"] == "=cmd|' /C calc'!A0"  # a string, never run
    labels = meta["labels"]
    assert labels["columns"] == ["name", "label", "link"]
    assert labels["rows"][0] == ["cat-1.jpg", "cat", '=HYPERLINK("http://evil.example","x")']
    assert len(labels["rows"]) == 50 and "of 61 rows" in labels["note"]
    notes = {m["key"]: m for m in d2["metadata"]}
    assert "malformed JSON" in notes["broken"]["note"] and "content" not in notes["broken"]
    assert "over the 16000-byte cap: not parsed" in notes["huge"]["note"]
    assert "rows" not in notes["huge"] and "text" not in notes["huge"]
    assert (
        notes["table"]["text"].startswith("        name label")
        and "printed" in notes["table"]["note"]
    )
    assert "nested deeper than 20 levels" in notes["deep"]["note"]
    assert "stored only the start" in notes["cut"]["note"]
    assert d2["metadata_not_shown"] == ["empty"]  # at most 5 artifacts per dataset
    assert b.runtime.calls == 2  # one tasks.get_all, one projects.get_user_names


@pytest.mark.parametrize(
    "text",
    [
        "[" * 5000 + "]" * 5000,  # deeper than the parser's own recursion limit
        '{"a": 1e999, "b": NaN, "c": -Infinity}',
        "1" * 5000,  # more digits than Python turns into an int
        "\x00,\x00\n",
    ],
)
def test_hostile_metadata_never_raises_and_always_serialises(text):
    import orjson
    from labgate_overrides.clearml_tools import metadata_of

    for ctype in ("application/json", "text/csv"):
        a = {"key": "m", "type_data": {"content_type": ctype, "preview": text}}
        orjson.dumps(metadata_of(a))


def test_an_artifact_without_content_says_so_and_other_kinds_are_not_metadata():
    from labgate_overrides.clearml_tools import metadata_of

    a = {"key": "m", "uri": "http://files/m.json", "type_data": {"content_type": "text/plain"}}
    assert metadata_of(a) == {"key": "m", "format": "json", "uri": "http://files/m.json",
                              "note": "no content stored with the artifact"}  # fmt: skip
    assert metadata_of({"key": "w", "uri": "s3://b/w.pt", "type_data": {"preview": "{}"}}) is None


def test_a_task_that_is_not_a_dataset_has_no_dataset_details():
    from labgate_overrides.clearml_tools import dataset_details

    assert dataset_details({"id": "t1", "system_tags": []}, {}) is None


@pytest.mark.vcr
@pytest.mark.default_cassette("check_ok.yaml")
async def test_the_start_up_check_logs_in_and_asks_who_it_is(fake_env):
    from labgate.health import Health

    b = builder(fake_env)
    health = Health(b.runtime)
    await health.check()
    probe = health.probes[("clearml", "default")]
    assert probe.ok and probe.error is None


@pytest.mark.vcr
@pytest.mark.default_cassette("auth_wrong_credentials.yaml")
async def test_the_start_up_check_reports_refused_credentials_in_one_line(fake_env):
    from labgate.health import Health, describe

    b = builder(fake_env)
    health = Health(b.runtime)
    health.probes = {k: v for k, v in health.probes.items() if k[0] == "clearml"}
    await health.check()
    probe = health.probes[("clearml", "default")]
    assert not probe.ok and probe.status == 401
    line = describe("clearml/default", probe)
    assert line == (
        "clearml/default: NOT reachable — HTTP 401 (credentials refused: check the ClearML"
        " access/secret key); labgate serves anyway, its tools will say so"
    )
    status, body = health.ready()  # /readyz: degraded, never unready
    assert status == 200 and body["status"] == "degraded"
    assert body["backends"]["clearml/default"]["error"].startswith("HTTP 401")


def test_labgate_tools_reports_each_backend_in_one_line_and_never_fails(fake_env):
    """The check `labgate tools` (and `labgate serve`, from a thread) runs: a backend that is
    down is one line, and the exit status and the tool list are what they were."""
    import subprocess
    import sys

    env = {**fake_env, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "labgate", "tools", "--toolsets", "clearml"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and "clearml_get_task" in done.stdout
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("clearml/")]
    assert lines == ["clearml/default: NOT reachable — ConnectError; labgate serves anyway, "
                     "its tools will say so"]  # fmt: skip
    quiet = subprocess.run(
        [sys.executable, "-m", "labgate", "tools", "--toolsets", "clearml", "--no-check"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert quiet.returncode == 0 and "clearml/" not in quiet.stderr

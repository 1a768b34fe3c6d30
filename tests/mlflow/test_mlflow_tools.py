"""Every curated MLflow tool through labgate's MCP server, against the seeded MLflow 3.17.2 data.

Live with LABGATE_LIVE_MLFLOW=1, otherwise replayed from tests/cassettes/mlflow (conftest.py
here). Expected values come from the seed's own description of what it wrote, never from
labgate's code.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import struct
import zlib
from contextlib import asynccontextmanager

import pytest
from fastmcp import Client
from fastmcp.exceptions import ToolError

from labgate.config import load
from labgate.server import create
from tests.answer import answer
from tests.conftest import MLFLOW_LIVE

pytestmark = [pytest.mark.live] if MLFLOW_LIVE else []

MISSING_RUN = "0123456789abcdef0123456789abcdef"


@asynccontextmanager
async def labgate(backend, **switches):
    env = {"HOME": "/nonexistent", "MLFLOW_TRACKING_URI": backend.url}
    mcp, builder = create(load(env=env, toolsets=("mlflow",), **switches))
    async with Client(mcp) as client:
        client.builder = builder
        yield client


async def call(client, name: str, args: dict) -> dict:
    result = await client.call_tool(name, args)
    return answer(result)


async def names(client) -> set[str]:
    return {t.name for t in await client.list_tools()}


def run_id(backend, name: str) -> str:
    return backend.test["runs"][name]["run_id"]


def ref(backend, name: str) -> str:
    return f"mlflow:{run_id(backend, name)}"


# ---------------------------------------------------------------- coverage


CURATED = {
    "read": {
        "mlflow_search_experiments",
        "mlflow_search_runs",
        "mlflow_get_run",
        "mlflow_get_metric_history",
        "mlflow_best_run",
        "mlflow_artifacts",
        "mlflow_models",
        "compare_tasks",
        "lab_overview",
    },
    "write": {
        "mlflow_create_run",
        "mlflow_log_metric",
        "mlflow_log_param",
        "mlflow_set_tag",
        "mlflow_update_run",
    },
    "destructive": {"mlflow_delete_run"},
}
DISCOVERY = {"search_operations", "describe_operation", "call_operation"}


async def test_every_curated_tool_is_covered_here(mlflow_backend):
    """A new curated MLflow tool fails this test until a test here exercises it."""
    async with labgate(mlflow_backend) as client:
        assert await names(client) - DISCOVERY == CURATED["read"]
    async with labgate(mlflow_backend, allow_write=True) as client:
        assert await names(client) - DISCOVERY == CURATED["read"] | CURATED["write"]
    async with labgate(mlflow_backend, allow_write=True, allow_destructive=True) as client:
        assert await names(client) - DISCOVERY == set().union(*CURATED.values())


# ---------------------------------------------------------------- experiments and runs


async def test_search_experiments_with_a_filter(mlflow_backend):
    async with labgate(mlflow_backend) as client:
        out = await call(
            client, "mlflow_search_experiments", {"filter": "name LIKE 'labgate-test/%'"}
        )
    expected = mlflow_backend.test["experiments"]
    assert {e["name"]: e["experiment_id"] for e in out["items"]} == {
        name: e["experiment_id"] for name, e in expected.items()
    }
    assert out["next_cursor"] is None and out["truncated"] is False


async def _all_pages(client, args: dict) -> tuple[list[str], list[dict]]:
    ids, envelopes, cursor = [], [], None
    while True:
        page = await call(
            client, "mlflow_search_runs", {**args, "cursor": cursor} if cursor else args
        )
        envelopes.append(page)
        ids += [run["info"]["run_id"] for run in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return ids, envelopes
        assert len(envelopes) < 20, "cursor does not advance"


async def test_search_runs_pages_through_120_runs(mlflow_backend):
    paging = mlflow_backend.test["paging"]
    async with labgate(mlflow_backend) as client:
        ids, pages = await _all_pages(
            client, {"experiment_ids": [paging["experiment_id"]], "max_items": 50}
        )
    assert [len(p["items"]) for p in pages] == [50, 50, 20]
    assert ids == paging["run_ids_newest_first"]  # nothing lost, nothing repeated, in order
    assert [p["truncated"] for p in pages] == [False, False, False]


async def test_search_runs_cursor_resumes_inside_a_page_cut_by_the_byte_cap(mlflow_backend):
    paging = mlflow_backend.test["paging"]
    args = {"experiment_ids": [paging["experiment_id"]], "max_items": 40}
    async with labgate(mlflow_backend) as client:
        client.builder.settings.byte_cap = 8_000  # ~25 projected runs per answer
        ids, pages = await _all_pages(client, args)
    assert len(pages) > 2 and pages[0]["truncated"] and "byte cap" in pages[0]["note"]
    assert ids == paging["run_ids_newest_first"]


async def test_search_runs_filter_and_order(mlflow_backend):
    paging = mlflow_backend.test["paging"]
    expected = sorted(
        (r for r in mlflow_backend.test["runs"].values() if r["params"].get("parity") == "even"),
        key=lambda r: int(r["params"]["index"]),
    )
    async with labgate(mlflow_backend) as client:
        out = await call(
            client,
            "mlflow_search_runs",
            {
                "experiment_ids": [paging["experiment_id"]],
                "filter": "params.parity = 'even'",
                "order_by": ["metrics.score ASC"],
                "max_items": 1000,
                "fields": ["info.run_id", "data.params"],
            },
        )
    assert [r["info"]["run_id"] for r in out["items"]] == [r["run_id"] for r in expected]
    assert len(out["items"]) == paging["even_count"]
    assert set(out["items"][0]) == {"info", "data"} and set(out["items"][0]["info"]) == {"run_id"}


async def test_search_runs_without_experiments_searches_every_active_one(mlflow_backend):
    demo = mlflow_backend.demo
    async with labgate(mlflow_backend) as client:
        out = await call(
            client,
            "mlflow_search_runs",
            {
                "filter": "tags.`labgate.demo` = 'true'",
                "fields": ["info.run_id", "info.experiment_id"],
            },
        )
    found = {r["info"]["run_id"]: r["info"]["experiment_id"] for r in out["items"]}
    assert set(found) == {r["run_id"] for r in demo["runs"].values()}  # all 8, both experiments
    assert set(found.values()) == {e["experiment_id"] for e in demo["experiments"].values()}


async def test_search_runs_names_the_filter_mlflow_rejects(mlflow_backend):
    paging = mlflow_backend.test["paging"]
    bad = "params.lr = 0.01"  # params are strings: MLflow wants '0.01'
    async with labgate(mlflow_backend) as client:
        with pytest.raises(ToolError) as err:
            await call(
                client,
                "mlflow_search_runs",
                {"experiment_ids": [paging["experiment_id"]], "filter": bad},
            )
        message = str(err.value)
        assert "invalid argument `filter`" in message and bad in message
        assert "quoted string" in message  # MLflow's own reason is kept
        with pytest.raises(ToolError) as err:
            await call(
                client,
                "mlflow_search_runs",
                {"experiment_ids": [paging["experiment_id"]], "order_by": ["metrics.x SIDEWAYS"]},
            )
        assert "invalid argument `order_by`" in str(err.value)


async def test_get_run_is_compact_and_complete(mlflow_backend):
    expected = mlflow_backend.test["runs"]["compare-a"]
    async with labgate(mlflow_backend) as client:
        out = await call(client, "mlflow_get_run", {"run_id": expected["run_id"]})
    assert out["name"] == "compare-a" and out["status"] == "FINISHED"
    assert out["experiment_id"] == expected["experiment_id"]
    assert out["start"] == expected["start_time"] and out["end"] == expected["end_time"]
    assert out["duration_s"] == (expected["end_time"] - expected["start_time"]) / 1000
    assert out["params"] == expected["params"]
    assert out["tags"] == expected["tags"]  # mlflow.* system tags left out
    assert out["metrics"] == {
        k: {"value": pts[-1]["value"], "step": pts[-1]["step"]}
        for k, pts in expected["metrics"].items()
    }


async def test_get_run_that_does_not_exist(mlflow_backend):
    async with labgate(mlflow_backend) as client:
        with pytest.raises(ToolError) as err:
            await call(client, "mlflow_get_run", {"run_id": MISSING_RUN})
    message = str(err.value)
    assert "HTTP 404" in message and MISSING_RUN in message and "not found" in message


async def test_get_run_rejects_a_malformed_id_without_calling_mlflow(mlflow_backend):
    async with labgate(mlflow_backend) as client:
        with pytest.raises(ToolError) as err:
            await call(client, "mlflow_get_run", {"run_id": "../../etc"})
        assert "`run_id`" in str(err.value)
        assert client.builder.runtime.calls == 0


# ---------------------------------------------------------------- metric history


def _curve(backend) -> list[dict]:
    return backend.test["runs"]["history-1000"]["metrics"]["curve"]


def _expected_stats(points: list[dict]) -> dict:
    values = [p["value"] for p in points]
    return {
        "count": len(points),
        "last": points[-1]["value"],
        "last_step": points[-1]["step"],
        "min": min(values),
        "max": max(values),
    }


async def test_metric_history_step_window_is_exact_below_the_cap(mlflow_backend):
    hist = mlflow_backend.test["history"]
    expected = [p for p in _curve(mlflow_backend) if 100 <= p["step"] <= 299]
    async with labgate(mlflow_backend) as client:
        out = await call(
            client,
            "mlflow_get_metric_history",
            {"run_id": hist["run_id"], "metric": "curve", "step_min": 100, "step_max": 299},
        )
    assert out["points"] == [[p["step"], p["value"]] for p in expected]
    assert out["stats"] == _expected_stats(expected)
    assert "downsampled_from" not in out


async def test_metric_history_downsampling_keeps_real_points_and_true_stats(mlflow_backend):
    hist = mlflow_backend.test["history"]
    every = _curve(mlflow_backend)
    async with labgate(mlflow_backend) as client:
        out = await call(
            client,
            "mlflow_get_metric_history",
            {"run_id": hist["run_id"], "metric": "curve", "max_points": 37},
        )
    real = {p["step"]: p["value"] for p in every}
    steps = [s for s, _ in out["points"]]
    assert len(out["points"]) == 37 and out["downsampled_from"] == hist["steps"] == 1000
    assert all(real[s] == v for s, v in out["points"])  # sampled, never averaged
    assert steps[0] == 0 and steps[-1] == 999 and steps == sorted(set(steps))
    widest = max(b - a for a, b in zip(steps, steps[1:], strict=False))
    assert widest <= math.ceil(999 / 36) + 1  # spread evenly over the window
    assert out["stats"] == _expected_stats(every)  # stats from all 1000 points
    assert out["stats"]["last"] == hist["last_value"]


async def test_metric_history_time_window(mlflow_backend):
    hist = mlflow_backend.test["history"]
    every = _curve(mlflow_backend)
    lo, hi = every[500]["timestamp"], every[509]["timestamp"]
    async with labgate(mlflow_backend) as client:
        out = await call(
            client,
            "mlflow_get_metric_history",
            {"run_id": hist["run_id"], "metric": "curve", "time_min": lo, "time_max": hi},
        )
    assert out["points"] == [[p["step"], p["value"]] for p in every if lo <= p["timestamp"] <= hi]
    assert len(out["points"]) == 10


async def test_metric_history_chart_is_a_png(mlflow_backend):
    hist = mlflow_backend.test["history"]
    async with labgate(mlflow_backend) as client:
        result = await client.call_tool(
            "mlflow_get_metric_history",
            {"run_id": hist["run_id"], "metric": "curve", "max_points": 100, "chart": True},
        )
    kinds = [c.type for c in result.content]
    assert kinds == ["text", "image"]
    assert json.loads(result.content[0].text)["stats"]["count"] == 1000
    assert_png(result.content[1])


async def test_metric_history_unknown_metric_and_unknown_run(mlflow_backend):
    hist = mlflow_backend.test["history"]
    async with labgate(mlflow_backend) as client:
        with pytest.raises(ToolError) as err:
            await call(
                client, "mlflow_get_metric_history", {"run_id": hist["run_id"], "metric": "nope"}
            )
        assert "`metric`" in str(err.value) and "'curve'" in str(err.value)
        with pytest.raises(ToolError) as err:
            await call(client, "mlflow_get_metric_history", {"run_id": MISSING_RUN, "metric": "x"})
        assert "HTTP 404" in str(err.value) and MISSING_RUN in str(err.value)


def assert_png(image) -> tuple[int, int]:
    """A structurally valid PNG: signature, CRC-checked chunks, IHDR first, IEND last, inflatable."""
    assert image.type == "image" and image.mime_type == "image/png"
    data = base64.b64decode(image.data)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, idat = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        chunks.append(kind)
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    assert chunks[0] == b"IHDR" and chunks[-1] == b"IEND" and b"IDAT" in chunks
    width, height = struct.unpack(">II", data[16:24])
    assert width > 100 and height > 100
    assert len(zlib.decompress(idat)) > width * height  # the pixels are really there
    return width, height


# ---------------------------------------------------------------- best run


async def test_best_run_max_min_and_filtered(mlflow_backend):
    paging = mlflow_backend.test["paging"]
    runs = [r for r in mlflow_backend.test["runs"].values() if "score" in r["metrics"]]
    by_score = sorted(runs, key=lambda r: r["metrics"]["score"][-1]["value"])
    args = {"experiment_ids": [paging["experiment_id"]], "metric": "score"}
    async with labgate(mlflow_backend) as client:
        best = await call(client, "mlflow_best_run", args)
        worst = await call(client, "mlflow_best_run", {**args, "goal": "min", "top": 5})
        even = await call(client, "mlflow_best_run", {**args, "filter": "params.parity = 'even'"})
        none = await call(client, "mlflow_best_run", {**args, "metric": "no_such_metric"})
    assert [r["run_id"] for r in best["ranking"]] == [r["run_id"] for r in by_score[::-1][:3]]
    assert best["best"]["score"] == by_score[-1]["metrics"]["score"][-1]["value"]
    assert best["best"]["params"] == by_score[-1]["params"]
    assert [r["run_id"] for r in worst["ranking"]] == [r["run_id"] for r in by_score[:5]]
    top_even = max(
        (r for r in runs if r["params"]["parity"] == "even"),
        key=lambda r: r["metrics"]["score"][-1]["value"],
    )
    assert even["best"]["run_id"] == top_even["run_id"]
    assert none["best"] is None and "no_such_metric" in none["note"]


# ---------------------------------------------------------------- artifacts


async def test_artifacts_list_and_read(mlflow_backend):
    arts = mlflow_backend.test["artifacts"]
    rid = arts["run_id"]
    async with labgate(mlflow_backend) as client:
        root = await call(client, "mlflow_artifacts", {"run_id": rid})
        data = await call(client, "mlflow_artifacts", {"run_id": rid, "path": "data"})
        notes = await call(client, "mlflow_artifacts", {"run_id": rid, "path": "notes.txt"})
        deep = await call(
            client, "mlflow_artifacts", {"run_id": rid, "path": "data/nested/deep.txt"}
        )
        blob = await call(client, "mlflow_artifacts", {"run_id": rid, "path": "data/blob.bin"})
        head = await call(
            client, "mlflow_artifacts", {"run_id": rid, "path": "data/table.csv", "max_bytes": 20}
        )
        table = {"run_id": rid, "path": "data/table.csv"}
        whole = await call(client, "mlflow_artifacts", table)
        mid = await call(client, "mlflow_artifacts", {**table, "offset": 5, "max_bytes": 10})
        end = await call(client, "mlflow_artifacts", {**table, "offset": -12})
        with pytest.raises(ToolError, match="invalid argument `offset`: .* past the end"):
            await call(client, "mlflow_artifacts", {**table, "offset": whole["size"]})
    assert {(f["path"], f["is_dir"]) for f in root["items"]} == {
        ("data", True),
        ("notes.txt", False),
    }
    sizes = {f["path"]: f.get("file_size") for f in data["items"]}
    assert sizes == {
        "data/blob.bin": arts["files"]["data/blob.bin"]["size"],
        "data/table.csv": arts["files"]["data/table.csv"]["size"],
        "data/nested": None,
    }
    for out, path in ((notes, "notes.txt"), (deep, "data/nested/deep.txt")):
        assert hashlib.sha256(out["text"].encode()).hexdigest() == arts["files"][path]["sha256"]
        assert out["truncated"] is False and out["size"] == arts["files"][path]["size"]
    assert blob["binary"] is True and "text" not in blob
    assert blob["size"] == arts["files"]["data/blob.bin"]["size"]
    assert head["truncated"] is True and len(head["text"].encode()) == 20
    assert head["text"].startswith("step,value\n0,0\n")
    # by offset, with the offset to go on; from the end (a long log's last lines)
    text = whole["text"]
    assert whole["truncated"] is False and len(text) == whole["size"] > 30
    assert mid["text"] == text[5:15] and mid["offset"] == 5 and mid["next_offset"] == 15
    assert end["text"] == text[-12:] and end["offset"] == whole["size"] - 12
    assert end["truncated"] is False


async def test_artifacts_refuse_paths_outside_the_run(mlflow_backend):
    rid = mlflow_backend.test["artifacts"]["run_id"]
    async with labgate(mlflow_backend) as client:
        for bad in ("../other/notes.txt", "/etc/passwd", "data/../../x", "s3://bucket/key"):
            with pytest.raises(ToolError) as err:
                await call(client, "mlflow_artifacts", {"run_id": rid, "path": bad})
            assert "`path`" in str(err.value), bad
        assert client.builder.runtime.calls == 0
        with pytest.raises(ToolError) as err:
            await call(client, "mlflow_artifacts", {"run_id": rid, "path": "nope.txt"})
        assert "HTTP 404" in str(err.value) and "nope.txt" in str(err.value)


# ---------------------------------------------------------------- registered models


async def test_models_and_versions(mlflow_backend):
    model = mlflow_backend.demo["registered_model"]
    async with labgate(mlflow_backend) as client:
        listed = await call(client, "mlflow_models", {})
        versions = await call(client, "mlflow_models", {"name": model["name"]})
        filtered = await call(client, "mlflow_models", {"filter": "name LIKE 'nothing-%'"})
        with pytest.raises(ToolError) as err:
            await call(client, "mlflow_models", {"filter": "nme = 'x'"})
    entry = next(m for m in listed["items"] if m["name"] == model["name"])
    assert entry["aliases"] == [{"alias": a, "version": v} for a, v in model["aliases"].items()]
    got = {v["version"]: v["run_id"] for v in versions["items"]}
    assert got == {v["version"]: v["run_id"] for v in model["versions"]}
    assert filtered["items"] == []
    assert "invalid argument `filter`" in str(err.value)


# ---------------------------------------------------------------- compare_tasks


def _metric_stats(points: list[dict]) -> dict:
    values = [p["value"] for p in points]
    return {
        "count": len(points),
        "last": points[-1]["value"],
        "min": min(values),
        "max": max(values),
    }


async def test_compare_tasks_known_differences(mlflow_backend):
    seed = mlflow_backend.test
    a, b = seed["runs"]["compare-a"], seed["runs"]["compare-b"]
    ra, rb = f"mlflow:{a['run_id']}", f"mlflow:{b['run_id']}"
    diff = seed["compare"]["diff"]
    async with labgate(mlflow_backend) as client:
        out = await call(client, "compare_tasks", {"refs": [ra, rb]})
    expected_params = (
        diff["params"]["only_a"] + diff["params"]["only_b"] + diff["params"]["changed"]
    )
    assert sorted(out["params_diff"]) == sorted(expected_params)
    assert out["params_same"] == len(diff["params"]["same"])
    for key, per_ref in out["params_diff"].items():
        assert per_ref == {ra: a["params"].get(key), rb: b["params"].get(key)}
    expected_tags = diff["tags"]["only_a"] + diff["tags"]["only_b"] + diff["tags"]["changed"]
    assert sorted(out["tags_diff"]) == sorted(expected_tags)
    assert out["tags_diff"]["variant"] == {ra: "a", rb: "b"}
    metric_names = set(a["metrics"]) | set(b["metrics"])
    assert set(out["metrics"]) == metric_names
    for run, r in ((a, ra), (b, rb)):
        for key, points in run["metrics"].items():
            got = out["metrics"][key][r]
            assert {k: got[k] for k in ("count", "last", "min", "max")} == _metric_stats(points)
        for key in metric_names - set(run["metrics"]):
            assert r not in out["metrics"][key]  # absent, not invented
    assert out["summary"][ra]["name"] == "compare-a" and out["summary"][rb]["status"] == "FINISHED"
    assert out["summary"][ra]["duration_s"] == (a["end_time"] - a["start_time"]) / 1000
    assert "errors" not in out


async def test_compare_tasks_many_runs_batched_with_a_bad_ref(mlflow_backend):
    seed = mlflow_backend.test
    names = [f"page-{i:03d}" for i in range(0, 120, 8)]  # 15 runs
    refs = [ref(mlflow_backend, n) for n in names] + [f"mlflow:{MISSING_RUN}"]
    async with labgate(mlflow_backend) as client:
        out = await call(client, "compare_tasks", {"refs": refs, "metrics": ["score"]})
    assert set(out["summary"]) == set(refs[:-1])
    assert "not found" in out["errors"][f"mlflow:{MISSING_RUN}"]
    for n, r in zip(names, refs, strict=False):
        expected = seed["runs"][n]["metrics"]["score"]
        got = out["metrics"]["score"][r]
        assert {k: got[k] for k in ("count", "last", "min", "max")} == _metric_stats(expected)
    params = [seed["runs"][n]["params"] for n in names]
    differing = sorted(k for k in params[0] if len({p[k] for p in params}) > 1)
    assert sorted(out["params_diff"]) == differing == ["index"]  # every 8th run: parity agrees
    assert out["params_same"] == 1
    # experiments + one search for the 16 ids + get_run for the one not found + one history call
    assert out["backend_calls"] == 4


async def test_compare_tasks_series_and_chart(mlflow_backend):
    hist = mlflow_backend.test["history"]
    refs = [f"mlflow:{hist['run_id']}", ref(mlflow_backend, "compare-a")]
    async with labgate(mlflow_backend) as client:
        result = await client.call_tool(
            "compare_tasks", {"refs": refs, "series": True, "max_points": 50, "chart": True}
        )
    assert [c.type for c in result.content] == ["text", "image"]
    out = answer(result)
    curve = out["series"]["curve"][refs[0]]
    real = {p["step"]: p["value"] for p in _curve(mlflow_backend)}
    assert len(curve) == 50 and curve[0][0] == 0 and curve[-1][0] == 999
    assert all(real[s] == v for s, v in curve)
    assert out["metrics"]["curve"][refs[0]]["count"] == hist["steps"]
    assert out["series"]["loss"][refs[1]] == [[0, 0.5]]
    assert_png(result.content[1])


# ---------------------------------------------------------------- writes


START = 1_767_300_000_000  # fixed times keep recorded requests identical on replay


async def test_write_tools_are_refused_without_the_switches(mlflow_backend):
    rid = run_id(mlflow_backend, "compare-a")
    async with labgate(mlflow_backend) as client:
        with pytest.raises(ToolError):
            await call(client, "mlflow_set_tag", {"run_id": rid, "key": "k", "value": "v"})
        with pytest.raises(ToolError) as err:
            await call(
                client,
                "call_operation",
                {"name": "mlflow_set_tag", "arguments": {"run_id": rid, "key": "k", "value": "v"}},
            )
        assert "--allow-write" in str(err.value)
        assert client.builder.runtime.calls == 0
    async with labgate(mlflow_backend, allow_write=True) as client:
        with pytest.raises(ToolError) as err:
            await call(
                client,
                "call_operation",
                {"name": "mlflow_delete_run", "arguments": {"run_id": rid}},
            )
        assert "--allow-destructive" in str(err.value)
        assert client.builder.runtime.calls == 0


async def test_write_tools_create_log_update_delete(mlflow_backend):
    experiment = mlflow_backend.test["experiments"]["labgate-test/main"]["experiment_id"]
    async with labgate(mlflow_backend, allow_write=True, allow_destructive=True) as client:
        created = await call(
            client,
            "mlflow_create_run",
            {"experiment_id": experiment, "run_name": "written-by-labgate", "start_time": START},
        )
        rid = created["run"]["info"]["run_id"]
        assert created["run"]["info"]["status"] == "RUNNING"
        for step, value in enumerate((0.9, 0.7, 0.4)):
            await call(
                client,
                "mlflow_log_metric",
                {
                    "run_id": rid,
                    "key": "loss",
                    "value": value,
                    "timestamp": START + step,
                    "step": step,
                },
            )
        await call(client, "mlflow_log_param", {"run_id": rid, "key": "lr", "value": "0.1"})
        await call(client, "mlflow_set_tag", {"run_id": rid, "key": "owner", "value": "labgate"})
        await call(
            client,
            "mlflow_update_run",
            {"run_id": rid, "status": "FINISHED", "end_time": START + 60_000},
        )
        run = await call(client, "mlflow_get_run", {"run_id": rid})
        assert run["status"] == "FINISHED" and run["duration_s"] == 60.0
        assert run["params"] == {"lr": "0.1"} and run["tags"] == {"owner": "labgate"}
        assert run["metrics"] == {"loss": {"value": 0.4, "step": 2}}
        hist = await call(client, "mlflow_get_metric_history", {"run_id": rid, "metric": "loss"})
        assert hist["points"] == [[0, 0.9], [1, 0.7], [2, 0.4]]
        await call(client, "mlflow_delete_run", {"run_id": rid})
        deleted = await call(  # deleted runs: the raw operation, through discovery
            client,
            "call_operation",
            {
                "name": "mlflow_search_runs_raw",
                "arguments": {"experiment_ids": [experiment], "run_view_type": "DELETED_ONLY"},
            },
        )
        assert rid in [r["info"]["run_id"] for r in deleted["runs"]]
        active = await call(client, "mlflow_search_runs", {"experiment_ids": [experiment]})
        assert rid not in [r["info"]["run_id"] for r in active["items"]]


# ---------------------------------------------------------------- lab_overview


async def test_lab_overview_lists_active_and_failed_runs_with_refs(mlflow_backend, monkeypatch):
    from labgate_overrides.composites import lab_overview

    # a day after the seed's base time, so that the recorded requests are the same every run
    monkeypatch.setattr(lab_overview, "clock", lambda: 1_767_225_600 + 86_400)
    failed = {n: r for n, r in mlflow_backend.demo["runs"].items() if r["status"] == "FAILED"}
    async with labgate(mlflow_backend) as client:
        out = await call(client, "lab_overview", {"hours": 48})
    assert out["since"] == "2025-12-31T00:00:00Z" and "errors" not in out
    shown = {f["name"]: f for f in out["failed"]}
    assert failed and set(failed) <= set(shown)
    for name in failed:
        assert shown[name]["ref"].startswith("mlflow:") and shown[name]["status"] == "FAILED"
    assert out["running"] == [] and out["pending"] == []  # no cluster configured
    assert all(r["status"] in ("RUNNING", "SCHEDULED") for r in out["active_runs"])
    assert out["totals"]["failed"] == len(out["failed"])

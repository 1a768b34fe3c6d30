"""MCP beyond tools: resource templates, prompts and completions (src/labgate/resources.py),
through the fastmcp client in-process and over streamable HTTP, against real local HTTP servers
standing in for MLflow and a Slurm cluster (pytest-httpserver)."""

from __future__ import annotations

import json

import orjson
import pytest
from fastmcp import Client
from mcp_types import PromptReference, ResourceTemplateReference

from labgate.config import load
from labgate.errors import SafetyError
from labgate.resources import ReadOnlyContext
from labgate.server import create
from labgate.tools import ToolBuilder
from tests.answer import answer
from tests.conftest import CANARY

RUN_ID = "0123456789abcdef0123456789abcdef"
RUNS_GET = "/api/2.0/mlflow/runs/get"
EXPERIMENTS = "/api/2.0/mlflow/experiments/search"
RUNS_SEARCH = "/api/2.0/mlflow/runs/search"


def mlflow_run(**params: str) -> dict:
    info = {"run_id": RUN_ID, "run_name": "lr-0.1", "status": "FAILED", "experiment_id": "1"}
    data = {
        "params": [{"key": k, "value": v} for k, v in params.items()],
        "metrics": [{"key": "loss", "value": 0.5, "step": 9}, {"key": "acc", "value": 0.8}],
        "tags": [{"key": "team", "value": "vision"}],
    }
    return {"run": {"info": info, "data": data}}


def env_for(httpserver, fake_env, *only: str) -> dict[str, str]:
    url = httpserver.url_for("/").rstrip("/")
    env = {**fake_env, "MLFLOW_TRACKING_URI": url, "LABGATE_SLURM_URL": url}
    if only:  # leave out the other backends
        keep = {"MLFLOW": "mlflow", "LABGATE_SLURM": "slurm", "SLURM_JWT": "slurm"}
        env = {
            k: v
            for k, v in env.items()
            if k == "HOME" or any(k.startswith(p) and b in only for p, b in keep.items())
        }
    return env


def server(env: dict[str, str], **switches):
    mcp, _ = create(load(env=env, **switches))
    return Client(mcp)


def text_of(result) -> dict:
    return json.loads(result[0].text)


# ---------------------------------------------------------------- listing


async def test_templates_and_prompts_follow_the_configured_backends(httpserver, fake_env):
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        uris = {t.uri_template for t in await client.list_resource_templates()}
        prompts = {p.name for p in await client.list_prompts()}
        assert await client.list_resources() == []
    assert uris == {
        "mlflow://{instance}/runs/{run_id}",
        "mlflow://{instance}/runs/{run_id}/metrics/{metric*}",
        "mlflow://{instance}/runs/{run_id}/artifacts/{path*}",
    }
    assert prompts == {"compare_sweep"}
    async with server(fake_env) as client:  # every backend
        uris = {t.uri_template.split(":")[0] for t in await client.list_resource_templates()}
        prompts = {p.name for p in await client.list_prompts()}
    assert uris == {"mlflow", "slurm", "trackio"}
    assert prompts == {"triage_failed_job", "compare_sweep", "compare_trackio_runs", "where_to_run"}
    async with server({"HOME": "/nonexistent"}) as client:  # nothing configured
        assert await client.list_resource_templates() == []
        assert await client.list_prompts() == []


async def test_listings_are_terse_and_the_tool_list_does_not_grow(fake_env):
    async with server(fake_env) as client:
        tools = await client.list_tools()
        templates = await client.list_resource_templates()
        prompts = await client.list_prompts()
    want = {t.name for t in ToolBuilder(load(env=fake_env)).build()}
    assert {t.name for t in tools} == want
    assert not {t.name for t in templates} & want  # a resource is never a second tool name
    dumped = [t.model_dump(by_alias=True, exclude_none=True, mode="json") for t in templates]
    assert all(set(t) == {"name", "uriTemplate", "description", "mimeType"} for t in dumped)
    size = len(orjson.dumps(dumped)) + len(
        orjson.dumps([p.model_dump(by_alias=True, exclude_none=True, mode="json") for p in prompts])
    )
    assert size < 3_000, size


# ---------------------------------------------------------------- reading


async def test_a_run_reads_as_the_tool_answers(httpserver, fake_env):
    httpserver.expect_request(RUNS_GET).respond_with_json(mlflow_run(lr="0.1"))
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        via_tool = answer(await client.call_tool("mlflow_get_run", {"run_id": RUN_ID}))
        read = await client.read_resource(f"mlflow://default/runs/{RUN_ID}")
    assert read[0].mime_type == "application/json"
    assert text_of(read) == via_tool
    assert via_tool["params"] == {"lr": "0.1"} and via_tool["status"] == "FAILED"


async def test_a_metric_name_with_slashes_is_one_parameter(httpserver, fake_env):
    history = {
        "metrics": [{"key": "train/loss", "value": 1.0 / (s + 1), "step": s} for s in range(9)]
    }
    httpserver.expect_request(
        "/api/2.0/mlflow/metrics/get-history",
        query_string={"run_id": RUN_ID, "metric_key": "train/loss", "max_results": "25000"},
    ).respond_with_json(history)
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        read = await client.read_resource(f"mlflow://default/runs/{RUN_ID}/metrics/train/loss")
    out = text_of(read)
    assert out["metric"] == "train/loss" and out["stats"]["count"] == 9


async def test_a_slurm_job_through_the_cluster_name(httpserver, fake_env):
    job = {"job_id": 42, "name": "train", "job_state": ["FAILED"], "partition": "gpu",
           "exit_code": {"return_code": {"set": True, "number": 1}, "signal": {"id": {"set": False}}}}  # fmt: skip
    httpserver.expect_request("/slurm/v0.0.42/job/42").respond_with_json({"jobs": [job]})
    async with server(env_for(httpserver, fake_env, "slurm")) as client:
        out = text_of(await client.read_resource("slurm://default/jobs/42"))
    assert out["state"] == "FAILED" and out["exit_code"] == "1:0" and out["job_id"] == 42


async def test_credentials_are_masked_and_the_byte_cap_holds(httpserver, fake_env):
    echoed = mlflow_run(token=CANARY, **{f"p{i}": "x" * 200 for i in range(300)})
    httpserver.expect_request(RUNS_GET).respond_with_json(echoed)
    env = env_for(httpserver, fake_env, "mlflow")
    async with server({**env, "LABGATE_BYTE_CAP": "5000"}) as client:
        text = (await client.read_resource(f"mlflow://default/runs/{RUN_ID}"))[0].text
    assert CANARY not in text
    assert len(text.encode()) <= 5_000
    assert json.loads(text)["truncated"] is True
    httpserver.clear()
    httpserver.expect_request(RUNS_GET).respond_with_json(mlflow_run(token=CANARY))
    async with server(env) as client:
        text = (await client.read_resource(f"mlflow://default/runs/{RUN_ID}"))[0].text
    assert CANARY not in text and json.loads(text)["params"]["token"] == "***"


@pytest.mark.parametrize(
    ("uri", "says"),
    [
        (f"mlflow://prod/runs/{RUN_ID}", "`instance`: no mlflow instance named 'prod' (configured: default)"),
        ("mlflow://default/runs/a.b", "invalid argument `run_id`: string should match pattern"),
        ("mlflow://default/experiments/1", "no mlflow resource at this path; the shapes are: mlflow://{instance}/runs/{run_id},"),
        ("mlflow://elsewhere/x", "no mlflow instance named 'elsewhere'"),
        (f"mlflow://default/runs/{RUN_ID}/artifacts/..%2F..%2Fetc%2Fpasswd", "invalid argument `path`: must stay inside the run's artifact root"),
        ("slurm://default/jobs/12;rm", "is not configured on this server"),
        (f"mlflow://default/runs/{RUN_ID}/metrics/" + "m" * 300, "invalid argument `metric`: string should have at most 250 characters"),
    ],
)  # fmt: skip
async def test_a_bad_uri_says_what_is_wrong(httpserver, fake_env, uri, says):
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        with pytest.raises(Exception) as caught:
            await client.read_resource(uri)
    message = str(caught.value)
    assert says in message and uri.split("/")[2] in message
    assert "Traceback" not in message and "\n" not in message
    assert getattr(getattr(caught.value, "error", None), "code", None) == -32602  # invalid params
    assert len(httpserver.log) == 0  # refused before any backend call


async def test_a_backend_error_is_one_line_and_an_unexpected_failure_no_traceback(
    httpserver, fake_env, monkeypatch
):
    httpserver.expect_request(RUNS_GET).respond_with_json(
        {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": f"Run '{RUN_ID}' not found"},
        status=404,
    )
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        with pytest.raises(Exception) as caught:
            await client.read_resource(f"mlflow://default/runs/{RUN_ID}")
        assert "404" in str(caught.value) and "not found" in str(caught.value)
        from labgate.resources import TEMPLATES

        spec = next(t for t in TEMPLATES if t.name == "mlflow_run")

        async def broken(ctx, run_id):
            raise KeyError(f"secret {CANARY}")

        monkeypatch.setattr(spec, "fn", broken)
        with pytest.raises(Exception) as caught:
            await client.read_resource(f"mlflow://default/runs/{RUN_ID}")
    message = str(caught.value)
    assert "mlflow_run failed: KeyError" in message
    assert CANARY not in message and "Traceback" not in message


async def test_resources_only_read_whatever_the_switches(fake_env):
    builder = ToolBuilder(load(env=fake_env, allow_write=True, allow_destructive=True))
    base = builder.ctx
    ctx = ReadOnlyContext(base.settings, base.registry, base.runtime).using("slurm", "default")
    with pytest.raises(SafetyError, match="resources only read"):
        await ctx.call("slurm", "submit_job", {"job": {}})
    with pytest.raises(SafetyError, match="resources only read"):
        await ctx.call("slurm", "delete_job", {"job_id": "1"})


# ---------------------------------------------------------------- prompts


async def test_prompts_name_the_tools_and_adapt_to_the_switches(fake_env):
    async with server(fake_env) as client:
        triage = await client.get_prompt(
            "triage_failed_job", {"job_id": "4242", "cluster": "default"}
        )
        where = await client.get_prompt("where_to_run", {"gpus": "2"})
        sweep = await client.get_prompt(
            "compare_sweep", {"experiment": "sweep", "metric": "val_loss"}
        )
        with pytest.raises(Exception, match="invalid argument `job_id`"):
            await client.get_prompt("triage_failed_job", {"job_id": "x" * 40})
    text = triage.messages[0].content.text
    assert 'slurm_get_job(job_id="4242", cluster="default", output="stderr"' in text
    assert "tags.slurm_job_id = '4242'" in text  # MLflow is configured: the run is looked for
    assert "where_to_submit(gpus=2" in where.messages[0].content.text
    assert "read-only" in where.messages[0].content.text  # no submit tool is listed
    assert 'metric="val_loss"' in sweep.messages[0].content.text
    async with server(fake_env, allow_write=True) as client:
        where = await client.get_prompt("where_to_run", {"gpus": "2"})
    assert "slurm_submit_job or qarnot_submit_task" in where.messages[0].content.text


# ---------------------------------------------------------------- completion


async def test_completions_from_the_backends_narrowed_and_cached(httpserver, fake_env):
    experiments = {"experiments": [{"experiment_id": "1", "name": "sweep-lr"}, {"experiment_id": "2", "name": "baseline"}]}  # fmt: skip
    runs = {"runs": [{"info": {"run_id": f"{c}{RUN_ID[1:]}"}} for c in "abc"]}
    httpserver.expect_request(EXPERIMENTS).respond_with_json(experiments)
    httpserver.expect_request(RUNS_SEARCH).respond_with_json(runs)
    httpserver.expect_request(RUNS_GET).respond_with_json(mlflow_run())
    run_ref = ResourceTemplateReference(
        type="ref/resource", uri="mlflow://{instance}/runs/{run_id}"
    )
    metric_ref = ResourceTemplateReference(
        type="ref/resource", uri="mlflow://{instance}/runs/{run_id}/metrics/{metric*}"
    )
    async with server(env_for(httpserver, fake_env, "mlflow")) as client:
        inst = await client.complete(run_ref, {"name": "instance", "value": ""})
        ids = await client.complete(run_ref, {"name": "run_id", "value": "b1234"})
        calls = len(httpserver.log)
        again = await client.complete(run_ref, {"name": "run_id", "value": ""})
        assert len(httpserver.log) == calls  # answered from the cache
        keys = await client.complete(
            metric_ref, {"name": "metric", "value": "l"}, context_arguments={"run_id": RUN_ID}
        )
        none = await client.complete(metric_ref, {"name": "metric", "value": ""})  # no run yet
        names = await client.complete(
            PromptReference(type="ref/prompt", name="compare_sweep"),
            {"name": "experiment", "value": "LR"},
        )
        unknown = await client.complete(run_ref, {"name": "nope", "value": ""})
    assert inst.values == ["default"]
    assert ids.values == [f"b{RUN_ID[1:]}"]
    assert len(again.values) == 3
    assert keys.values == ["loss"]
    assert none.values == [] and unknown.values == []
    assert names.values == ["sweep-lr"]  # case-insensitive, contains


async def test_a_completion_whose_backend_fails_has_no_values(fake_env):
    ref = ResourceTemplateReference(type="ref/resource", uri="slurm://{cluster}/jobs/{job_id}")
    async with server(fake_env) as client:  # every backend at an unreachable address
        out = await client.complete(ref, {"name": "job_id", "value": "4"})
        clusters = await client.complete(ref, {"name": "cluster", "value": ""})
    assert out.values == [] and clusters.values == ["default"]


# ---------------------------------------------------------------- over streamable HTTP


def test_over_streamable_http(httpserver, fake_env, labgate_http):
    import asyncio

    httpserver.expect_request(RUNS_GET).respond_with_json(mlflow_run(lr="0.1"))
    env = env_for(httpserver, fake_env, "mlflow")
    base = labgate_http(env={**env, "LABGATE_TOKEN": "http-token-7c1"})

    async def session():
        async with Client(f"{base}/mcp", auth="http-token-7c1") as client:
            templates = await client.list_resource_templates()
            read = await client.read_resource(f"mlflow://default/runs/{RUN_ID}")
            with pytest.raises(Exception, match="no mlflow instance named 'x'"):
                await client.read_resource(f"mlflow://x/runs/{RUN_ID}")
            prompt = await client.get_prompt("compare_sweep", {"experiment": "sweep"})
            ref = ResourceTemplateReference(type="ref/resource", uri=templates[0].uri_template)
            done = await client.complete(ref, {"name": "instance", "value": ""})
            return templates, read, prompt, done

    templates, read, prompt, done = asyncio.run(session())
    assert sum(t.uri_template.startswith("mlflow://") for t in templates) == 3
    assert text_of(read)["params"] == {"lr": "0.1"}
    assert "mlflow_best_run" in prompt.messages[0].content.text
    assert done.values == ["default"]

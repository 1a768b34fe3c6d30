"""The curated ClearML and Qarnot tools against a real ClearML server / Qarnot account.

Opt-in, read-only:
    LABGATE_LIVE_CLEARML=1 CLEARML_API_HOST=... CLEARML_API_ACCESS_KEY=... CLEARML_API_SECRET_KEY=...
    LABGATE_LIVE_QARNOT=1 QARNOT_CLIENT_TOKEN=... [QARNOT_CLUSTER_URL=...]
    .venv/bin/python -m pytest -m live tests/live/test_clearml_qarnot_live.py
Each test skips (and says why) without its switch and credentials. Every request labgate sends
is checked against the pinned spec as in the cassette tests, and every answer against the
response schema (lenient: a live server may add fields the pinned spec does not list).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import pytest

from labgate.config import load
from labgate.tools import ToolBuilder
from tests import spec_check

pytestmark = pytest.mark.live


def _need(switch: str, *variables: str) -> None:
    if os.environ.get(switch) != "1":
        pytest.skip(f"set {switch}=1 to run against a real backend")
    missing = [v for v in variables if not os.environ.get(v)]
    if missing:
        pytest.skip(f"{switch}=1 but {', '.join(missing)} not set")


def _checked(b: ToolBuilder, backend: str, problems: list[str]) -> None:
    """Hook the backend's httpx client so every exchange is checked against the spec."""
    inst = b.settings.instance(backend)
    client = b.runtime.client(inst)
    http = client._http if backend == "clearml" else client.get_async_httpx_client()

    async def on_response(resp):
        req = resp.request
        if spec_check.backend_of(urlsplit(str(req.url)).path) is None:
            return
        await resp.aread()
        try:
            b_, op = spec_check.check_request(
                req.method, str(req.url), dict(req.headers), req.content
            )
            spec_check.check_response(
                b_, op, resp.status_code, dict(resp.headers), resp.content, strict=False
            )
        except spec_check.SpecViolation as exc:
            problems.append(str(exc))

    http.event_hooks["response"].append(on_response)


async def run(b: ToolBuilder, tool_name: str, /, **args):
    tools = {t.name: t for t in b.build()}
    return await tools[tool_name].handler(args)


@pytest.fixture
async def clearml():
    _need(
        "LABGATE_LIVE_CLEARML",
        "CLEARML_API_HOST",
        "CLEARML_API_ACCESS_KEY",
        "CLEARML_API_SECRET_KEY",
    )
    b = ToolBuilder(load(env=os.environ, toolsets=("clearml",)))
    problems: list[str] = []
    _checked(b, "clearml", problems)
    yield b, problems
    await b.runtime.aclose()
    assert not problems, problems


@pytest.fixture
async def qarnot():
    _need("LABGATE_LIVE_QARNOT", "QARNOT_CLIENT_TOKEN")
    b = ToolBuilder(load(env=os.environ, toolsets=("qarnot",)))
    problems: list[str] = []
    _checked(b, "qarnot", problems)
    yield b, problems
    await b.runtime.aclose()
    assert not problems, problems


async def test_clearml_read_tools(clearml):
    b, _ = clearml
    projects = await run(b, "clearml_projects", max_items=5)
    assert set(projects) >= {"items", "next_cursor", "truncated"}
    if projects["items"]:
        stats = await run(b, "clearml_projects", project_id=projects["items"][0]["id"])
        assert isinstance(stats["tasks_by_status"], dict)
    tasks = await run(b, "clearml_find_tasks", max_items=5)
    assert len(tasks["items"]) <= 5
    for q in (await run(b, "clearml_queues"))["queues"]:
        assert {"id", "pending", "workers"} <= set(q)
    assert "items" in await run(b, "clearml_models", max_items=5)
    assert "items" in await run(b, "clearml_models", datasets=True, max_items=5)
    if not tasks["items"]:
        pytest.skip("the server has no tasks: task-level tools not exercised")
    task_id = tasks["items"][0]["id"]
    full = await run(
        b,
        "clearml_get_task",
        task_id=task_id,
        include=["parameters", "metrics", "artifacts", "models", "log"],
    )
    assert full["id"] == task_id and "text" in full["log"]
    if full["metrics"]:
        metric = next(iter(full["metrics"])).split("/", 1)[0]
        hist = await run(b, "clearml_metric_history", task_id=task_id, metric=metric, max_points=20)
        assert all(len(v["points"]) <= 20 for v in hist["variants"].values())
    refs = [f"clearml:{t['id']}" for t in tasks["items"][:2]]
    compared = await run(b, "compare_tasks", refs=refs)
    assert compared["backend_calls"] <= 2 and set(compared["summary"]) | set(
        compared.get("errors", {})
    ) == set(refs)


async def test_qarnot_read_tools(qarnot):
    b, _ = qarnot
    for kind in ("tasks", "jobs", "pools"):
        page = await run(b, "qarnot_list", kind=kind, max_items=5)
        assert len(page["items"]) <= 5
    profiles = (await run(b, "qarnot_profiles"))["profiles"]
    assert isinstance(profiles, list)
    if profiles:
        assert "constants" in await run(b, "qarnot_profiles", name=profiles[0])
    assert "items" in await run(b, "qarnot_profiles", hardware=True)
    from labgate_overrides.composites import where_to_submit as placement

    cands = await placement.gather(b.ctx, placement.Request(cpus=1), ["qarnot"])
    assert all(c.error is None for c in cands)
    tasks = (await run(b, "qarnot_list", max_items=1))["items"]
    if not tasks:
        pytest.skip("the account has no tasks: task-level tools not exercised")
    uuid = tasks[0]["uuid"]
    assert (await run(b, "qarnot_get_task", task_uuid=uuid))["uuid"] == uuid
    out = await run(b, "qarnot_task_output", task_uuid=uuid, tail_bytes=2000)
    assert len(out["text"].encode()) <= 2000 + 3  # a cut multi-byte character may widen
    assert "carbon" in await run(b, "qarnot_usage", task_uuid=uuid)

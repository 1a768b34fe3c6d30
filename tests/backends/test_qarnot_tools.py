"""Every curated Qarnot tool replayed from a spec-checked cassette (tests/cassettes/qarnot/).

Each request labgate sends is validated against the pinned Qarnot OpenAPI by the autouse
fixture in tests/conftest.py (raw token in Authorization, parameters, JSON body), and each
cassette must be played to its end.
"""

from __future__ import annotations

import pytest

from labgate.config import load
from labgate.envelope import decode_cursor
from labgate.errors import ArgumentError, BackendError
from labgate.tools import ToolBuilder
from tests.conftest import CANARY, ROOT

TASK = "0e5b8f2e-6a4b-4c59-9d2a-6f1d3c7b9a11"
POOL = "62e80aae-d20a-4608-b873-ec8bff991733"


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return str(ROOT / "tests" / "cassettes" / "qarnot")


@pytest.fixture(scope="module")
def vcr_config():
    return {"match_on": ["method", "scheme", "host", "port", "path", "query", "body_subset"]}


def builder(fake_env, **switches) -> ToolBuilder:
    return ToolBuilder(load(env=fake_env, toolsets=("qarnot",), **switches))


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


STATE = {"field": "State", "operator": "Equal", "value": "Success"}
NAME = {"field": "Name", "operator": "Like", "value": "render"}
BOTH = {"operator": "And", "filters": [NAME, STATE]}


@pytest.mark.vcr
@pytest.mark.default_cassette("list_tasks.yaml")
async def test_list_tasks_pages_through_the_paginate_endpoint(fake_env):
    b = builder(fake_env)
    first = await run(b, "qarnot_list", max_items=2)
    assert [t["name"] for t in first["items"]] == ["render-1", "render-2"]
    assert first["total"] == 3 and decode_cursor(first["next_cursor"]) == ("tok2", 0)
    assert set(first["items"][0]) <= {
        "uuid",
        "name",
        "shortname",
        "state",
        "profile",
        "instanceCount",
        "creationDate",
    }
    rest = await run(b, "qarnot_list", max_items=2, cursor=first["next_cursor"])
    assert [t["state"] for t in rest["items"]] == ["Failure"] and rest["next_cursor"] is None


@pytest.mark.vcr
@pytest.mark.default_cassette("list_jobs_pools.yaml")
async def test_list_jobs_and_pools_with_filters(fake_env):
    b = builder(fake_env)
    jobs = await run(b, "qarnot_list", kind="jobs", name="night")
    pools = await run(b, "qarnot_list", kind="pools", name="render", state="FullyExecuting")
    assert jobs["items"][0]["name"] == "nightly" and jobs["next_cursor"] is None
    assert pools["items"][0]["uuid"] == POOL and pools["total"] == 1


@pytest.mark.vcr
@pytest.mark.default_cassette("list_filters.yaml")
async def test_list_filters_by_state_name_or_both_through_the_runtime(fake_env):
    """Each request's body (the filter included) is matched against the cassette and checked
    against the pinned spec; all three go through ctx.call (validated, retried)."""
    b = builder(fake_env)
    ran, run_op = [], b.runtime.run

    async def counted(op, args, instance=None):
        ran.append(op.id)
        return await run_op(op, args, instance)

    b.runtime.run = counted
    ids = lambda page: [t["uuid"][-1] for t in page["items"]]
    assert ids(await run(b, "qarnot_list", state="Success")) == ["2", "4"]
    assert ids(await run(b, "qarnot_list", name="render")) == ["1", "2"]
    both = await run(b, "qarnot_list", name="render", state="Success")
    assert ids(both) == ["2"] and both["total"] == 1
    assert ran == ["list_task_summaries_paginate"] * 3


@pytest.mark.vcr
@pytest.mark.default_cassette("list_tags.yaml")
async def test_list_filters_by_tags_with_the_apis_own_filter(fake_env):
    """Tags go to the paginate endpoints' filter (Equal leaves on `Tags`, or-ed: any of them,
    as the Qarnot SDK's `tags`), and-ed with name and state; the bodies are spec-checked."""
    b = builder(fake_env)
    ids = lambda page: [t["uuid"][-1] for t in page["items"]]
    assert ids(await run(b, "qarnot_list", tags=["demo"])) == ["1"]
    assert ids(await run(b, "qarnot_list", name="render", tags=["demo", "gpu"])) == ["1", "2"]
    pools = await run(b, "qarnot_list", kind="pools", tags=["render"])
    assert pools["items"][0]["uuid"] == POOL
    assert b.runtime.calls == 3


async def test_tags_are_bounded(fake_env):
    b = builder(fake_env)
    with pytest.raises(ArgumentError, match="`tags`.*at most 20"):
        await b._call({"name": "qarnot_list", "arguments": {"tags": [f"t{i}" for i in range(21)]}})
    with pytest.raises(ArgumentError, match="`tags.0`"):
        await b._call({"name": "qarnot_list", "arguments": {"tags": [""]}})
    assert b.runtime.calls == 0


def test_the_typed_client_keeps_a_tag_node_inside_the_and_node():
    from labgate_generated.qarnot.client.models.page_detail_request import PageDetailRequest
    from labgate_overrides.qarnot_tools import page_filter

    filt = page_filter("render", "Success", ["a", "b"])
    assert filt == {"operator": "And", "filters": [NAME, STATE, {"operator": "Or", "filters": [
        {"field": "Tags", "operator": "Equal", "value": t} for t in ("a", "b")]}]}  # fmt: skip
    body = {"maximumResults": 5, "filter": filt}
    assert PageDetailRequest.from_dict(body).to_dict() == body


@pytest.mark.parametrize("op", ["list_task_summaries_paginate", "list_jobs_paginate"])
def test_the_paginate_schema_takes_leaves_and_nodes_and_refuses_nonsense(fake_env, op):
    from labgate.runtime import validate

    schema = builder(fake_env).ctx.op("qarnot", op).input_schema
    multi = {"field": "State", "operator": "In", "values": ["Success", "Failure"]}
    for filt in (STATE, NAME, BOTH, multi, {"operator": "Or", "filters": [BOTH, multi]}):
        validate(schema, {"maximumResults": 5, "filter": filt})
    with pytest.raises(ArgumentError, match="filter"):
        validate(schema, {"filter": {**STATE, "values": ["x"]}})  # neither leaf kind
    with pytest.raises(ArgumentError, match="filter"):
        validate(schema, {"filter": {"operator": "And"}})  # a node without filters


def test_the_typed_client_sends_each_filter_as_its_own_kind():
    from labgate_generated.qarnot.client.models.multiple_value_leaf import MultipleValueLeaf
    from labgate_generated.qarnot.client.models.node import Node
    from labgate_generated.qarnot.client.models.page_detail_request import PageDetailRequest
    from labgate_generated.qarnot.client.models.unit_value_leaf import UnitValueLeaf

    multi = {"field": "State", "operator": "In", "values": ["Success", "Failure"]}
    for filt, kind in ((STATE, UnitValueLeaf), (multi, MultipleValueLeaf), (BOTH, Node)):
        body = {"maximumResults": 5, "filter": filt}
        parsed = PageDetailRequest.from_dict(body)
        assert type(parsed.filter_) is kind and parsed.to_dict() == body
    node = PageDetailRequest.from_dict({"filter": BOTH}).filter_
    assert [type(f) for f in node.filters] == [UnitValueLeaf, UnitValueLeaf]


@pytest.mark.vcr
@pytest.mark.default_cassette("get_task.yaml")
async def test_get_task_is_slim_unless_full(fake_env):
    b = builder(fake_env)
    slim = await run(b, "qarnot_get_task", task_uuid=TASK)
    full = await run(b, "qarnot_get_task", task_uuid=TASK, full=True)
    assert slim["state"] == "Success" and slim["profile"] == "docker-batch"
    assert "constants" not in slim and "constants" in full
    assert len(str(slim)) < len(str(full)) / 2


@pytest.mark.vcr
@pytest.mark.default_cassette("task_output.yaml")
async def test_output_tail_is_bounded_per_task_and_instance(fake_env):
    b = builder(fake_env)
    out = await run(b, "qarnot_task_output", task_uuid=TASK, tail_bytes=42)
    assert out["text"] == "frame 00998 rendered\nframe 00999 rendered\n"
    assert out["bytes"] == 21_000 and "last 42 of 21000" in out["truncated"]
    err = await run(b, "qarnot_task_output", task_uuid=TASK, stream="stderr", instance_id=3)
    assert err["text"] == "warning: low memory\n" and "truncated" not in err
    # from an offset: 42 bytes of frame 2-3, and where to go on (the stream is not read further)
    part = await run(b, "qarnot_task_output", task_uuid=TASK, offset=42, tail_bytes=42)
    assert part["text"] == "frame 00002 rendered\nframe 00003 rendered\n"
    assert part["offset"] == 42 and part["next_offset"] == 84


@pytest.mark.vcr
@pytest.mark.default_cassette("profiles.yaml")
async def test_profiles_details_and_hardware_constraints(fake_env):
    b = builder(fake_env)
    names = await run(b, "qarnot_profiles")
    assert "blender-2.93" in names["profiles"]
    one = await run(b, "qarnot_profiles", name="blender-2.93")
    assert one["name"] == "blender-2.93" and one["constants"] == {"BLEND_FILE": "undefined.blend"}
    hw = await run(b, "qarnot_profiles", hardware=True)
    assert hw["total"] == 3 and hw["items"][0] == {
        "discriminator": "MinimumCoreHardwareConstraint",
        "coreCount": 16,
    }


@pytest.mark.vcr
@pytest.mark.default_cassette("hardware_paged.yaml")
async def test_hardware_constraints_page_through_with_progress(fake_env):
    b = builder(fake_env)
    b.settings.byte_cap = 1_000_000
    seen = progress_of(b)
    hw = await run(b, "qarnot_profiles", hardware=True)
    assert hw["total"] == 450 and len(hw["items"]) == 450 and "partial" not in hw
    assert hw["items"][-1] == {"discriminator": "GpuHardwareConstraint"}
    assert seen == [
        (200, 450, "200 of 450 hardware constraints"),
        (400, 450, "400 of 450 hardware constraints"),
    ]


@pytest.mark.vcr
@pytest.mark.default_cassette("usage.yaml")
async def test_usage_gives_carbon_and_compute_time_for_task_and_pool(fake_env):
    b = builder(fake_env)
    task = await run(b, "qarnot_usage", task_uuid=TASK)
    assert task["carbon"]["carbonFootprintC02Eq"] == 17.7 and "executionTimeSec" in task["compute"]
    pool = await run(b, "qarnot_usage", pool_uuid=POOL)
    assert pool["state"] == "Closed" and pool["carbon"]["totalConsumedEnergyWh"] == 306.043


async def test_usage_needs_exactly_one_target(fake_env):
    with pytest.raises(ArgumentError, match="exactly one"):
        await run(builder(fake_env), "qarnot_usage")


@pytest.mark.vcr
@pytest.mark.default_cassette("submit.yaml")
async def test_submit_checks_the_profile_then_creates_the_task(fake_env):
    assert "qarnot_submit_task" not in {t.name for t in builder(fake_env).build()}
    out = await run(
        builder(fake_env, allow_write=True),
        "qarnot_submit_task",
        name="render",
        profile="docker-batch",
        instances=4,
        constants={"DOCKER_CMD": "echo hi"},
        tags=["demo"],
        buckets=["in"],
    )
    assert out["uuid"] == TASK and out["instanceCount"] == 4


@pytest.mark.vcr
@pytest.mark.default_cassette("submit_unknown_profile.yaml")
async def test_submit_refuses_a_profile_the_account_lacks(fake_env):
    with pytest.raises(ArgumentError, match="profile.*'gpu-magic'.*docker-batch"):
        await run(
            builder(fake_env, allow_write=True), "qarnot_submit_task", name="x", profile="gpu-magic"
        )


@pytest.mark.vcr
@pytest.mark.default_cassette("abort_delete.yaml")
async def test_abort_and_delete_need_the_destructive_switch(fake_env):
    assert "qarnot_abort_task" not in {t.name for t in builder(fake_env, allow_write=True).build()}
    b = builder(fake_env, allow_write=True, allow_destructive=True)
    assert (await run(b, "qarnot_abort_task", taskUuid=TASK))["status"] == 204
    assert (await run(b, "qarnot_delete_task", taskUuid=TASK))["status"] == 204


@pytest.mark.vcr
@pytest.mark.default_cassette("auth_invalid_token.yaml")
async def test_an_invalid_token_gives_the_backends_message(fake_env):
    with pytest.raises(BackendError) as err:
        await run(builder(fake_env), "qarnot_profiles")
    text = str(err.value)
    assert "HTTP 401" in text and "invalid token" in text and CANARY not in text


def test_missing_token_names_the_variable(fake_env):
    env = {k: v for k, v in fake_env.items() if k != "QARNOT_CLIENT_TOKEN"}
    s = load(env=env)
    assert "QARNOT_CLIENT_TOKEN" in s.absent["qarnot"]
    assert not any(t.name.startswith("qarnot_") for t in ToolBuilder(s).build())


def test_default_cluster_url(fake_env):
    env = {k: v for k, v in fake_env.items() if k != "QARNOT_CLUSTER_URL"}
    assert load(env=env).instance("qarnot").url == "https://api.qarnot.com"


@pytest.mark.vcr
@pytest.mark.default_cassette("placement.yaml")
async def test_where_to_submit_ranks_qarnot_profiles_with_reasons(fake_env):
    from labgate_overrides.composites import where_to_submit as placement

    b = builder(fake_env)
    b.build()  # imports the providers
    req = placement.Request(gpus=1, cpus=4, nodes=2)
    ranked, rest, down = placement.rank(await placement.gather(b.ctx, req, ["qarnot"]))
    assert [c.target for c in ranked] == ["docker-nvidia-batch"] and not down
    best = ranked[0]
    assert best.fits_now and best.free == {"cores": 511, "instances": 63}
    assert any("quota" in r for r in best.reasons) and any("carbon" in r for r in best.reasons)
    assert best.submit == ["qarnot_submit_task", "profile=docker-nvidia-batch", "instances=2"]
    assert rest[0].target == "docker-batch" and rest[0].reasons == ["profile has no GPU"]


@pytest.mark.vcr
@pytest.mark.default_cassette("placement_paged.yaml")
async def test_where_to_submit_sees_a_gpu_constraint_on_a_later_page(fake_env):
    from labgate_overrides.composites import where_to_submit as placement

    b = builder(fake_env)
    b.build()
    req = placement.Request(gpus=1, cpus=4, nodes=2)
    ranked, _, _ = placement.rank(await placement.gather(b.ctx, req, ["qarnot"]))
    assert [c.target for c in ranked] == ["docker-nvidia-batch"]


@pytest.mark.vcr
@pytest.mark.default_cassette("check.yaml")
async def test_the_start_up_check_asks_who_the_token_is(fake_env):
    """GET /v1/info needs the token: the check (and /readyz) sees a refused one, which a plain
    reachability probe would count as up."""
    from labgate.health import Health, describe

    b = builder(fake_env)
    health = Health(b.runtime)
    health.probes = {k: v for k, v in health.probes.items() if k[0] == "qarnot"}
    await health.check()
    assert health.probes[("qarnot", "default")].ok
    await health.check()
    probe = health.probes[("qarnot", "default")]
    assert not probe.ok and probe.status == 401
    assert describe("qarnot/default", probe) == (
        "qarnot/default: NOT reachable — HTTP 401 (credentials refused); labgate serves anyway,"
        " its tools will say so"
    )

"""Qarnot composites: paged listings, slim task details, bounded stdout/stderr tails, profiles
and hardware constraints, carbon and usage facts, task submission checked against the
account's profiles, and the Qarnot provider for where_to_submit."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from labgate_overrides.composites import tracking
from pydantic import Field

from labgate.composite import tool
from labgate.envelope import cap_document, decode_cursor, envelope
from labgate.errors import ArgumentError

# Operation ids this module calls: checked against the spec when the registry loads.
USES = (
    "create_task",
    "get_pool",
    "get_pool_carbon_facts",
    "get_profile",
    "get_task",
    "get_task_carbon_facts",
    "get_user_info",
    "list_hardware_constraints",
    "list_jobs_paginate",
    "list_pool_summaries_paginate",
    "list_profiles",
    "list_task_summaries_paginate",
)

Uuid = Annotated[str, Field(pattern=r"^[0-9a-fA-F-]{36}$")]
Tag = Annotated[str, Field(min_length=1, max_length=256)]
MAX_TAGS = 20  # tags in one qarnot_list filter
TAIL_MAX = 100_000
HW_PAGE = 200  # hardware constraints per Limit/Offset page
HW_MAX = 2_000  # then stop, and say so
LIST_OPS = {
    "tasks": "list_task_summaries_paginate",
    "jobs": "list_jobs_paginate",
    "pools": "list_pool_summaries_paginate",
}
LIST_FIELDS = ["uuid", "name", "shortname", "state", "profile", "instanceCount", "creationDate"]
SLIM_TASK = [
    "uuid",
    "name",
    "shortname",
    "state",
    "profile",
    "instanceCount",
    "runningInstanceCount",
    "runningCoreCount",
    "progress",
    "creationDate",
    "endDate",
    "executionTime",
    "wallTime",
    "poolUuid",
    "jobUuid",
    "tags",
    "errors",
    "completedInstances",
]


async def call(ctx, op: str, args: dict[str, Any] | None = None) -> Any:
    return await ctx.call("qarnot", op, args or {})


async def hardware_constraints(ctx) -> tuple[list, int | None]:
    """Every hardware constraint the account offers (at most HW_MAX), page by page, with MCP
    progress before each follow-up page."""
    items: list = []
    total = None
    while len(items) < HW_MAX:
        if items:
            of = f" of {total}" if total is not None else ""
            await ctx.progress(len(items), total, f"{len(items)}{of} hardware constraints")
        args = {"Limit": HW_PAGE, "Offset": len(items)}
        page = await call(ctx, "list_hardware_constraints", args)
        got = page.get("data") or []
        items += got
        total = page.get("total")
        if len(got) < HW_PAGE or total is not None and len(items) >= total:
            break
    return items, total


def page_filter(name: str | None, state: str | None, tags: list[str] | None = None) -> dict | None:
    """The paginate endpoints' filter: leaves on Name, State and Tags, and-ed. Tags match any
    of those given, as the Qarnot SDK's `tags` (one Equal leaf on `Tags` per tag, or-ed)."""
    leaves: list[dict] = []
    if name:
        leaves.append({"field": "Name", "operator": "Like", "value": name})
    if state:
        leaves.append({"field": "State", "operator": "Equal", "value": state})
    tag_leaves = [{"field": "Tags", "operator": "Equal", "value": t} for t in tags or []]
    if len(tag_leaves) > 1:
        leaves.append({"operator": "Or", "filters": tag_leaves})
    else:
        leaves += tag_leaves
    if len(leaves) < 2:
        return leaves[0] if leaves else None
    return {"operator": "And", "filters": leaves}


@tool("qarnot_list", backend="qarnot")
async def list_things(
    ctx,
    kind: Literal["tasks", "jobs", "pools"] = "tasks",
    name: str | None = None,
    state: str | None = None,
    tags: Annotated[list[Tag] | None, Field(max_length=MAX_TAGS)] = None,
    fields: list[str] | None = None,
    cursor: str | None = None,
    max_items: Annotated[int, Field(ge=1, le=500)] = 50,
):
    """Tasks, jobs or pools, newest first; filter by name, state (e.g. FullyExecuting), any of tags."""
    token, offset = decode_cursor(cursor)
    args: dict[str, Any] = {
        "maximumResults": max_items + offset,
        "orderBy": "CreationDate",
        "orderType": "DESC",
    }
    filt = page_filter(name, state, tags)
    if filt:
        args["filter"] = filt
    if token:
        args["token"] = token
    page = await call(ctx, LIST_OPS[kind], args)
    return envelope(
        page.get("data") or [],
        page_token=token,
        offset=offset,
        next_token=page.get("nextToken") if page.get("isTruncated", True) else None,
        total=page.get("total"),
        fields=fields or LIST_FIELDS,
        max_items=max_items,
        byte_cap=ctx.settings.byte_cap,
    )


@tool("qarnot_get_task", backend="qarnot", replaces="get_task")
async def get_task(ctx, task_uuid: Uuid, full: bool | None = None):
    """One task: state, progress, instances, errors (full=true: all fields)."""
    task = await call(ctx, "get_task", {"taskUuid": task_uuid})
    if full:
        return cap_document(task, ctx.settings.byte_cap)
    slim = {k: task[k] for k in SLIM_TASK if task.get(k) not in (None, [], {})}
    status = task.get("status") or {}
    for key in ("executionTimeSec", "succeededRange", "failedRange", "executedRange"):
        if status.get(key) not in (None, ""):
            slim.setdefault("status", {})[key] = status[key]
    return slim


@tool("qarnot_task_output", backend="qarnot")
async def task_output(
    ctx,
    task_uuid: Uuid,
    stream: Literal["stdout", "stderr"] = "stdout",
    instance_id: Annotated[int | None, Field(ge=0)] = None,
    tail_bytes: Annotated[int, Field(ge=1, le=TAIL_MAX)] = 8000,
    offset: Annotated[int | None, Field(ge=0)] = None,
):
    """Tail of a task's stdout/stderr (or tail_bytes from offset), whole task or instance_id."""
    path = f"/v1/tasks/{task_uuid}/{stream}" + (
        f"/{instance_id}" if instance_id is not None else ""
    )
    size, kept = 0, b""

    def keep(chunk: bytes) -> bool:  # only what is shown: bounded memory
        nonlocal size, kept
        if offset is None:
            kept = (kept + chunk)[-tail_bytes:]
        elif len(kept) <= tail_bytes:
            kept += chunk[max(0, offset - size) :]
        size += len(chunk)
        return offset is None or len(kept) <= tail_bytes  # from an offset: stop once read

    await ctx.stream("qarnot", path, keep)
    out: dict[str, Any] = {"task_uuid": task_uuid, "stream": stream}
    if instance_id is not None:
        out["instance_id"] = instance_id
    if offset is None:
        out.update(bytes=size, text=kept.decode("utf-8", errors="replace"))
        if size > len(kept):
            out["truncated"] = f"showing the last {len(kept)} of {size} bytes"
        return out
    if offset >= size and len(kept) == 0:
        raise ArgumentError("offset", f"{offset} is past the end of the output ({size} bytes)")
    shown = kept[:tail_bytes]
    out.update(offset=offset, text=shown.decode("utf-8", errors="replace"))
    if len(kept) > tail_bytes:
        out["next_offset"] = offset + len(shown)
    return out


@tool("qarnot_profiles", backend="qarnot")
async def profiles(
    ctx,
    name: str | None = None,
    hardware: bool | None = None,
):
    """Account profiles (name: its constants), or hardware=true: constraints."""
    if hardware:
        items, total = await hardware_constraints(ctx)
        cut = len(items) >= HW_MAX and (total is None or total > len(items))
        extra = {"partial": f"the first {len(items)} only"} if cut else None
        return envelope(items, total=total, byte_cap=ctx.settings.byte_cap, extra=extra)
    if name:
        prof = await call(ctx, "get_profile", {"name": name})
        return {
            "name": prof.get("name"),
            "constants": {c.get("name"): c.get("value") for c in prof.get("constants") or []},
            "licenses": prof.get("licenses") or [],
        }
    names = await call(ctx, "list_profiles")
    return {"profiles": names if isinstance(names, list) else []}


USAGE_KEYS = (
    "executionTimeSec",
    "executionTimeGhzByCpuModel",
    "executionTimeByMachineSpecification",
    "startedOnceRange",
)


@tool("qarnot_usage", backend="qarnot")
async def usage(
    ctx,
    task_uuid: Uuid | None = None,
    pool_uuid: Uuid | None = None,
):
    """Carbon and billed compute time of a task or pool."""
    if bool(task_uuid) == bool(pool_uuid):
        raise ArgumentError("task_uuid", "give exactly one of task_uuid or pool_uuid")
    if task_uuid:
        carbon = await call(ctx, "get_task_carbon_facts", {"taskUuid": task_uuid})
        thing = await call(ctx, "get_task", {"taskUuid": task_uuid})
    else:
        carbon = await call(ctx, "get_pool_carbon_facts", {"poolUuid": pool_uuid})
        thing = await call(ctx, "get_pool", {"poolUuid": pool_uuid})
    status = thing.get("status") or {}
    return {
        "uuid": task_uuid or pool_uuid,
        "state": thing.get("state"),
        "carbon": carbon,
        "compute": {k: status[k] for k in USAGE_KEYS if status.get(k) not in (None, [])},
        "note": "the Compute API reports time, not credits; credits = time x your plan's rate",
    }


@tool("qarnot_submit_task", backend="qarnot", safety="write")
async def submit_task(
    ctx,
    name: Annotated[str, Field(min_length=1, max_length=256)],
    profile: Annotated[str | None, Field(description="unless pool_uuid")] = None,
    instances: Annotated[int, Field(ge=1, le=10_000)] = 1,
    constants: dict[str, str] | None = None,
    tags: Annotated[list[str] | None, Field(max_length=10)] = None,
    buckets: list[str] | None = None,
    results_bucket: str | None = None,
    pool_uuid: Uuid | None = None,
    track: tracking.Target = None,
):
    """Submit a task (write): profile, instances, constants (env). track: make a run, pass its id."""
    tracking.parse(ctx, track, constants)  # a bad `track` is refused before any backend call
    body: dict[str, Any] = {"name": name, "instanceCount": instances}
    if pool_uuid:
        body["poolUuid"] = pool_uuid  # a task in a pool runs the pool's profile
    elif not profile:
        raise ArgumentError("profile", "is required unless the task runs in a pool (pool_uuid)")
    else:
        available = await call(ctx, "list_profiles")
        if profile not in (available or []):
            shown = ", ".join(sorted(available or [])[:30]) or "none"
            raise ArgumentError(
                "profile", f"{profile!r} is not a profile of this account ({shown})"
            )
        body["profile"] = profile
    consts = dict(constants or {})  # the task's environment: a tracked run's id joins them
    if tags:
        body["tags"] = tags
    if buckets:
        body["resourceBuckets"] = buckets
    if results_bucket:
        body["resultsBucket"] = results_bucket
    command = " ".join(["qarnot_submit_task", f"name={name}", f"instances={instances}",
                        *([f"profile={profile}"] if profile and not pool_uuid else []),
                        *([f"pool_uuid={pool_uuid}"] if pool_uuid else [])])  # fmt: skip
    cluster = ctx.instance("qarnot").name

    def send():
        if consts:
            body["constants"] = [{"key": k, "value": v} for k, v in consts.items()]
        return call(ctx, "create_task", {"body": body})

    created, runs = await tracking.submit(ctx, track, constants, consts, send,
        lambda r: r.get("uuid") and tracking.Job("qarnot", cluster, str(r["uuid"]), command))  # fmt: skip
    out = {"uuid": created.get("uuid"), "name": name, "instances": instances, **body}
    return {**out, "runs": runs} if runs else out


# --- where_to_submit provider ---------------------------------------------------------------

GPU_HINTS = ("nvidia", "gpu", "cuda")


def _quota(info: dict) -> tuple[str, dict]:
    """The scheduling class the account submits to by default, and its quota."""
    user = ((info.get("computingQuotas") or {}).get("user")) or {}
    kind = info.get("defaultScheduling")
    kind = kind if kind in ("flex", "onDemand") and user.get(kind) else "flex"
    return kind, user.get(kind) or {}


def profile_candidate(name: str, req, kind: str, quota: dict, gpu_offered: bool, inst: str):
    from labgate_overrides.composites import where_to_submit as placement

    c = placement.Candidate("qarnot", inst, target=name)
    gpu_profile = any(h in name.lower() for h in GPU_HINTS)
    if req.gpus and not (gpu_profile and gpu_offered):
        c.reasons = ["profile has no GPU" if not gpu_profile else "account offers no GPU hardware"]
        return c
    if not req.gpus and gpu_profile:
        c.reasons = ["GPU profile: not needed for a CPU job"]
        return c
    nodes, cores = req.nodes or 1, (req.cpus or 1) * (req.nodes or 1)
    max_cores, max_inst = quota.get("maxCores"), quota.get("maxInstances")
    free_cores = (max_cores or 0) - (quota.get("runningCoreCount") or 0)
    free_inst = (max_inst or 0) - (quota.get("runningInstancesCount") or 0)
    if max_cores is not None and cores > max_cores or max_inst is not None and nodes > max_inst:
        c.reasons = [
            f"needs {cores} cores / {nodes} instances, {kind} quota is {max_cores} / {max_inst}"
        ]
        return c
    c.fits, c.fits_now = True, free_cores >= cores and free_inst >= nodes
    c.free = {"cores": free_cores, "instances": free_inst}
    c.total = {"cores": max_cores, "instances": max_inst}
    c.reasons = [
        f"{free_cores} of {max_cores} {kind} cores free in the account quota",
        "price: billed in credits per core-hour of your plan (the API publishes no price)",
        "carbon: Qarnot reuses the heat; per-task carbon facts via qarnot_usage after the run",
    ]
    c.submit = ["qarnot_submit_task", f"profile={name}", f"instances={nodes}"]
    return c


async def placement_provider(ctx, req) -> list:
    """Profiles that could run the job, judged against the account's quota and hardware."""
    inst = ctx.settings.instance("qarnot").name
    info = await call(ctx, "get_user_info")
    names = await call(ctx, "list_profiles") or []
    hw, _ = await hardware_constraints(ctx)
    gpu_offered = any((h or {}).get("discriminator") == "GpuHardwareConstraint" for h in hw or [])
    kind, quota = _quota(info or {})
    generic = [n for n in names if n.startswith("docker")] or list(names)
    if req.partitions:
        generic = [n for n in names if n in req.partitions]
    return [profile_candidate(n, req, kind, quota, gpu_offered, inst) for n in generic]

# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm_shim v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700), specs/slurm_shim/extensions.json (sha256 0f3d29a000b3).
"""One coroutine per slurm_shim operation: arguments in, the typed client's request out."""

from __future__ import annotations

from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def db_get_job(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/job/{job_id}"""
    from .client.api.slurmdb.db_get_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_jobs(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/jobs/"""
    from .client.api.slurmdb.db_get_jobs import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account")) is not None:
        kwargs["account"] = v
    if (v := args.get("association")) is not None:
        kwargs["association"] = v
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("constraints")) is not None:
        kwargs["constraints"] = v
    if (v := args.get("scheduler_unset")) is not None:
        kwargs["scheduler_unset"] = v
    if (v := args.get("scheduled_on_submit")) is not None:
        kwargs["scheduled_on_submit"] = v
    if (v := args.get("scheduled_by_main")) is not None:
        kwargs["scheduled_by_main"] = v
    if (v := args.get("scheduled_by_backfill")) is not None:
        kwargs["scheduled_by_backfill"] = v
    if (v := args.get("job_started")) is not None:
        kwargs["job_started"] = v
    if (v := args.get("exit_code")) is not None:
        kwargs["exit_code"] = v
    if (v := args.get("show_duplicates")) is not None:
        kwargs["show_duplicates"] = v
    if (v := args.get("skip_steps")) is not None:
        kwargs["skip_steps"] = v
    if (v := args.get("disable_truncate_usage_time")) is not None:
        kwargs["disable_truncate_usage_time"] = v
    if (v := args.get("whole_hetjob")) is not None:
        kwargs["whole_hetjob"] = v
    if (v := args.get("disable_whole_hetjob")) is not None:
        kwargs["disable_whole_hetjob"] = v
    if (v := args.get("disable_wait_for_result")) is not None:
        kwargs["disable_wait_for_result"] = v
    if (v := args.get("usage_time_as_submit_time")) is not None:
        kwargs["usage_time_as_submit_time"] = v
    if (v := args.get("show_batch_script")) is not None:
        kwargs["show_batch_script"] = v
    if (v := args.get("show_job_environment")) is not None:
        kwargs["show_job_environment"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("job_name")) is not None:
        kwargs["job_name"] = v
    if (v := args.get("partition")) is not None:
        kwargs["partition"] = v
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("reason")) is not None:
        kwargs["reason"] = v
    if (v := args.get("reservation")) is not None:
        kwargs["reservation"] = v
    if (v := args.get("reservation_id")) is not None:
        kwargs["reservation_id"] = v
    if (v := args.get("state")) is not None:
        kwargs["state"] = v
    if (v := args.get("step")) is not None:
        kwargs["step"] = v
    if (v := args.get("end_time")) is not None:
        kwargs["end_time"] = v
    if (v := args.get("start_time")) is not None:
        kwargs["start_time"] = v
    if (v := args.get("node")) is not None:
        kwargs["node"] = v
    if (v := args.get("users")) is not None:
        kwargs["users"] = v
    if (v := args.get("wckey")) is not None:
        kwargs["wckey"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_job(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurm/v0.0.42/job/{job_id}"""
    from .client.api.slurm.delete_job import _get_kwargs
    from .client.models.delete_job_flags import DeleteJobFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    if (v := args.get("signal")) is not None:
        kwargs["signal"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = DeleteJobFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_jobs(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurm/v0.0.42/jobs/"""
    from .client.api.slurm.delete_jobs import _get_kwargs
    from .client.models.v0042_kill_jobs_msg import V0042KillJobsMsg

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "account",
                "flags",
                "job_name",
                "job_state",
                "jobs",
                "nodes",
                "partition",
                "qos",
                "reservation",
                "signal",
                "user_id",
                "user_name",
                "wckey",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = V0042KillJobsMsg.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def estimate_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /labgate/v1/job/estimate"""
    from .client.api.labgate.estimate_job import _get_kwargs
    from .client.models.v0042_job_submit_req import V0042JobSubmitReq

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["job", "jobs", "script"], True)) is not None:
        kwargs["body"] = V0042JobSubmitReq.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_diag(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/diag/"""
    from .client.api.slurm.get_diag import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_job(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/job/{job_id}"""
    from .client.api.slurm.get_job import _get_kwargs
    from .client.models.get_job_flags import GetJobFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetJobFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_job_output(client: Any, args: dict[str, Any]) -> Any:
    """GET /labgate/v1/job/{job_id}/output"""
    from .client.api.labgate.get_job_output import _get_kwargs
    from .client.models.get_job_output_stream import GetJobOutputStream

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    if (v := args.get("stream")) is not None:
        kwargs["stream"] = GetJobOutputStream(v)
    if (v := args.get("tail_bytes")) is not None:
        kwargs["tail_bytes"] = v
    if (v := args.get("offset")) is not None:
        kwargs["offset"] = v
    if (v := args.get("length")) is not None:
        kwargs["length"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_jobs(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/jobs/"""
    from .client.api.slurm.get_jobs import _get_kwargs
    from .client.models.get_jobs_flags import GetJobsFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetJobsFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_node(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/node/{node_name}"""
    from .client.api.slurm.get_node import _get_kwargs
    from .client.models.get_node_flags import GetNodeFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("node_name")) is not None:
        kwargs["node_name"] = v
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetNodeFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_nodes(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/nodes/"""
    from .client.api.slurm.get_nodes import _get_kwargs
    from .client.models.get_nodes_flags import GetNodesFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetNodesFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_partition(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/partition/{partition_name}"""
    from .client.api.slurm.get_partition import _get_kwargs
    from .client.models.get_partition_flags import GetPartitionFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("partition_name")) is not None:
        kwargs["partition_name"] = v
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetPartitionFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_partitions(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/partitions/"""
    from .client.api.slurm.get_partitions import _get_kwargs
    from .client.models.get_partitions_flags import GetPartitionsFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = GetPartitionsFlags(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_ping(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/ping/"""
    from .client.api.slurm.get_ping import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_reservations(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/reservations/"""
    from .client.api.slurm.get_reservations import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_shares(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/shares"""
    from .client.api.slurm.get_shares import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("accounts")) is not None:
        kwargs["accounts"] = v
    if (v := args.get("users")) is not None:
        kwargs["users"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def submit_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/job/submit"""
    from .client.api.slurm.submit_job import _get_kwargs
    from .client.models.v0042_job_submit_req import V0042JobSubmitReq

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["job", "jobs", "script"], True)) is not None:
        kwargs["body"] = V0042JobSubmitReq.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))

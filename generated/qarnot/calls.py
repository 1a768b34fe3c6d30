# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: qarnot 1.0 from qarnot/openapi.json (sha256 4727d83eb205).
"""One coroutine per qarnot operation: arguments in, the typed client's request out."""

from __future__ import annotations

from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def abort_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/abort"""
    from .client.api.tasks.abort_task import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def check_api(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1"""
    from .client.api.main.check_api import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def check_pool_scaling(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/sanity-checks/pools/scaling"""
    from .client.api.pool_scaling_sanity_checks.check_pool_scaling import _get_kwargs
    from .client.models.scaling_input import ScalingInput

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["policies"], False)) is not None:
        kwargs["body"] = ScalingInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def clone_pool(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/clone"""
    from .client.api.pools.clone_pool import _get_kwargs
    from .client.models.pool_clone_input import PoolCloneInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (
        v := _pick(
            args,
            [
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "defaultRetrySettings",
                "elasticProperty",
                "forcedConstants",
                "hardwareConstraints",
                "instanceCount",
                "labels",
                "name",
                "preparationTask",
                "privileges",
                "profile",
                "resourceBuckets",
                "scaling",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "tags",
                "targetedReservedMachineKey",
                "taskDefaultWaitForPoolResourcesSynchronization",
            ],
            False,
        )
    ) is not None:
        kwargs["body"] = PoolCloneInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def clone_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/clone"""
    from .client.api.tasks.clone_task import _get_kwargs
    from .client.models.task_clone_input import TaskCloneInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (
        v := _pick(
            args,
            [
                "advancedRanges",
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "dependencies",
                "forcedConstants",
                "hardwareConstraints",
                "instanceCount",
                "jobUuid",
                "labels",
                "maxRetriesPerInstance",
                "name",
                "privileges",
                "profile",
                "resourceBuckets",
                "resultBucket",
                "resultsBlacklist",
                "resultsBucket",
                "resultsBucketPrefix",
                "resultsCacheTTLSec",
                "resultsWhitelist",
                "retrySettings",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "snapshotBlacklist",
                "snapshotBucket",
                "snapshotBucketPrefix",
                "snapshotInterval",
                "snapshotWhitelist",
                "tags",
                "targetedReservedMachineKey",
                "uploadResultsOnCancellation",
                "waitForPoolResourcesSynchronization",
            ],
            False,
        )
    ) is not None:
        kwargs["body"] = TaskCloneInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def close_pool(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/close"""
    from .client.api.pools.close_pool import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/jobs"""
    from .client.api.jobs.create_job import _get_kwargs
    from .client.models.job_creation_input import JobCreationInput

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "maxWallTime",
                "name",
                "poolUuid",
                "shortname",
                "tags",
                "useDependencies",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = JobCreationInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_pool(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools"""
    from .client.api.pools.create_pool import _get_kwargs
    from .client.models.pool_creation_input import PoolCreationInput

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "defaultRetrySettings",
                "elasticProperty",
                "forcedConstants",
                "hardwareConstraints",
                "instanceCount",
                "labels",
                "name",
                "preparationTask",
                "privileges",
                "profile",
                "resourceBuckets",
                "scaling",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "tags",
                "targetedReservedMachineKey",
                "taskDefaultWaitForPoolResourcesSynchronization",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = PoolCreationInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def create_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks"""
    from .client.api.tasks.create_task import _get_kwargs
    from .client.models.task_creation_input import TaskCreationInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("body")) is not None:
        kwargs["body"] = (
            [TaskCreationInput.from_dict(x) for x in v]
            if isinstance(v, list)
            else TaskCreationInput.from_dict(v)
        )
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_job(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /v1/jobs/{jobUuid}"""
    from .client.api.jobs.delete_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("jobUuid")) is not None:
        kwargs["job_uuid"] = v
    if (v := args.get("force")) is not None:
        kwargs["force"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_pool(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /v1/pools/{poolUuid}"""
    from .client.api.pools.delete_pool import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_task(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /v1/tasks/{taskUuid}"""
    from .client.api.tasks.delete_task import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_job(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/jobs/{jobUuid}"""
    from .client.api.jobs.get_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("jobUuid")) is not None:
        kwargs["job_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}"""
    from .client.api.pools.get_pool import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_carbon_facts(client: Any, args: dict[str, Any]) -> Any:
    """GET /carbon/v1/Pools/{poolUuid}/carbon-facts"""
    from .client.api.pools.get_pool_carbon_facts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("comparisonDataCenter")) is not None:
        kwargs["comparison_data_center"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_fresh_stderr(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/stderr"""
    from .client.api.pools.get_pool_fresh_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_fresh_stdout(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/stdout"""
    from .client.api.pools.get_pool_fresh_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_instance_fresh_stderr(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/stderr/{instanceId}"""
    from .client.api.pools.get_pool_instance_fresh_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_instance_fresh_stdout(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/{poolUuid}/stdout/{instanceId}"""
    from .client.api.pools.get_pool_instance_fresh_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_instance_stderr(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/stderr/{instanceId}"""
    from .client.api.pools.get_pool_instance_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_instance_stdout(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/stdout/{instanceId}"""
    from .client.api.pools.get_pool_instance_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_scaling(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/scaling"""
    from .client.api.pools.get_pool_scaling import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_stderr(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/stderr"""
    from .client.api.pools.get_pool_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_pool_stdout(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/stdout"""
    from .client.api.pools.get_pool_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_profile(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/profiles/{name}"""
    from .client.api.profiles.get_profile import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_settings(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/settings"""
    from .client.api.settings.get_settings import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/{taskUuid}"""
    from .client.api.tasks.get_task import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_carbon_facts(client: Any, args: dict[str, Any]) -> Any:
    """GET /carbon/v1/Tasks/{taskUuid}/carbon-facts"""
    from .client.api.tasks.get_task_carbon_facts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("comparisonDatacenter")) is not None:
        kwargs["comparison_datacenter"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_fresh_stderr(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/stderr"""
    from .client.api.tasks.get_task_fresh_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_fresh_stdout(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/stdout"""
    from .client.api.tasks.get_task_fresh_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_instance_fresh_stderr(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/stderr/{instanceId}"""
    from .client.api.tasks.get_task_instance_fresh_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_instance_fresh_stdout(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/stdout/{instanceId}"""
    from .client.api.tasks.get_task_instance_fresh_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_instance_stderr(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/{taskUuid}/stderr/{instanceId}"""
    from .client.api.tasks.get_task_instance_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_instance_stdout(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/{taskUuid}/stdout/{instanceId}"""
    from .client.api.tasks.get_task_instance_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("instanceId")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_stderr(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/{taskUuid}/stderr"""
    from .client.api.tasks.get_task_stderr import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_task_stdout(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/{taskUuid}/stdout"""
    from .client.api.tasks.get_task_stdout import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_user_info(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/info"""
    from .client.api.users.get_user_info import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_api_versions(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/versions"""
    from .client.api.versions.list_api_versions import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_hardware_constraints(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/hardware-constraints"""
    from .client.api.hardware_constraints.list_hardware_constraints import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("Limit")) is not None:
        kwargs["limit"] = v
    if (v := args.get("Offset")) is not None:
        kwargs["offset"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_job_tasks(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/jobs/{jobUuid}/tasks"""
    from .client.api.jobs.list_job_tasks import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("jobUuid")) is not None:
        kwargs["job_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_jobs(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/jobs"""
    from .client.api.jobs.list_jobs import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("tag")) is not None:
        kwargs["tag"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_jobs_paginate(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/jobs/paginate"""
    from .client.api.jobs.list_jobs_paginate import _get_kwargs
    from .client.models.page_detail_request import PageDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (
        v := _pick(args, ["filter", "maximumResults", "orderBy", "orderType", "token"], False)
    ) is not None:
        kwargs["body"] = PageDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pool_jobs(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/jobs"""
    from .client.api.pools.list_pool_jobs import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pool_summaries(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/summaries"""
    from .client.api.pools.list_pool_summaries import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("tag")) is not None:
        kwargs["tag"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pool_summaries_paginate(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/summaries/paginate"""
    from .client.api.pools.list_pool_summaries_paginate import _get_kwargs
    from .client.models.page_detail_request import PageDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (
        v := _pick(args, ["filter", "maximumResults", "orderBy", "orderType", "token"], False)
    ) is not None:
        kwargs["body"] = PageDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pool_tasks(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools/{poolUuid}/tasks"""
    from .client.api.pools.list_pool_tasks import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pools(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/pools"""
    from .client.api.pools.list_pools import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("tag")) is not None:
        kwargs["tag"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_pools_paginate(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/paginate"""
    from .client.api.pools.list_pools_paginate import _get_kwargs
    from .client.models.page_detail_request import PageDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (
        v := _pick(args, ["filter", "maximumResults", "orderBy", "orderType", "token"], False)
    ) is not None:
        kwargs["body"] = PageDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_profiles(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/profiles"""
    from .client.api.profiles.list_profiles import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_task_summaries(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks/summaries"""
    from .client.api.tasks.list_task_summaries import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("tag")) is not None:
        kwargs["tag"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_task_summaries_paginate(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/summaries/paginate"""
    from .client.api.tasks.list_task_summaries_paginate import _get_kwargs
    from .client.models.page_detail_request import PageDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (
        v := _pick(args, ["filter", "maximumResults", "orderBy", "orderType", "token"], False)
    ) is not None:
        kwargs["body"] = PageDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_tasks(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/tasks"""
    from .client.api.tasks.list_tasks import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("tag")) is not None:
        kwargs["tag"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_tasks_paginate(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/paginate"""
    from .client.api.tasks.list_tasks_paginate import _get_kwargs
    from .client.models.page_detail_request import PageDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (
        v := _pick(args, ["filter", "maximumResults", "orderBy", "orderType", "token"], False)
    ) is not None:
        kwargs["body"] = PageDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def recover_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/recover"""
    from .client.api.tasks.recover_task import _get_kwargs
    from .client.models.task_recover_input import TaskRecoverInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (
        v := _pick(
            args,
            [
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "dependencies",
                "forcedConstants",
                "hardwareConstraints",
                "jobUuid",
                "labels",
                "maxRetriesPerInstance",
                "name",
                "privileges",
                "profile",
                "resourceBuckets",
                "resultBucket",
                "resultsBlacklist",
                "resultsBucket",
                "resultsBucketPrefix",
                "resultsCacheTTLSec",
                "resultsWhitelist",
                "retrySettings",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "snapshotBlacklist",
                "snapshotBucket",
                "snapshotBucketPrefix",
                "snapshotInterval",
                "snapshotWhitelist",
                "tags",
                "targetedReservedMachineKey",
                "uploadResultsOnCancellation",
                "waitForPoolResourcesSynchronization",
            ],
            False,
        )
    ) is not None:
        kwargs["body"] = TaskRecoverInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def restart_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/restart"""
    from .client.api.tasks.restart_task import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def resume_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/resume"""
    from .client.api.tasks.resume_task import _get_kwargs
    from .client.models.task_resume_input import TaskResumeInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (
        v := _pick(
            args,
            [
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "dependencies",
                "forcedConstants",
                "hardwareConstraints",
                "jobUuid",
                "labels",
                "maxRetriesPerInstance",
                "name",
                "privileges",
                "profile",
                "resourceBuckets",
                "resultBucket",
                "resultsBlacklist",
                "resultsBucket",
                "resultsBucketPrefix",
                "resultsCacheTTLSec",
                "resultsWhitelist",
                "retrySettings",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "snapshotBlacklist",
                "snapshotBucket",
                "snapshotBucketPrefix",
                "snapshotInterval",
                "snapshotWhitelist",
                "tags",
                "targetedReservedMachineKey",
                "uploadResultsOnCancellation",
                "waitForPoolResourcesSynchronization",
            ],
            False,
        )
    ) is not None:
        kwargs["body"] = TaskResumeInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def retry_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/retry"""
    from .client.api.tasks.retry_task import _get_kwargs
    from .client.models.task_retry_input import TaskRetryInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (
        v := _pick(
            args,
            [
                "advancedResourceBuckets",
                "autoDeleteOnCompletion",
                "completionTimeToLive",
                "constants",
                "defaultResourcesCacheTTLSec",
                "dependencies",
                "forcedConstants",
                "hardwareConstraints",
                "jobUuid",
                "labels",
                "maxRetriesPerInstance",
                "name",
                "privileges",
                "profile",
                "resourceBuckets",
                "resultBucket",
                "resultsBlacklist",
                "resultsBucket",
                "resultsBucketPrefix",
                "resultsCacheTTLSec",
                "resultsWhitelist",
                "retrySettings",
                "schedulingType",
                "secretsAccessRights",
                "shortname",
                "snapshotBlacklist",
                "snapshotBucket",
                "snapshotBucketPrefix",
                "snapshotInterval",
                "snapshotWhitelist",
                "tags",
                "targetedReservedMachineKey",
                "uploadResultsOnCancellation",
                "waitForPoolResourcesSynchronization",
            ],
            False,
        )
    ) is not None:
        kwargs["body"] = TaskRetryInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_cpu_model_constraints(client: Any, args: dict[str, Any]) -> Any:
    """GET /v1/hardware-constraints/cpu-model-constraints/search"""
    from .client.api.hardware_constraints.search_cpu_model_constraints import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("cpuModel")) is not None:
        kwargs["cpu_model"] = v
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_jobs(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/jobs/search"""
    from .client.api.jobs.search_jobs import _get_kwargs
    from .client.models.data_detail_request import DataDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (v := _pick(args, ["filter", "maximumResults", "select"], False)) is not None:
        kwargs["body"] = DataDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_pools(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/pools/search"""
    from .client.api.pools.search_pools import _get_kwargs
    from .client.models.data_detail_request import DataDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (v := _pick(args, ["filter", "maximumResults", "select"], False)) is not None:
        kwargs["body"] = DataDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def search_tasks(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/search"""
    from .client.api.tasks.search_tasks import _get_kwargs
    from .client.models.data_detail_request import DataDetailRequest

    kwargs: dict[str, Any] = {}
    if (v := args.get("QarnotReadOnlyRequestForAccount")) is not None:
        kwargs["qarnot_read_only_request_for_account"] = v
    if (v := _pick(args, ["filter", "maximumResults", "select"], False)) is not None:
        kwargs["body"] = DataDetailRequest.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def snapshot_task(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/snapshot"""
    from .client.api.tasks.snapshot_task import _get_kwargs
    from .client.models.unique_snapshot import UniqueSnapshot

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := _pick(args, ["blacklist", "bucket", "bucketPrefix", "whitelist"], False)) is not None:
        kwargs["body"] = UniqueSnapshot.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def snapshot_task_periodic(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/tasks/{taskUuid}/snapshot/periodic"""
    from .client.api.tasks.snapshot_task_periodic import _get_kwargs
    from .client.models.periodic_snapshot import PeriodicSnapshot

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (
        v := _pick(args, ["blacklist", "bucket", "bucketPrefix", "interval", "whitelist"], False)
    ) is not None:
        kwargs["body"] = PeriodicSnapshot.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def terminate_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /v1/jobs/{jobUuid}/terminate"""
    from .client.api.jobs.terminate_job import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("jobUuid")) is not None:
        kwargs["job_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_pool(client: Any, args: dict[str, Any]) -> Any:
    """PUT /v1/pools/{poolUuid}"""
    from .client.api.pools.update_pool import _get_kwargs
    from .client.models.pool_update_input import PoolUpdateInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := _pick(args, ["constants", "elasticProperty", "scaling", "tags"], False)) is not None:
        kwargs["body"] = PoolUpdateInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_pool_resources(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /v1/pools/{poolUuid}"""
    from .client.api.pools.update_pool_resources import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_pool_scaling(client: Any, args: dict[str, Any]) -> Any:
    """PUT /v1/pools/{poolUuid}/scaling"""
    from .client.api.pools.update_pool_scaling import _get_kwargs
    from .client.models.scaling_input import ScalingInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("poolUuid")) is not None:
        kwargs["pool_uuid"] = v
    if (v := _pick(args, ["policies"], False)) is not None:
        kwargs["body"] = ScalingInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_task(client: Any, args: dict[str, Any]) -> Any:
    """PUT /v1/tasks/{taskUuid}"""
    from .client.api.tasks.update_task import _get_kwargs
    from .client.models.task_update_input import TaskUpdateInput

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    if (v := _pick(args, ["constants", "tags"], False)) is not None:
        kwargs["body"] = TaskUpdateInput.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_task_resources(client: Any, args: dict[str, Any]) -> Any:
    """PATCH /v1/tasks/{taskUuid}"""
    from .client.api.tasks.update_task_resources import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("taskUuid")) is not None:
        kwargs["task_uuid"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))

# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: slurm v0.0.42 from slurm/schedmd-testsuite/openapi_spec_v0.0.42.json (sha256 e626154c3700).
"""One coroutine per slurm operation: arguments in, the typed client's request out."""

from __future__ import annotations

from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def allocate_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/job/allocate"""
    from .client.api.slurm.allocate_job import _get_kwargs
    from .client.models.v0042_job_alloc_req import V0042JobAllocReq

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hetjob", "job"], True)) is not None:
        kwargs["body"] = V0042JobAllocReq.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_add_accounts_association(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/accounts_association/"""
    from .client.api.slurmdb.db_add_accounts_association import _get_kwargs
    from .client.models.v0042_openapi_accounts_add_cond_resp import V0042OpenapiAccountsAddCondResp

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["account", "association_condition", "errors", "meta", "warnings"], True)
    ) is not None:
        kwargs["body"] = V0042OpenapiAccountsAddCondResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_add_clusters(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/clusters/"""
    from .client.api.slurmdb.db_add_clusters import _get_kwargs
    from .client.models.v0042_openapi_clusters_resp import V0042OpenapiClustersResp

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := _pick(args, ["clusters", "errors", "meta", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiClustersResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_add_tres(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/tres/"""
    from .client.api.slurmdb.db_add_tres import _get_kwargs
    from .client.models.v0042_openapi_tres_resp import V0042OpenapiTresResp

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["TRES", "errors", "meta", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiTresResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_add_users_association(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/users_association/"""
    from .client.api.slurmdb.db_add_users_association import _get_kwargs
    from .client.models.db_add_users_association_flags import DbAddUsersAssociationFlags
    from .client.models.v0042_openapi_users_add_cond_resp import V0042OpenapiUsersAddCondResp

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = DbAddUsersAssociationFlags(v)
    if (
        v := _pick(args, ["association_condition", "errors", "meta", "user", "warnings"], True)
    ) is not None:
        kwargs["body"] = V0042OpenapiUsersAddCondResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_account(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/account/{account_name}"""
    from .client.api.slurmdb.db_delete_account import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account_name")) is not None:
        kwargs["account_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_association(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/association/"""
    from .client.api.slurmdb.db_delete_association import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account")) is not None:
        kwargs["account"] = v
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("default_qos")) is not None:
        kwargs["default_qos"] = v
    if (v := args.get("include_deleted_associations")) is not None:
        kwargs["include_deleted_associations"] = v
    if (v := args.get("include_usage")) is not None:
        kwargs["include_usage"] = v
    if (v := args.get("filter_to_only_defaults")) is not None:
        kwargs["filter_to_only_defaults"] = v
    if (v := args.get("include_the_raw_qos_or_delta_qos")) is not None:
        kwargs["include_the_raw_qos_or_delta_qos"] = v
    if (v := args.get("include_sub_acct_information")) is not None:
        kwargs["include_sub_acct_information"] = v
    if (v := args.get("exclude_parent_id_name")) is not None:
        kwargs["exclude_parent_idname"] = v
    if (v := args.get("exclude_limits_from_parents")) is not None:
        kwargs["exclude_limits_from_parents"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("parent_account")) is not None:
        kwargs["parent_account"] = v
    if (v := args.get("partition")) is not None:
        kwargs["partition"] = v
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_associations(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/associations/"""
    from .client.api.slurmdb.db_delete_associations import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account")) is not None:
        kwargs["account"] = v
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("default_qos")) is not None:
        kwargs["default_qos"] = v
    if (v := args.get("include_deleted_associations")) is not None:
        kwargs["include_deleted_associations"] = v
    if (v := args.get("include_usage")) is not None:
        kwargs["include_usage"] = v
    if (v := args.get("filter_to_only_defaults")) is not None:
        kwargs["filter_to_only_defaults"] = v
    if (v := args.get("include_the_raw_qos_or_delta_qos")) is not None:
        kwargs["include_the_raw_qos_or_delta_qos"] = v
    if (v := args.get("include_sub_acct_information")) is not None:
        kwargs["include_sub_acct_information"] = v
    if (v := args.get("exclude_parent_id_name")) is not None:
        kwargs["exclude_parent_idname"] = v
    if (v := args.get("exclude_limits_from_parents")) is not None:
        kwargs["exclude_limits_from_parents"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("parent_account")) is not None:
        kwargs["parent_account"] = v
    if (v := args.get("partition")) is not None:
        kwargs["partition"] = v
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_cluster(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/cluster/{cluster_name}"""
    from .client.api.slurmdb.db_delete_cluster import _get_kwargs
    from .client.models.db_delete_cluster_classification import DbDeleteClusterClassification
    from .client.models.db_delete_cluster_flags import DbDeleteClusterFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster_name")) is not None:
        kwargs["cluster_name"] = v
    if (v := args.get("classification")) is not None:
        kwargs["classification"] = DbDeleteClusterClassification(v)
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("federation")) is not None:
        kwargs["federation"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = DbDeleteClusterFlags(v)
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("rpc_version")) is not None:
        kwargs["rpc_version"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    if (v := args.get("with_usage")) is not None:
        kwargs["with_usage"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_single_qos(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/qos/{qos}"""
    from .client.api.slurmdb.db_delete_single_qos import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_user(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/user/{name}"""
    from .client.api.slurmdb.db_delete_user import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_delete_wckey(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurmdb/v0.0.42/wckey/{id}"""
    from .client.api.slurmdb.db_delete_wckey import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_account(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/account/{account_name}"""
    from .client.api.slurmdb.db_get_account import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account_name")) is not None:
        kwargs["account_name"] = v
    if (v := args.get("with_assocs")) is not None:
        kwargs["with_assocs"] = v
    if (v := args.get("with_coords")) is not None:
        kwargs["with_coords"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_accounts(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/accounts/"""
    from .client.api.slurmdb.db_get_accounts import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("description")) is not None:
        kwargs["description"] = v
    if (v := args.get("DELETED")) is not None:
        kwargs["deleted"] = v
    if (v := args.get("WithAssociations")) is not None:
        kwargs["with_associations"] = v
    if (v := args.get("WithCoordinators")) is not None:
        kwargs["with_coordinators"] = v
    if (v := args.get("NoUsersAreCoords")) is not None:
        kwargs["no_users_are_coords"] = v
    if (v := args.get("UsersAreCoords")) is not None:
        kwargs["users_are_coords"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_association(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/association/"""
    from .client.api.slurmdb.db_get_association import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account")) is not None:
        kwargs["account"] = v
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("default_qos")) is not None:
        kwargs["default_qos"] = v
    if (v := args.get("include_deleted_associations")) is not None:
        kwargs["include_deleted_associations"] = v
    if (v := args.get("include_usage")) is not None:
        kwargs["include_usage"] = v
    if (v := args.get("filter_to_only_defaults")) is not None:
        kwargs["filter_to_only_defaults"] = v
    if (v := args.get("include_the_raw_qos_or_delta_qos")) is not None:
        kwargs["include_the_raw_qos_or_delta_qos"] = v
    if (v := args.get("include_sub_acct_information")) is not None:
        kwargs["include_sub_acct_information"] = v
    if (v := args.get("exclude_parent_id_name")) is not None:
        kwargs["exclude_parent_idname"] = v
    if (v := args.get("exclude_limits_from_parents")) is not None:
        kwargs["exclude_limits_from_parents"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("parent_account")) is not None:
        kwargs["parent_account"] = v
    if (v := args.get("partition")) is not None:
        kwargs["partition"] = v
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_associations(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/associations/"""
    from .client.api.slurmdb.db_get_associations import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("account")) is not None:
        kwargs["account"] = v
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("default_qos")) is not None:
        kwargs["default_qos"] = v
    if (v := args.get("include_deleted_associations")) is not None:
        kwargs["include_deleted_associations"] = v
    if (v := args.get("include_usage")) is not None:
        kwargs["include_usage"] = v
    if (v := args.get("filter_to_only_defaults")) is not None:
        kwargs["filter_to_only_defaults"] = v
    if (v := args.get("include_the_raw_qos_or_delta_qos")) is not None:
        kwargs["include_the_raw_qos_or_delta_qos"] = v
    if (v := args.get("include_sub_acct_information")) is not None:
        kwargs["include_sub_acct_information"] = v
    if (v := args.get("exclude_parent_id_name")) is not None:
        kwargs["exclude_parent_idname"] = v
    if (v := args.get("exclude_limits_from_parents")) is not None:
        kwargs["exclude_limits_from_parents"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("parent_account")) is not None:
        kwargs["parent_account"] = v
    if (v := args.get("partition")) is not None:
        kwargs["partition"] = v
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_cluster(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/cluster/{cluster_name}"""
    from .client.api.slurmdb.db_get_cluster import _get_kwargs
    from .client.models.db_get_cluster_classification import DbGetClusterClassification
    from .client.models.db_get_cluster_flags import DbGetClusterFlags

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster_name")) is not None:
        kwargs["cluster_name"] = v
    if (v := args.get("classification")) is not None:
        kwargs["classification"] = DbGetClusterClassification(v)
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("federation")) is not None:
        kwargs["federation"] = v
    if (v := args.get("flags")) is not None:
        kwargs["flags"] = DbGetClusterFlags(v)
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("rpc_version")) is not None:
        kwargs["rpc_version"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    if (v := args.get("with_usage")) is not None:
        kwargs["with_usage"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_clusters(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/clusters/"""
    from .client.api.slurmdb.db_get_clusters import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_config(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/config"""
    from .client.api.slurmdb.db_get_config import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_diag(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/diag/"""
    from .client.api.slurmdb.db_get_diag import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_instance(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/instance/"""
    from .client.api.slurmdb.db_get_instance import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("extra")) is not None:
        kwargs["extra"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("instance_id")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("instance_type")) is not None:
        kwargs["instance_type"] = v
    if (v := args.get("node_list")) is not None:
        kwargs["node_list"] = v
    if (v := args.get("time_end")) is not None:
        kwargs["time_end"] = v
    if (v := args.get("time_start")) is not None:
        kwargs["time_start"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_instances(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/instances/"""
    from .client.api.slurmdb.db_get_instances import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("extra")) is not None:
        kwargs["extra"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("instance_id")) is not None:
        kwargs["instance_id"] = v
    if (v := args.get("instance_type")) is not None:
        kwargs["instance_type"] = v
    if (v := args.get("node_list")) is not None:
        kwargs["node_list"] = v
    if (v := args.get("time_end")) is not None:
        kwargs["time_end"] = v
    if (v := args.get("time_start")) is not None:
        kwargs["time_start"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


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


async def db_get_ping(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/ping/"""
    from .client.api.slurmdb.db_get_ping import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_qos(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/qos/"""
    from .client.api.slurmdb.db_get_qos import _get_kwargs
    from .client.models.db_get_qos_preempt_mode import DbGetQosPreemptMode

    kwargs: dict[str, Any] = {}
    if (v := args.get("description")) is not None:
        kwargs["description"] = v
    if (v := args.get("include_deleted_qos")) is not None:
        kwargs["include_deleted_qos"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("preempt_mode")) is not None:
        kwargs["preempt_mode"] = DbGetQosPreemptMode(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_single_qos(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/qos/{qos}"""
    from .client.api.slurmdb.db_get_single_qos import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("qos")) is not None:
        kwargs["qos"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_tres(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/tres/"""
    from .client.api.slurmdb.db_get_tres import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_user(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/user/{name}"""
    from .client.api.slurmdb.db_get_user import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    if (v := args.get("with_assocs")) is not None:
        kwargs["with_assocs"] = v
    if (v := args.get("with_coords")) is not None:
        kwargs["with_coords"] = v
    if (v := args.get("with_wckeys")) is not None:
        kwargs["with_wckeys"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_users(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/users/"""
    from .client.api.slurmdb.db_get_users import _get_kwargs
    from .client.models.db_get_users_admin_level import DbGetUsersAdminLevel

    kwargs: dict[str, Any] = {}
    if (v := args.get("admin_level")) is not None:
        kwargs["admin_level"] = DbGetUsersAdminLevel(v)
    if (v := args.get("default_account")) is not None:
        kwargs["default_account"] = v
    if (v := args.get("default_wckey")) is not None:
        kwargs["default_wckey"] = v
    if (v := args.get("with_assocs")) is not None:
        kwargs["with_assocs"] = v
    if (v := args.get("with_coords")) is not None:
        kwargs["with_coords"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    if (v := args.get("with_wckeys")) is not None:
        kwargs["with_wckeys"] = v
    if (v := args.get("without_defaults")) is not None:
        kwargs["without_defaults"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_wckey(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/wckey/{id}"""
    from .client.api.slurmdb.db_get_wckey import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_get_wckeys(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurmdb/v0.0.42/wckeys/"""
    from .client.api.slurmdb.db_get_wckeys import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    if (v := args.get("with_usage")) is not None:
        kwargs["with_usage"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_load_config(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/config"""
    from .client.api.slurmdb.db_load_config import _get_kwargs
    from .client.models.v0042_openapi_slurmdbd_config_resp import V0042OpenapiSlurmdbdConfigResp

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "accounts",
                "associations",
                "clusters",
                "errors",
                "instances",
                "meta",
                "qos",
                "tres",
                "users",
                "warnings",
                "wckeys",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = V0042OpenapiSlurmdbdConfigResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_upsert_accounts(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/accounts/"""
    from .client.api.slurmdb.db_upsert_accounts import _get_kwargs
    from .client.models.v0042_openapi_accounts_resp import V0042OpenapiAccountsResp

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["accounts", "errors", "meta", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiAccountsResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_upsert_associations(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/associations/"""
    from .client.api.slurmdb.db_upsert_associations import _get_kwargs
    from .client.models.v0042_openapi_assocs_resp import V0042OpenapiAssocsResp

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["associations", "errors", "meta", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiAssocsResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_upsert_qos(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/qos/"""
    from .client.api.slurmdb.db_upsert_qos import _get_kwargs
    from .client.models.db_upsert_qos_preempt_mode import DbUpsertQosPreemptMode
    from .client.models.v0042_openapi_slurmdbd_qos_resp import V0042OpenapiSlurmdbdQosResp

    kwargs: dict[str, Any] = {}
    if (v := args.get("description")) is not None:
        kwargs["description"] = v
    if (v := args.get("include_deleted_qos")) is not None:
        kwargs["include_deleted_qos"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("preempt_mode")) is not None:
        kwargs["preempt_mode"] = DbUpsertQosPreemptMode(v)
    if (v := _pick(args, ["errors", "meta", "qos", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiSlurmdbdQosResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_upsert_users(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/users/"""
    from .client.api.slurmdb.db_upsert_users import _get_kwargs
    from .client.models.v0042_openapi_users_resp import V0042OpenapiUsersResp

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["errors", "meta", "users", "warnings"], True)) is not None:
        kwargs["body"] = V0042OpenapiUsersResp.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def db_upsert_wckeys(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurmdb/v0.0.42/wckeys/"""
    from .client.api.slurmdb.db_upsert_wckeys import _get_kwargs
    from .client.models.v0042_openapi_wckey_resp import V0042OpenapiWckeyResp

    kwargs: dict[str, Any] = {}
    if (v := args.get("cluster")) is not None:
        kwargs["cluster"] = v
    if (v := args.get("format")) is not None:
        kwargs["format_"] = v
    if (v := args.get("id")) is not None:
        kwargs["id"] = v
    if (v := args.get("name")) is not None:
        kwargs["name"] = v
    if (v := args.get("usage_end")) is not None:
        kwargs["usage_end"] = v
    if (v := args.get("usage_start")) is not None:
        kwargs["usage_start"] = v
    if (v := args.get("user")) is not None:
        kwargs["user"] = v
    if (v := args.get("with_usage")) is not None:
        kwargs["with_usage"] = v
    if (v := args.get("with_deleted")) is not None:
        kwargs["with_deleted"] = v
    if (v := _pick(args, ["errors", "meta", "warnings", "wckeys"], True)) is not None:
        kwargs["body"] = V0042OpenapiWckeyResp.from_dict(v)
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


async def delete_node(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurm/v0.0.42/node/{node_name}"""
    from .client.api.slurm.delete_node import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("node_name")) is not None:
        kwargs["node_name"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_reservation(client: Any, args: dict[str, Any]) -> Any:
    """DELETE /slurm/v0.0.42/reservation/{reservation_name}"""
    from .client.api.slurm.delete_reservation import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("reservation_name")) is not None:
        kwargs["reservation_name"] = v
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


async def get_jobs_state(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/jobs/state/"""
    from .client.api.slurm.get_jobs_state import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_licenses(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/licenses/"""
    from .client.api.slurm.get_licenses import _get_kwargs

    kwargs: dict[str, Any] = {}
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


async def get_reservation(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/reservation/{reservation_name}"""
    from .client.api.slurm.get_reservation import _get_kwargs

    kwargs: dict[str, Any] = {}
    if (v := args.get("reservation_name")) is not None:
        kwargs["reservation_name"] = v
    if (v := args.get("update_time")) is not None:
        kwargs["update_time"] = v
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


async def reconfigure(client: Any, args: dict[str, Any]) -> Any:
    """GET /slurm/v0.0.42/reconfigure/"""
    from .client.api.slurm.reconfigure import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def submit_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/job/submit"""
    from .client.api.slurm.submit_job import _get_kwargs
    from .client.models.v0042_job_submit_req import V0042JobSubmitReq

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["job", "jobs", "script"], True)) is not None:
        kwargs["body"] = V0042JobSubmitReq.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_job(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/job/{job_id}"""
    from .client.api.slurm.update_job import _get_kwargs
    from .client.models.v0042_job_desc_msg import V0042JobDescMsg

    kwargs: dict[str, Any] = {}
    if (v := args.get("job_id")) is not None:
        kwargs["job_id"] = v
    if (v := args.get("body")) is not None:
        kwargs["body"] = V0042JobDescMsg.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_node(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/node/{node_name}"""
    from .client.api.slurm.update_node import _get_kwargs
    from .client.models.v0042_update_node_msg import V0042UpdateNodeMsg

    kwargs: dict[str, Any] = {}
    if (v := args.get("node_name")) is not None:
        kwargs["node_name"] = v
    if (
        v := _pick(
            args,
            [
                "address",
                "comment",
                "cpu_bind",
                "extra",
                "features",
                "features_act",
                "gres",
                "hostname",
                "name",
                "reason",
                "reason_uid",
                "resume_after",
                "state",
                "weight",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = V0042UpdateNodeMsg.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def update_nodes(client: Any, args: dict[str, Any]) -> Any:
    """POST /slurm/v0.0.42/nodes/"""
    from .client.api.slurm.update_nodes import _get_kwargs
    from .client.models.v0042_update_node_msg import V0042UpdateNodeMsg

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "address",
                "comment",
                "cpu_bind",
                "extra",
                "features",
                "features_act",
                "gres",
                "hostname",
                "name",
                "reason",
                "reason_uid",
                "resume_after",
                "state",
                "weight",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = V0042UpdateNodeMsg.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))

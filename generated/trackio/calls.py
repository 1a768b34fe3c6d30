# Generated; do not edit. Regenerate with `make regen`.
# Generator: labgate codegen (codegen/pipeline.py).
# Source: trackio 0.43.0 from trackio/trackio-0.43.0-py3-none-any.whl (sha256 65d56b3d7b9d).
"""One coroutine per trackio operation: arguments in, the typed client's request out."""

from __future__ import annotations

from typing import Any


def _pick(args: dict[str, Any], keys: list[str], required: bool) -> dict[str, Any] | None:
    body = {k: args[k] for k in keys if k in args}
    return body if body or required else None


async def artifact_log(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/artifact_log"""
    from .client.api.http.artifact_log import _get_kwargs
    from .client.models.artifact_log_body import ArtifactLogBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "aliases",
                "description",
                "hf_token",
                "manifest",
                "metadata",
                "name",
                "overwrite",
                "project",
                "run_id",
                "run_name",
                "type",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = ArtifactLogBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def bulk_alert(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/bulk_alert"""
    from .client.api.http.bulk_alert import _get_kwargs
    from .client.models.bulk_alert_body import BulkAlertBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["alerts", "hf_token"], True)) is not None:
        kwargs["body"] = BulkAlertBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def bulk_log(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/bulk_log"""
    from .client.api.http.bulk_log import _get_kwargs
    from .client.models.bulk_log_body import BulkLogBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hf_token", "logs"], True)) is not None:
        kwargs["body"] = BulkLogBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def bulk_log_system(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/bulk_log_system"""
    from .client.api.http.bulk_log_system import _get_kwargs
    from .client.models.bulk_log_system_body import BulkLogSystemBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hf_token", "logs"], True)) is not None:
        kwargs["body"] = BulkLogSystemBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def bulk_upload_artifact_blob(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/bulk_upload_artifact_blob"""
    from .client.api.http.bulk_upload_artifact_blob import _get_kwargs
    from .client.models.bulk_upload_artifact_blob_body import BulkUploadArtifactBlobBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hf_token", "project", "uploads"], True)) is not None:
        kwargs["body"] = BulkUploadArtifactBlobBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def bulk_upload_media(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/bulk_upload_media"""
    from .client.api.http.bulk_upload_media import _get_kwargs
    from .client.models.bulk_upload_media_body import BulkUploadMediaBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hf_token", "uploads"], True)) is not None:
        kwargs["body"] = BulkUploadMediaBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def check_artifact_blobs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/check_artifact_blobs"""
    from .client.api.http.check_artifact_blobs import _get_kwargs
    from .client.models.check_artifact_blobs_body import CheckArtifactBlobsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["digests", "hf_token", "project"], True)) is not None:
        kwargs["body"] = CheckArtifactBlobsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def delete_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/delete_run"""
    from .client.api.mcp.delete_run import _get_kwargs
    from .client.models.delete_run_body import DeleteRunBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = DeleteRunBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def force_sync(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/force_sync"""
    from .client.api.mcp.force_sync import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_alerts(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_alerts"""
    from .client.api.mcp.get_alerts import _get_kwargs
    from .client.models.get_alerts_body import GetAlertsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["level", "project", "run", "run_id", "since"], True)) is not None:
        kwargs["body"] = GetAlertsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_all_projects(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_all_projects"""
    from .client.api.mcp.get_all_projects import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_artifact_consumers(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_artifact_consumers"""
    from .client.api.http.get_artifact_consumers import _get_kwargs
    from .client.models.get_artifact_consumers_body import GetArtifactConsumersBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "version_id"], True)) is not None:
        kwargs["body"] = GetArtifactConsumersBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_artifact_lineage(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_artifact_lineage"""
    from .client.api.http.get_artifact_lineage import _get_kwargs
    from .client.models.get_artifact_lineage_body import GetArtifactLineageBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "version_id"], True)) is not None:
        kwargs["body"] = GetArtifactLineageBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_artifact_manifest(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_artifact_manifest"""
    from .client.api.http.get_artifact_manifest import _get_kwargs
    from .client.models.get_artifact_manifest_body import GetArtifactManifestBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["name", "project", "spec"], True)) is not None:
        kwargs["body"] = GetArtifactManifestBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_artifacts"""
    from .client.api.http.get_artifacts import _get_kwargs
    from .client.models.get_artifacts_body import GetArtifactsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetArtifactsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_logs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_logs"""
    from .client.api.mcp.get_logs import _get_kwargs
    from .client.models.get_logs_body import GetLogsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id", "scalar_only"], True)) is not None:
        kwargs["body"] = GetLogsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_logs_batch(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_logs_batch"""
    from .client.api.http.get_logs_batch import _get_kwargs
    from .client.models.get_logs_batch_body import GetLogsBatchBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["max_points", "project", "runs", "scalar_only"], True)) is not None:
        kwargs["body"] = GetLogsBatchBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_metric_values(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_metric_values"""
    from .client.api.mcp.get_metric_values import _get_kwargs
    from .client.models.get_metric_values_body import GetMetricValuesBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args,
            [
                "around_step",
                "at_time",
                "max_points",
                "metric_name",
                "project",
                "run",
                "run_id",
                "step",
                "window",
            ],
            True,
        )
    ) is not None:
        kwargs["body"] = GetMetricValuesBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_metrics_for_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_metrics_for_run"""
    from .client.api.mcp.get_metrics_for_run import _get_kwargs
    from .client.models.get_metrics_for_run_body import GetMetricsForRunBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetMetricsForRunBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_project_files(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_project_files"""
    from .client.api.http.get_project_files import _get_kwargs
    from .client.models.get_project_files_body import GetProjectFilesBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetProjectFilesBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_project_summary(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_project_summary"""
    from .client.api.mcp.get_project_summary import _get_kwargs
    from .client.models.get_project_summary_body import GetProjectSummaryBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetProjectSummaryBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_registries(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_registries"""
    from .client.api.http.get_registries import _get_kwargs
    from .client.models.get_registries_body import GetRegistriesBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["bucket_id"], False)) is not None:
        kwargs["body"] = GetRegistriesBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_registry_buckets(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_registry_buckets"""
    from .client.api.http.get_registry_buckets import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_registry_details(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_registry_details"""
    from .client.api.http.get_registry_details import _get_kwargs
    from .client.models.get_registry_details_body import GetRegistryDetailsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["bucket_id", "registry"], True)) is not None:
        kwargs["body"] = GetRegistryDetailsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run_artifact_counts(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_run_artifact_counts"""
    from .client.api.http.get_run_artifact_counts import _get_kwargs
    from .client.models.get_run_artifact_counts_body import GetRunArtifactCountsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetRunArtifactCountsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_run_artifacts"""
    from .client.api.http.get_run_artifacts import _get_kwargs
    from .client.models.get_run_artifacts_body import GetRunArtifactsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetRunArtifactsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run_configs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_run_configs"""
    from .client.api.http.get_run_configs import _get_kwargs
    from .client.models.get_run_configs_body import GetRunConfigsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetRunConfigsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run_mutation_status(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_run_mutation_status"""
    from .client.api.http.get_run_mutation_status import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_run_summary(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_run_summary"""
    from .client.api.mcp.get_run_summary import _get_kwargs
    from .client.models.get_run_summary_body import GetRunSummaryBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetRunSummaryBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_runs_for_project(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_runs_for_project"""
    from .client.api.mcp.get_runs_for_project import _get_kwargs
    from .client.models.get_runs_for_project_body import GetRunsForProjectBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetRunsForProjectBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_settings(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_settings"""
    from .client.api.mcp.get_settings import _get_kwargs

    kwargs: dict[str, Any] = {}
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_snapshot(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_snapshot"""
    from .client.api.mcp.get_snapshot import _get_kwargs
    from .client.models.get_snapshot_body import GetSnapshotBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["around_step", "at_time", "project", "run", "run_id", "step", "window"], True
        )
    ) is not None:
        kwargs["body"] = GetSnapshotBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_system_logs(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_system_logs"""
    from .client.api.mcp.get_system_logs import _get_kwargs
    from .client.models.get_system_logs_body import GetSystemLogsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetSystemLogsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_system_logs_batch(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_system_logs_batch"""
    from .client.api.http.get_system_logs_batch import _get_kwargs
    from .client.models.get_system_logs_batch_body import GetSystemLogsBatchBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["max_points", "project", "runs"], True)) is not None:
        kwargs["body"] = GetSystemLogsBatchBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_system_metrics_for_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_system_metrics_for_run"""
    from .client.api.mcp.get_system_metrics_for_run import _get_kwargs
    from .client.models.get_system_metrics_for_run_body import GetSystemMetricsForRunBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetSystemMetricsForRunBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_tab_availability(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_tab_availability"""
    from .client.api.http.get_tab_availability import _get_kwargs
    from .client.models.get_tab_availability_body import GetTabAvailabilityBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = GetTabAvailabilityBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_trace_steps(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_trace_steps"""
    from .client.api.http.get_trace_steps import _get_kwargs
    from .client.models.get_trace_steps_body import GetTraceStepsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "run", "run_id"], True)) is not None:
        kwargs["body"] = GetTraceStepsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def get_traces(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/get_traces"""
    from .client.api.http.get_traces import _get_kwargs
    from .client.models.get_traces_body import GetTracesBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(
            args, ["limit", "offset", "project", "run", "run_id", "search", "sort", "step"], True
        )
    ) is not None:
        kwargs["body"] = GetTracesBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def list_artifacts(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/list_artifacts"""
    from .client.api.http.list_artifacts import _get_kwargs
    from .client.models.list_artifacts_body import ListArtifactsBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project"], True)) is not None:
        kwargs["body"] = ListArtifactsBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/log"""
    from .client.api.http.log import _get_kwargs
    from .client.models.log_body import LogBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["hf_token", "metrics", "project", "run", "run_id", "step"], True)
    ) is not None:
        kwargs["body"] = LogBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def log_artifact_use(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/log_artifact_use"""
    from .client.api.http.log_artifact_use import _get_kwargs
    from .client.models.log_artifact_use_body import LogArtifactUseBody

    kwargs: dict[str, Any] = {}
    if (
        v := _pick(args, ["hf_token", "project", "run_id", "run_name", "version_id"], True)
    ) is not None:
        kwargs["body"] = LogArtifactUseBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def query_project(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/query_project"""
    from .client.api.http.query_project import _get_kwargs
    from .client.models.query_project_body import QueryProjectBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["project", "query"], True)) is not None:
        kwargs["body"] = QueryProjectBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def rename_run(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/rename_run"""
    from .client.api.mcp.rename_run import _get_kwargs
    from .client.models.rename_run_body import RenameRunBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["new_name", "old_name", "project", "run_id"], True)) is not None:
        kwargs["body"] = RenameRunBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))


async def upload_db_to_space(client: Any, args: dict[str, Any]) -> Any:
    """POST /api/upload_db_to_space"""
    from .client.api.http.upload_db_to_space import _get_kwargs
    from .client.models.upload_db_to_space_body import UploadDbToSpaceBody

    kwargs: dict[str, Any] = {}
    if (v := _pick(args, ["hf_token", "project", "uploaded_db"], True)) is not None:
        kwargs["body"] = UploadDbToSpaceBody.from_dict(v)
    return await client.get_async_httpx_client().request(**_get_kwargs(**kwargs))
